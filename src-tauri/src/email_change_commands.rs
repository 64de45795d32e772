//! Commands of the メールアドレス変更 of the signed-in account, forwarded to [`DesktopCore`].

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{ApiError, EmailChangeConfirmation, EmailChangeRequest, KeySent};
use tauri::State;

/// Email change, step 1 (new address + current password → a 認証キー to the new address).
#[tauri::command]
pub async fn request_email_change_key(
    core: State<'_, DesktopCore>,
    request: EmailChangeRequest,
) -> Result<KeySent, ApiError> {
    core.request_email_change_key(&request).await
}

/// Email change, step 2 (the key); the account held by the app takes the new address.
#[tauri::command]
pub async fn confirm_email_change(
    core: State<'_, DesktopCore>,
    request: EmailChangeConfirmation,
) -> Result<KeySent, ApiError> {
    core.confirm_email_change(&request).await
}
