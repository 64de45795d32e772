//! The parts every 認証キー flow's screen is drawn with (see [`crate::flows::key_flow`]): the
//! frame (heading, lead, step indicator, step heading, the way back to the login), the buttons
//! of the request step (「‹ 戻る」 `#<prefix>-back`, 「認証キーを送信」 `#<prefix>-send-key`) and
//! of the key step (「‹ 認証キーを再送信する」 `#<prefix>-restart`, the completing button
//! `#<prefix>-complete`), and the last step (`#<prefix>-done`, `#<prefix>-done-message`, 「ログイン
//! 画面へ」). A flow's screen adds only its own boxes.
//!
//! The words a flow gives these parts as `&'static str` are catalogue keys; each part draws
//! itself in the language shown ([`in_texts`]).

use std::rc::Rc;

use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::components::form_field::{invalid, on_check, on_text, BoxId, Boxes};
use crate::components::key_password_fields::{key_password_fields, KeyPasswordFields};
use crate::components::steps::Steps;
use crate::components::terms_step::{terms_step, TermsStep};
use crate::forms::account::KeyAndPassword;
use crate::forms::edit::Edit;
use crate::forms::key_flow::{FlowFields, KeyFlow, KeyStep};
use crate::forms::search::FieldError;
use crate::state::lang::use_texts;

/// What [`in_texts`] draws.
#[derive(Properties)]
struct InTextsProps {
    draw: Rc<dyn Fn(&'static Catalogue) -> Html>,
}

impl PartialEq for InTextsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.draw, &other.draw)
    }
}

#[function_component]
fn InTexts(props: &InTextsProps) -> Html {
    (props.draw)(use_texts())
}

/// A part drawn with the texts of the language shown: the functions here are called while a
/// page draws itself, and draw through this small component, which takes the language.
pub fn in_texts(draw: impl Fn(&'static Catalogue) -> Html + 'static) -> Html {
    let draw: Rc<dyn Fn(&'static Catalogue) -> Html> = Rc::new(draw);
    html! { <InTexts {draw} /> }
}

/// The frame of a flow's screen (`title`, `steps_label`, `labels`, `step_title` and `cancel`
/// are keys; `lead` is the text).
pub struct FlowFrame {
    /// The section's id (`#opening`, `#password-reset`…); its heading is `#<id>-heading`.
    pub section_id: &'static str,
    /// The prefix of the step heading (`#<prefix>-step-heading`) and the cancel button.
    pub prefix: &'static str,
    /// The panel's style (`opening-panel`, `reset-panel`).
    pub panel_class: &'static str,
    pub title: &'static str,
    pub lead: String,
    /// The step indicator's name for screen readers.
    pub steps_label: &'static str,
    pub labels: Vec<&'static str>,
    /// The step shown, 1-based.
    pub number: usize,
    pub step_title: &'static str,
    pub body: Html,
    /// The cancel button's words (`#<prefix>-cancel`), or `None` where it is not shown.
    pub cancel: Option<&'static str>,
    pub on_cancel: Callback<MouseEvent>,
}

pub fn flow_frame(frame: FlowFrame) -> Html {
    in_texts(move |t| {
        let FlowFrame {
            section_id,
            prefix,
            panel_class,
            title,
            lead,
            steps_label,
            labels,
            number,
            step_title,
            body,
            cancel,
            on_cancel,
        } = &frame;
        let (section_id, prefix, number) = (*section_id, *prefix, *number);
        html! {
            <section id={section_id} class={classes!("panel", *panel_class)}
                aria-labelledby={format!("{section_id}-heading")} data-step={number.to_string()}>
                <h2 id={format!("{section_id}-heading")} class="panel-title">{ t.t(title) }</h2>
                <p class="panel-lead">{ lead.clone() }</p>
                <Steps label={t.t(steps_label)} labels={labels.clone()} current={number} />
                <h3 id={format!("{prefix}-step-heading")} class="step-title" tabindex="-1">
                    <span class="step-title-number">{ t.t_with("account-flow-step-number", &[("number", number.into())]) }</span>
                    { t.t(step_title) }
                </h3>
                { body.clone() }
                if let Some(words) = cancel {
                    <p class="opening-cancel">
                        <button type="button" id={format!("{prefix}-cancel")} class="text-button"
                            onclick={on_cancel.clone()}>
                            { t.t(words) }
                        </button>
                    </p>
                }
            </section>
        }
    })
}

/// The request step's buttons: 「‹ 戻る」 to the terms (when the flow has them) and
/// 「認証キーを送信」, after the refusal that names no box.
pub fn send_key_actions(
    prefix: &str,
    busy: bool,
    general_error: Html,
    on_back: Option<Callback<MouseEvent>>,
) -> Html {
    let prefix = prefix.to_owned();
    in_texts(move |t| {
        html! {
            <div class="form-actions">
                { general_error.clone() }
                if let Some(on_back) = on_back.clone() {
                    <button type="button" id={format!("{prefix}-back")} class="button button-secondary"
                        onclick={on_back}>
                        { t.t("account-flow-back") }
                    </button>
                }
                <button type="submit" id={format!("{prefix}-send-key")}
                    class="button button-primary button-large"
                    disabled={busy} aria-busy={busy.then_some("true")}>
                    { if busy { t.t("account-flow-sending") } else { t.t("account-flow-send-key") } }
                </button>
            </div>
        }
    })
}

/// The key step's buttons: 「‹ 認証キーを再送信する」 and the completing button, whose words
/// are `(while busy, otherwise)` (keys).
pub fn complete_actions(
    prefix: &str,
    busy: bool,
    general_error: Html,
    on_restart: Callback<MouseEvent>,
    words: (&'static str, &'static str),
) -> Html {
    let prefix = prefix.to_owned();
    in_texts(move |t| {
        html! {
            <div class="form-actions">
                { general_error.clone() }
                <button type="button" id={format!("{prefix}-restart")} class="button button-secondary"
                    onclick={on_restart.clone()}>
                    { t.t("account-flow-restart") }
                </button>
                <button type="submit" id={format!("{prefix}-complete")}
                    class="button button-primary button-large"
                    disabled={busy} aria-busy={busy.then_some("true")}>
                    { t.t(if busy { words.0 } else { words.1 }) }
                </button>
            </div>
        }
    })
}

/// The last step of a flow (`title` and `fallback` are keys).
pub struct DoneStep {
    pub prefix: &'static str,
    /// The 「ログイン画面へ」 button's id.
    pub login_id: &'static str,
    pub title: &'static str,
    /// The service's message, else `fallback`.
    pub message: Option<String>,
    pub fallback: &'static str,
    /// What to do next, under the message.
    pub note: Option<Html>,
    pub on_login: Callback<MouseEvent>,
}

pub fn done_step(done: DoneStep) -> Html {
    in_texts(move |t| {
        let DoneStep {
            prefix,
            login_id,
            title,
            message,
            fallback,
            note,
            on_login,
        } = &done;
        html! {
            <div id={format!("{prefix}-done")} class="step-body done">
                <p class="done-title">
                    <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                    { t.t(title) }
                </p>
                <p id={format!("{prefix}-done-message")}>
                    { message.clone().unwrap_or_else(|| t.t(fallback)) }
                </p>
                if let Some(note) = note.clone() {
                    <p class="notice">{ note }</p>
                }
                <div class="form-actions">
                    <button type="button" id={*login_id} class="button button-primary button-large"
                        onclick={on_login.clone()}>
                        { t.t("account-flow-to-login") }
                    </button>
                </div>
            </div>
        }
    })
}

/// The terms step of a flow: its two boxes ticked into the flow, 「次へ」 to the request step.
pub fn flow_terms<F: FlowFields>(
    text: FlowTerms,
    state: &KeyFlow<F>,
    edit: &Callback<Edit<KeyFlow<F>>>,
    on_step: &Callback<KeyStep>,
    general_error: Html,
) -> Html {
    let on_next = {
        let cb = on_step.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(KeyStep::Request);
        })
    };
    terms_step(TermsStep {
        prefix: text.prefix,
        boxes: text.boxes,
        agreed_terms: state.agreed_terms,
        agreed_privacy: state.agreed_privacy,
        next_hint: text.next_hint,
        general_error,
        on_terms: on_check(edit, |s, on| s.agreed_terms = on),
        on_privacy: on_check(edit, |s, on| s.agreed_privacy = on),
        on_next,
    })
}

/// How a flow's terms step is named and what it says under 「次へ」 (`next_hint`, a key).
pub struct FlowTerms {
    /// Prefix of the form's ids (`opening`, `registration`).
    pub prefix: &'static str,
    /// Prefix of the ids of the texts and checkboxes (`""`, `"registration-"`).
    pub boxes: &'static str,
    pub next_hint: &'static str,
}

/// The key step's 認証キー and new password, typed into the flow's [`KeyAndPassword`].
pub fn flow_secrets<F: FlowFields>(
    text: FlowSecrets,
    secrets: &KeyAndPassword,
    error: Option<&FieldError>,
    email: &str,
    edit: &Callback<Edit<KeyFlow<F>>>,
) -> Html {
    fn set<F: FlowFields>(flow: &mut KeyFlow<F>, change: impl FnOnce(&mut KeyAndPassword)) {
        if let Some(secrets) = flow.fields.secrets() {
            change(secrets);
        }
    }
    let (secrets, error, email) = (secrets.clone(), error.cloned(), email.to_owned());
    let on_key = on_text(edit, |s, v| set(s, |x| x.key = v));
    let on_password = on_text(edit, |s, v| set(s, |x| x.password = v));
    let on_confirmation = on_text(edit, |s, v| set(s, |x| x.password_confirmation = v));
    in_texts(move |t| {
        key_password_fields(
            t,
            KeyPasswordFields {
                prefix: text.prefix,
                box_id: text.box_id,
                error: error.as_ref(),
                email: &email,
                key: &secrets.key,
                password: &secrets.password,
                confirmation: &secrets.password_confirmation,
                password_label: text.password_label,
                expired: text.expired,
                on_key: on_key.clone(),
                on_password: on_password.clone(),
                on_confirmation: on_confirmation.clone(),
            },
        )
    })
}

/// How a flow's key step names its boxes and what it says about an expired key (keys).
#[derive(Clone, Copy)]
pub struct FlowSecrets {
    pub prefix: &'static str,
    pub box_id: BoxId,
    /// 「パスワード」 or 「新しいパスワード」.
    pub password_label: &'static str,
    pub expired: &'static str,
}

/// 「過ぎた場合は…やり直してください。」, as most flows say it (its key).
pub const EXPIRED_HINT: &str = shigoto_i18n::key!("account-key-expired-hint");

/// What every request step says about mail filters.
pub fn mail_caution() -> Html {
    in_texts(|t| {
        html! {
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { t.t("account-flow-mail-caution") }
            </p>
        }
    })
}

/// The email box of a request step (`#<prefix>-email`); `note` and `placeholder` are keys.
#[derive(Clone, Copy)]
pub struct EmailRow {
    pub prefix: &'static str,
    /// Beside the label: `None` for 「必須」, else a note (「窓口で登録したもの」).
    pub note: Option<&'static str>,
    pub placeholder: &'static str,
}

pub fn email_row(
    row: EmailRow,
    value: &str,
    error: Option<&FieldError>,
    boxes: &Boxes,
    on_input: Callback<InputEvent>,
) -> Html {
    let id = format!("{}-email", row.prefix);
    let (value, error, boxes) = (value.to_owned(), error.cloned(), *boxes);
    in_texts(move |t| {
        let error = error.as_ref();
        html! {
            <div class="form-row">
                <label class="form-label" for={id.clone()}>
                    { t.t("account-flow-email") }
                    if let Some(note) = row.note {
                        <span class="label-note">{ t.t(note) }</span>
                    } else {
                        <span class="required">{ t.t("account-flow-required") }</span>
                    }
                </label>
                <div class="form-field">
                    <input type="email" id={id.clone()} class="input input-wide"
                        autocomplete="username" inputmode="email" spellcheck="false"
                        value={value.clone()}
                        placeholder={t.t(row.placeholder)}
                        aria-invalid={invalid(error, "email")}
                        aria-describedby={boxes.described(error, "email", None)}
                        oninput={on_input.clone()} />
                    { boxes.error_under(error, "email") }
                </div>
            </div>
        }
    })
}
