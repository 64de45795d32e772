//! パスワードを忘れた方・ロックされた方 (`#password-reset`): a new password set with a 認証キー
//! mailed to the account's address, which also lifts a lockout. Three steps, with the same step
//! indicator as the MyPage opening:
//!
//! 1. メールアドレス (`#reset-form`): `#reset-email`, 「認証キーを送信」 (`#reset-send-key`).
//! 2. 認証キー・新しいパスワード (`#reset-key-form`): the service's answer to step 1
//!    (`#reset-key-sent`), `#reset-key`, `#reset-password` with the live rule hints,
//!    `#reset-password-confirmation`, 「パスワードを再設定」 (`#reset-complete`);
//!    「認証キーを再送信する」 (`#reset-restart`) goes back to step 1.
//! 3. 完了 (`#reset-done`): the service's message (`#reset-done-message`) and 「ログイン画面へ」
//!    (`#reset-go-to-login`).
//!
//! A refusal appears under the box it names (`#<box id>-error`), otherwise in `#reset-error`.
//! 「ログイン画面に戻る」 (`#reset-cancel`) is there at every step.

use shigoto_domain::account::{key_lifetime_note, KEY_DIGITS};
use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::components::form_field::{click, on_text, submit, Boxes};
use crate::components::key_flow_view::{
    complete_actions, done_step, email_row, flow_frame, flow_secrets, mail_caution,
    send_key_actions, DoneStep, EmailRow, FlowFrame, FlowSecrets,
};
use crate::components::key_password_fields::key_sent_memo;
use crate::forms::account::{Edit, ResetState};
use crate::forms::key_flow::KeyStep;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct PasswordResetProps {
    pub state: ResetState,
    pub on_edit: Callback<Edit<ResetState>>,
    /// 「認証キーを再送信する」: back to step 1.
    pub on_restart: Callback<()>,
    pub on_send_key: Callback<()>,
    pub on_complete: Callback<()>,
    /// 「ログイン画面へ」 and 「ログイン画面に戻る」.
    pub on_to_login: Callback<()>,
}

/// The id of the box a refused field belongs to.
pub fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "email" => Some("reset-email"),
        "key" => Some("reset-key"),
        "password" => Some("reset-password"),
        "password_confirmation" => Some("reset-password-confirmation"),
        _ => None,
    }
}

const BOXES: Boxes = Boxes {
    box_id,
    general_id: "reset-error",
};

#[function_component]
pub fn PasswordResetView(props: &PasswordResetProps) -> Html {
    let t = use_texts();
    let step = props.state.step;
    let body = match step {
        KeyStep::Terms | KeyStep::Request => email_step(t, props),
        KeyStep::Key => key_step(t, props),
        KeyStep::Done => last_step(props),
    };
    flow_frame(FlowFrame {
        section_id: "password-reset",
        prefix: "reset",
        panel_class: "reset-panel",
        title: shigoto_i18n::key!("account-reset-title"),
        lead: t.t("account-reset-lead"),
        steps_label: shigoto_i18n::key!("account-reset-steps"),
        labels: ResetState::labels(),
        number: props.state.number(),
        step_title: props.state.title(),
        body,
        cancel: Some(shigoto_i18n::key!("account-flow-cancel")),
        on_cancel: click(&props.on_to_login, ()),
    })
}

fn email_step(t: &Catalogue, props: &PasswordResetProps) -> Html {
    let state = &props.state;
    let error = state.error.as_ref();
    html! {
        <form id="reset-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <p>
                { t.t_with("account-reset-email-lead", &[("digits", KEY_DIGITS.into()), ("lifetime", t.text(&key_lifetime_note()).into())]) }
            </p>
            <p class="hint">
                { t.t("account-reset-lockout-hint") }
            </p>
            { mail_caution() }
            <div class="form-table">
                { email_row(
                    EmailRow {
                        prefix: "reset",
                        note: Some(shigoto_i18n::key!("account-reset-as-registered")),
                        placeholder: shigoto_i18n::key!("account-flow-email-placeholder"),
                    },
                    &state.fields.email,
                    error,
                    &BOXES,
                    on_text(&props.on_edit, |s, v| s.fields.email = v),
                ) }
            </div>
            { send_key_actions("reset", state.busy, BOXES.general(error, |f| state.shows_box(f)), None) }
        </form>
    }
}

fn key_step(t: &Catalogue, props: &PasswordResetProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let email = state.login_email();
    html! {
        <form id="reset-key-form" class="step-body" onsubmit={submit(&props.on_complete)} novalidate=true>
            { key_sent_memo("reset", state.key_sent.as_ref(), &email) }
            { flow_secrets(
                FlowSecrets {
                    prefix: "reset",
                    box_id,
                    password_label: shigoto_i18n::key!("account-new-password"),
                    expired: shigoto_i18n::key!("account-reset-key-expired-hint"),
                },
                &state.fields.secrets,
                error,
                &email,
                edit,
            ) }
            <p class="hint reset-note">
                { t.t("account-reset-signs-out") }
            </p>
            { complete_actions(
                "reset",
                state.busy,
                BOXES.general(error, |f| state.shows_box(f)),
                click(&props.on_restart, ()),
                (shigoto_i18n::key!("account-reset-completing"), shigoto_i18n::key!("account-reset-complete")),
            ) }
        </form>
    }
}

fn last_step(props: &PasswordResetProps) -> Html {
    done_step(DoneStep {
        prefix: "reset",
        login_id: "reset-go-to-login",
        title: shigoto_i18n::key!("account-reset-done"),
        message: props.state.done.clone(),
        fallback: shigoto_i18n::key!("account-reset-done-fallback"),
        note: None,
        on_login: click(&props.on_to_login, ()),
    })
}

/// The page of this flow: [`crate::flows::key_flow`] with [`ResetState`].
#[function_component]
pub fn PasswordResetPage() -> Html {
    let flow = crate::flows::key_flow::use_key_flow::<crate::forms::account::ResetFields>();
    let restart = flow.on_step.reform(|()| KeyStep::Request);
    html! {
        <PasswordResetView state={(*flow.form).clone()} on_edit={flow.on_edit}
            on_restart={restart} on_send_key={flow.on_send_key}
            on_complete={flow.on_complete} on_to_login={flow.on_to_login} />
    }
}
