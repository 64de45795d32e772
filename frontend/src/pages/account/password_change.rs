//! パスワード変更 (`#password-change`) for a signed-in account of any role, opened from
//! 「パスワード変更」 in the header: the form `#password-change-form` with the current password
//! (`#password-change-current`), the new password (`#password-change-password`) with the live
//! rule hints and its confirmation (`#password-change-password-confirmation`), 「パスワードを
//! 変更」 (`#password-change-submit`) and 「キャンセル」 (`#password-change-cancel`), which goes
//! back to the screen the person came from. A refusal appears under the box it names
//! (`#<box id>-error`), otherwise in `#password-change-error`. Once changed, the app goes back
//! to the earlier screen and shows the service's message there.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::api::use_submit;
use crate::ipc;
use crate::pages::back;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::notice::use_notice;
use crate::state::session::use_session;
use crate::state::store::{edits, use_store};

use crate::components::form_field::{self, click, on_text, submit};
use crate::components::key_password_fields::{new_password_rows, NewPasswordFields};
use crate::forms::account::{Edit, PasswordChangeState};
use crate::forms::search::FieldError;

#[derive(Properties, PartialEq)]
pub struct PasswordChangeProps {
    pub state: PasswordChangeState,
    /// The signed-in account's email, which the new password must not resemble.
    pub email: AttrValue,
    pub on_edit: Callback<Edit<PasswordChangeState>>,
    pub on_submit: Callback<()>,
    /// 「キャンセル」: back to the earlier screen.
    pub on_cancel: Callback<()>,
}

/// The id of the box a refused field belongs to.
pub fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "current_password" => Some("password-change-current"),
        "password" => Some("password-change-password"),
        "password_confirmation" => Some("password-change-password-confirmation"),
        _ => None,
    }
}

/// A refusal that names none of the boxes.
fn general_error(error: Option<&FieldError>) -> Html {
    match error {
        Some(err) if err.field.as_deref().and_then(box_id).is_none() => html! {
            <p id="password-change-error" class="field-error form-error" role="alert">{ err.message.clone() }</p>
        },
        _ => html! {},
    }
}

#[function_component]
pub fn PasswordChangeView(props: &PasswordChangeProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let edit = &props.on_edit;
    let error = state.error.as_ref();
    html! {
        <section id="password-change" class="panel reset-panel" aria-labelledby="password-change-heading">
            <h2 id="password-change-heading" class="panel-title" tabindex="-1">{ t.t("account-password-change-heading") }</h2>
            <p class="panel-lead">
                { t.t("account-password-change-lead") }
            </p>
            <form id="password-change-form" class="step-body" onsubmit={submit(&props.on_submit)} novalidate=true>
                <dl class="memo">
                    <dt>{ t.t("account-password-change-email") }</dt>
                    <dd id="password-change-email">{ props.email.to_string() }</dd>
                </dl>
                <div class="form-table">
                    <div class="form-row">
                        <label class="form-label" for="password-change-current">{ t.t("account-current-password") }</label>
                        <div class="form-field">
                            <input type="password" id="password-change-current" class="input input-wide"
                                autocomplete="current-password" spellcheck="false" maxlength="64"
                                value={state.current_password.clone()}
                                aria-invalid={form_field::invalid(error, "current_password")}
                                aria-describedby={form_field::described(error, "current_password", None, box_id)}
                                oninput={on_text(edit, |s, v| s.current_password = v)} />
                            { form_field::error_under(error, "current_password", box_id) }
                        </div>
                    </div>
                    { new_password_rows(t, NewPasswordFields {
                        prefix: "password-change",
                        box_id,
                        error,
                        email: &props.email,
                        password: &state.password,
                        confirmation: &state.password_confirmation,
                        password_label: shigoto_i18n::key!("account-new-password"),
                        on_password: on_text(edit, |s, v| s.password = v),
                        on_confirmation: on_text(edit, |s, v| s.password_confirmation = v),
                    }) }
                </div>
                <p class="hint reset-note">
                    { t.t("account-password-change-signs-out") }
                </p>
                <div class="form-actions">
                    { general_error(error) }
                    <button type="button" id="password-change-cancel" class="button button-secondary"
                        onclick={click(&props.on_cancel, ())}>
                        { t.t("account-cancel") }
                    </button>
                    <button type="submit" id="password-change-submit" class="button button-primary button-large"
                        disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                        { if state.busy { t.t("account-changing") } else { t.t("account-password-change-submit") } }
                    </button>
                </div>
            </form>
        </section>
    }
}

crate::form_status!(PasswordChangeState);

/// パスワード変更 (`/account/password`): back to the screen before once changed, with the
/// service's message above it.
#[function_component]
pub fn PasswordChangePage() -> Html {
    let form = use_store::<PasswordChangeState>();
    let submit = use_submit(&form, box_id, "#password-change-current");
    let session = use_session();
    let notice = use_notice();
    let navigator = use_navigator();
    use_focus_on_mount("#password-change-current");
    let email = session
        .account()
        .map(|a| a.email.clone())
        .unwrap_or_default();
    let on_submit = {
        let submit = submit.clone();
        let email = email.clone();
        let back = back(&navigator);
        Callback::from(move |()| {
            let (notice, back) = (notice.clone(), back.clone());
            submit.send_and_leave(
                submit.form().request(&email),
                |request| async move { ipc::change_password(&request).await },
                move |done| {
                    notice.show_next(done.message);
                    back.emit(());
                },
                PasswordChangeState::failed,
            );
        })
    };
    html! {
        <PasswordChangeView state={(*form).clone()} email={email} on_edit={edits(&form)}
            on_submit={on_submit} on_cancel={back(&navigator)} />
    }
}
