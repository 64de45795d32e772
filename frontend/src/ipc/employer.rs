//! The 求人者マイページ's commands: opening it and the employer's own 事業所登録.

use serde::Serialize;
use shigoto_shared::{
    ApiError, EmployerOpeningCompletion, EmployerProfile, EmployerRegistration, KeySent,
    RegistrationKeyRequest,
};

use super::{call, NoArgs, RequestArgs};

#[derive(Serialize)]
struct ProfileArgs<'a> {
    profile: &'a EmployerProfile,
}

/// `request_employer_opening_key`: employer MyPage opening step 2; the 認証キー is mailed (the
/// answer is the same whether or not the address already has an account).
pub async fn request_employer_opening_key(
    request: &RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    call("request_employer_opening_key", &RequestArgs { request }).await
}

/// `complete_employer_opening`: employer MyPage opening step 3, the 認証キー, the password and
/// the 事業所情報 (filed as a provisional 事業所登録).
pub async fn complete_employer_opening(
    request: &EmployerOpeningCompletion,
) -> Result<KeySent, ApiError> {
    call("complete_employer_opening", &RequestArgs { request }).await
}

/// `employer_registration`: the signed-in employer's 事業所登録.
pub async fn employer_registration() -> Result<EmployerRegistration, ApiError> {
    call("employer_registration", &NoArgs {}).await
}

/// `refile_employer_registration`: files a returned 事業所登録 again, corrected.
pub async fn refile_employer_registration(
    profile: &EmployerProfile,
) -> Result<EmployerRegistration, ApiError> {
    call("refile_employer_registration", &ProfileArgs { profile }).await
}
