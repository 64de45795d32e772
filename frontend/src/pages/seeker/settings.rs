//! 各種設定 (`#seeking-settings`): the job seeker's 求職状態 (`#seeking-status-line`) and, when
//! it has lapsed recently, 「求職有効」 (`#seeking-switch`) → what happens, with 「完了」
//! (`#seeking-complete`) and 「戻る」 (`#seeking-back`) in `#seeking-confirm` → 完了
//! (`#seeking-done`, the new last valid day in `#seeking-done-until`). A lapse too long ago
//! says to visit an office (`#seeking-visit-office`); a 有効 registration needs nothing
//! (`#seeking-no-switch`). A refusal is `#seeking-error`.

use shigoto_i18n::Catalogue;
use shigoto_shared::{JobSeekingState, RegistrationStatus, SeekingStatus};
use yew::prelude::*;

use crate::components::mail_notifications::MailNotifications;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::components::seeking::SeekingAdvice;
use crate::format::date;
use crate::forms::seeking::{refresh_failed_text, status_line, SeekingSettingsState, SwitchStep};
use crate::hooks::api::use_api;
use crate::hooks::load::use_refreshed_account;
use crate::ipc;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::session::use_session;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct SeekingSettingsProps {
    pub state: SeekingSettingsState,
    /// 求職状態 as last read (none before 本登録).
    pub status: Option<SeekingStatus>,
    pub registration: Option<RegistrationStatus>,
    /// Why the status could not be read again (the service's reason).
    pub load_error: Option<String>,
    pub on_ask: Callback<()>,
    pub on_back: Callback<()>,
    pub on_complete: Callback<()>,
}

fn status_part(t: &Catalogue, props: &SeekingSettingsProps, status: &SeekingStatus) -> Html {
    let state = &props.state;
    match (&state.step, status.state) {
        (SwitchStep::Done(done), _) => html! {
            <div id="seeking-done" class="notice" role="status">
                <p>
                    { t.t("seeker-settings-done-before") }
                    <strong id="seeking-done-until">{ date(t, done.valid_until) }</strong>
                    { t.t("seeker-settings-done-after") }
                </p>
                <NavLink id="seeking-done-search" to={Route::Search}
                    class={classes!("button", "button-primary")}>
                    { t.t("seeker-to-search") }
                </NavLink>
            </div>
        },
        (SwitchStep::Confirm, _) => html! {
            <div id="seeking-confirm" class="seeking-confirm">
                <p>{ t.t("seeker-settings-confirm") }</p>
                <p class="hint">{ t.t("seeker-settings-confirm-hint") }</p>
                <div class="seeking-actions">
                    <button type="button" id="seeking-complete" class="button button-primary"
                        disabled={state.busy} aria-busy={state.busy.then_some("true")}
                        onclick={click(&props.on_complete, ())}>
                        { if state.busy { t.t("seeker-settings-switching") } else { t.t("seeker-settings-complete") } }
                    </button>
                    <button type="button" id="seeking-back" class="button button-secondary"
                        disabled={state.busy} onclick={click(&props.on_back, ())}>
                        { t.t("seeker-back") }
                    </button>
                </div>
            </div>
        },
        (SwitchStep::Status, JobSeekingState::Invalid) if status.can_switch_online => html! {
            <div class="seeking-actions">
                <button type="button" id="seeking-switch" class="button button-primary"
                    onclick={click(&props.on_ask, ())}>
                    { t.t("seeker-settings-switch") }
                </button>
            </div>
        },
        (SwitchStep::Status, JobSeekingState::Invalid) => html! {
            <p id="seeking-visit-office" class="field-error">
                { t.t("seeker-settings-visit-office") }
            </p>
        },
        (SwitchStep::Status, JobSeekingState::Valid) => html! {
            <p id="seeking-no-switch" class="hint">
                { t.t("seeker-settings-no-switch") }
            </p>
        },
    }
}

#[function_component]
pub fn SeekingSettingsView(props: &SeekingSettingsProps) -> Html {
    let t = use_texts();
    let body = match (&props.status, props.registration) {
        (Some(status), Some(RegistrationStatus::Registered)) => html! {
            <>
                if !matches!(props.state.step, SwitchStep::Done(_)) {
                    <SeekingAdvice status={*status} link_to_settings=false />
                }
                <p class="seeking-line">
                    { t.t("seeker-settings-current") }
                    <strong id="seeking-status-line">{ status_line(t, status) }</strong>
                </p>
                { status_part(t, props, status) }
            </>
        },
        _ => html! {
            <p id="seeking-not-registered" class="hint">
                { t.t("seeker-settings-not-registered") }
            </p>
        },
    };
    html! {
        <section id="seeking-settings" class="panel" aria-labelledby="seeking-settings-heading">
            <h2 id="seeking-settings-heading" class="panel-title" tabindex="-1">{ t.t("seeker-settings-heading") }</h2>
            <h3 class="sheet-section-title seeking-section-title">{ t.t("seeker-seeking-state") }</h3>
            <p class="panel-lead">
                { t.t("seeker-settings-lead") }
            </p>
            if let Some(error) = &props.load_error {
                <p class="field-error form-error" role="alert">{ refresh_failed_text(t, error) }</p>
            }
            if let Some(error) = &props.state.error {
                <p id="seeking-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <p class="back-link">
                <NavLink id="back-to-seeker-info" to={Route::SeekerInfo} class={classes!("text-button")}>
                    { t.t("seeker-settings-back") }
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
