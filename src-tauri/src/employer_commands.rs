//! Commands of the 求人者マイページ (opening it, the employer's own 事業所登録) and of the
//! counselors' review of 事業所登録 (受理, 返戻), forwarded to [`DesktopCore`].

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, EmployerApplication, EmployerOpeningCompletion, EmployerProfile,
    EmployerRegistration, EmployerReturn, KeySent, RegistrationKeyRequest,
};
use tauri::State;

/// Employer MyPage opening, step 1 (a 認証キー by mail).
#[tauri::command]
pub async fn request_employer_opening_key(
    core: State<'_, DesktopCore>,
    request: RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_employer_opening_key(&request).await
}

/// Employer MyPage opening, step 2 (key + password + 事業所情報).
#[tauri::command]
pub async fn complete_employer_opening(
    core: State<'_, DesktopCore>,
    request: EmployerOpeningCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_employer_opening(&request).await
}

/// The signed-in employer's 事業所登録.
#[tauri::command]
pub async fn employer_registration(
    core: State<'_, DesktopCore>,
) -> Result<EmployerRegistration, ApiError> {
    core.employer_registration().await
}

/// Files a returned 事業所登録 again, corrected.
#[tauri::command]
pub async fn refile_employer_registration(
    core: State<'_, DesktopCore>,
    profile: EmployerProfile,
) -> Result<EmployerRegistration, ApiError> {
    core.refile_employer_registration(&profile).await
}

/// 事業所登録 waiting for review (counselors).
#[tauri::command]
pub async fn list_employer_applications(
    core: State<'_, DesktopCore>,
) -> Result<Vec<EmployerApplication>, ApiError> {
    core.list_employer_applications().await
}

/// 受理 of a 事業所登録 (counselors).
#[tauri::command]
pub async fn accept_employer(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<EmployerApplication, ApiError> {
    core.accept_employer(id).await
}

/// 返戻 of a 事業所登録 with a reason (counselors).
#[tauri::command]
pub async fn return_employer(
    core: State<'_, DesktopCore>,
    id: i64,
    request: EmployerReturn,
) -> Result<EmployerApplication, ApiError> {
    core.return_employer(id, &request).await
}
