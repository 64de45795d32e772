//! マイページを開設して求職申込みをする (for people without a Hello Work registration): the
//! terms, an email address, then the key, a password and the 求職申込み (氏名, フリガナ, 生年月日,
//! 都道府県), which makes a 仮登録.

use chrono::NaiveDate;
use shigoto_domain::account::TERMS_VERSION;
use shigoto_shared::{RegistrationCompletion, RegistrationKeyRequest};

use crate::forms::account::fields::{
    birth_date, email, login_email, name_kana, person_name, prefecture_code, KeyAndPassword,
};
use crate::forms::key_flow::{FlowFields, KeyFlow, KeyStep, StepText};
use crate::forms::search::FieldError;

/// The boxes of the registration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrationFields {
    pub email: String,
    pub secrets: KeyAndPassword,
    pub name: String,
    pub kana: String,
    /// As the date box gives it (`YYYY-MM-DD`).
    pub birth_date: String,
    /// 都道府県 code, `""` until chosen.
    pub prefecture: String,
}

/// The registration as typed.
pub type RegistrationState = KeyFlow<RegistrationFields>;

/// The application's boxes at the key step, after the key and passwords.
const APPLICATION_FIELDS: [&str; 4] = ["name", "name_kana", "birth_date", "prefecture_code"];

impl FlowFields for RegistrationFields {
    const STEPS: &'static [StepText] = &[
        StepText {
            step: KeyStep::Terms,
            label: "利用規約",
            title: "マイページ利用規約等の確認・同意",
        },
        StepText {
            step: KeyStep::Request,
            label: "メールアドレス",
            title: "メールアドレスの入力",
        },
        StepText {
            step: KeyStep::Key,
            label: "認証キー・求職申込み",
            title: "認証キー・パスワードと求職申込み内容の入力",
        },
        StepText {
            step: KeyStep::Done,
            label: "完了",
            title: "マイページ開設・求職申込み（仮登録）完了",
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["email"];

    fn on_key_step(field: &str) -> bool {
        KeyAndPassword::FIELDS.contains(&field) || APPLICATION_FIELDS.contains(&field)
    }

    /// The application typed at the key step is kept; the secrets are not.
    fn forget_for(&mut self, step: KeyStep) {
        if step != KeyStep::Key {
            self.secrets.forget();
        }
    }

    fn clear_refused(&mut self, field: &str) {
        self.secrets.clear_refused(field);
    }
}

impl RegistrationState {
    /// The request step → `request_registration_key`.
    pub fn key_request(&self) -> Result<RegistrationKeyRequest, FieldError> {
        self.check_agreement()?;
        Ok(RegistrationKeyRequest {
            email: email(&self.fields.email, "email")?,
            agreed_terms: self.agreed_terms,
            agreed_privacy: self.agreed_privacy,
            terms_version: TERMS_VERSION.to_owned(),
        })
    }

    /// The email the password is compared with.
    pub fn login_email(&self) -> String {
        login_email(&self.fields.email)
    }

    /// The key step → `complete_registration`, checked in the order of the boxes.
    pub fn completion(&self, today: NaiveDate) -> Result<RegistrationCompletion, FieldError> {
        let email = self.login_email();
        let fields = &self.fields;
        let key = fields.secrets.check(&email)?;
        Ok(RegistrationCompletion {
            email,
            key,
            password: fields.secrets.password.clone(),
            password_confirmation: fields.secrets.password_confirmation.clone(),
            name: person_name(&fields.name, "name")?,
            name_kana: name_kana(&fields.kana, "name_kana")?,
            birth_date: birth_date(&fields.birth_date, "birth_date", today)?,
            prefecture_code: prefecture_code(&fields.prefecture, "prefecture_code")?,
        })
    }
}
