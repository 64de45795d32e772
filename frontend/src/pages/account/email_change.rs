//! メールアドレス変更 (`#email-change`) for a signed-in account of any role, opened from
//! 「メールアドレス変更」 in the header (`#open-email-change`), in two steps with the step
//! indicator:
//!
//! 1. `#email-change-address-form`: the address in use (`#email-change-current-email`), the new
//!    address (`#email-change-new`) and the current password (`#email-change-password`);
//!    「認証キーを送信」 (`#email-change-send-key`) mails a 認証キー to the new address.
//! 2. `#email-change-key-form`: the service's answer (`#email-change-key-sent`), the new address
//!    (`#email-change-new-memo`), the key (`#email-change-key`), 「メールアドレスを変更」
//!    (`#email-change-confirm`) and 「認証キーを再送信する」 (`#email-change-restart`).
//!
//! A refusal appears under the box it names (`#<box id>-error`), otherwise in
//! `#email-change-error`. 「キャンセル」 (`#email-change-cancel`) goes back to the earlier screen;
//! once changed, the app goes back there and shows the service's message above it.

use shigoto_shared::{AccountInfo, KeySent};
use yew_router::prelude::*;

use crate::hooks::api::use_submit;
use crate::ipc;
use crate::pages::back;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::notice::use_notice;
use crate::state::session::use_session;
use crate::state::store::{edits, use_store, Update};
use shigoto_domain::account::KEY_DIGITS;
use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::components::form_field::{self, click, on_text, submit};
use crate::components::key_flow_view::EXPIRED_HINT;
use crate::components::key_password_fields::key_hint;
use crate::components::steps::Steps;
use crate::forms::account::Edit;
use crate::forms::email_change::EmailChangeState;
use crate::forms::key_flow::KeyStep;
use crate::forms::search::FieldError;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct EmailChangeProps {
    pub state: EmailChangeState,
    /// The signed-in account's email.
    pub email: AttrValue,
    pub on_edit: Callback<Edit<EmailChangeState>>,
    pub on_send_key: Callback<()>,
    pub on_confirm: Callback<()>,
    /// 「認証キーを再送信する」: back to step 1.
    pub on_restart: Callback<()>,
    /// 「キャンセル」: back to the earlier screen.
    pub on_cancel: Callback<()>,
}

/// The id of the box a refused field belongs to.
pub fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "new_email" => Some("email-change-new"),
        "current_password" => Some("email-change-password"),
        "key" => Some("email-change-key"),
        _ => None,
    }
}

/// A refusal that names none of the boxes of the step.
fn general_error(error: Option<&FieldError>, fields: &[&str]) -> Html {
    match error {
        Some(err) if !err.field.as_deref().is_some_and(|f| fields.contains(&f)) => html! {
            <p id="email-change-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

#[function_component]
pub fn EmailChangeView(props: &EmailChangeProps) -> Html {
    let t = use_texts();
    let step = props.state.step;
    let labels: Vec<&'static str> = EmailChangeState::labels();
    let body = match step {
        KeyStep::Terms | KeyStep::Request | KeyStep::Done => address_step(t, props),
        KeyStep::Key => key_step(t, props),
    };
    html! {
        <section id="email-change" class="panel reset-panel" aria-labelledby="email-change-heading"
            data-step={props.state.number().to_string()}>
            <h2 id="email-change-heading" class="panel-title">{ t.t("account-email-change-heading") }</h2>
            <p class="panel-lead">
                { t.t("account-email-change-lead") }
            </p>
            <Steps label={t.t("account-email-change-steps")} labels={labels} current={props.state.number()} />
            <h3 id="email-change-step-heading" class="step-title" tabindex="-1">
                <span class="step-title-number">{ t.t_with("account-flow-step-number", &[("number", props.state.number().into())]) }</span>
                { t.t(props.state.title()) }
            </h3>
            { body }
        </section>
    }
}

fn address_step(t: &Catalogue, props: &EmailChangeProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    html! {
        <form id="email-change-address-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <dl class="memo">
                <dt>{ t.t("account-email-change-current") }</dt>
                <dd id="email-change-current-email">{ props.email.to_string() }</dd>
            </dl>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="email-change-new">{ t.t("account-email-change-new") }</label>
                    <div class="form-field">
                        <input type="email" id="email-change-new" class="input input-wide"
                            autocomplete="email" inputmode="email" spellcheck="false"
                            value={state.fields.new_email.clone()} placeholder={t.t("account-email-change-placeholder")}
                            aria-invalid={form_field::invalid(error, "new_email")}
                            aria-describedby={form_field::described(error, "new_email", None, box_id)}
                            oninput={on_text(edit, |s, v| s.fields.new_email = v)} />
                        { form_field::error_under(error, "new_email", box_id) }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="email-change-password">{ t.t("account-current-password") }</label>
                    <div class="form-field">
                        <input type="password" id="email-change-password" class="input input-wide"
                            autocomplete="current-password" spellcheck="false" maxlength="64"
                            value={state.fields.current_password.clone()}
                            aria-invalid={form_field::invalid(error, "current_password")}
                            aria-describedby={form_field::described(error, "current_password", Some("email-change-password-hint"), box_id)}
                            oninput={on_text(edit, |s, v| s.fields.current_password = v)} />
                        <p class="hint" id="email-change-password-hint">
                            { t.t("account-email-change-password-hint") }
                        </p>
                        { form_field::error_under(error, "current_password", box_id) }
                    </div>
                </div>
            </div>
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { t.t("account-email-change-caution") }
            </p>
            <div class="form-actions">
                { general_error(error, &["new_email", "current_password"]) }
                <button type="button" id="email-change-cancel" class="button button-secondary"
                    onclick={click(&props.on_cancel, ())}>
                    { t.t("account-cancel") }
                </button>
                <button type="submit" id="email-change-send-key" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("account-flow-sending") } else { t.t("account-flow-send-key") } }
                </button>
            </div>
        </form>
    }
}

fn key_step(t: &Catalogue, props: &EmailChangeProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    html! {
        <form id="email-change-key-form" class="step-body" onsubmit={submit(&props.on_confirm)} novalidate=true>
            if let Some(message) = &state.key_sent {
                <p id="email-change-key-sent" class="notice" role="status">{ message.clone() }</p>
            }
            <dl class="memo">
                <dt>{ t.t("account-email-change-new") }</dt>
                <dd id="email-change-new-memo">{ state.normalized_email() }</dd>
            </dl>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="email-change-key">
                        { t.t("account-key") }
                        <span class="label-note">{ t.t_with("account-key-note", &[("digits", KEY_DIGITS.into())]) }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="email-change-key" class="input input-key"
                            inputmode="numeric" autocomplete="one-time-code" spellcheck="false"
                            maxlength="12" value={state.fields.key.clone()}
                            aria-invalid={form_field::invalid(error, "key")}
                            aria-describedby={form_field::described(error, "key", Some("email-change-key-hint"), box_id)}
                            oninput={on_text(edit, |s, v| s.fields.key = v)} />
                        <p class="hint" id="email-change-key-hint">
                            { key_hint(t, EXPIRED_HINT) }
                        </p>
                        { form_field::error_under(error, "key", box_id) }
                    </div>
                </div>
            </div>
            <div class="form-actions">
                { general_error(error, &["key"]) }
                <button type="button" id="email-change-restart" class="button button-secondary"
                    onclick={click(&props.on_restart, ())}>
                    { t.t("account-flow-restart") }
                </button>
                <button type="submit" id="email-change-confirm" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("account-changing") } else { t.t("account-email-change-submit") } }
                </button>
            </div>
            <p class="opening-cancel">
                <button type="button" id="email-change-cancel" class="text-button"
                    onclick={click(&props.on_cancel, ())}>
                    { t.t("account-email-change-cancel") }
                </button>
            </p>
        </form>
    }
}

/// メールアドレス変更 (`/account/email`). Once changed, the account is read again (the header
/// shows the new address) and the app goes back to the screen before, with the service's
/// message above it.
#[function_component]
pub fn EmailChangePage() -> Html {
    let form = use_store::<EmailChangeState>();
    let submit = use_submit(&form, box_id, "#email-change-step-heading");
    let session = use_session();
    let notice = use_notice();
    let focus = use_focus();
    let navigator = use_navigator();
    use_focus_on_mount("#email-change-new");
    let email = session
        .account()
        .map(|a| a.email.clone())
        .unwrap_or_default();
    let on_send_key = {
        let submit = submit.clone();
        let email = email.clone();
        Callback::from(move |()| {
            submit.send(
                submit.form().request(&email),
                |request| async move { ipc::request_email_change_key(&request).await },
                |f, result| match result {
                    Ok(sent) => f.key_sent(sent),
                    Err(err) => f.failed(&err),
                },
                Some("#email-change-key"),
            );
        })
    };
    let on_confirm = {
        let submit = submit.clone();
        let back = back(&navigator);
        Callback::from(move |()| {
            let new_email = submit.form().normalized_email();
            let (session, notice, back) = (session.clone(), notice.clone(), back.clone());
            submit.send_and_leave(
                submit.form().confirmation(),
                |request| async move {
                    let done = ipc::confirm_email_change(&request).await?;
                    // The app's account now has the new address: read it for the header.
                    let account = ipc::current_account().await.ok().flatten();
                    Ok((done, account))
                },
                move |(done, account): (KeySent, Option<AccountInfo>)| {
                    session.account_changed(move |held| match &account {
                        Some(account) => *held = account.clone(),
                        None => held.email = new_email.clone(),
                    });
                    notice.show_next(done.message);
                    back.emit(());
                },
                EmailChangeState::failed,
            );
        })
    };
    let on_restart = {
        let form = form.clone();
        Callback::from(move |()| {
            form.update(EmailChangeState::restart);
            focus.top("#email-change-step-heading");
        })
    };
    html! {
        <EmailChangeView state={(*form).clone()} email={email} on_edit={edits(&form)}
            on_send_key={on_send_key} on_confirm={on_confirm} on_restart={on_restart}
            on_cancel={back(&navigator)} />
    }
}
