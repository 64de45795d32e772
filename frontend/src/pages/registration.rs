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
//!    住所（都道府県） `#registration-prefecture`; 「申し込む」 (`#registration-complete`);
//!    「認証キーを再送信する」 (`#registration-restart`) goes back to step 2.
//! 4. 完了 (`#registration-done`): the service's message, what 仮登録 means, and 「ログイン画面へ」
//!    (`#registration-go-to-login`).
//!
//! A refusal appears under the box it names (`#<box id>-error`), otherwise in
//! `#registration-error`. 「ログイン画面に戻る」 (`#registration-cancel`) is on every step.

use chrono::NaiveDate;
use shigoto_domain::account::{KEY_DIGITS, KEY_LIFETIME, TERMS_VERSION};
use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::account::{
    confirmation_hint, password_hints, to_katakana, Edit, RegistrationState, RegistrationStep,
    MAX_NAME_CHARS,
};
use crate::components::password_hints::PasswordHints;
use crate::components::select::Select;
use crate::components::steps::Steps;
use crate::pages::counter::prefecture_options;
use crate::pages::opening::articles;
use crate::pages::terms::{version_label, PRIVACY, TERMS};
use crate::query::FieldError;

#[derive(Properties, PartialEq)]
pub struct RegistrationProps {
    pub state: RegistrationState,
    pub today: NaiveDate,
    pub on_edit: Callback<Edit<RegistrationState>>,
    /// Go to a step (「次へ」, 「戻る」, 「認証キーを再送信する」).
    pub on_step: Callback<RegistrationStep>,
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

/// A refusal that names no box of the step shown.
fn general_error(error: Option<&FieldError>, fields: &[&str]) -> Html {
    match error {
        Some(err) if !err.field.as_deref().is_some_and(|f| fields.contains(&f)) => html! {
            <p id="registration-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

fn on_text(
    edit: &Callback<Edit<RegistrationState>>,
    apply: fn(&mut RegistrationState, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(Edit::new(move |s: &mut RegistrationState| {
            apply(s, value.clone())
        }));
    })
}

fn on_check(
    edit: &Callback<Edit<RegistrationState>>,
    apply: fn(&mut RegistrationState, bool),
) -> Callback<Event> {
    let edit = edit.clone();
    Callback::from(move |event: Event| {
        let on = event.target_unchecked_into::<HtmlInputElement>().checked();
        edit.emit(Edit::new(move |s: &mut RegistrationState| apply(s, on)));
    })
}

fn submit(cb: &Callback<()>) -> Callback<SubmitEvent> {
    let cb = cb.clone();
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        cb.emit(());
    })
}

fn go(cb: &Callback<RegistrationStep>, step: RegistrationStep) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(step))
}

#[function_component]
pub fn RegistrationPage(props: &RegistrationProps) -> Html {
    let step = props.state.step;
    let labels: Vec<&'static str> = RegistrationStep::ALL.iter().map(|s| s.label()).collect();
    let body = match step {
        RegistrationStep::Terms => terms_step(props),
        RegistrationStep::Email => email_step(props),
        RegistrationStep::Key => key_step(props),
        RegistrationStep::Done => done_step(props),
    };
    let to_login = {
        let cb = props.on_to_login.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let cancel_label = if step == RegistrationStep::Done {
        "‹ ログイン画面に戻る"
    } else {
        "‹ 申込みをやめてログイン画面に戻る"
    };
    html! {
        <section id="registration" class="panel opening-panel" aria-labelledby="registration-heading"
            data-step={step.number().to_string()}>
            <h2 id="registration-heading" class="panel-title">
                { "マイページを開設して求職申込みをする（ハローワークに登録していない方）" }
            </h2>
            <p class="panel-lead">
                { format!("ハローワークで求職登録をしていない方は、次の手順でマイページを開設し、オンラインで求職申込み（仮登録）ができます。仮登録の日から{PROVISIONAL_REGISTRATION_DAYS}日以内にハローワークで本登録の手続きをしてください。") }
            </p>
            <Steps label="開設と求職申込みの手順" labels={labels} current={step.number()} />
            <h3 id="registration-step-heading" class="step-title" tabindex="-1">
                <span class="step-title-number">{ format!("ステップ{}", step.number()) }</span>
                { step.title() }
            </h3>
            { body }
            <p class="opening-cancel">
                <button type="button" id="registration-cancel" class="text-button" onclick={to_login}>
                    { cancel_label }
                </button>
            </p>
        </section>
    }
}

fn terms_step(props: &RegistrationProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let version = version_label(TERMS_VERSION);
    let on_next = {
        let cb = props.on_step.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(RegistrationStep::Email);
        })
    };
    html! {
        <form id="registration-terms" class="step-body" onsubmit={on_next} novalidate=true>
            <p>{ "プライバシーポリシーとマイページ利用規約をお読みのうえ、両方に同意のチェックを入れて「次へ」を押してください。" }</p>
            <div class="terms-grid">
                <div class="terms-item">
                    <h4 id="registration-terms-heading" class="terms-heading">
                        { "マイページ利用規約" }
                        <span class="terms-version">{ format!("（{version}）") }</span>
                    </h4>
                    <div id="registration-terms-text" class="terms-box" tabindex="0" role="region"
                        aria-labelledby="registration-terms-heading">
                        { articles(TERMS) }
                    </div>
                    <label class="choice agree" for="registration-agree-terms">
                        <input type="checkbox" id="registration-agree-terms" checked={state.agreed_terms}
                            onchange={on_check(edit, |s, on| s.agreed_terms = on)} />
                        { "マイページ利用規約に同意します" }
                    </label>
                </div>
                <div class="terms-item">
                    <h4 id="registration-privacy-heading" class="terms-heading">
                        { "プライバシーポリシー" }
                        <span class="terms-version">{ format!("（{version}）") }</span>
                    </h4>
                    <div id="registration-privacy-text" class="terms-box" tabindex="0" role="region"
                        aria-labelledby="registration-privacy-heading">
                        { articles(PRIVACY) }
                    </div>
                    <label class="choice agree" for="registration-agree-privacy">
                        <input type="checkbox" id="registration-agree-privacy" checked={state.agreed_privacy}
                            onchange={on_check(edit, |s, on| s.agreed_privacy = on)} />
                        { "プライバシーポリシーに同意します" }
                    </label>
                </div>
            </div>
            <div class="form-actions">
                { general_error(state.error.as_ref(), &[]) }
                <button type="submit" id="registration-next" class="button button-primary button-large"
                    disabled={!state.agreed()} aria-describedby="registration-next-hint">
                    { "次へ" }
                </button>
                <p id="registration-next-hint" class="hint form-hint">
                    { if state.agreed() { "「次へ」を押して、メールアドレスを入力してください。" } else { "両方にチェックを入れると「次へ」を押せます。" } }
                </p>
            </div>
        </form>
    }
}

fn email_step(props: &RegistrationProps) -> Html {
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    html! {
        <form id="registration-email-form" class="step-body" onsubmit={submit(&props.on_send_key)} novalidate=true>
            <p>{ "マイページのログインに使うメールアドレスを入力して「認証キーを送信」を押してください。入力したメールアドレスに「認証キー」を記載したメールが届きます。" }</p>
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { "メールの受信を制限している場合は、このサービスからのメールを受信できるように設定してから進んでください。" }
            </p>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="registration-email">
                        { "メールアドレス" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="email" id="registration-email" class="input input-wide"
                            autocomplete="username" inputmode="email" spellcheck="false"
                            value={state.email.clone()}
                            placeholder="例：taro@example.jp"
                            aria-invalid={invalid(error, "email")}
                            aria-describedby={described(error, "email", None)}
                            oninput={on_text(edit, |s, v| s.email = v)} />
                        { error_under(error, "email") }
                    </div>
                </div>
            </div>
            <div class="form-actions">
                { general_error(error, &["email"]) }
                <button type="button" id="registration-back" class="button button-secondary"
                    onclick={go(&props.on_step, RegistrationStep::Terms)}>
                    { "‹ 戻る" }
                </button>
                <button type="submit" id="registration-send-key" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { "送信中…" } else { "認証キーを送信" } }
                </button>
            </div>
        </form>
    }
}

const KEY_STEP_BOXES: [&str; 7] = [
    "key",
    "password",
    "password_confirmation",
    "name",
    "name_kana",
    "birth_date",
    "prefecture_code",
];

fn key_step(props: &RegistrationProps) -> Html {
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
    let today = props.today.format("%Y-%m-%d").to_string();
    let max_chars = MAX_NAME_CHARS.to_string();
    // Hiragana typed into フリガナ becomes katakana when leaving the box.
    let on_kana_blur = {
        let edit = edit.clone();
        Callback::from(move |_: FocusEvent| {
            edit.emit(Edit::new(|s: &mut RegistrationState| {
                s.kana = to_katakana(&s.kana)
            }));
        })
    };
    let on_prefecture = {
        let edit = edit.clone();
        Callback::from(move |code: String| {
            edit.emit(Edit::new(move |s: &mut RegistrationState| {
                s.prefecture = code.clone()
            }))
        })
    };
    html! {
        <form id="registration-key-form" class="step-body" onsubmit={submit(&props.on_complete)} novalidate=true>
            if let Some(message) = &state.key_sent {
                <p id="registration-key-sent" class="notice" role="status">{ message.clone() }</p>
            }
            <dl class="memo">
                <dt>{ "メールアドレス（控え）" }</dt>
                <dd id="registration-email-memo">{ email.clone() }</dd>
            </dl>
            <h4 class="form-section-title">{ "認証キーとパスワード" }</h4>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="registration-key">
                        { "認証キー" }
                        <span class="label-note">{ format!("メールに記載の{KEY_DIGITS}桁の数字") }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="registration-key" class="input input-key"
                            inputmode="numeric" autocomplete="one-time-code" spellcheck="false"
                            maxlength="12"
                            value={state.key.clone()}
                            aria-invalid={invalid(error, "key")}
                            aria-describedby={described(error, "key", Some("registration-key-hint"))}
                            oninput={on_text(edit, |s, v| s.key = v)} />
                        <p class="hint" id="registration-key-hint">
                            { format!("認証キーはメールの送信から{minutes}分以内有効です。過ぎた場合は「認証キーを再送信する」からやり直してください。") }
                        </p>
                        { error_under(error, "key") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="registration-password">{ "パスワード" }</label>
                    <div class="form-field">
                        <input type="password" id="registration-password" class="input input-wide"
                            autocomplete="new-password" spellcheck="false" maxlength="64"
                            value={state.password.clone()}
                            aria-invalid={invalid(error, "password")}
                            aria-describedby={described(error, "password", Some("registration-password-hints"))}
                            oninput={on_text(edit, |s, v| s.password = v)} />
                        <PasswordHints id="registration-password-hints" password={state.password.clone()}
                            email={email} />
                        { password_error }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="registration-password-confirmation">
                        { "パスワード（確認用）" }
                    </label>
                    <div class="form-field">
                        <input type="password" id="registration-password-confirmation" class="input input-wide"
                            autocomplete="new-password" spellcheck="false" maxlength="64"
                            value={state.password_confirmation.clone()}
                            aria-invalid={invalid(error, "password_confirmation")}
                            aria-describedby={described(error, "password_confirmation", Some("registration-confirmation-hint"))}
                            oninput={on_text(edit, |s, v| s.password_confirmation = v)} />
                        <div id="registration-confirmation-hint" aria-live="polite">
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
            <h4 class="form-section-title">{ "求職申込みの内容" }</h4>
            <div class="form-table">
                <div class="form-row">
                    <label class="form-label" for="registration-name">
                        { "氏名" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="registration-name" class="input input-wide"
                            autocomplete="name" maxlength={max_chars.clone()}
                            value={state.name.clone()} placeholder="例：山田 太郎"
                            aria-invalid={invalid(error, "name")}
                            aria-describedby={described(error, "name", None)}
                            oninput={on_text(edit, |s, v| s.name = v)} />
                        { error_under(error, "name") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="registration-kana">
                        { "フリガナ" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="text" id="registration-kana" class="input input-wide"
                            autocomplete="off" maxlength={max_chars}
                            value={state.kana.clone()} placeholder="例：ヤマダ タロウ"
                            aria-invalid={invalid(error, "name_kana")}
                            aria-describedby={described(error, "name_kana", Some("registration-kana-hint"))}
                            oninput={on_text(edit, |s, v| s.kana = v)}
                            onblur={on_kana_blur} />
                        <p class="hint" id="registration-kana-hint">
                            { "全角カタカナで入力してください（ひらがなはカタカナに直します）。" }
                        </p>
                        { error_under(error, "name_kana") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="registration-birth-date">
                        { "生年月日" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <input type="date" id="registration-birth-date" class="input input-date"
                            autocomplete="bday" min="1900-01-01" max={today}
                            value={state.birth_date.clone()}
                            aria-invalid={invalid(error, "birth_date")}
                            aria-describedby={described(error, "birth_date", None)}
                            oninput={on_text(edit, |s, v| s.birth_date = v)} />
                        { error_under(error, "birth_date") }
                    </div>
                </div>
                <div class="form-row">
                    <label class="form-label" for="registration-prefecture">
                        { "住所（都道府県）" }<span class="required">{ "必須" }</span>
                    </label>
                    <div class="form-field">
                        <Select id="registration-prefecture" class="select-prefecture"
                            value={AttrValue::from(state.prefecture.clone())}
                            options={prefecture_options()}
                            onchange={on_prefecture}
                            invalid={is_at(error, "prefecture_code")} />
                        { error_under(error, "prefecture_code") }
                    </div>
                </div>
            </div>
            <p class="caution">
                <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                { format!("申込み後は仮登録となります。{PROVISIONAL_REGISTRATION_DAYS}日以内にハローワークで本登録の手続きをしてください。") }
            </p>
            <div class="form-actions">
                { general_error(error, &KEY_STEP_BOXES) }
                <button type="button" id="registration-restart" class="button button-secondary"
                    onclick={go(&props.on_step, RegistrationStep::Email)}>
                    { "‹ 認証キーを再送信する" }
                </button>
                <button type="submit" id="registration-complete" class="button button-primary button-large"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { "申込み中…" } else { "申し込む" } }
                </button>
            </div>
        </form>
    }
}

fn done_step(props: &RegistrationProps) -> Html {
    let on_login = {
        let cb = props.on_to_login.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div id="registration-done" class="step-body done">
            <p class="done-title">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { "マイページを開設し、求職申込み（仮登録）を受け付けました" }
            </p>
            <p id="registration-done-message">
                { props.state.done.clone().unwrap_or_else(|| "ログイン画面から、メールアドレスと設定したパスワードでログインしてください。".to_owned()) }
            </p>
            <p class="notice">
                { format!("現在は仮登録です。{PROVISIONAL_REGISTRATION_DAYS}日以内に、お近くのハローワークで本登録の手続きをしてください。求人検索やお気に入りはすぐに使えます。紹介や求人の推薦など一部の機能は本登録後に使えます。") }
            </p>
            <div class="form-actions">
                <button type="button" id="registration-go-to-login" class="button button-primary button-large"
                    onclick={on_login}>
                    { "ログイン画面へ" }
                </button>
            </div>
        </div>
    }
}
