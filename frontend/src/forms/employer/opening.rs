//! 求人者マイページの開設（事業主の方）: the 認証キー flow of an employer — the terms, an email
//! address, then the key, a password and the 事業所情報, which files a 事業所登録 for review.

use chrono::NaiveDate;
use shigoto_domain::account::TERMS_VERSION;
use shigoto_i18n::key;
use shigoto_shared::{ApiError, EmployerOpeningCompletion, RegistrationKeyRequest};

use crate::forms::account::fields::{email, login_email, KeyAndPassword};
use crate::forms::employer::{profile_field, ProfileForm, PROFILE_FIELDS};
use crate::forms::key_flow::{FlowFields, KeyFlow, KeyStep, StepText};
use crate::forms::search::FieldError;

/// The boxes of the opening.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmployerOpeningFields {
    pub email: String,
    pub secrets: KeyAndPassword,
    pub office: ProfileForm,
}

/// The opening as typed.
pub type EmployerOpeningState = KeyFlow<EmployerOpeningFields>;

impl FlowFields for EmployerOpeningFields {
    /// The steps' labels and titles are catalogue keys (the page looks them up).
    const STEPS: &'static [StepText] = &[
        StepText {
            step: KeyStep::Terms,
            label: key!("employer-opening-step-terms"),
            title: key!("employer-opening-step-terms-title"),
        },
        StepText {
            step: KeyStep::Request,
            label: key!("employer-opening-step-email"),
            title: key!("employer-opening-step-email-title"),
        },
        StepText {
            step: KeyStep::Key,
            label: key!("employer-opening-step-key"),
            title: key!("employer-opening-step-key-title"),
        },
        StepText {
            step: KeyStep::Done,
            label: key!("employer-opening-step-done"),
            title: key!("employer-opening-step-done-title"),
        },
    ];
    const REQUEST_FIELDS: &'static [&'static str] = &["email"];

    fn on_key_step(field: &str) -> bool {
        KeyAndPassword::FIELDS.contains(&field) || PROFILE_FIELDS.contains(&field)
    }

    fn secrets(&mut self) -> Option<&mut KeyAndPassword> {
        Some(&mut self.secrets)
    }

    /// The service names the profile's fields `office.…`.
    fn own_field(err: &ApiError) -> ApiError {
        profile_field(err)
    }
}

impl EmployerOpeningState {
    /// The request step → `request_employer_opening_key`.
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

    /// The key step → `complete_employer_opening`, checked in the order of the boxes.
    pub fn completion(&self, _today: NaiveDate) -> Result<EmployerOpeningCompletion, FieldError> {
        let email = self.login_email();
        let secrets = &self.fields.secrets;
        let key = secrets.check(&email)?;
        Ok(EmployerOpeningCompletion {
            email,
            key,
            password: secrets.password.clone(),
            password_confirmation: secrets.password_confirmation.clone(),
            office: self.fields.office.profile()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).expect("a real date")
    }
    use crate::forms::employer::fixtures::*;
    use shigoto_shared::{ErrorCode, KeySent};

    #[test]
    fn the_opening_places_the_services_office_refusals_at_their_boxes() {
        let mut opening = EmployerOpeningState {
            agreed_terms: true,
            agreed_privacy: true,
            fields: EmployerOpeningFields {
                email: "Jinji@Hinode.example.jp".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        assert_eq!(
            opening.key_request(today()).unwrap().email,
            "jinji@hinode.example.jp"
        );
        opening.key_sent(KeySent {
            message: "送信しました".into(),
        });
        assert_eq!(opening.step, KeyStep::Key);
        opening.fields.secrets.key = "１２３４５６７８".into();
        opening.fields.secrets.password = "Hinode#Shoji7".into();
        opening.fields.secrets.password_confirmation = "Hinode#Shoji7".into();
        assert_eq!(
            opening.completion(today()).unwrap_err().field.as_deref(),
            Some("name")
        );
        opening.fields.office = ProfileForm::from_profile(&profile());
        let completion = opening.completion(today()).unwrap();
        assert_eq!(completion.key, "12345678");
        assert_eq!(completion.office, profile());

        opening.busy = true;
        opening.failed(
            &ApiError::new(ErrorCode::InvalidParameter, "電話番号を…").with_field("office.phone"),
        );
        assert_eq!(
            opening.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("phone")
        );
        assert!(!opening.busy);
        assert_eq!(
            opening.fields.secrets.key, "１２３４５６７８",
            "a wrong phone keeps the key"
        );
        opening.failed(&ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key"));
        assert!(opening.fields.secrets.key.is_empty());

        opening.completed(KeySent {
            message: "開設しました".into(),
        });
        assert_eq!(opening.step, KeyStep::Done);
        assert!(
            opening.fields.secrets.password.is_empty()
                && opening.fields.secrets.password_confirmation.is_empty()
        );
        assert_eq!(opening.fields.office, ProfileForm::from_profile(&profile()));
    }
}
