//! マイページを開設して求職申込みをする（ハローワークに登録していない方） (`#registration`), in
//! four steps with the step indicator:
//!
//! 1. 利用規約 (`#registration-terms`): the 利用規約 and the プライバシーポリシー,
//!    `#registration-agree-terms`, `#registration-agree-privacy`, 「次へ」 (`#registration-next`).
//! 2. メールアドレス (`#registration-email-form`): `#registration-email`, 「認証キーを送信」
//!    (`#registration-send-key`).
//! 3. 認証キー・求職申込み (`#registration-key-form`): the service's answer to step 2
//!    (`#registration-key-sent`), `#registration-key`, `#registration-password` with the live
//!    rule hints, `#registration-password-confirmation`, then the application: 氏名
//!    `#registration-name`, フリガナ `#registration-kana`, 生年月日 `#registration-birth-date`,
//!    住所（都道府県） `#registration-prefecture`, 住所（市区町村） `#registration-municipality`
//!    (its office receives the application); 「申し込む」 (`#registration-complete`);
//!    「認証キーを再送信する」 (`#registration-restart`) goes back to step 2.
//! 4. 完了 (`#registration-done`): the service's message, what 仮登録 means, and 「ログイン画面へ」
//!    (`#registration-go-to-login`).
//!
//! A refusal appears under the box it names (`#<box id>-error`), otherwise in
//! `#registration-error`. 「ログイン画面に戻る」 (`#registration-cancel`) is on every step.

use chrono::NaiveDate;
use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::components::form_field::{click, on_text, submit, Boxes};
use crate::components::key_flow_view::{
    complete_actions, done_step, email_row, flow_frame, flow_secrets, flow_terms, mail_caution,
    send_key_actions, DoneStep, EmailRow, FlowFrame, FlowSecrets, FlowTerms, EXPIRED_HINT,
};
use crate::components::key_password_fields::key_sent_memo;
use crate::components::person_fields::{
    kana_blur, municipality_row, name_and_birth_rows, on_select, prefecture_row,
    PersonAutocomplete, PersonFields,
};
use crate::forms::account::{Edit, RegistrationState};
use crate::forms::key_flow::KeyStep;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct RegistrationProps {
    pub state: RegistrationState,
    pub today: NaiveDate,
    pub on_edit: Callback<Edit<RegistrationState>>,
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
        "email" => Some("registration-email"),
        "key" => Some("registration-key"),
        "password" => Some("registration-password"),
        "password_confirmation" => Some("registration-password-confirmation"),
        "name" => Some("registration-name"),
        "name_kana" => Some("registration-kana"),
        "birth_date" => Some("registration-birth-date"),
        "prefecture_code" => Some("registration-prefecture"),
        "municipality_code" => Some("registration-municipality"),
        _ => None,
    }
}

const BOXES: Boxes = Boxes {
    box_id,
    general_id: "registration-error",
};

#[function_component]
pub fn RegistrationView(props: &RegistrationProps) -> Html {
    let t = use_texts();
    let step = props.state.step;
    let body = match step {
        KeyStep::Terms => terms_step(props),
        KeyStep::Request => email_step(t, props),
        KeyStep::Key => key_step(t, props),
        KeyStep::Done => last_step(t, props),
    };
    let cancel_label = if step == KeyStep::Done {
        shigoto_i18n::key!("account-flow-cancel")
    } else {
        shigoto_i18n::key!("account-registration-cancel")
    };
    flow_frame(FlowFrame {
        section_id: "registration",
        prefix: "registration",
        panel_class: "opening-panel",
        title: shigoto_i18n::key!("account-registration-title"),
        lead: t.t_with(
            "account-registration-lead",
            &[("days", PROVISIONAL_REGISTRATION_DAYS.into())],
        ),
        steps_label: shigoto_i18n::key!("account-registration-steps"),
        labels: RegistrationState::labels(),
        number: props.state.number(),
        step_title: props.state.title(),
        body,
        cancel: Some(cancel_label),
        on_cancel: click(&props.on_to_login, ()),
    })
}

fn terms_step(props: &RegistrationProps) -> Html {
    let state = &props.state;
    flow_terms(
        FlowTerms {
            prefix: "registration",
            boxes: "registration-",
            next_hint: shigoto_i18n::key!("account-registration-next-hint"),
        },
        state,
        &props.on_edit,
        &props.on_step,
        BOXES.general(state.error.as_ref(), |f| state.shows_box(f)),
    )
}

fn email_step(t: &Catalogue, props: &RegistrationProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    html! {
        <form id="registration-email-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <p>{ t.t("account-registration-email-lead") }</p>
            { mail_caution() }
            <div class="form-table">
                { email_row(
                    EmailRow {
                        prefix: "registration",
                        note: None,
                        placeholder: shigoto_i18n::key!("account-flow-email-placeholder"),
                    },
                    &state.fields.email,
                    error,
                    &BOXES,
                    on_text(edit, |s, v| s.fields.email = v),
                ) }
            </div>
            { send_key_actions("registration", state.busy, BOXES.general(error, |f| state.shows_box(f)), Some(click(&props.on_step, KeyStep::Terms))) }
        </form>
    }
}

fn key_step(t: &Catalogue, props: &RegistrationProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let email = state.login_email();
    html! {
        <form id="registration-key-form" class="step-body" onsubmit={submit(&props.on_complete)} novalidate=true>
            { key_sent_memo("registration", state.key_sent.as_ref(), &email) }
            <h4 class="form-section-title">{ t.t("account-registration-secrets") }</h4>
            { flow_secrets(
                FlowSecrets {
                    prefix: "registration",
                    box_id,
                    password_label: shigoto_i18n::key!("account-password"),
                    expired: EXPIRED_HINT,
                },
                &state.fields.secrets,
                error,
                &email,
                edit,
            ) }
            <h4 class="form-section-title">{ t.t("account-registration-application") }</h4>
            <div class="form-table">
                { name_and_birth_rows(PersonFields {
                    prefix: "registration",
                    box_id,
                    error,
                    today: props.today,
                    name: &state.fields.name,
                    kana: &state.fields.kana,
                    birth_date: &state.fields.birth_date,
                    autocomplete: PersonAutocomplete::Own,
                    birth_date_hint: None,
                    on_name: on_text(edit, |s, v| s.fields.name = v),
                    on_kana: on_text(edit, |s, v| s.fields.kana = v),
                    on_kana_blur: kana_blur(edit, |s| &mut s.fields.kana),
                    on_birth_date: on_text(edit, |s, v| s.fields.birth_date = v),
                }) }
                { prefecture_row("registration", box_id, error, &state.fields.prefecture,
                    on_select(edit, |s, v| {
                        if s.fields.prefecture != v {
                            s.fields.municipality.clear();
                        }
                        s.fields.prefecture = v;
                    })) }
                { municipality_row("registration", box_id, error, &state.fields.prefecture,
                    &state.fields.municipality,
                    on_select(edit, |s, v| s.fields.municipality = v)) }
            </div>
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { t.t_with("account-registration-provisional-caution", &[("days", PROVISIONAL_REGISTRATION_DAYS.into())]) }
            </p>
            { complete_actions(
                "registration",
                state.busy,
                BOXES.general(error, |f| state.shows_box(f)),
                click(&props.on_step, KeyStep::Request),
                (shigoto_i18n::key!("account-registration-completing"), shigoto_i18n::key!("account-registration-complete")),
            ) }
        </form>
    }
}

fn last_step(t: &Catalogue, props: &RegistrationProps) -> Html {
    done_step(DoneStep {
        prefix: "registration",
        login_id: "registration-go-to-login",
        title: shigoto_i18n::key!("account-registration-done"),
        message: props.state.done.clone(),
        fallback: shigoto_i18n::key!("account-flow-done-fallback"),
        note: Some(
            html! { { t.t_with("account-registration-done-note", &[("days", PROVISIONAL_REGISTRATION_DAYS.into())]) } },
        ),
        on_login: click(&props.on_to_login, ()),
    })
}

/// The page of this flow: [`crate::flows::key_flow`] with [`RegistrationState`].
#[function_component]
pub fn RegistrationPage() -> Html {
    let flow = crate::flows::key_flow::use_key_flow::<crate::forms::account::RegistrationFields>();
    html! {
        <RegistrationView state={(*flow.form).clone()} today={crate::pages::search::today()} on_edit={flow.on_edit}
            on_step={flow.on_step} on_send_key={flow.on_send_key}
            on_complete={flow.on_complete} on_to_login={flow.on_to_login} />
    }
}
