//! パスワードを忘れた方・ロックされた方: a new password set with a 認証キー mailed to the
//! account's address (which also lifts a lockout).

use shigoto_shared::{PasswordResetCompletion, PasswordResetKeyRequest};

use crate::forms::account::fields::{email, login_email, KeyAndPassword};
use crate::forms::key_flow::{FlowFields, KeyFlow, KeyStep, StepText};
use crate::forms::search::FieldError;

/// The boxes of the reset.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetFields {
    pub email: String,
    pub secrets: KeyAndPassword,
}

/// The reset as typed.
pub type ResetState = KeyFlow<ResetFields>;

impl FlowFields for ResetFields {
    const STEPS: &'static [StepText] = &[
        StepText {
            step: KeyStep::Request,
            label: "メールアドレス",
            title: "メールアドレスの入力",
        },
        StepText {
            step: KeyStep::Key,
            label: "認証キー・新しいパスワード",
            title: "認証キーと新しいパスワードの入力",
        },
        StepText {
            step: KeyStep::Done,
            label: "完了",
            title: "パスワード再設定完了",
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["email"];

    fn on_key_step(field: &str) -> bool {
        KeyAndPassword::FIELDS.contains(&field)
    }

    fn forget_for(&mut self, step: KeyStep) {
        if step != KeyStep::Key {
            self.secrets.forget();
        }
    }

    fn clear_refused(&mut self, field: &str) {
        self.secrets.clear_refused(field);
    }
}

impl ResetState {
    /// The request step → `request_password_reset_key`.
    pub fn key_request(&self) -> Result<PasswordResetKeyRequest, FieldError> {
        Ok(PasswordResetKeyRequest {
            email: email(&self.fields.email, "email")?,
        })
    }

    /// The email the new password is compared with.
    pub fn login_email(&self) -> String {
        login_email(&self.fields.email)
    }

    /// The key step → `complete_password_reset`.
    pub fn completion(&self) -> Result<PasswordResetCompletion, FieldError> {
        let email = self.login_email();
        let secrets = &self.fields.secrets;
        let key = secrets.check(&email)?;
        Ok(PasswordResetCompletion {
            email,
            key,
            password: secrets.password.clone(),
            password_confirmation: secrets.password_confirmation.clone(),
        })
    }
}
