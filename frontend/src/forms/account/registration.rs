//! マイページを開設して求職申込みをする (for people without a Hello Work registration): the
//! terms, an email address, then the key, a password and the 求職申込み (氏名, フリガナ, 生年月日,
//! 都道府県, 市区町村), which makes a 仮登録 at the office covering the municipality.

use chrono::NaiveDate;
use shigoto_domain::account::TERMS_VERSION;
use shigoto_shared::{RegistrationCompletion, RegistrationKeyRequest};

use shigoto_domain::person::{self, to_katakana};

use crate::forms::account::fields::{birth_date, email, login_email, KeyAndPassword};
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
    /// 市区町村 code of that prefecture, `""` until chosen.
    pub municipality: String,
}

/// The registration as typed.
pub type RegistrationState = KeyFlow<RegistrationFields>;

/// The application's boxes at the key step, after the key and passwords.
const APPLICATION_FIELDS: [&str; 5] = [
    "name",
    "name_kana",
    "birth_date",
    "prefecture_code",
    "municipality_code",
];

impl FlowFields for RegistrationFields {
    const STEPS: &'static [StepText] = &[
        StepText {
            step: KeyStep::Terms,
            label: shigoto_i18n::key!("account-step-terms"),
            title: shigoto_i18n::key!("account-step-terms.title"),
        },
        StepText {
            step: KeyStep::Request,
            label: shigoto_i18n::key!("account-step-email"),
            title: shigoto_i18n::key!("account-step-email.title"),
        },
        StepText {
            step: KeyStep::Key,
            label: shigoto_i18n::key!("account-registration-step-key"),
            title: shigoto_i18n::key!("account-registration-step-key.title"),
        },
        StepText {
            step: KeyStep::Done,
            label: shigoto_i18n::key!("account-registration-step-done"),
            title: shigoto_i18n::key!("account-registration-step-done.title"),
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["email"];

    fn on_key_step(field: &str) -> bool {
        KeyAndPassword::FIELDS.contains(&field) || APPLICATION_FIELDS.contains(&field)
    }

    fn secrets(&mut self) -> Option<&mut KeyAndPassword> {
        Some(&mut self.secrets)
    }
}

impl RegistrationState {
    /// The request step → `request_registration_key`.
    pub fn key_request(&self, _today: NaiveDate) -> Result<RegistrationKeyRequest, FieldError> {
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
            name: person::name(&fields.name)?,
            name_kana: person::name_kana(&to_katakana(&fields.kana))?,
            birth_date: birth_date(&fields.birth_date, "birth_date", today)?,
            prefecture_code: person::prefecture(&fields.prefecture)?,
            municipality_code: person::municipality(&fields.prefecture, &fields.municipality)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::account::test_util::*;

    use shigoto_shared::{ApiError, ErrorCode, KeySent};

    fn registration_at_key_step() -> RegistrationState {
        let mut r = RegistrationState {
            agreed_terms: true,
            agreed_privacy: true,
            fields: RegistrationFields {
                email: " Hanako@Example.jp ".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        r.go_to(KeyStep::Request);
        assert_eq!(r.key_request(today()).unwrap().email, "hanako@example.jp");
        r.key_sent(KeySent {
            message: "送信しました".into(),
        });
        r.fields.secrets.key = "１２３４ ５６７８".into();
        r.fields.secrets.password = "Hinode-Kaze9".into();
        r.fields.secrets.password_confirmation = "Hinode-Kaze9".into();
        r.fields.name = " 鈴木 花子 ".into();
        r.fields.kana = "すずき はなこ".into();
        r.fields.birth_date = "1992-07-14".into();
        r.fields.prefecture = "13".into();
        r.fields.municipality = "13104".into();
        r
    }

    #[test]
    fn the_registration_checks_its_boxes_in_order() {
        let today = day(2026, 11, 25);
        let mut r = RegistrationState::default();
        r.go_to(KeyStep::Request);
        assert_eq!(r.step, KeyStep::Terms);
        assert_eq!(
            r.key_request(today).unwrap_err().field.as_deref(),
            Some("agreement")
        );

        let r = registration_at_key_step();
        assert_eq!(r.step, KeyStep::Key);
        let request = r.completion(today).unwrap();
        assert_eq!(request.key, "12345678");
        assert_eq!(request.email, "hanako@example.jp");
        assert_eq!(request.name, "鈴木 花子");
        assert_eq!(request.name_kana, "スズキ ハナコ");
        assert_eq!(request.birth_date, day(1992, 7, 14));
        assert_eq!(request.prefecture_code, "13");
        assert_eq!(request.municipality_code, "13104");

        let field = |edit: fn(&mut RegistrationState)| {
            let mut r = registration_at_key_step();
            edit(&mut r);
            r.completion(today).unwrap_err().field
        };
        assert_eq!(
            field(|r| r.fields.secrets.key.clear()).as_deref(),
            Some("key")
        );
        assert_eq!(
            field(|r| r.fields.secrets.password = "short".into()).as_deref(),
            Some("password")
        );
        assert_eq!(
            field(|r| r.fields.secrets.password_confirmation = "Hinode-Kaze8".into()).as_deref(),
            Some("password_confirmation")
        );
        assert_eq!(
            field(|r| r.fields.name = "  ".into()).as_deref(),
            Some("name")
        );
        assert_eq!(
            field(|r| r.fields.kana = "Suzuki".into()).as_deref(),
            Some("name_kana")
        );
        assert_eq!(
            field(|r| r.fields.birth_date = "2030-01-01".into()).as_deref(),
            Some("birth_date")
        );
        assert_eq!(
            field(|r| r.fields.prefecture.clear()).as_deref(),
            Some("prefecture_code")
        );
        assert_eq!(
            field(|r| r.fields.municipality = "27102".into()).as_deref(),
            Some("municipality_code")
        );
    }

    #[test]
    fn registration_refusals_are_placed_and_secrets_forgotten() {
        let mut r = registration_at_key_step();
        r.busy = true;
        r.failed(&ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key"));
        assert!(r.fields.secrets.key.is_empty() && !r.busy);
        assert_eq!(r.fields.secrets.password, "Hinode-Kaze9");
        assert_eq!(r.error.as_ref().unwrap().field.as_deref(), Some("key"));

        let mut r = registration_at_key_step();
        r.failed(&ApiError::new(ErrorCode::InvalidParameter, "形式").with_field("email"));
        assert_eq!(r.error.as_ref().unwrap().field, None);
        r.failed(&ApiError::new(ErrorCode::Conflict, "開設済み"));
        assert_eq!(r.error.as_ref().unwrap().message, "開設済み");

        let mut r = registration_at_key_step();
        r.failed(&ApiError::new(ErrorCode::InvalidParameter, "規約").with_field("terms_version"));
        assert_eq!(r.step, KeyStep::Terms);
        assert!(!r.agreed() && r.fields.secrets.password.is_empty());

        let mut r = registration_at_key_step();
        r.completed(KeySent {
            message: "完了".into(),
        });
        assert_eq!(r.step, KeyStep::Done);
        assert!(
            r.fields.secrets.key.is_empty()
                && r.fields.secrets.password.is_empty()
                && r.fields.secrets.password_confirmation.is_empty()
        );
        assert_eq!(r.done.as_deref(), Some("完了"));
    }
}
