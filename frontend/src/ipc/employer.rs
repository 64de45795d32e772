//! Typed wrappers of the commands of the 求人者マイページ (opening it, the employer's own
//! 事業所登録) and of the counselors' review of 事業所登録 (受理, 返戻).

use serde::Serialize;
use shigoto_shared::{
    ApiError, EmployerApplication, EmployerOpeningCompletion, EmployerProfile,
    EmployerRegistration, EmployerReturn, KeySent, RegistrationKeyRequest,
};

use super::{call, NoArgs, RequestArgs};

#[derive(Serialize)]
struct ProfileArgs<'a> {
    profile: &'a EmployerProfile,
}

#[derive(Serialize)]
struct IdArgs {
    id: i64,
}

#[derive(Serialize)]
struct ReturnArgs<'a> {
    id: i64,
    request: &'a EmployerReturn,
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

/// `list_employer_applications`: 事業所登録 waiting for review (counselors).
pub async fn list_employer_applications() -> Result<Vec<EmployerApplication>, ApiError> {
    call("list_employer_applications", &NoArgs {}).await
}

/// `accept_employer`: 受理 of a 事業所登録, which gets its 事業所番号 (counselors).
pub async fn accept_employer(id: i64) -> Result<EmployerApplication, ApiError> {
    call("accept_employer", &IdArgs { id }).await
}

/// `return_employer`: 返戻 of a 事業所登録 with the reason (counselors).
pub async fn return_employer(
    id: i64,
    request: &EmployerReturn,
) -> Result<EmployerApplication, ApiError> {
    call("return_employer", &ReturnArgs { id, request }).await
}
