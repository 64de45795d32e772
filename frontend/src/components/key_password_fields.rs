//! The 認証キー, new password and confirmation boxes shared by the MyPage opening, the password
//! reset and the online registration, all with ids under one prefix (`opening`, `reset`,
//! `registration`): `#<prefix>-key` with its hint `#<prefix>-key-hint`, `#<prefix>-password`
//! with the live rule hints `#<prefix>-password-hints`, `#<prefix>-password-confirmation` with
//! the live match hint `#<prefix>-confirmation-hint`, and refusals under their box
//! (`#<box id>-error`). Also the answer to the key request and the email memo shown above them.
//! The two new-password rows on their own ([`new_password_rows`]) serve the password change.
//! The labels given as `&'static str` are catalogue keys.

use shigoto_domain::account::{key_lifetime_note_then, KEY_DIGITS};
use shigoto_i18n::Catalogue;
use yew::prelude::*;

use crate::components::form_field::{described, error_under, invalid, BoxId};
use crate::components::key_flow_view::in_texts;
use crate::components::password_hints::PasswordHints;
use crate::forms::account::{confirmation_hint, password_hints};
use crate::forms::search::FieldError;

/// What the fieldset shows and where its typing goes.
pub struct KeyPasswordFields<'a> {
    /// Prefix of the element ids (`opening`, `reset`, `registration`).
    pub prefix: &'static str,
    /// The form's map from refused fields to box ids.
    pub box_id: BoxId,
    pub error: Option<&'a FieldError>,
    /// The login email, which the password must not resemble.
    pub email: &'a str,
    pub key: &'a str,
    pub password: &'a str,
    pub confirmation: &'a str,
    /// 「パスワード」 or 「新しいパスワード」; the confirmation is labelled 「…（確認用）」.
    pub password_label: &'static str,
    /// What to do once the key has expired, in the key's hint.
    pub expired: &'static str,
    pub on_key: Callback<InputEvent>,
    pub on_password: Callback<InputEvent>,
    pub on_confirmation: Callback<InputEvent>,
}

/// The answer to the key request (`#<prefix>-key-sent`) and the memo of the login email
/// (`#<prefix>-email-memo`).
pub fn key_sent_memo(prefix: &str, key_sent: Option<&String>, email: &str) -> Html {
    let (prefix, key_sent, email) = (prefix.to_owned(), key_sent.cloned(), email.to_owned());
    in_texts(move |t| {
        html! {
            <>
                if let Some(message) = key_sent.clone() {
                    <p id={format!("{prefix}-key-sent")} class="notice" role="status">{ message }</p>
                }
                <dl class="memo">
                    <dt>{ t.t("account-email-memo") }</dt>
                    <dd id={format!("{prefix}-email-memo")}>{ email.clone() }</dd>
                </dl>
            </>
        }
    })
}

/// The hint under the key box: how long the key lasts (the domain's words), and `expired` (a
/// key).
pub fn key_hint(t: &Catalogue, expired: &'static str) -> String {
    t.text(&key_lifetime_note_then(expired))
}

/// The `.form-table` with the three boxes.
pub fn key_password_fields(t: &Catalogue, f: KeyPasswordFields<'_>) -> Html {
    let KeyPasswordFields {
        prefix,
        box_id,
        error,
        email,
        ..
    } = f;
    let key_id = format!("{prefix}-key");
    let key_hint_id = format!("{prefix}-key-hint");
    html! {
        <div class="form-table">
            <div class="form-row">
                <label class="form-label" for={key_id.clone()}>
                    { t.t("account-key") }
                    <span class="label-note">{ t.t_with("account-key-note", &[("digits", KEY_DIGITS.into())]) }</span>
                </label>
                <div class="form-field">
                    <input type="text" id={key_id} class="input input-key"
                        inputmode="numeric" autocomplete="one-time-code" spellcheck="false"
                        maxlength="12"
                        value={f.key.to_owned()}
                        aria-invalid={invalid(error, "key")}
                        aria-describedby={described(error, "key", Some(&key_hint_id), box_id)}
                        oninput={f.on_key} />
                    <p class="hint" id={key_hint_id.clone()}>
                        { key_hint(t, f.expired) }
                    </p>
                    { error_under(error, "key", box_id) }
                </div>
            </div>
            { new_password_rows(t, NewPasswordFields {
                prefix,
                box_id,
                error,
                email,
                password: f.password,
                confirmation: f.confirmation,
                password_label: f.password_label,
                on_password: f.on_password,
                on_confirmation: f.on_confirmation,
            }) }
        </div>
    }
}

/// The new password and its confirmation, without the key.
pub struct NewPasswordFields<'a> {
    /// Prefix of the element ids (`opening`, `reset`, `registration`, `password-change`).
    pub prefix: &'static str,
    pub box_id: BoxId,
    pub error: Option<&'a FieldError>,
    /// The login email, which the password must not resemble.
    pub email: &'a str,
    pub password: &'a str,
    pub confirmation: &'a str,
    /// 「パスワード」 or 「新しいパスワード」; the confirmation is labelled 「…（確認用）」.
    pub password_label: &'static str,
    pub on_password: Callback<InputEvent>,
    pub on_confirmation: Callback<InputEvent>,
}

/// Two `.form-row`s (to go inside a `.form-table`): the new password with its live rule hints
/// and the confirmation with its live match hint.
pub fn new_password_rows(t: &Catalogue, f: NewPasswordFields<'_>) -> Html {
    let NewPasswordFields {
        prefix,
        box_id,
        error,
        email,
        ..
    } = f;
    let password_id = format!("{prefix}-password");
    let hints_id = format!("{prefix}-password-hints");
    let confirmation_id = format!("{prefix}-password-confirmation");
    let confirmation_hint_id = format!("{prefix}-confirmation-hint");
    let confirmation = confirmation_hint(f.password, f.confirmation);
    // A refusal the live hints already say in the same words is not repeated under them.
    let live = password_hints(f.password, email).problems;
    let password_error = if error.is_some_and(|e| live.iter().any(|p| t.text(p) == e.message)) {
        html! {}
    } else {
        error_under(error, "password", box_id)
    };
    html! {
        <>
            <div class="form-row">
                <label class="form-label" for={password_id.clone()}>{ t.t(f.password_label) }</label>
                <div class="form-field">
                    <input type="password" id={password_id} class="input input-wide"
                        autocomplete="new-password" spellcheck="false" maxlength="64"
                        value={f.password.to_owned()}
                        aria-invalid={invalid(error, "password")}
                        aria-describedby={described(error, "password", Some(&hints_id), box_id)}
                        oninput={f.on_password} />
                    <PasswordHints id={hints_id.clone()} password={f.password.to_owned()}
                        email={email.to_owned()} />
                    { password_error }
                </div>
            </div>
            <div class="form-row">
                <label class="form-label" for={confirmation_id.clone()}>
                    { t.t_with("account-password-confirmation", &[("label", t.t(f.password_label).into())]) }
                </label>
                <div class="form-field">
                    <input type="password" id={confirmation_id} class="input input-wide"
                        autocomplete="new-password" spellcheck="false" maxlength="64"
                        value={f.confirmation.to_owned()}
                        aria-invalid={invalid(error, "password_confirmation")}
                        aria-describedby={described(error, "password_confirmation", Some(&confirmation_hint_id), box_id)}
                        oninput={f.on_confirmation} />
                    <div id={confirmation_hint_id.clone()} aria-live="polite">
                        if let Some((matches, text)) = confirmation {
                            <p class={if matches { "rule-ok" } else { "rule-problem" }}>{ t.t(text) }</p>
                        } else {
                            <p class="hint">{ t.t("account-confirmation-hint") }</p>
                        }
                    </div>
                    { error_under(error, "password_confirmation", box_id) }
                </div>
            </div>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_hint_says_the_lifetime_then_what_to_do() {
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let hint = key_hint(ja, crate::components::key_flow_view::EXPIRED_HINT);
        let lifetime = ja.text(&shigoto_domain::account::key_lifetime_note());
        assert!(hint.starts_with(&lifetime), "{hint}");
        assert!(hint.ends_with("からやり直してください。"), "{hint}");
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        let hint = key_hint(en, crate::components::key_flow_view::EXPIRED_HINT);
        assert!(
            hint.starts_with("The authentication key is valid for 50 minutes after the email is sent. If it has expired"),
            "{hint}"
        );
    }
}
