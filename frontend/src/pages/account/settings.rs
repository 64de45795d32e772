//! 端末の設定 (`#settings`), open to everyone from 「端末の設定」 in the menu bar, signed in or
//! not: 表示言語 (radio buttons `#language-auto`, `#language-ja`, `#language-en`: this
//! computer's language, or one chosen; it changes at once and is kept), and the form
//! `#settings-form` with 「この端末を共用端末として使う」 (`#shared-workstation`)
//! and what it does (`#shared-workstation-hint`), 「設定を保存」 (`#settings-save`), the answer
//! (`#settings-saved`) or a failure (`#settings-error`). When the administrator has fixed the
//! setting the box is disabled and `#shared-workstation-fixed` says so; the note
//! `#shared-workstation-counselor` says that counselors' sessions are always treated as shared.

use shigoto_shared::Lang;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::ipc;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::{use_lang, use_texts};
use crate::state::session::use_session;
use crate::state::store::{use_store, Update};

use crate::components::form_field::submit;
use crate::forms::settings::{SettingsNotice, SettingsState};

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub state: SettingsState,
    /// A counselor is signed in (always treated as a shared workstation).
    pub counselor: bool,
    /// The box was ticked or unticked.
    pub on_tick: Callback<bool>,
    /// A language was chosen (`None`: this computer's).
    pub on_language: Callback<Option<Lang>>,
    pub on_save: Callback<()>,
}

#[function_component]
pub fn SettingsView(props: &SettingsProps) -> Html {
    let t = use_texts();
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
        t.t("settings-shared-counselor-now")
    } else {
        t.t("settings-shared-counselor")
    };
    let languages = state.saved.map(|saved| {
        let choices = [(
            None,
            "language-auto".to_owned(),
            t.t_with(
                "settings-language-auto",
                &[("lang", saved.system_language.own_name().into())],
            ),
        )]
        .into_iter()
        .chain(Lang::ALL.into_iter().map(|lang| {
            (
                Some(lang),
                format!("language-{}", lang.tag()),
                lang.own_name().to_owned(),
            )
        }))
        .map(|(choice, id, label)| {
            let cb = props.on_language.clone();
            html! {
                <label class="choice" for={id.clone()} key={id.clone()}
                    lang={choice.map(Lang::tag)}>
                    <input type="radio" name="language" id={id}
                        checked={saved.language_choice == choice}
                        disabled={state.busy}
                        aria-describedby="language-hint"
                        onchange={Callback::from(move |_: Event| cb.emit(choice))} />
                    { label }
                </label>
            }
        });
        html! {
            <div class="form-table">
                <div class="form-row" role="radiogroup" aria-labelledby="language-label">
                    <span class="form-label" id="language-label">{ t.t("settings-language") }</span>
                    <div class="form-field">
                        <div class="choices">{ for choices }</div>
                        <p class="hint" id="language-hint">{ t.t("settings-language-hint") }</p>
                        if state.notice == Some(SettingsNotice::Language) {
                            <p id="settings-saved" class="notice" role="status">
                                { t.t(SettingsNotice::Language.key()) }
                            </p>
                        }
                    </div>
                </div>
            </div>
        }
    });
    let body = if state.saved.is_none() {
        html! {
            if state.loading {
                <p class="loading" role="status">{ t.t("settings-loading") }</p>
            }
        }
    } else {
        html! {
            <form id="settings-form" class="step-body" onsubmit={submit(&props.on_save)} novalidate=true>
                <div class="form-table">
                    <div class="form-row">
                        <span class="form-label" id="shared-workstation-label">{ t.t("settings-shared") }</span>
                        <div class="form-field">
                            <label class="choice agree" for="shared-workstation">
                                <input type="checkbox" id="shared-workstation"
                                    checked={state.shared_workstation}
                                    disabled={fixed || state.busy}
                                    aria-describedby="shared-workstation-hint"
                                    onchange={on_change} />
                                { t.t("settings-shared-check") }
                            </label>
                            <p class="hint" id="shared-workstation-hint">
                                { t.t("settings-shared-hint") }
                            </p>
                            if fixed {
                                <p id="shared-workstation-fixed" class="notice">
                                    { t.t("settings-shared-fixed") }
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
                    if let Some(notice) = state.notice.filter(|n| *n != SettingsNotice::Language) {
                        <p id="settings-saved" class="notice" role="status">{ t.t(notice.key()) }</p>
                    }
                    if !fixed {
                        <button type="submit" id="settings-save" class="button button-primary button-large"
                            disabled={state.busy || !state.changed()}
                            aria-busy={state.busy.then_some("true")}>
                            { if state.busy { t.t("settings-saving") } else { t.t("settings-save") } }
                        </button>
                    }
                </div>
            </form>
        }
    };
    html! {
        <section id="settings" class="panel" aria-labelledby="settings-heading">
            <h2 id="settings-heading" class="panel-title" tabindex="-1">{ t.t("settings-heading") }</h2>
            <p class="panel-lead">{ t.t("settings-lead") }</p>
            if state.saved.is_none() {
                if let Some(err) = &state.error {
                    <p id="settings-error" class="field-error form-error" role="alert">{ err.clone() }</p>
                }
            }
            { languages.unwrap_or_default() }
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
    let lang = use_lang();
    let on_language = {
        let form = form.clone();
        Callback::from(move |choice: Option<Lang>| {
            // Decided on the screen's state as shown; the store then records the same step.
            let Some(choice) = (*form).clone().choose_language(choice) else {
                return;
            };
            form.update(SettingsState::saving);
            let (form, lang) = (form.clone(), lang.clone());
            spawn_local(async move {
                let result = ipc::set_language(choice).await;
                form.update_once(move |s| {
                    if let Some(shown) = s.language_saved(result) {
                        lang.set(shown);
                    }
                });
            });
        })
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
            on_tick={on_tick} on_language={on_language} on_save={on_save} />
    }
}
