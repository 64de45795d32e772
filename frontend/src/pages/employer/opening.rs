//! 求人者マイページを開設する (`#employer-opening`), for employers (事業主の方), in four steps with the
//! step indicator:
//!
//! 1. 利用規約 (`#employer-opening-terms`): the 利用規約 and the プライバシーポリシー,
//!    `#employer-opening-agree-terms`, `#employer-opening-agree-privacy`, 「次へ」
//!    (`#employer-opening-next`).
//! 2. メールアドレス (`#employer-opening-email-form`): `#employer-opening-email`, 「認証キーを送信」
//!    (`#employer-opening-send-key`).
//! 3. 認証キー・事業所情報 (`#employer-opening-key-form`): the service's answer to step 2
//!    (`#employer-opening-key-sent`), `#employer-opening-key`, `#employer-opening-password` with
//!    the live rule hints, `#employer-opening-password-confirmation`, then the 事業所情報 (see
//!    [`crate::components::profile_fields`], prefix `employer-opening`); 「開設して事業所登録を
//!    申請する」 (`#employer-opening-complete`); 「認証キーを再送信する」
//!    (`#employer-opening-restart`) goes back to step 2.
//! 4. 完了 (`#employer-opening-done`): the service's message, what happens next, and
//!    「ログイン画面へ」 (`#employer-opening-go-to-login`).
//!
//! A refusal appears under the box it names (`#<box id>-error`), otherwise in
//! `#employer-opening-error`. 「ログイン画面に戻る」 (`#employer-opening-cancel`) is on every step.

use shigoto_i18n::{key, Catalogue};
use yew::prelude::*;

use crate::components::form_field::{click, on_text, submit, Boxes};
use crate::components::key_flow_view::{
    complete_actions, done_step, email_row, flow_frame, flow_secrets, flow_terms, mail_caution,
    send_key_actions, DoneStep, EmailRow, FlowFrame, FlowSecrets, FlowTerms, EXPIRED_HINT,
};
use crate::components::key_password_fields::key_sent_memo;
use crate::components::profile_fields::{profile_rows, ProfileFields};
use crate::forms::account::Edit;
use crate::forms::employer::{EmployerOpeningFields, EmployerOpeningState, ProfileForm};
use crate::forms::key_flow::KeyStep;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct EmployerOpeningProps {
    pub state: EmployerOpeningState,
    pub on_edit: Callback<Edit<EmployerOpeningState>>,
    /// Go to a step (「次へ」, 「戻る」, 「認証キーを再送信する」).
    pub on_step: Callback<KeyStep>,
    pub on_send_key: Callback<()>,
    pub on_complete: Callback<()>,
    /// 「ログイン画面へ」 and 「ログイン画面に戻る」.
    pub on_to_login: Callback<()>,
}

/// The id of the box a refused field belongs to.
pub fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "email" => Some("employer-opening-email"),
        "key" => Some("employer-opening-key"),
        "password" => Some("employer-opening-password"),
        "password_confirmation" => Some("employer-opening-password-confirmation"),
        "name" => Some("employer-opening-office-name"),
        "name_kana" => Some("employer-opening-office-kana"),
        "postal_code" => Some("employer-opening-postal-code"),
        "prefecture_code" => Some("employer-opening-office-prefecture"),
        "municipality_code" => Some("employer-opening-office-municipality"),
        "address" => Some("employer-opening-address"),
        "phone" => Some("employer-opening-phone"),
        "representative" => Some("employer-opening-representative"),
        "industry" => Some("employer-opening-industry"),
        "employees" => Some("employer-opening-employees"),
        "business" => Some("employer-opening-business"),
        "homepage" => Some("employer-opening-homepage"),
        _ => None,
    }
}

const BOXES: Boxes = Boxes {
    box_id,
    general_id: "employer-opening-error",
};

#[function_component]
pub fn EmployerOpeningView(props: &EmployerOpeningProps) -> Html {
    let t = use_texts();
    let step = props.state.step;
    let body = match step {
        KeyStep::Terms => terms_step(props),
        KeyStep::Request => email_step(t, props),
        KeyStep::Key => key_step(t, props),
        KeyStep::Done => last_step(t, props),
    };
    let cancel_label = if step == KeyStep::Done {
        key!("employer-opening-cancel-done")
    } else {
        key!("employer-opening-cancel")
    };
    flow_frame(FlowFrame {
        section_id: "employer-opening",
        prefix: "employer-opening",
        panel_class: "opening-panel",
        title: key!("employer-opening-title"),
        lead: t.t("employer-opening-lead"),
        steps_label: key!("employer-opening-steps"),
        labels: EmployerOpeningState::labels().into_iter().collect(),
        number: props.state.number(),
        step_title: props.state.title(),
        body,
        cancel: Some(cancel_label),
        on_cancel: click(&props.on_to_login, ()),
    })
}

fn terms_step(props: &EmployerOpeningProps) -> Html {
    let state = &props.state;
    flow_terms(
        FlowTerms {
            prefix: "employer-opening",
            boxes: "employer-opening-",
            next_hint: key!("employer-opening-next-hint"),
        },
        state,
        &props.on_edit,
        &props.on_step,
        BOXES.general(state.error.as_ref(), |f| state.shows_box(f)),
    )
}

fn email_step(t: &'static Catalogue, props: &EmployerOpeningProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    html! {
        <form id="employer-opening-email-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <p>{ t.t("employer-opening-email-lead") }</p>
            { mail_caution() }
            <div class="form-table">
                { email_row(
                    EmailRow {
                        prefix: "employer-opening",
                        note: None,
                        placeholder: key!("employer-opening-email-placeholder"),
                    },
                    &state.fields.email,
                    error,
                    &BOXES,
                    on_text(edit, |s, v| s.fields.email = v),
                ) }
            </div>
            { send_key_actions("employer-opening", state.busy, BOXES.general(error, |f| state.shows_box(f)), Some(click(&props.on_step, KeyStep::Terms))) }
        </form>
    }
}

fn key_step(t: &'static Catalogue, props: &EmployerOpeningProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let email = state.login_email();
    let on_office = props.on_edit.reform(|change: Edit<ProfileForm>| {
        Edit::new(move |s: &mut EmployerOpeningState| change.apply(&mut s.fields.office))
    });
    html! {
        <form id="employer-opening-key-form" class="step-body" onsubmit={submit(&props.on_complete)} novalidate=true>
            { key_sent_memo("employer-opening", state.key_sent.as_ref(), &email) }
            <h4 class="form-section-title">{ t.t("employer-opening-secrets") }</h4>
            { flow_secrets(
                FlowSecrets {
                    prefix: "employer-opening",
                    box_id,
                    password_label: key!("employer-opening-password"),
                    expired: EXPIRED_HINT,
                },
                &state.fields.secrets,
                error,
                &email,
                edit,
            ) }
            <h4 class="form-section-title">{ t.t("employer-opening-office") }</h4>
            <p class="hint section-hint">
                { t.t("employer-opening-office-hint") }
            </p>
            <div class="form-table">
                { profile_rows(ProfileFields {
                    prefix: "employer-opening",
                    box_id,
                    error,
                    form: &state.fields.office,
                    on_edit: on_office,
                }) }
            </div>
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { t.t("employer-opening-caution") }
            </p>
            { complete_actions(
                "employer-opening",
                state.busy,
                BOXES.general(error, |f| state.shows_box(f)),
                click(&props.on_step, KeyStep::Request),
                (
                    key!("employer-opening-completing"),
                    key!("employer-opening-complete"),
                ),
            ) }
        </form>
    }
}

fn last_step(t: &'static Catalogue, props: &EmployerOpeningProps) -> Html {
    done_step(DoneStep {
        prefix: "employer-opening",
        login_id: "employer-opening-go-to-login",
        title: key!("employer-opening-done-title"),
        message: props.state.done.clone(),
        fallback: key!("employer-opening-done-fallback"),
        note: Some(html! { { t.t("employer-opening-done-note") } }),
        on_login: click(&props.on_to_login, ()),
    })
}

/// The page of this flow: [`crate::flows::key_flow`] with [`EmployerOpeningState`].
#[function_component]
pub fn EmployerOpeningPage() -> Html {
    let flow = crate::flows::key_flow::use_key_flow::<EmployerOpeningFields>();
    html! {
        <EmployerOpeningView state={(*flow.form).clone()}  on_edit={flow.on_edit}
            on_step={flow.on_step} on_send_key={flow.on_send_key}
            on_complete={flow.on_complete} on_to_login={flow.on_to_login} />
    }
}
