//! The employer's home: the 事業所登録 as read, and the form to correct and file it again after a
//! 返戻.

use shigoto_shared::{ApiError, EmployerProfile, EmployerRegistration, EmployerStatus};

use crate::forms::account::{error_message, placed};
use crate::forms::employer::{profile_field, ProfileForm, PROFILE_FIELDS, REFILED_NOTICE};
use crate::forms::search::FieldError;

/// The signed-in employer's home: the 事業所登録 and, once returned, the form to refile it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmployerHomeState {
    /// As last read (or as the sign-in said).
    pub registration: Option<EmployerRegistration>,
    pub loading: bool,
    /// Why the registration could not be read.
    pub load_error: Option<String>,
    /// The corrected 事業所情報 (filled from the registration when it was returned).
    pub form: ProfileForm,
    /// A refusal of the refiling: `field` is a profile field, or none.
    pub error: Option<FieldError>,
    pub busy: bool,
    /// A note above the registration (filed again).
    pub notice: Option<String>,
}

impl EmployerHomeState {
    /// The home of an employer who just signed in, from the account's registration.
    pub fn of(registration: Option<&EmployerRegistration>) -> Self {
        let mut home = Self::default();
        if let Some(registration) = registration {
            home.show(registration.clone());
        }
        home
    }

    /// Shows `registration`; the form is filled again when it differs from the one shown.
    fn show(&mut self, registration: EmployerRegistration) {
        if self.registration.as_ref() != Some(&registration) {
            self.form = ProfileForm::from_profile(&registration.profile);
            self.error = None;
        }
        self.registration = Some(registration);
    }

    /// Whether the form to correct and file again is shown.
    pub fn can_refile(&self) -> bool {
        self.registration
            .as_ref()
            .is_some_and(|r| r.status == EmployerStatus::Returned)
    }

    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<EmployerRegistration, ApiError>) {
        self.loading = false;
        match result {
            Ok(registration) => self.show(registration),
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// 「再申請する」 → `refile_employer_registration`.
    pub fn refile_request(&self) -> Result<EmployerProfile, FieldError> {
        self.form.profile()
    }

    pub fn refiling(&mut self) {
        self.busy = true;
        self.error = None;
        self.notice = None;
    }

    /// The answer to the refiling: the registration as filed again, or the refusal placed at
    /// its box (everything typed stays).
    pub fn refiled(&mut self, result: Result<EmployerRegistration, ApiError>) {
        self.busy = false;
        match result {
            Ok(registration) => {
                self.show(registration);
                self.notice = Some(REFILED_NOTICE.to_owned());
            }
            Err(err) => self.error = Some(placed(&profile_field(&err), &PROFILE_FIELDS)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::employer::fixtures::*;
    use shigoto_shared::ErrorCode;

    #[test]
    fn the_home_fills_the_form_from_a_returned_registration_and_refiles_it() {
        let mut home = EmployerHomeState::of(Some(&registration(EmployerStatus::Provisional)));
        assert!(!home.can_refile());
        home.loading();
        home.loaded(Ok(registration(EmployerStatus::Returned)));
        assert!(home.can_refile());
        assert_eq!(home.form, ProfileForm::from_profile(&profile()));
        home.form.phone = "03-9999-0000".into();
        // Reading the same registration again keeps what was typed.
        home.loaded(Ok(registration(EmployerStatus::Returned)));
        assert_eq!(home.form.phone, "03-9999-0000");
        assert_eq!(home.refile_request().unwrap().phone, "03-9999-0000");

        home.refiling();
        home.refiled(Err(ApiError::new(
            ErrorCode::InvalidParameter,
            "電話番号を…",
        )
        .with_field("phone")));
        assert_eq!(
            home.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("phone")
        );
        home.refiling();
        let mut filed = registration(EmployerStatus::Provisional);
        filed.profile.phone = "03-9999-0000".into();
        home.refiled(Ok(filed));
        assert!(!home.can_refile() && !home.busy);
        assert_eq!(home.notice.as_deref(), Some(REFILED_NOTICE));

        let mut failed = EmployerHomeState::default();
        failed.loading();
        failed.loaded(Err(ApiError::new(ErrorCode::ServiceUnreachable, "down")));
        assert_eq!(
            failed.load_error.as_deref(),
            Some(crate::ipc::UNREACHABLE_MESSAGE)
        );
    }
}
