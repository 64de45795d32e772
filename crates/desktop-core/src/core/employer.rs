//! [`DesktopCore`] operations of the 求人者マイページ and of its review by Hello Work: opening
//! the MyPage with a 認証キー and the 事業所情報, the employer's own 事業所登録 (read, and filed
//! again after a 返戻), and the counselors' list of registrations to review with 受理 and 返戻.
//!
//! The signed-in account held in memory follows the employer's registration as it is read or
//! filed again, so the next `current_account` shows the same status as the screen.

use shigoto_shared::{
    AccountInfo, ApiError, EmployerApplication, EmployerOpeningCompletion, EmployerProfile,
    EmployerRegistration, EmployerReturn, KeySent, RegistrationKeyRequest, Role,
};

use super::{signed_out, DesktopCore};

impl DesktopCore {
    /// Employer MyPage opening, step 1: terms agreed + email → a 認証キー by mail.
    pub async fn request_employer_opening_key(
        &self,
        request: &RegistrationKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.client()?
            .request_employer_opening_key(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// Employer MyPage opening, step 2: the key, a password twice and the 事業所情報 → the
    /// account, with a provisional 事業所登録.
    pub async fn complete_employer_opening(
        &self,
        request: &EmployerOpeningCompletion,
    ) -> Result<KeySent, ApiError> {
        self.client()?
            .complete_employer_opening(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// The signed-in employer's 事業所登録, read afresh.
    pub async fn employer_registration(&self) -> Result<EmployerRegistration, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self.client()?.employer_registration(&session.token).await;
        let registration = self.forget_dead_session(answer)?;
        self.follow_registration(&registration);
        Ok(registration)
    }

    /// Files a returned 事業所登録 again, corrected (employers).
    pub async fn refile_employer_registration(
        &self,
        profile: &EmployerProfile,
    ) -> Result<EmployerRegistration, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self
            .client()?
            .refile_employer_registration(&session.token, profile)
            .await;
        let registration = self.forget_dead_session(answer)?;
        self.follow_registration(&registration);
        tracing::info!("事業所登録 filed again");
        Ok(registration)
    }

    /// 事業所登録 of the counselor's prefecture waiting for review (counselors).
    pub async fn list_employer_applications(&self) -> Result<Vec<EmployerApplication>, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self
            .client()?
            .list_employer_applications(&session.token)
            .await;
        self.forget_dead_session(answer)
    }

    /// 受理 of a 事業所登録: the answer carries the new 事業所番号 (counselors).
    pub async fn accept_employer(&self, id: i64) -> Result<EmployerApplication, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self.client()?.accept_employer(&session.token, id).await;
        self.forget_dead_session(answer)
    }

    /// 返戻 of a 事業所登録 with the reason the employer reads (counselors).
    pub async fn return_employer(
        &self,
        id: i64,
        request: &EmployerReturn,
    ) -> Result<EmployerApplication, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self
            .client()?
            .return_employer(&session.token, id, request)
            .await;
        self.forget_dead_session(answer)
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

    /// Changes the account of the session held in memory, if there is one.
    pub(super) fn update_account(&self, change: impl FnOnce(&mut AccountInfo)) {
        if let Ok(mut slot) = self.session.lock() {
            if let Some(session) = slot.as_mut() {
                change(&mut session.account);
            }
        }
    }
}
