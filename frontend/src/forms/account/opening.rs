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
            label: "利用規約",
            title: "マイページ利用規約等の確認・同意",
        },
        StepText {
            step: KeyStep::Request,
            label: "メールアドレス・生年月日",
            title: "メールアドレスと生年月日の入力",
        },
        StepText {
            step: KeyStep::Key,
            label: "認証キー・パスワード",
            title: "認証キーとパスワードの入力",
        },
        StepText {
            step: KeyStep::Done,
            label: "完了",
            title: "マイページ開設完了",
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["email", "birth_date"];

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
    pub fn completion(&self) -> Result<OpeningCompletion, FieldError> {
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
