//! [`DesktopCore`] operations of the 求人者マイページ: opening the MyPage with a 認証キー and the
//! 事業所情報, and the employer's own 事業所登録 (read, and filed again after a 返戻). Its review
//! by Hello Work (受理, 返戻) is the counselors' (`counselor.rs`).
//!
//! The signed-in account held in memory follows the employer's registration as it is read or
//! filed again, so the next `current_account` shows the same status as the screen.

use shigoto_shared::{
    ApiError, EmployerOpeningCompletion, EmployerProfile, EmployerRegistration, KeySent,
    RegistrationKeyRequest, Role,
};

use super::DesktopCore;

impl DesktopCore {
    /// Employer MyPage opening, step 1: terms agreed + email → a 認証キー by mail.
    pub async fn request_employer_opening_key(
        &self,
        request: &RegistrationKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.public(async |client| client.request_employer_opening_key(request).await)
            .await
    }

    /// Employer MyPage opening, step 2: the key, a password twice and the 事業所情報 → the
    /// account, with a provisional 事業所登録.
    pub async fn complete_employer_opening(
        &self,
        request: &EmployerOpeningCompletion,
    ) -> Result<KeySent, ApiError> {
        self.public(async |client| client.complete_employer_opening(request).await)
            .await
    }

    /// The signed-in employer's 事業所登録, read afresh.
    pub async fn employer_registration(&self) -> Result<EmployerRegistration, ApiError> {
        let registration = self
            .as_signed_in(async |client, token| client.employer_registration(token).await)
            .await?;
        self.follow_registration(&registration);
        Ok(registration)
    }

    /// Files a returned 事業所登録 again, corrected (employers).
    pub async fn refile_employer_registration(
        &self,
        profile: &EmployerProfile,
    ) -> Result<EmployerRegistration, ApiError> {
        let registration = self
            .as_signed_in(async |client, token| {
                client.refile_employer_registration(token, profile).await
            })
            .await?;
        self.follow_registration(&registration);
        tracing::info!("事業所登録 filed again");
        Ok(registration)
    }

    /// Keeps the in-memory account of a signed-in employer in step with its registration (its
    /// name is the 事業所名 filed).
    fn follow_registration(&self, registration: &EmployerRegistration) {
        self.update_account(|account| {
            if account.role == Role::Employer {
                account.display_name = registration.profile.name.clone();
                account.employer = Some(registration.clone());
            }
        });
    }
}
