//! ログイン (`#login`): the sign-in form `#login-form` (メールアドレス `#login-email`,
//! パスワード `#login-password`, `#login-submit`, refusals in `#login-error`, notes such as
//! 「ログアウトしました。」 in `#login-notice`), and beside it the ways in for people without a
//! password: 「マイページを開設する（ハローワークをご利用中の方）」 (`#open-mypage-opening`),
//! 「マイページを開設して求職申込みをする（ハローワークに登録していない方）」
//! (`#open-registration`, with the note `#open-registration-note`) and
//! 「パスワードを忘れた方・ロックされた方」 (`#forgot-password`: a note `#forgot-password-note` and
//! 「パスワードを再設定する」 `#open-password-reset`), where the service's lockout message sends
//! people. Employers (事業主の方) open a 求人者マイページ from 「求人者マイページを開設する」
//! (`#open-employer-opening`, in `#employer-side`); job seekers, employers and counselors all
//! sign in here.

use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use yew_router::prelude::*;

use crate::forms::account::{Edit, LoginState};
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::go;
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::notice::use_notice;
use crate::state::session::use_session;
use crate::state::store::{edits, use_store, Update};

#[derive(Properties, PartialEq)]
pub struct LoginProps {
    pub state: LoginState,
    pub on_edit: Callback<Edit<LoginState>>,
    pub on_submit: Callback<()>,
    pub on_open_opening: Callback<()>,
    pub on_open_registration: Callback<()>,
    pub on_open_reset: Callback<()>,
    /// 「求人者マイページを開設する」.
    #[prop_or_default]
    pub on_open_employer_opening: Callback<()>,
}

/// Handler of a text box: `apply` stores its value (and the old refusal goes away).
fn on_text(
    edit: &Callback<Edit<LoginState>>,
    apply: fn(&mut LoginState, String),
) -> Callback<InputEvent> {
    let edit = edit.clone();
    Callback::from(move |event: InputEvent| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        edit.emit(Edit::new(move |s: &mut LoginState| apply(s, value.clone())));
    })
}

#[function_component]
pub fn LoginView(props: &LoginProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let invalid = |field: &str| {
        state
            .error
            .as_ref()
            .and_then(|e| e.field.as_deref())
            .is_some_and(|f| f == field)
            .then_some("true")
    };
    let described = state.error.is_some().then_some("login-error");
    let on_submit = {
        let cb = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(());
        })
    };
    let on_opening = {
        let cb = props.on_open_opening.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_registration = {
        let cb = props.on_open_registration.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_employer_opening = {
        let cb = props.on_open_employer_opening.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_reset = {
        let cb = props.on_open_reset.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };

    html! {
        <section id="login" class="panel auth-panel" aria-labelledby="login-heading">
            <h2 id="login-heading" class="panel-title" tabindex="-1">{ t.t("login-heading") }</h2>
            <p class="panel-lead">
                { t.t("login-lead") }
            </p>
            <div class="auth-layout">
                <form id="login-form" class="auth-form" onsubmit={on_submit} novalidate=true>
                    if let Some(notice) = &state.notice {
                        <p id="login-notice" class="notice" role="status">{ notice.clone() }</p>
                    }
                    <div class="form-table">
                        <div class="form-row">
                            <label class="form-label" for="login-email">{ t.t("login-email") }</label>
                            <div class="form-field">
                                <input type="email" id="login-email" class="input input-wide"
                                    autocomplete="username" inputmode="email" spellcheck="false"
                                    value={state.email.clone()}
                                    aria-invalid={invalid("email")}
                                    aria-describedby={described}
                                    oninput={on_text(&props.on_edit, |s, v| s.email = v)} />
                            </div>
                        </div>
                        <div class="form-row">
                            <label class="form-label" for="login-password">{ t.t("login-password") }</label>
                            <div class="form-field">
                                <input type="password" id="login-password" class="input input-wide"
                                    autocomplete="current-password" spellcheck="false"
                                    value={state.password.clone()}
                                    aria-invalid={invalid("password")}
                                    aria-describedby={described}
                                    oninput={on_text(&props.on_edit, |s, v| s.password = v)} />
                            </div>
                        </div>
                    </div>
                    <div class="form-actions">
                        if let Some(err) = &state.error {
                            <p id="login-error" class="field-error form-error" role="alert">
                                { err.message.clone() }
                            </p>
                        }
                        <button type="submit" id="login-submit" class="button button-primary button-large"
                            disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                            { if state.busy { t.t("login-busy") } else { t.t("login-submit") } }
                        </button>
                    </div>
                    <p class="caution">
                        <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                        { t.t("login-shared-pc") }
                    </p>
                </form>

                <aside class="auth-side" aria-label={t.t("login-no-mypage")}>
                    <div class="side-box">
                        <h3 class="side-title">{ t.t("login-no-mypage") }</h3>
                        <p>
                            { t.t("login-opening-note") }
                        </p>
                        <button type="button" id="open-mypage-opening" class="button button-secondary side-button"
                            onclick={on_opening}>
                            { t.t("login-open-opening") }
                        </button>
                        <p id="open-registration-note" class="side-note">
                            { t.t_with("login-registration-note", &[("days", PROVISIONAL_REGISTRATION_DAYS.into())]) }
                        </p>
                        <button type="button" id="open-registration" class="button button-secondary side-button"
                            aria-describedby="open-registration-note"
                            onclick={on_registration}>
                            { t.t("login-open-registration") }
                        </button>
                    </div>
                    <div class="side-box" id="employer-side">
                        <h3 class="side-title">{ t.t("login-employers") }</h3>
                        <p id="open-employer-opening-note">
                            { t.t("login-employer-note") }
                        </p>
                        <button type="button" id="open-employer-opening" class="button button-secondary side-button"
                            aria-describedby="open-employer-opening-note"
                            onclick={on_employer_opening}>
                            { t.t("login-open-employer-opening") }
                        </button>
                    </div>
                    <div class="side-box" id="forgot-password">
                        <h3 class="side-title">{ t.t("login-forgot") }</h3>
                        <p id="forgot-password-note">
                            { t.t("login-forgot-note") }
                        </p>
                        <button type="button" id="open-password-reset" class="button button-secondary side-button"
                            onclick={on_reset}>
                            { t.t("login-open-reset") }
                        </button>
                        <p class="hint">
                            { t.t("login-lockout-hint") }
                        </p>
                    </div>
                </aside>
            </div>
        </section>
    }
}

/// The id of the box a refused field belongs to.
fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "email" => Some("login-email"),
        _ => Some("login-password"),
    }
}

/// ログイン (`/login`). A signed-in account goes where it asked to go, else to its home.
#[function_component]
pub fn LoginPage() -> Html {
    let form = use_store::<LoginState>();
    let api = use_api();
    let session = use_session();
    let notice = use_notice();
    let focus = use_focus();
    let navigator = use_navigator();
    use_focus_on_mount("#login-email");
    let on_submit = {
        let form = form.clone();
        Callback::from(move |()| {
            if form.busy {
                return;
            }
            match form.request() {
                Err(err) => {
                    focus.on(format!(
                        "#{}",
                        err.field
                            .as_deref()
                            .and_then(box_id)
                            .unwrap_or("login-password")
                    ));
                    form.update_once(move |f| f.error = Some(err));
                }
                Ok((email, password)) => {
                    form.update(|f| {
                        f.busy = true;
                        f.error = None;
                    });
                    let (form, session, focus) = (form.clone(), session.clone(), focus.clone());
                    api.run(
                        async move { ipc::sign_in(&email, &password).await },
                        move |result| {
                            match result {
                                // A session the core now holds is always taken.
                                Ok(account) => {
                                    form.update(|f| *f = LoginState::default());
                                    session.signed_in(account);
                                    focus.first_of(&["#greeting", "#seeker-name", "h2"], true);
                                }
                                Err(err) => {
                                    let target = format!(
                                        "#{}",
                                        err.field
                                            .as_deref()
                                            .and_then(box_id)
                                            .unwrap_or("login-password")
                                    );
                                    form.update_once(move |f| {
                                        if f.busy {
                                            f.failed(&err);
                                        }
                                    });
                                    focus.on(target);
                                }
                            }
                        },
                    );
                }
            }
        })
    };
    let mut state = (*form).clone();
    if state.error.is_none() {
        state.notice = notice.text_for(&Route::Login);
    }
    html! {
        <LoginView
            state={state}
            on_edit={edits(&form)}
            on_submit={on_submit}
            on_open_opening={go(&navigator, Route::Opening)}
            on_open_registration={go(&navigator, Route::Registration)}
            on_open_reset={go(&navigator, Route::PasswordReset)}
            on_open_employer_opening={go(&navigator, Route::EmployerOpening)}
        />
    }
}
