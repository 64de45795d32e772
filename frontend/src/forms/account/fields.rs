//! The boxes the account forms share, checked as the service checks them: email addresses,
//! dates of birth, names and フリガナ, 都道府県, the 認証キー and a new password typed twice; and
//! how the service's refusals are placed at a form's boxes. The refusals made here are in the
//! language shown ([`crate::ipc::texts`]).

use chrono::NaiveDate;
use shigoto_domain::account::KEY_DIGITS;
use shigoto_domain::password::{self, normalize_email};
use shigoto_domain::person;
use shigoto_shared::{ApiError, ErrorCode};

use crate::forms::search::{half_width, FieldError};
use crate::ipc::unreachable_message;
use crate::state::lang::shown_texts;

pub use shigoto_domain::person::{to_katakana, MAX_NAME_CHARS};

/// The message to show for a refusal, with the unreachable service said the app's way.
pub fn error_message(err: &ApiError) -> String {
    if err.code == ErrorCode::ServiceUnreachable {
        unreachable_message()
    } else {
        err.message.clone()
    }
}

pub fn general(err: &ApiError) -> FieldError {
    FieldError {
        field: None,
        message: error_message(err),
    }
}

/// A refusal placed at `err.field` when that is one of `fields`, else shown for the whole form.
pub fn placed(err: &ApiError, fields: &[&str]) -> FieldError {
    match err.field.as_deref() {
        Some(field) if fields.contains(&field) => FieldError::on(field, error_message(err)),
        _ => general(err),
    }
}

/// `<input type="date">` gives `YYYY-MM-DD`, or `""` while the date is incomplete. A web view
/// that shows a plain text box instead gets what was typed, so `1990/4/1`, `1990.4.1` and
/// `1990年4月1日` (half- or full-width digits) are read as well.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = half_width(text.trim());
    let parts: Vec<&str> = text
        .trim_end_matches('日')
        .split(['-', '/', '.', '年', '月'])
        .collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 || !(1..=2).contains(&month.len()) || !(1..=2).contains(&day.len()) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

pub fn birth_date(text: &str, field: &str, today: NaiveDate) -> Result<NaiveDate, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::on(
            field,
            shown_texts().t("account-birth-date-missing"),
        ));
    }
    match parse_date(text) {
        Some(date) => person::birth_date(date, today)
            .map_err(|err| FieldError::on(field, shown_texts().text(&err.message))),
        None => Err(FieldError::on(
            field,
            shown_texts().t("account-birth-date-invalid"),
        )),
    }
}

pub fn email(text: &str, field: &str) -> Result<String, FieldError> {
    normalize_email(text).map_err(|err| FieldError::on(field, shown_texts().text(&err.text())))
}

/// The 認証キー and the new password typed twice, as both the opening and the password reset
/// take them, checked in the order of the boxes: the key (normalized, returned), the password
/// against the rule and `email` (the login email), then the confirmation.
pub fn key_and_new_password(
    key: &str,
    password: &str,
    confirmation: &str,
    email: &str,
) -> Result<String, FieldError> {
    let key = mailed_key(key)?;
    new_password(password, confirmation, email)?;
    Ok(key)
}

/// A new password typed twice (opening, reset, registration, password change): the password
/// against the rule and `email` (the login email), then the confirmation.
pub fn new_password(password: &str, confirmation: &str, email: &str) -> Result<(), FieldError> {
    if password.is_empty() {
        return Err(FieldError::on(
            "password",
            shown_texts().t("account-password-missing"),
        ));
    }
    password::check(password, email)
        .map_err(|err| FieldError::on("password", shown_texts().text(&err.text())))?;
    if confirmation.is_empty() {
        return Err(FieldError::on(
            "password_confirmation",
            shown_texts().t("account-confirmation-missing"),
        ));
    }
    if password != confirmation {
        return Err(FieldError::on(
            "password_confirmation",
            shown_texts().t("account-confirmation-mismatch"),
        ));
    }
    Ok(())
}

/// The 認証キー as typed, normalized, once it is [`KEY_DIGITS`] digits.
pub fn mailed_key(text: &str) -> Result<String, FieldError> {
    let key = normalize_key(text);
    if key.is_empty() {
        return Err(FieldError::on(
            "key",
            shown_texts().t("account-key-missing"),
        ));
    }
    if !is_key(&key) {
        return Err(FieldError::on(
            "key",
            shown_texts().t_with("account-key-invalid", &[("digits", KEY_DIGITS.into())]),
        ));
    }
    Ok(key)
}

/// The 認証キー as typed, made half-width, without spaces or hyphens.
pub fn normalize_key(text: &str) -> String {
    half_width(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// Exactly [`KEY_DIGITS`] half-width digits.
pub fn is_key(key: &str) -> bool {
    key.len() == KEY_DIGITS && key.chars().all(|c| c.is_ascii_digit())
}

/// The address a password is compared with: normalized when it can be, else as typed.
pub fn login_email(text: &str) -> String {
    normalize_email(text).unwrap_or_else(|_| text.trim().to_owned())
}

/// The 認証キー and the new password typed twice, at the key step of a flow.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyAndPassword {
    pub key: String,
    pub password: String,
    pub password_confirmation: String,
}

impl KeyAndPassword {
    /// Their boxes, in order.
    pub const FIELDS: [&'static str; 3] = ["key", "password", "password_confirmation"];

    /// Nothing of them is kept away from the key step.
    pub fn forget(&mut self) {
        *self = Self::default();
    }

    /// A refused key is emptied; the passwords stay, so a wrong key costs no retyping.
    pub fn clear_refused(&mut self, field: &str) {
        if field == "key" {
            self.key.clear();
        }
    }

    /// The key (normalized) once the key, the password against the rule and `email`, and the
    /// confirmation pass, checked in the order of the boxes.
    pub fn check(&self, email: &str) -> Result<String, FieldError> {
        key_and_new_password(
            &self.key,
            &self.password,
            &self.password_confirmation,
            email,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_eight_half_width_digits() {
        assert_eq!(normalize_key(" １２３４-５６７８ "), "12345678");
        assert!(is_key("12345678"));
        assert!(!is_key("1234567"));
        assert!(!is_key("1234567a"));
        assert!(!is_key("123456789"));
    }
}
