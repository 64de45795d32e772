//! ログイン as typed: the two boxes, their checks and how a refusal is shown.

use shigoto_shared::ApiError;

use crate::forms::account::fields::placed;
use crate::forms::search::FieldError;
use crate::state::lang::shown_texts;

/// The login screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoginState {
    pub email: String,
    pub password: String,
    /// Shown in `#login-error`; `field` (`email` / `password`) marks the box at fault.
    pub error: Option<FieldError>,
    pub busy: bool,
    /// A neutral note above the form (signed out, session ended, MyPage opened).
    pub notice: Option<String>,
}

impl LoginState {
    /// What to send to `sign_in`: the email trimmed, the password exactly as typed (a missing
    /// one refused in the language shown).
    pub fn request(&self) -> Result<(String, String), FieldError> {
        let email = self.email.trim();
        if email.is_empty() {
            return Err(FieldError::on(
                "email",
                shown_texts().t("account-email-missing"),
            ));
        }
        if self.password.is_empty() {
            return Err(FieldError::on(
                "password",
                shown_texts().t("account-password-missing"),
            ));
        }
        Ok((email.to_owned(), self.password.clone()))
    }

    /// `sign_in` refused: the service's message (wrong credentials, lock, throttle, offline).
    /// The password box is emptied, as sign-in forms do.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        self.password.clear();
        self.notice = None;
        self.error = Some(placed(err, &["email"]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::account::test_util::*;
    use crate::forms::account::SIGNED_OUT_NOTICE;
    use crate::ipc::UNREACHABLE_MESSAGE;
    use shigoto_shared::ErrorCode;

    #[test]
    fn login_needs_both_boxes() {
        let mut login = LoginState::default();
        assert_eq!(login.request().unwrap_err().field.as_deref(), Some("email"));
        login.email = "  taro@example.jp ".into();
        assert_eq!(
            login.request().unwrap_err().field.as_deref(),
            Some("password")
        );
        login.password = " kT7#mZq2".into();
        assert_eq!(
            login.request().unwrap(),
            ("taro@example.jp".to_owned(), " kT7#mZq2".to_owned())
        );
    }

    #[test]
    fn login_refusals_empty_the_password_and_show_the_message() {
        let mut login = LoginState {
            email: "taro@example.jp".into(),
            password: "secret".into(),
            busy: true,
            notice: Some(SIGNED_OUT_NOTICE.into()),
            ..Default::default()
        };
        login.failed(&api(
            ErrorCode::AccountLocked,
            None,
            "アカウントがロックされています。",
        ));
        assert!(!login.busy && login.password.is_empty() && login.notice.is_none());
        assert_eq!(
            login.error,
            Some(FieldError {
                field: None,
                message: "アカウントがロックされています。".into()
            })
        );
        login.failed(&api(ErrorCode::ServiceUnreachable, None, "down"));
        assert_eq!(login.error.unwrap().message, UNREACHABLE_MESSAGE);
    }
}
