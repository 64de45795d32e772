//! メールアドレス変更 of the signed-in account, on the 認証キー flow: step 1 takes the new address
//! and the current password (a 認証キー goes to the new address), step 2 the key from that mail.
//! Once the key is taken the page goes back to where it was opened from.

use shigoto_shared::{EmailChangeConfirmation, EmailChangeRequest};

use crate::forms::account::fields::{email, login_email, mailed_key};
use crate::forms::key_flow::{FlowFields, KeyFlow, KeyStep, StepText};
use crate::forms::search::FieldError;
use crate::state::lang::shown_texts;

/// The boxes of the change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmailChangeFields {
    pub new_email: String,
    pub current_password: String,
    pub key: String,
}

/// The change as typed.
pub type EmailChangeState = KeyFlow<EmailChangeFields>;

impl FlowFields for EmailChangeFields {
    const STEPS: &'static [StepText] = &[
        StepText {
            step: KeyStep::Request,
            label: shigoto_i18n::key!("account-email-change-step-request"),
            title: shigoto_i18n::key!("account-email-change-step-request.title"),
        },
        StepText {
            step: KeyStep::Key,
            label: shigoto_i18n::key!("account-email-change-step-key"),
            title: shigoto_i18n::key!("account-email-change-step-key.title"),
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["new_email", "current_password"];

    fn on_key_step(field: &str) -> bool {
        field == "key"
    }

    /// The password is not kept once the key is mailed, nor a key once the step is left;
    /// the new address stays.
    fn forget_for(&mut self, _step: KeyStep) {
        self.current_password.clear();
        self.key.clear();
    }

    fn clear_refused(&mut self, field: &str) {
        match field {
            "current_password" => self.current_password.clear(),
            "key" => self.key.clear(),
            _ => {}
        }
    }
}

impl EmailChangeState {
    /// The new address as it will be sent (normalized when it can be).
    pub fn normalized_email(&self) -> String {
        login_email(&self.fields.new_email)
    }

    /// Step 1 → `request_email_change_key`; `current_email` is the signed-in account's.
    pub fn request(&self, current_email: &str) -> Result<EmailChangeRequest, FieldError> {
        let new_email = email(&self.fields.new_email, "new_email")?;
        if new_email == current_email {
            return Err(FieldError::on(
                "new_email",
                shown_texts().t("account-email-change-same"),
            ));
        }
        if self.fields.current_password.is_empty() {
            return Err(FieldError::on(
                "current_password",
                shown_texts().t("account-current-password-missing"),
            ));
        }
        Ok(EmailChangeRequest {
            new_email,
            current_password: self.fields.current_password.clone(),
        })
    }

    /// Step 2 → `confirm_email_change`.
    pub fn confirmation(&self) -> Result<EmailChangeConfirmation, FieldError> {
        Ok(EmailChangeConfirmation {
            new_email: self.normalized_email(),
            key: mailed_key(&self.fields.key)?,
        })
    }

    /// 「認証キーを再送信する」: back to step 1 with the new address kept.
    pub fn restart(&mut self) {
        self.go_to(KeyStep::Request);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::{ApiError, ErrorCode, KeySent};

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
        change.fields.new_email = " Old@Example.jp ".into();
        let same = change.request("old@example.jp").unwrap_err();
        assert!(same.message.contains("同じ"), "{}", same.message);
        change.fields.new_email = "New@Example.jp".into();
        assert_eq!(
            change
                .request("old@example.jp")
                .unwrap_err()
                .field
                .as_deref(),
            Some("current_password")
        );
        change.fields.current_password = "Old#pass1".into();
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
            fields: EmailChangeFields {
                new_email: "new@example.jp".into(),
                current_password: "wrong".into(),
                ..Default::default()
            },
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
        assert!(change.fields.current_password.is_empty() && !change.busy);
        assert_eq!(
            change.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("current_password")
        );
        change.fields.current_password = "Old#pass1".into();
        change.key_sent(KeySent {
            message: "送信しました".into(),
        });
        assert_eq!(change.step, KeyStep::Key);
        assert!(change.fields.current_password.is_empty() && change.error.is_none());
    }

    #[test]
    fn the_key_step_reads_the_key_as_typed() {
        let mut change = EmailChangeState {
            step: KeyStep::Key,
            fields: EmailChangeFields {
                new_email: "New@Example.jp".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        assert_eq!(
            change.confirmation().unwrap_err().field.as_deref(),
            Some("key")
        );
        change.fields.key = "１２３４ ５６７８".into();
        assert_eq!(
            change.confirmation().unwrap(),
            EmailChangeConfirmation {
                new_email: "new@example.jp".into(),
                key: "12345678".into(),
            }
        );
        change.failed(&ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key"));
        assert!(change.fields.key.is_empty());
        change.failed(&ApiError::new(
            ErrorCode::Conflict,
            "ほかのアカウントで使われています",
        ));
        assert_eq!(change.error.as_ref().unwrap().field, None);
        change.restart();
        assert_eq!(change.step, KeyStep::Request);
        assert_eq!(change.fields.new_email, "New@Example.jp");
        assert!(change.key_sent.is_none());
    }
}
