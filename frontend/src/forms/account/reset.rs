//! パスワードを忘れた方・ロックされた方: a new password set with a 認証キー mailed to the
//! account's address (which also lifts a lockout).

use chrono::NaiveDate;
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
            label: shigoto_i18n::key!("account-step-email"),
            title: shigoto_i18n::key!("account-step-email.title"),
        },
        StepText {
            step: KeyStep::Key,
            label: shigoto_i18n::key!("account-reset-step-key"),
            title: shigoto_i18n::key!("account-reset-step-key.title"),
        },
        StepText {
            step: KeyStep::Done,
            label: shigoto_i18n::key!("account-reset-step-done"),
            title: shigoto_i18n::key!("account-reset-step-done.title"),
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["email"];

    fn secrets(&mut self) -> Option<&mut KeyAndPassword> {
        Some(&mut self.secrets)
    }
}

impl ResetState {
    /// The request step → `request_password_reset_key`.
    pub fn key_request(&self, _today: NaiveDate) -> Result<PasswordResetKeyRequest, FieldError> {
        Ok(PasswordResetKeyRequest {
            email: email(&self.fields.email, "email")?,
        })
    }

    /// The email the new password is compared with.
    pub fn login_email(&self) -> String {
        login_email(&self.fields.email)
    }

    /// The key step → `complete_password_reset`.
    pub fn completion(&self, _today: NaiveDate) -> Result<PasswordResetCompletion, FieldError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::account::test_util::*;
    use crate::forms::search::FieldError;
    use crate::ipc::UNREACHABLE_MESSAGE;
    use shigoto_shared::{ErrorCode, KeySent, PasswordResetCompletion};

    #[test]
    fn reset_steps_are_numbered() {
        assert_eq!(
            ResetState::labels()
                .iter()
                .map(|key| crate::state::lang::shown_texts().t(key))
                .collect::<Vec<_>>(),
            ["メールアドレス", "認証キー・新しいパスワード", "完了"]
        );
        assert_eq!(ResetState::default().step, KeyStep::Request);
        assert_eq!(reset_at_key_step().number(), 2);
    }

    #[test]
    fn reset_key_request_checks_the_email() {
        let mut reset = ResetState::default();
        let err = reset.key_request(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("email"));
        assert_eq!(err.message, "メールアドレスを入力してください。");
        reset.fields.email = "taro".into();
        assert_eq!(
            reset.key_request(today()).unwrap_err().field.as_deref(),
            Some("email")
        );
        reset.fields.email = " ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ ".into();
        assert_eq!(reset.key_request(today()).unwrap().email, "taro@example.jp");
    }

    fn reset_at_key_step() -> ResetState {
        let mut reset = ResetState {
            fields: ResetFields {
                email: "Taro.Yamada@example.jp".into(),
                ..Default::default()
            },
            busy: true,
            ..Default::default()
        };
        reset.key_sent(KeySent {
            message: "送信しました。".into(),
        });
        reset
    }

    #[test]
    fn reset_completion_checks_key_password_and_confirmation() {
        let mut reset = reset_at_key_step();
        assert_eq!(reset.step, KeyStep::Key);
        assert!(!reset.busy);
        assert_eq!(reset.key_sent.as_deref(), Some("送信しました。"));
        let field = |r: &ResetState| r.completion(today()).unwrap_err().field;
        assert_eq!(field(&reset).as_deref(), Some("key"));
        reset.fields.secrets.key = "1234567８9".into();
        assert!(reset
            .completion(today())
            .unwrap_err()
            .message
            .contains("8桁の数字"));
        reset.fields.secrets.key = "１２３４－５６７８".into();
        assert_eq!(field(&reset).as_deref(), Some("password"));
        reset.fields.secrets.password = "Taro.Yamada-2025".into();
        assert!(reset
            .completion(today())
            .unwrap_err()
            .message
            .contains("メールアドレスと同じ"));
        reset.fields.secrets.password = "Hinode-Kaze9".into();
        assert_eq!(field(&reset).as_deref(), Some("password_confirmation"));
        reset.fields.secrets.password_confirmation = "Hinode-Kaze".into();
        assert!(reset
            .completion(today())
            .unwrap_err()
            .message
            .contains("一致しません"));
        reset.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        assert_eq!(
            reset.completion(today()).unwrap(),
            PasswordResetCompletion {
                email: "taro.yamada@example.jp".into(),
                key: "12345678".into(),
                password: "Hinode-Kaze9".into(),
                password_confirmation: "Hinode-Kaze9".into(),
            }
        );
    }

    #[test]
    fn reset_refusals_land_at_their_field() {
        let mut reset = ResetState {
            fields: ResetFields {
                email: "taro@example".into(),
                ..Default::default()
            },
            busy: true,
            ..Default::default()
        };
        reset.failed(&api(
            ErrorCode::InvalidParameter,
            Some("email"),
            "メールアドレスを確認してください。",
        ));
        assert!(!reset.busy);
        assert_eq!(
            reset.error.as_ref().unwrap().field.as_deref(),
            Some("email")
        );

        let mut reset = reset_at_key_step();
        reset.fields.secrets.key = "12345678".into();
        reset.fields.secrets.password = "Hinode-Kaze9".into();
        reset.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        reset.busy = true;
        reset.failed(&api(
            ErrorCode::InvalidKey,
            Some("key"),
            "認証キーが正しくありません。あと2回間違えると無効になります。",
        ));
        assert!(!reset.busy && reset.fields.secrets.key.is_empty());
        assert_eq!(reset.fields.secrets.password, "Hinode-Kaze9");
        assert_eq!(reset.error.as_ref().unwrap().field.as_deref(), Some("key"));
        // The email is no box at step 2: the refusal is shown for the whole form.
        reset.failed(&api(ErrorCode::InvalidParameter, Some("email"), "違います"));
        assert_eq!(reset.error.as_ref().unwrap().field, None);
        reset.failed(&api(ErrorCode::ServiceUnreachable, None, "down"));
        assert_eq!(reset.error.as_ref().unwrap().message, UNREACHABLE_MESSAGE);
    }

    #[test]
    fn resetting_forgets_the_secrets() {
        let mut reset = reset_at_key_step();
        reset.fields.secrets.key = "12345678".into();
        reset.fields.secrets.password = "Hinode-Kaze9".into();
        reset.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        reset.completed(KeySent {
            message: "パスワードを変更しました".into(),
        });
        assert_eq!(reset.step, KeyStep::Done);
        assert!(reset.fields.secrets.key.is_empty() && reset.fields.secrets.password.is_empty());
        assert!(reset.fields.secrets.password_confirmation.is_empty());
        assert_eq!(reset.done.as_deref(), Some("パスワードを変更しました"));

        // 「認証キーを再送信する」 keeps the email and nothing secret.
        let mut again = reset_at_key_step();
        again.fields.secrets.password = "Hinode-Kaze9".into();
        again.error = Some(FieldError::on("key", "無効です"));
        again.go_to(KeyStep::Request);
        assert_eq!(again.step, KeyStep::Request);
        assert_eq!(again.fields.email, "Taro.Yamada@example.jp");
        assert!(again.fields.secrets.password.is_empty() && again.error.is_none());
    }
}
