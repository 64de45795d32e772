//! 求職者マイページの開設（ハローワークをご利用中の方）: the 認証キー flow of a person a counselor
//! registered at the counter — the terms, their email and date of birth as registered, then the
//! key and a password.

use chrono::NaiveDate;
use shigoto_domain::account::TERMS_VERSION;
use shigoto_shared::{OpeningCompletion, OpeningKeyRequest};

use crate::forms::account::fields::{birth_date, email, login_email, KeyAndPassword};
use crate::forms::key_flow::{FlowFields, KeyFlow, KeyStep, StepText};
use crate::forms::search::FieldError;

/// The boxes of the opening.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OpeningFields {
    pub email: String,
    /// As the date box gives it (`YYYY-MM-DD`).
    pub birth_date: String,
    pub secrets: KeyAndPassword,
}

/// The opening as typed.
pub type OpeningState = KeyFlow<OpeningFields>;

impl FlowFields for OpeningFields {
    const STEPS: &'static [StepText] = &[
        StepText {
            step: KeyStep::Terms,
            label: shigoto_i18n::key!("account-step-terms"),
            title: shigoto_i18n::key!("account-step-terms.title"),
        },
        StepText {
            step: KeyStep::Request,
            label: shigoto_i18n::key!("account-opening-step-request"),
            title: shigoto_i18n::key!("account-opening-step-request.title"),
        },
        StepText {
            step: KeyStep::Key,
            label: shigoto_i18n::key!("account-opening-step-key"),
            title: shigoto_i18n::key!("account-opening-step-key.title"),
        },
        StepText {
            step: KeyStep::Done,
            label: shigoto_i18n::key!("account-opening-step-done"),
            title: shigoto_i18n::key!("account-opening-step-done.title"),
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["email", "birth_date"];

    fn secrets(&mut self) -> Option<&mut KeyAndPassword> {
        Some(&mut self.secrets)
    }
}

impl OpeningState {
    /// The request step → `request_opening_key`.
    pub fn key_request(&self, today: NaiveDate) -> Result<OpeningKeyRequest, FieldError> {
        self.check_agreement()?;
        Ok(OpeningKeyRequest {
            email: email(&self.fields.email, "email")?,
            birth_date: birth_date(&self.fields.birth_date, "birth_date", today)?,
            agreed_terms: self.agreed_terms,
            agreed_privacy: self.agreed_privacy,
            terms_version: TERMS_VERSION.to_owned(),
        })
    }

    /// The email the password is compared with.
    pub fn login_email(&self) -> String {
        login_email(&self.fields.email)
    }

    /// The key step → `complete_opening`.
    pub fn completion(&self, _today: NaiveDate) -> Result<OpeningCompletion, FieldError> {
        let email = self.login_email();
        let secrets = &self.fields.secrets;
        let key = secrets.check(&email)?;
        Ok(OpeningCompletion {
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

    use shigoto_shared::{ErrorCode, KeySent};

    #[test]
    fn opening_needs_both_agreements_before_step_two() {
        let mut opening = OpeningState::default();
        opening.go_to(KeyStep::Request);
        assert_eq!(opening.step, KeyStep::Terms);
        opening.agreed_terms = true;
        assert!(!opening.agreed());
        opening.agreed_privacy = true;
        opening.go_to(KeyStep::Request);
        assert_eq!(opening.step, KeyStep::Request);
    }

    #[test]
    fn key_request_checks_email_and_birth_date() {
        let mut opening = OpeningState {
            agreed_terms: true,
            agreed_privacy: true,
            step: KeyStep::Request,
            ..Default::default()
        };
        let err = opening.key_request(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("email"));
        assert_eq!(err.message, "メールアドレスを入力してください。");
        opening.fields.email = "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ".into();
        let err = opening.key_request(today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some("birth_date"));
        opening.fields.birth_date = "2030-01-01".into();
        assert!(opening
            .key_request(today())
            .unwrap_err()
            .message
            .contains("今日より後"));
        opening.fields.birth_date = "1990-04-01".into();
        let request = opening.key_request(today()).unwrap();
        assert_eq!(request.email, "taro@example.jp");
        assert_eq!(request.birth_date, day(1990, 4, 1));
        assert!(request.agreed_terms && request.agreed_privacy);
        assert_eq!(request.terms_version, TERMS_VERSION);
    }

    fn at_key_step() -> OpeningState {
        let mut opening = OpeningState {
            agreed_terms: true,
            agreed_privacy: true,
            fields: OpeningFields {
                email: "Taro.Yamada@example.jp".into(),
                birth_date: "1990-04-01".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        opening.key_sent(KeySent {
            message: "送信しました。".into(),
        });
        opening
    }

    #[test]
    fn completion_checks_key_password_and_confirmation() {
        let mut opening = at_key_step();
        assert_eq!(opening.step, KeyStep::Key);
        assert_eq!(opening.key_sent.as_deref(), Some("送信しました。"));
        let field = |o: &OpeningState| o.completion(today()).unwrap_err().field;
        assert_eq!(field(&opening).as_deref(), Some("key"));
        opening.fields.secrets.key = "1234".into();
        assert_eq!(field(&opening).as_deref(), Some("key"));
        opening.fields.secrets.key = "１２３４ ５６７８".into();
        assert_eq!(field(&opening).as_deref(), Some("password"));
        opening.fields.secrets.password = "abc".into();
        assert!(opening
            .completion(today())
            .unwrap_err()
            .message
            .contains("8文字以上32文字以内"));
        opening.fields.secrets.password = "Taro.Yamada2025!".into();
        assert!(opening
            .completion(today())
            .unwrap_err()
            .message
            .contains("メールアドレスと同じ"));
        opening.fields.secrets.password = "Hinode-Kaze9".into();
        assert_eq!(field(&opening).as_deref(), Some("password_confirmation"));
        opening.fields.secrets.password_confirmation = "Hinode-Kaze8".into();
        assert!(opening
            .completion(today())
            .unwrap_err()
            .message
            .contains("一致しません"));
        opening.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        let done = opening.completion(today()).unwrap();
        assert_eq!(done.key, "12345678");
        assert_eq!(done.email, "taro.yamada@example.jp");
        assert_eq!(done.password, "Hinode-Kaze9");
    }

    #[test]
    fn refusals_land_at_their_field_or_step() {
        let mut opening = at_key_step();
        opening.fields.secrets.key = "12345678".into();
        opening.fields.secrets.password = "Hinode-Kaze9".into();
        opening.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        opening.busy = true;
        opening.failed(&api(ErrorCode::InvalidKey, Some("key"), "違います"));
        assert!(!opening.busy && opening.fields.secrets.key.is_empty());
        assert_eq!(opening.fields.secrets.password, "Hinode-Kaze9");
        assert_eq!(
            opening.error.as_ref().unwrap().field.as_deref(),
            Some("key")
        );
        opening.failed(&api(ErrorCode::Conflict, None, "開設済みです"));
        assert_eq!(opening.error.as_ref().unwrap().field, None);
        opening.failed(&api(
            ErrorCode::InvalidParameter,
            Some("terms_version"),
            "規約が更新されました",
        ));
        assert_eq!(opening.step, KeyStep::Terms);
        assert!(!opening.agreed() && opening.fields.secrets.password.is_empty());
        assert_eq!(
            opening.error.as_ref().unwrap().message,
            "規約が更新されました"
        );
    }

    #[test]
    fn completing_forgets_the_secrets() {
        let mut opening = at_key_step();
        opening.fields.secrets.key = "12345678".into();
        opening.fields.secrets.password = "Hinode-Kaze9".into();
        opening.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        opening.completed(KeySent {
            message: "開設しました".into(),
        });
        assert_eq!(opening.step, KeyStep::Done);
        assert!(
            opening.fields.secrets.key.is_empty() && opening.fields.secrets.password.is_empty()
        );
        assert!(opening.fields.secrets.password_confirmation.is_empty());
        assert_eq!(opening.done.as_deref(), Some("開設しました"));
    }

    #[test]
    fn steps_are_numbered_like_the_leaflet() {
        assert_eq!(
            OpeningState::labels()
                .iter()
                .map(|key| crate::state::lang::shown_texts().t(key))
                .collect::<Vec<_>>(),
            [
                "利用規約",
                "メールアドレス・生年月日",
                "認証キー・パスワード",
                "完了"
            ]
        );
        assert_eq!(OpeningState::default().number(), 1);
        assert_eq!(at_key_step().number(), 3);
    }
}
