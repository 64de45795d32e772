//! 端末の設定 (`#settings`), open to everyone from 「端末の設定」 in the menu bar, signed in or
//! not: the form `#settings-form` with 「この端末を共用端末として使う」 (`#shared-workstation`)
//! and what it does (`#shared-workstation-hint`), 「設定を保存」 (`#settings-save`), the answer
//! (`#settings-saved`) or a failure (`#settings-error`). When the administrator has fixed the
//! setting the box is disabled and `#shared-workstation-fixed` says so; the note
//! `#shared-workstation-counselor` says that counselors' sessions are always treated as shared.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::ipc;
use crate::state::focus::use_focus_on_mount;
use crate::state::session::use_session;
use crate::state::store::{use_store, Update};

use crate::components::form_field::submit;
use crate::forms::settings::SettingsState;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub state: SettingsState,
    /// A counselor is signed in (always treated as a shared workstation).
    pub counselor: bool,
    /// The box was ticked or unticked.
    pub on_tick: Callback<bool>,
    pub on_save: Callback<()>,
}

#[function_component]
pub fn SettingsView(props: &SettingsProps) -> Html {
    let state = &props.state;
    let fixed = state.fixed();
    let on_change = {
        let cb = props.on_tick.clone();
        Callback::from(move |event: Event| {
            let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
            cb.emit(input.checked());
        })
    };
    let counselor_note = if props.counselor {
        "ハローワーク職員のアカウントでログインしている間は、この設定にかかわらず共用端末として扱い、ログアウト時とアプリ終了時にログイン情報を消去します。"
    } else {
        "ハローワーク職員のアカウントでログインした場合は、この設定にかかわらず共用端末として扱います。"
    };
    let body = if state.saved.is_none() {
        html! {
            if state.loading {
                <p class="loading" role="status">{ "設定を読み込んでいます…" }</p>
            }
        }
    } else {
        html! {
            <form id="settings-form" class="step-body" onsubmit={submit(&props.on_save)} novalidate=true>
                <div class="form-table">
                    <div class="form-row">
                        <span class="form-label" id="shared-workstation-label">{ "共用端末" }</span>
                        <div class="form-field">
                            <label class="choice agree" for="shared-workstation">
                                <input type="checkbox" id="shared-workstation"
                                    checked={state.shared_workstation}
                                    disabled={fixed || state.busy}
                                    aria-describedby="shared-workstation-hint"
                                    onchange={on_change} />
                                { "この端末を共用端末として使う" }
                            </label>
                            <p class="hint" id="shared-workstation-hint">
                                { "ハローワークや図書館など、ほかの人も使うパソコンではチェックを入れてください。ログアウト時とアプリ終了時に、ログイン情報（キーリング）とこの端末に保存したマイページのデータを消去します。チェックを入れない場合は、アプリを終了してもログアウトするまではログインしたままになります。" }
                            </p>
                            if fixed {
                                <p id="shared-workstation-fixed" class="notice">
                                    { "この端末は、管理者の設定により共用端末として使うことになっています。この設定は変更できません。" }
                                </p>
                            }
                            <p id="shared-workstation-counselor" class="hint">{ counselor_note }</p>
                        </div>
                    </div>
                </div>
                <div class="form-actions">
                    if let Some(err) = &state.error {
                        <p id="settings-error" class="field-error form-error" role="alert">{ err.clone() }</p>
                    }
                    if let Some(notice) = &state.notice {
                        <p id="settings-saved" class="notice" role="status">{ notice.clone() }</p>
                    }
                    if !fixed {
                        <button type="submit" id="settings-save" class="button button-primary button-large"
                            disabled={state.busy || !state.changed()}
                            aria-busy={state.busy.then_some("true")}>
                            { if state.busy { "保存中…" } else { "設定を保存" } }
                        </button>
                    }
                </div>
            </form>
        }
    };
    html! {
        <section id="settings" class="panel" aria-labelledby="settings-heading">
            <h2 id="settings-heading" class="panel-title" tabindex="-1">{ "端末の設定" }</h2>
            <p class="panel-lead">
                { "このパソコンでのアプリの使い方を設定します。設定はこの端末だけに保存され、ほかのパソコンには影響しません。" }
            </p>
            if state.saved.is_none() {
                if let Some(err) = &state.error {
                    <p id="settings-error" class="field-error form-error" role="alert">{ err.clone() }</p>
                }
            }
            { body }
        </section>
    }
}

/// 端末の設定 (`/settings`), read afresh every time it is shown.
#[function_component]
pub fn SettingsPage() -> Html {
    let form = use_store::<SettingsState>();
    let session = use_session();
    use_focus_on_mount("#settings-heading");
    {
        let form = form.clone();
        use_effect_with((), move |()| {
            form.update(SettingsState::loading);
            spawn_local(async move {
                let result = ipc::device_settings().await;
                form.update_once(move |s| {
                    if s.loading {
                        s.loaded(result);
                    }
                });
            });
        });
    }
    let on_tick = {
        let form = form.clone();
        Callback::from(move |shared: bool| form.update(move |s| s.tick(shared)))
    };
    let on_save = {
        let form = form.clone();
        Callback::from(move |()| {
            let Some(shared) = form.to_save() else {
                return;
            };
            form.update(SettingsState::saving);
            let form = form.clone();
            spawn_local(async move {
                let result = ipc::set_shared_workstation(shared).await;
                form.update_once(move |s| s.saved(result));
            });
        })
    };
    html! {
        <SettingsView state={(*form).clone()} counselor={session.session().is_counselor()}
            on_tick={on_tick} on_save={on_save} />
    }
}
