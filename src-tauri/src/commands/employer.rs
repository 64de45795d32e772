//! Commands of the 求人者マイページ: opening it, and the employer's own 事業所登録. Allowed to the
//! main window by the `employer` permission (`permissions/employer.toml`).

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, EmployerOpeningCompletion, EmployerProfile, EmployerRegistration, KeySent,
    RegistrationKeyRequest,
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
