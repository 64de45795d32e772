//! 求職者マイページの開設（ハローワークをご利用中の方） (`#opening`), in the steps of the leaflet,
//! with a step indicator (`.steps`, the current step `aria-current="step"`):
//!
//! 1. 利用規約 (`#opening-terms`): the 利用規約 and the プライバシーポリシー in two scrollable
//!    boxes, `#agree-terms` and `#agree-privacy`; 「次へ」 (`#opening-next`) is enabled once both
//!    are ticked.
//! 2. メールアドレス・生年月日 (`#opening-email-form`): `#opening-email`, `#opening-birth-date`,
//!    「認証キーを送信」 (`#opening-send-key`).
//! 3. 認証キー・パスワード (`#opening-key-form`): the service's answer to step 2
//!    (`#opening-key-sent`), `#opening-key`, `#opening-password` with the live rule hints,
//!    `#opening-password-confirmation`, 「完了」 (`#opening-complete`); 「認証キーを再送信する」
//!    (`#opening-restart`) goes back to step 2.
//! 4. 完了 (`#opening-done`): the service's message and 「ログイン画面へ」 (`#go-to-login`).
//!
//! A refusal appears under the box it names (`#<box id>-error`), otherwise in
//! `#opening-error`. 「ログイン画面に戻る」 (`#opening-cancel`) leaves at steps 1 to 3.

use chrono::NaiveDate;
use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::components::form_field::{self, click, on_text, submit, Boxes};
use crate::components::key_flow_view::{
    complete_actions, done_step, email_row, flow_frame, flow_secrets, flow_terms, mail_caution,
    send_key_actions, DoneStep, EmailRow, FlowFrame, FlowSecrets, FlowTerms, EXPIRED_HINT,
};
use crate::components::key_password_fields::key_sent_memo;
use crate::forms::account::{Edit, OpeningState};
use crate::forms::key_flow::KeyStep;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct OpeningProps {
    pub state: OpeningState,
    pub today: NaiveDate,
    pub on_edit: Callback<Edit<OpeningState>>,
    /// Go to a step (「次へ」 after the agreement, 「戻る」, 「認証キーを再送信する」).
    pub on_step: Callback<KeyStep>,
    pub on_send_key: Callback<()>,
    pub on_complete: Callback<()>,
    /// 「ログイン画面へ」 and 「ログイン画面に戻る」.
    pub on_to_login: Callback<()>,
}

/// The id of the box a refused field belongs to.
pub fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "email" => Some("opening-email"),
        "birth_date" => Some("opening-birth-date"),
        "key" => Some("opening-key"),
        "password" => Some("opening-password"),
        "password_confirmation" => Some("opening-password-confirmation"),
        _ => None,
    }
}

const BOXES: Boxes = Boxes {
    box_id,
    general_id: "opening-error",
};

#[function_component]
pub fn OpeningView(props: &OpeningProps) -> Html {
    let t = use_texts();
    let step = props.state.step;
    let body = match step {
        KeyStep::Terms => terms_step(props),
        KeyStep::Request => email_step(t, props),
        KeyStep::Key => key_step(props),
        KeyStep::Done => last_step(props),
    };
    flow_frame(FlowFrame {
        section_id: "opening",
        prefix: "opening",
        panel_class: "opening-panel",
        title: shigoto_i18n::key!("account-opening-title"),
        lead: t.t("account-opening-lead"),
        steps_label: shigoto_i18n::key!("account-opening-steps"),
        labels: OpeningState::labels(),
        number: props.state.number(),
        step_title: props.state.title(),
        body,
        cancel: (step != KeyStep::Done).then_some(shigoto_i18n::key!("account-flow-cancel")),
        on_cancel: click(&props.on_to_login, ()),
    })
}

fn terms_step(props: &OpeningProps) -> Html {
    let state = &props.state;
    flow_terms(
        FlowTerms {
            prefix: "opening",
            boxes: "",
            next_hint: shigoto_i18n::key!("account-opening-next-hint"),
        },
        state,
        &props.on_edit,
        &props.on_step,
        BOXES.general(state.error.as_ref(), |f| state.shows_box(f)),
    )
}

fn email_step(t: &Catalogue, props: &OpeningProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let today = props.today.format("%Y-%m-%d").to_string();
    html! {
        <form id="opening-email-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <p>{ t.t("account-opening-email-lead") }</p>
            { mail_caution() }
            <div class="form-table">
                { email_row(
                    EmailRow {
                        prefix: "opening",
                        note: Some(shigoto_i18n::key!("account-opening-as-registered")),
                        placeholder: shigoto_i18n::key!("account-flow-email-placeholder"),
                    },
                    &state.fields.email,
                    error,
                    &BOXES,
                    on_text(edit, |s, v| s.fields.email = v),
                ) }
                <div class="form-row">
                    <label class="form-label" for="opening-birth-date">
                        { t.t("account-birth-date") }
                        <span class="label-note">{ t.t("account-opening-as-registered") }</span>
                    </label>
                    <div class="form-field">
                        <input type="date" id="opening-birth-date" class="input input-date"
                            autocomplete="bday" min="1900-01-01" max={today}
                            value={state.fields.birth_date.clone()}
                            aria-invalid={form_field::invalid(error, "birth_date")}
                            aria-describedby={BOXES.described(error, "birth_date", None)}
                            oninput={on_text(edit, |s, v| s.fields.birth_date = v)} />
                        { BOXES.error_under(error, "birth_date") }
                    </div>
                </div>
            </div>
            { send_key_actions("opening", state.busy, BOXES.general(error, |f| state.shows_box(f)), Some(click(&props.on_step, KeyStep::Terms))) }
        </form>
    }
}

fn key_step(props: &OpeningProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let email = state.login_email();
    html! {
        <form id="opening-key-form" class="step-body" onsubmit={submit(&props.on_complete)} novalidate=true>
            { key_sent_memo("opening", state.key_sent.as_ref(), &email) }
            { flow_secrets(
                FlowSecrets {
                    prefix: "opening",
                    box_id,
                    password_label: shigoto_i18n::key!("account-password"),
                    expired: EXPIRED_HINT,
                },
                &state.fields.secrets,
                error,
                &email,
                edit,
            ) }
            { complete_actions(
                "opening",
                state.busy,
                BOXES.general(error, |f| state.shows_box(f)),
                click(&props.on_step, KeyStep::Request),
                (shigoto_i18n::key!("account-opening-completing"), shigoto_i18n::key!("account-opening-complete")),
            ) }
        </form>
    }
}

fn last_step(props: &OpeningProps) -> Html {
    done_step(DoneStep {
        prefix: "opening",
        login_id: "go-to-login",
        title: shigoto_i18n::key!("account-opening-done"),
        message: props.state.done.clone(),
        fallback: shigoto_i18n::key!("account-flow-done-fallback"),
        note: None,
        on_login: click(&props.on_to_login, ()),
    })
}

/// The page of this flow: [`crate::flows::key_flow`] with [`OpeningState`].
#[function_component]
pub fn OpeningPage() -> Html {
    let flow = crate::flows::key_flow::use_key_flow::<crate::forms::account::OpeningFields>();
    html! {
        <OpeningView state={(*flow.form).clone()} today={crate::pages::search::today()} on_edit={flow.on_edit}
            on_step={flow.on_step} on_send_key={flow.on_send_key}
            on_complete={flow.on_complete} on_to_login={flow.on_to_login} />
    }
}
