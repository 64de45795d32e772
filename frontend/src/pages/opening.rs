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
use shigoto_domain::account::{KEY_DIGITS, KEY_LIFETIME, TERMS_VERSION};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::account::{confirmation_hint, password_hints, Edit, OpeningState, OpeningStep};
use crate::components::password_hints::PasswordHints;
use crate::components::steps::Steps;
use crate::pages::terms::{version_label, Article, PRIVACY, TERMS};
use crate::query::FieldError;

#[derive(Properties, PartialEq)]
pub struct OpeningProps {
    pub state: OpeningState,
    pub today: NaiveDate,
    pub on_edit: Callback<Edit<OpeningState>>,
    /// Go to a step (「次へ」 after the agreement, 「戻る」, 「認証キーを再送信する」).
    pub on_step: Callback<OpeningStep>,
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

/// The refusal shown under the box of `field`, if the current error names it.
fn error_under(error: Option<&FieldError>, field: &str) -> Html {
    match (error, box_id(field)) {
        (Some(err), Some(id)) if err.field.as_deref() == Some(field) => html! {
            <p class="field-error" id={format!("{id}-error")} role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

/// Whether the box of `field` is at fault, and the ids describing it.
fn invalid(error: Option<&FieldError>, field: &str) -> Option<&'static str> {
    error
        .and_then(|e| e.field.as_deref())
        .is_some_and(|f| f == field)
        .then_some("true")
}

fn described(error: Option<&FieldError>, field: &str, hint: Option<&str>) -> Option<String> {
    let error_id = invalid(error, field)
        .and(box_id(field))
        .map(|id| format!("{id}-error"));
    let ids: Vec<String> = hint
        .map(str::to_owned)
        .into_iter()
        .chain(error_id)
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A general refusal (one that names no box of this step).
fn general_error(error: Option<&FieldError>) -> Html {
    match error {
        Some(err) if err.field.as_deref().and_then(box_id).is_none() => html! {
            <p id="opening-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

fn on_text(
    edit: &Callback<Edit<OpeningState>>,
    apply: fn(&mut OpeningState, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(Edit::new(move |s: &mut OpeningState| {
            apply(s, value.clone())
        }));
    })
}

fn on_check(
    edit: &Callback<Edit<OpeningState>>,
    apply: fn(&mut OpeningState, bool),
) -> Callback<Event> {
    let edit = edit.clone();
    Callback::from(move |event: Event| {
        let on = event.target_unchecked_into::<HtmlInputElement>().checked();
        edit.emit(Edit::new(move |s: &mut OpeningState| apply(s, on)));
    })
}

fn submit(cb: &Callback<()>) -> Callback<SubmitEvent> {
    let cb = cb.clone();
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        cb.emit(());
    })
}

fn go(cb: &Callback<OpeningStep>, step: OpeningStep) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(step))
}

#[function_component]
pub fn OpeningPage(props: &OpeningProps) -> Html {
    let step = props.state.step;
    let labels: Vec<&'static str> = OpeningStep::ALL.iter().map(|s| s.label()).collect();
    let body = match step {
        OpeningStep::Terms => terms_step(props),
        OpeningStep::Email => email_step(props),
        OpeningStep::Key => key_step(props),
        OpeningStep::Done => done_step(props),
    };
    let to_login = {
        let cb = props.on_to_login.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section id="opening" class="panel opening-panel" aria-labelledby="opening-heading"
            data-step={step.number().to_string()}>
            <h2 id="opening-heading" class="panel-title">
                { "求職者マイページの開設（ハローワークをご利用中の方）" }
            </h2>
            <p class="panel-lead">
                { "ハローワークの窓口でマイページ開設のためのメールアドレスを登録した方は、次の手順でパスワードを登録してマイページを開設してください。" }
            </p>
            <Steps label="開設の手順" labels={labels} current={step.number()} />
            <h3 id="opening-step-heading" class="step-title" tabindex="-1">
                <span class="step-title-number">{ format!("ステップ{}", step.number()) }</span>
                { step.title() }
            </h3>
            { body }
            if step != OpeningStep::Done {
                <p class="opening-cancel">
                    <button type="button" id="opening-cancel" class="text-button" onclick={to_login}>
                        { "‹ ログイン画面に戻る" }
                    </button>
                </p>
            }
        </section>
    }
}

/// The articles of a text (利用規約, プライバシーポリシー) in a terms box.
pub fn articles(list: &[Article]) -> Html {
    html! {
        { for list.iter().map(|article| html! {
            <>
                <h5 class="article-heading">{ article.heading }</h5>
                { for article.paragraphs.iter().map(|p| html! { <p>{ *p }</p> }) }
            </>
        }) }
    }
}

fn terms_step(props: &OpeningProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let version = version_label(TERMS_VERSION);
    let on_next = {
        let cb = props.on_step.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(OpeningStep::Email);
        })
    };
    html! {
        <form id="opening-terms" class="step-body" onsubmit={on_next} novalidate=true>
            <p>{ "プライバシーポリシーとマイページ利用規約をお読みのうえ、両方に同意のチェックを入れて「次へ」を押してください。" }</p>
            <div class="terms-grid">
                <div class="terms-item">
                    <h4 id="terms-heading" class="terms-heading">
                        { "マイページ利用規約" }
                        <span class="terms-version">{ format!("（{version}）") }</span>
                    </h4>
                    <div id="terms-text" class="terms-box" tabindex="0" role="region"
                        aria-labelledby="terms-heading">
                        { articles(TERMS) }
                    </div>
                    <label class="choice agree" for="agree-terms">
                        <input type="checkbox" id="agree-terms" checked={state.agreed_terms}
                            onchange={on_check(edit, |s, on| s.agreed_terms = on)} />
                        { "マイページ利用規約に同意します" }
                    </label>
                </div>
                <div class="terms-item">
                    <h4 id="privacy-heading" class="terms-heading">
                        { "プライバシーポリシー" }
                        <span class="terms-version">{ format!("（{version}）") }</span>
                    </h4>
                    <div id="privacy-text" class="terms-box" tabindex="0" role="region"
                        aria-labelledby="privacy-heading">
                        { articles(PRIVACY) }
                    </div>
                    <label class="choice agree" for="agree-privacy">
                        <input type="checkbox" id="agree-privacy" checked={state.agreed_privacy}
                            onchange={on_check(edit, |s, on| s.agreed_privacy = on)} />
                        { "プライバシーポリシーに同意します" }
                    </label>
                </div>
            </div>
            <div class="form-actions">
                { general_error(state.error.as_ref()) }
                <button type="submit" id="opening-next" class="button button-primary button-large"
                    disabled={!state.agreed()} aria-describedby="opening-next-hint">
                    { "次へ" }
                </button>
                <p id="opening-next-hint" class="hint form-hint">
                    { if state.agreed() { "「次へ」を押して、メールアドレスと生年月日を入力してください。" } else { "両方にチェックを入れると「次へ」を押せます。" } }
                </p>
            </div>
        </form>
    }
}

fn email_step(props: &OpeningProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let today = props.today.format("%Y-%m-%d").to_string();
    html! {
        <form id="opening-email-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <p>{ "窓口で登録したメールアドレスと生年月日を入力して「認証キーを送信」を押してください。入力したメールアドレスに「認証キー」を記載したメールが届きます。" }</p>
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { "メールの受信を制限している場合は、このサービスからのメールを受信できるように設定してから進んでください。" }
            </p>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="opening-email">
                        { "メールアドレス" }
                        <span class="label-note">{ "窓口で登録したもの" }</span>
                    </label>
                    <div class="form-field">
                        <input type="email" id="opening-email" class="input input-wide"
                            autocomplete="username" inputmode="email" spellcheck="false"
                            value={state.email.clone()}
                            placeholder="例：taro@example.jp"
                            aria-invalid={invalid(error, "email")}
                            aria-describedby={described(error, "email", None)}
                            oninput={on_text(edit, |s, v| s.email = v)} />
                        { error_under(error, "email") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="opening-birth-date">
                        { "生年月日" }
                        <span class="label-note">{ "窓口で登録したもの" }</span>
                    </label>
                    <div class="form-field">
                        <input type="date" id="opening-birth-date" class="input input-date"
                            autocomplete="bday" min="1900-01-01" max={today}
                            value={state.birth_date.clone()}
                            aria-invalid={invalid(error, "birth_date")}
                            aria-describedby={described(error, "birth_date", None)}
                            oninput={on_text(edit, |s, v| s.birth_date = v)} />
                        { error_under(error, "birth_date") }
                    </div>
                </div>
            </div>
            <div class="form-actions">
                { general_error(error) }
                <button type="button" id="opening-back" class="button button-secondary"
                    onclick={go(&props.on_step, OpeningStep::Terms)}>
                    { "‹ 戻る" }
                </button>
                <button type="submit" id="opening-send-key" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { "送信中…" } else { "認証キーを送信" } }
                </button>
            </div>
        </form>
    }
}

fn key_step(props: &OpeningProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    let email = state.login_email();
    let minutes = KEY_LIFETIME.num_minutes();
    let confirmation = confirmation_hint(&state.password, &state.password_confirmation);
    // A refusal the live hints already say in the same words is not repeated under them.
    let live = password_hints(&state.password, &email).problems;
    let password_error = if error.is_some_and(|e| live.contains(&e.message)) {
        html! {}
    } else {
        error_under(error, "password")
    };
    html! {
        <form id="opening-key-form" class="step-body" onsubmit={submit(&props.on_complete)} novalidate=true>
            if let Some(message) = &state.key_sent {
                <p id="opening-key-sent" class="notice" role="status">{ message.clone() }</p>
            }
            <dl class="memo">
                <dt>{ "メールアドレス（控え）" }</dt>
                <dd id="opening-email-memo">{ email.clone() }</dd>
            </dl>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="opening-key">
                        { "認証キー" }
                        <span class="label-note">{ format!("メールに記載の{KEY_DIGITS}桁の数字") }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="opening-key" class="input input-key"
                            inputmode="numeric" autocomplete="one-time-code" spellcheck="false"
                            maxlength="12"
                            value={state.key.clone()}
                            aria-invalid={invalid(error, "key")}
                            aria-describedby={described(error, "key", Some("opening-key-hint"))}
                            oninput={on_text(edit, |s, v| s.key = v)} />
                        <p class="hint" id="opening-key-hint">
                            { format!("認証キーはメールの送信から{minutes}分以内有効です。過ぎた場合は「認証キーを再送信する」からやり直してください。") }
                        </p>
                        { error_under(error, "key") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="opening-password">{ "パスワード" }</label>
                    <div class="form-field">
                        <input type="password" id="opening-password" class="input input-wide"
                            autocomplete="new-password" spellcheck="false" maxlength="64"
                            value={state.password.clone()}
                            aria-invalid={invalid(error, "password")}
                            aria-describedby={described(error, "password", Some("opening-password-hints"))}
                            oninput={on_text(edit, |s, v| s.password = v)} />
                        <PasswordHints id="opening-password-hints" password={state.password.clone()}
                            email={email} />
                        { password_error }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="opening-password-confirmation">
                        { "パスワード（確認用）" }
                    </label>
                    <div class="form-field">
                        <input type="password" id="opening-password-confirmation" class="input input-wide"
                            autocomplete="new-password" spellcheck="false" maxlength="64"
                            value={state.password_confirmation.clone()}
                            aria-invalid={invalid(error, "password_confirmation")}
                            aria-describedby={described(error, "password_confirmation", Some("opening-confirmation-hint"))}
                            oninput={on_text(edit, |s, v| s.password_confirmation = v)} />
                        <div id="opening-confirmation-hint" aria-live="polite">
                            if let Some((matches, text)) = confirmation {
                                <p class={if matches { "rule-ok" } else { "rule-problem" }}>{ text }</p>
                            } else {
                                <p class="hint">{ "確認のため、同じパスワードをもう一度入力してください。" }</p>
                            }
                        </div>
                        { error_under(error, "password_confirmation") }
                    </div>
                </div>
            </div>
            <div class="form-actions">
                { general_error(error) }
                <button type="button" id="opening-restart" class="button button-secondary"
                    onclick={go(&props.on_step, OpeningStep::Email)}>
                    { "‹ 認証キーを再送信する" }
                </button>
                <button type="submit" id="opening-complete" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { "登録中…" } else { "完了" } }
                </button>
            </div>
        </form>
    }
}

fn done_step(props: &OpeningProps) -> Html {
    let on_login = {
        let cb = props.on_to_login.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div id="opening-done" class="step-body done">
            <p class="done-title">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { "マイページを開設しました" }
            </p>
            <p id="opening-done-message">
                { props.state.done.clone().unwrap_or_else(|| "ログイン画面から、メールアドレスと設定したパスワードでログインしてください。".to_owned()) }
            </p>
            <div class="form-actions">
                <button type="button" id="go-to-login" class="button button-primary button-large"
                    onclick={on_login}>
                    { "ログイン画面へ" }
                </button>
            </div>
        </div>
    }
}
