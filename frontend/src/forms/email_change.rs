//! The メールアドレス変更 of the signed-in account as pure logic: step 1 takes the new address and
//! the current password (a 認証キー goes to the new address), step 2 the key from that mail. The
//! checks made before asking the service (it checks everything again) and how its refusals are
//! placed. Natively unit-tested; the reducer in [`crate::app`] calls these methods.

use shigoto_domain::account::KEY_DIGITS;
use shigoto_domain::password::normalize_email;
use shigoto_shared::{ApiError, EmailChangeConfirmation, EmailChangeRequest, KeySent};

use crate::forms::account::{email, is_key, normalize_key, placed};
use crate::forms::search::FieldError;

/// The steps of the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmailChangeStep {
    /// 1. 新しいメールアドレス・現在のパスワード → the key is mailed to the new address.
    #[default]
    Address,
    /// 2. 認証キー.
    Key,
}

impl EmailChangeStep {
    pub const ALL: [EmailChangeStep; 2] = [EmailChangeStep::Address, EmailChangeStep::Key];

    pub fn number(self) -> usize {
        match self {
            EmailChangeStep::Address => 1,
            EmailChangeStep::Key => 2,
        }
    }

    /// Its name in the step indicator.
    pub fn label(self) -> &'static str {
        match self {
            EmailChangeStep::Address => "新しいメールアドレス",
            EmailChangeStep::Key => "認証キー",
        }
    }

    /// The heading of the step.
    pub fn title(self) -> &'static str {
        match self {
            EmailChangeStep::Address => "新しいメールアドレスと現在のパスワードの入力",
            EmailChangeStep::Key => "認証キーの入力",
        }
    }
}

/// メールアドレス変更.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmailChangeState {
    pub step: EmailChangeStep,
    pub new_email: String,
    pub current_password: String,
    pub key: String,
    /// The service's answer to step 1, shown at step 2.
    pub key_sent: Option<String>,
    /// `field` is `new_email`, `current_password` or `key`, else none.
    pub error: Option<FieldError>,
    pub busy: bool,
}

const ADDRESS_FIELDS: [&str; 2] = ["new_email", "current_password"];
const KEY_FIELDS: [&str; 1] = ["key"];

impl EmailChangeState {
    /// The new address as it will be sent (normalized when it can be).
    pub fn normalized_email(&self) -> String {
        normalize_email(&self.new_email).unwrap_or_else(|_| self.new_email.trim().to_owned())
    }

    /// Step 1 → `request_email_change_key`; `current_email` is the signed-in account's.
    pub fn request(&self, current_email: &str) -> Result<EmailChangeRequest, FieldError> {
        let new_email = email(&self.new_email, "new_email")?;
        if new_email == current_email {
            return Err(FieldError::on(
                "new_email",
                "現在と同じメールアドレスです。新しいメールアドレスを入力してください。",
            ));
        }
        if self.current_password.is_empty() {
            return Err(FieldError::on(
                "current_password",
                "現在のパスワードを入力してください。",
            ));
        }
        Ok(EmailChangeRequest {
            new_email,
            current_password: self.current_password.clone(),
        })
    }

    /// Step 2 → `confirm_email_change`.
    pub fn confirmation(&self) -> Result<EmailChangeConfirmation, FieldError> {
        let key = normalize_key(&self.key);
        if key.is_empty() {
            return Err(FieldError::on("key", "認証キーを入力してください。"));
        }
        if !is_key(&key) {
            return Err(FieldError::on(
                "key",
                format!("認証キーはメールに記載の{KEY_DIGITS}桁の数字を入力してください。"),
            ));
        }
        Ok(EmailChangeConfirmation {
            new_email: self.normalized_email(),
            key,
        })
    }

    /// The key was mailed: on to step 2; the password is not kept.
    pub fn key_sent(&mut self, sent: KeySent) {
        self.step = EmailChangeStep::Key;
        self.current_password.clear();
        self.key.clear();
        self.error = None;
        self.busy = false;
        self.key_sent = Some(sent.message);
    }

    /// 「認証キーを再送信する」: back to step 1 with the new address kept.
    pub fn restart(&mut self) {
        *self = Self {
            new_email: std::mem::take(&mut self.new_email),
            ..Self::default()
        };
    }

    /// The service refused: its message under the box it names (else for the whole step). A
    /// refused password or key is emptied.
    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        match self.step {
            EmailChangeStep::Address => {
                if err.field.as_deref() == Some("current_password") {
                    self.current_password.clear();
                }
                self.error = Some(placed(err, &ADDRESS_FIELDS));
            }
            EmailChangeStep::Key => {
                if err.field.as_deref() == Some("key") {
                    self.key.clear();
                }
                self.error = Some(placed(err, &KEY_FIELDS));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::ErrorCode;

    #[test]
    fn the_address_step_checks_the_address_then_the_password() {
        let mut change = EmailChangeState::default();
        assert_eq!(
            change
                .request("old@example.jp")
                .unwrap_err()
                .field
                .as_deref(),
            Some("new_email")
        );
        change.new_email = " Old@Example.jp ".into();
        let same = change.request("old@example.jp").unwrap_err();
        assert!(same.message.contains("同じ"), "{}", same.message);
        change.new_email = "New@Example.jp".into();
        assert_eq!(
            change
                .request("old@example.jp")
                .unwrap_err()
                .field
                .as_deref(),
            Some("current_password")
        );
        change.current_password = "Old#pass1".into();
        assert_eq!(
            change.request("old@example.jp").unwrap(),
            EmailChangeRequest {
                new_email: "new@example.jp".into(),
                current_password: "Old#pass1".into(),
            }
        );
    }

    #[test]
    fn a_wrong_password_is_emptied_and_the_key_step_forgets_it() {
        let mut change = EmailChangeState {
            new_email: "new@example.jp".into(),
            current_password: "wrong".into(),
            busy: true,
            ..Default::default()
        };
        change.failed(
            &ApiError::new(
                ErrorCode::InvalidCredentials,
                "現在のパスワードが正しくありません。",
            )
            .with_field("current_password"),
        );
        assert!(change.current_password.is_empty() && !change.busy);
        assert_eq!(
            change.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("current_password")
        );
        change.current_password = "Old#pass1".into();
        change.key_sent(KeySent {
            message: "送信しました".into(),
        });
        assert_eq!(change.step, EmailChangeStep::Key);
        assert!(change.current_password.is_empty() && change.error.is_none());
    }

    #[test]
    fn the_key_step_reads_the_key_as_typed() {
        let mut change = EmailChangeState {
            step: EmailChangeStep::Key,
            new_email: "New@Example.jp".into(),
            ..Default::default()
        };
        assert_eq!(
            change.confirmation().unwrap_err().field.as_deref(),
            Some("key")
        );
        change.key = "１２３４ ５６７８".into();
        assert_eq!(
            change.confirmation().unwrap(),
            EmailChangeConfirmation {
                new_email: "new@example.jp".into(),
                key: "12345678".into(),
            }
        );
        change.failed(&ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key"));
        assert!(change.key.is_empty());
        change.failed(&ApiError::new(
            ErrorCode::Conflict,
            "ほかのアカウントで使われています",
        ));
        assert_eq!(change.error.as_ref().unwrap().field, None);
        change.restart();
        assert_eq!(change.step, EmailChangeStep::Address);
        assert_eq!(change.new_email, "New@Example.jp");
        assert!(change.key_sent.is_none());
    }
}
