//! 各種設定 (`#seeking-settings`): the job seeker's 求職状態 (`#seeking-status-line`) and, when
//! it has lapsed recently, 「求職有効」 (`#seeking-switch`) → what happens, with 「完了」
//! (`#seeking-complete`) and 「戻る」 (`#seeking-back`) in `#seeking-confirm` → 完了
//! (`#seeking-done`, the new last valid day in `#seeking-done-until`). A lapse too long ago
//! says to visit an office (`#seeking-visit-office`); a 有効 registration needs nothing
//! (`#seeking-no-switch`). A refusal is `#seeking-error`.

use shigoto_shared::{JobSeekingState, RegistrationStatus, SeekingStatus};
use yew::prelude::*;

use crate::components::mail_notifications::MailNotifications;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::components::seeking::SeekingAdvice;
use crate::format::date_ja;
use crate::forms::seeking::{status_line, SeekingSettingsState, SwitchStep};
use crate::hooks::api::use_api;
use crate::hooks::load::use_refreshed_account;
use crate::ipc;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::session::use_session;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct SeekingSettingsProps {
    pub state: SeekingSettingsState,
    /// 求職状態 as last read (none before 本登録).
    pub status: Option<SeekingStatus>,
    pub registration: Option<RegistrationStatus>,
    /// Why the status could not be read again.
    pub load_error: Option<String>,
    pub on_ask: Callback<()>,
    pub on_back: Callback<()>,
    pub on_complete: Callback<()>,
}

fn status_part(props: &SeekingSettingsProps, status: &SeekingStatus) -> Html {
    let state = &props.state;
    match (&state.step, status.state) {
        (SwitchStep::Done(done), _) => html! {
            <div id="seeking-done" class="notice" role="status">
                <p>
                    { "求職状態を有効にしました。有効期限は " }
                    <strong id="seeking-done-until">{ date_ja(done.valid_until) }</strong>
                    { " です。求人への応募ができます。" }
                </p>
                <NavLink id="seeking-done-search" to={Route::Search}
                    class={classes!("button", "button-primary")}>
                    { "求人検索へ" }
                </NavLink>
            </div>
        },
        (SwitchStep::Confirm, _) => html! {
            <div id="seeking-confirm" class="seeking-confirm">
                <p>{ "求職状態を「有効」に切り替えます。有効期限は本日から数えて翌々月の末日までとなります。" }</p>
                <p class="hint">{ "「完了」を押すと切り替わります。" }</p>
                <div class="seeking-actions">
                    <button type="button" id="seeking-complete" class="button button-primary"
                        disabled={state.busy} aria-busy={state.busy.then_some("true")}
                        onclick={click(&props.on_complete, ())}>
                        { if state.busy { "切り替え中…" } else { "完了" } }
                    </button>
                    <button type="button" id="seeking-back" class="button button-secondary"
                        disabled={state.busy} onclick={click(&props.on_back, ())}>
                        { "戻る" }
                    </button>
                </div>
            </div>
        },
        (SwitchStep::Status, JobSeekingState::Invalid) if status.can_switch_online => html! {
            <div class="seeking-actions">
                <button type="button" id="seeking-switch" class="button button-primary"
                    onclick={click(&props.on_ask, ())}>
                    { "求職有効" }
                </button>
            </div>
        },
        (SwitchStep::Status, JobSeekingState::Invalid) => html! {
            <p id="seeking-visit-office" class="field-error">
                { "期限切れから時間がたっているため、オンラインでは求職有効に切り替えられません。最寄りのハローワークまで来所ください。" }
            </p>
        },
        (SwitchStep::Status, JobSeekingState::Valid) => html! {
            <p id="seeking-no-switch" class="hint">
                { "求職状態は有効です。切り替えの必要はありません。" }
            </p>
        },
    }
}

#[function_component]
pub fn SeekingSettingsView(props: &SeekingSettingsProps) -> Html {
    let body = match (&props.status, props.registration) {
        (Some(status), Some(RegistrationStatus::Registered)) => html! {
            <>
                if !matches!(props.state.step, SwitchStep::Done(_)) {
                    <SeekingAdvice status={*status} link_to_settings=false />
                }
                <p class="seeking-line">
                    { "現在の求職状態：" }
                    <strong id="seeking-status-line">{ status_line(status) }</strong>
                </p>
                { status_part(props, status) }
            </>
        },
        _ => html! {
            <p id="seeking-not-registered" class="hint">
                { "求職状態は、ハローワークでの本登録が済むと切り替えられるようになります。" }
            </p>
        },
    };
    html! {
        <section id="seeking-settings" class="panel" aria-labelledby="seeking-settings-heading">
            <h2 id="seeking-settings-heading" class="panel-title" tabindex="-1">{ "各種設定" }</h2>
            <h3 class="sheet-section-title seeking-section-title">{ "求職状態" }</h3>
            <p class="panel-lead">
                { "求職状態が無効の間は、求人への応募やハローワークからの紹介を受けられません。期限切れから間もない場合は、ここで有効に切り替えられます。" }
            </p>
            if let Some(error) = &props.load_error {
                <p class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            if let Some(error) = &props.state.error {
                <p id="seeking-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <p class="back-link">
                <NavLink id="back-to-seeker-info" to={Route::SeekerInfo} class={classes!("text-button")}>
                    { "求職者情報・設定に戻る" }
                </NavLink>
            </p>
        </section>
    }
}

/// 各種設定 (`/mypage/info/settings`): 求職有効 → 完了. The status is read again when shown,
/// and the session takes the new one once switched.
#[function_component]
pub fn SeekingSettingsPage() -> Html {
    let session = use_session();
    let form = use_store::<SeekingSettingsState>();
    let api = use_api();
    let load_error = use_refreshed_account();
    use_focus_on_mount("#seeking-settings-heading");
    let on_ask = {
        let form = form.clone();
        Callback::from(move |()| form.update(SeekingSettingsState::ask))
    };
    let on_back = {
        let form = form.clone();
        Callback::from(move |()| form.update(SeekingSettingsState::back))
    };
    let on_complete = {
        let form = form.clone();
        let session = session.clone();
        Callback::from(move |()| {
            if form.busy || form.step != SwitchStep::Confirm {
                return;
            }
            form.update(|s| {
                s.sending();
            });
            let form = form.clone();
            let session = session.clone();
            api.run(ipc::switch_seeking_valid(), move |result| {
                if let Ok(status) = &result {
                    let status = *status;
                    session.account_changed(move |held| held.seeking = Some(status));
                }
                form.update_once(move |s| s.switched(result));
            });
        })
    };
    let account = session.account();
    html! {
        <>
            <SeekingSettingsView state={(*form).clone()}
                status={account.and_then(|a| a.seeking)}
                registration={account.and_then(|a| a.registration)}
                load_error={load_error}
                on_ask={on_ask} on_back={on_back} on_complete={on_complete} />
            <MailNotifications seeker=true />
        </>
    }
}
