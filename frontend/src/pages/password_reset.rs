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

use shigoto_domain::account::{KEY_DIGITS, KEY_LIFETIME};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::account::{confirmation_hint, password_hints, Edit, ResetState, ResetStep};
use crate::components::password_hints::PasswordHints;
use crate::components::steps::Steps;
use crate::query::FieldError;

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

fn is_at(error: Option<&FieldError>, field: &str) -> bool {
    error
        .and_then(|e| e.field.as_deref())
        .is_some_and(|f| f == field)
}

fn invalid(error: Option<&FieldError>, field: &str) -> Option<&'static str> {
    is_at(error, field).then_some("true")
}

/// The refusal shown under the box of `field`, if the current error names it.
fn error_under(error: Option<&FieldError>, field: &str) -> Html {
    match (error, box_id(field)) {
        (Some(err), Some(id)) if is_at(Some(err), field) => html! {
            <p class="field-error" id={format!("{id}-error")} role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

fn described(error: Option<&FieldError>, field: &str, hint: Option<&str>) -> Option<String> {
    let error_id = box_id(field)
        .filter(|_| is_at(error, field))
        .map(|id| format!("{id}-error"));
    let ids: Vec<String> = hint
        .map(str::to_owned)
        .into_iter()
        .chain(error_id)
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A refusal that names no box of the step shown (the email at step 2 is not a box).
fn general_error(error: Option<&FieldError>, step: ResetStep) -> Html {
    let boxes: &[&str] = match step {
        ResetStep::Email => &["email"],
        _ => &["key", "password", "password_confirmation"],
    };
    match error {
        Some(err) if !err.field.as_deref().is_some_and(|f| boxes.contains(&f)) => html! {
            <p id="reset-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

fn on_text(
    edit: &Callback<Edit<ResetState>>,
    apply: fn(&mut ResetState, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(Edit::new(move |s: &mut ResetState| apply(s, value.clone())));
    })
}

fn submit(cb: &Callback<()>) -> Callback<SubmitEvent> {
    let cb = cb.clone();
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        cb.emit(());
    })
}

fn click(cb: &Callback<()>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(()))
}

#[function_component]
pub fn PasswordResetPage(props: &PasswordResetProps) -> Html {
    let step = props.state.step;
    let labels: Vec<&'static str> = ResetStep::ALL.iter().map(|s| s.label()).collect();
    let body = match step {
        ResetStep::Email => email_step(props),
        ResetStep::Key => key_step(props),
        ResetStep::Done => done_step(props),
    };
    html! {
        <section id="password-reset" class="panel reset-panel" aria-labelledby="password-reset-heading"
            data-step={step.number().to_string()}>
            <h2 id="password-reset-heading" class="panel-title">
                { "パスワードを忘れた方・ロックされた方" }
            </h2>
            <p class="panel-lead">
                { "パスワードを忘れた場合や、パスワードを続けて間違えてログインできなくなった（ロックされた）場合は、次の手順で新しいパスワードを設定してください。" }
            </p>
            <Steps label="パスワード再設定の手順" labels={labels} current={step.number()} />
            <h3 id="reset-step-heading" class="step-title" tabindex="-1">
                <span class="step-title-number">{ format!("ステップ{}", step.number()) }</span>
                { step.title() }
            </h3>
            { body }
            <p class="opening-cancel">
                <button type="button" id="reset-cancel" class="text-button"
                    onclick={click(&props.on_to_login)}>
                    { "‹ ログイン画面に戻る" }
                </button>
            </p>
        </section>
    }
}

fn email_step(props: &PasswordResetProps) -> Html {
    let state = &props.state;
    let error = state.error.as_ref();
    let minutes = KEY_LIFETIME.num_minutes();
    html! {
        <form id="reset-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <p>
                { format!("マイページに登録しているメールアドレスを入力して「認証キーを送信」を押してください。登録されているメールアドレスには、パスワードの再設定に使う「認証キー」（{KEY_DIGITS}桁の数字）を記載したメールが届きます。認証キーの有効期限は、送信から{minutes}分です。") }
            </p>
            <p class="hint">
                { "ロックされたアカウントも、パスワードを再設定すればすぐにログインできるようになります。" }
            </p>
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { "メールの受信を制限している場合は、このサービスからのメールを受信できるように設定してから進んでください。" }
            </p>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="reset-email">
                        { "メールアドレス" }
                        <span class="label-note">{ "マイページに登録したもの" }</span>
                    </label>
                    <div class="form-field">
                        <input type="email" id="reset-email" class="input input-wide"
                            autocomplete="username" inputmode="email" spellcheck="false"
                            value={state.email.clone()}
                            placeholder="例：taro@example.jp"
                            aria-invalid={invalid(error, "email")}
                            aria-describedby={described(error, "email", None)}
                            oninput={on_text(&props.on_edit, |s, v| s.email = v)} />
                        { error_under(error, "email") }
                    </div>
                </div>
            </div>
            <div class="form-actions">
                { general_error(error, ResetStep::Email) }
                <button type="submit" id="reset-send-key" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { "送信中…" } else { "認証キーを送信" } }
                </button>
            </div>
        </form>
    }
}

fn key_step(props: &PasswordResetProps) -> Html {
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
        <form id="reset-key-form" class="step-body" onsubmit={submit(&props.on_complete)} novalidate=true>
            if let Some(message) = &state.key_sent {
                <p id="reset-key-sent" class="notice" role="status">{ message.clone() }</p>
            }
            <dl class="memo">
                <dt>{ "メールアドレス（控え）" }</dt>
                <dd id="reset-email-memo">{ email.clone() }</dd>
            </dl>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="reset-key">
                        { "認証キー" }
                        <span class="label-note">{ format!("メールに記載の{KEY_DIGITS}桁の数字") }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="reset-key" class="input input-key"
                            inputmode="numeric" autocomplete="one-time-code" spellcheck="false"
                            maxlength="12"
                            value={state.key.clone()}
                            aria-invalid={invalid(error, "key")}
                            aria-describedby={described(error, "key", Some("reset-key-hint"))}
                            oninput={on_text(edit, |s, v| s.key = v)} />
                        <p class="hint" id="reset-key-hint">
                            { format!("認証キーはメールの送信から{minutes}分以内有効です。過ぎた場合や無効になった場合は「認証キーを再送信する」からやり直してください。") }
                        </p>
                        { error_under(error, "key") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="reset-password">{ "新しいパスワード" }</label>
                    <div class="form-field">
                        <input type="password" id="reset-password" class="input input-wide"
                            autocomplete="new-password" spellcheck="false" maxlength="64"
                            value={state.password.clone()}
                            aria-invalid={invalid(error, "password")}
                            aria-describedby={described(error, "password", Some("reset-password-hints"))}
                            oninput={on_text(edit, |s, v| s.password = v)} />
                        <PasswordHints id="reset-password-hints" password={state.password.clone()}
                            email={email} />
                        { password_error }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="reset-password-confirmation">
                        { "新しいパスワード（確認用）" }
                    </label>
                    <div class="form-field">
                        <input type="password" id="reset-password-confirmation" class="input input-wide"
                            autocomplete="new-password" spellcheck="false" maxlength="64"
                            value={state.password_confirmation.clone()}
                            aria-invalid={invalid(error, "password_confirmation")}
                            aria-describedby={described(error, "password_confirmation", Some("reset-confirmation-hint"))}
                            oninput={on_text(edit, |s, v| s.password_confirmation = v)} />
                        <div id="reset-confirmation-hint" aria-live="polite">
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
            <p class="hint reset-note">
                { "パスワードを再設定すると、ほかのパソコンなどでログインしたままのマイページは自動的にログアウトされます。" }
            </p>
            <div class="form-actions">
                { general_error(error, ResetStep::Key) }
                <button type="button" id="reset-restart" class="button button-secondary"
                    onclick={click(&props.on_restart)}>
                    { "‹ 認証キーを再送信する" }
                </button>
                <button type="submit" id="reset-complete" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { "再設定中…" } else { "パスワードを再設定" } }
                </button>
            </div>
        </form>
    }
}

fn done_step(props: &PasswordResetProps) -> Html {
    html! {
        <div id="reset-done" class="step-body done">
            <p class="done-title">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { "パスワードを再設定しました" }
            </p>
            <p id="reset-done-message">
                { props.state.done.clone().unwrap_or_else(|| "ログイン画面から、メールアドレスと新しいパスワードでログインしてください。".to_owned()) }
            </p>
            <div class="form-actions">
                <button type="button" id="reset-go-to-login" class="button button-primary button-large"
                    onclick={click(&props.on_to_login)}>
                    { "ログイン画面へ" }
                </button>
            </div>
        </div>
    }
}
