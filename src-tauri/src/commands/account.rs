//! Commands of a person's own account: signing in and out, the job seeker's 認証キー flows
//! (MyPage opening, password reset, online registration), the password and email change of the
//! signed-in account, and a job seeker's 求職状態 (read again, 求職有効) and 求職情報公開. Allowed to the main
//! window by the `account` permission (`permissions/account.toml`).

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    AccountInfo, AnonymousProfile, ApiError, EmailChangeConfirmation, EmailChangeRequest, KeySent,
    NotificationSettings, OpeningCompletion, OpeningKeyRequest, PasswordChange,
    PasswordResetCompletion, PasswordResetKeyRequest, PublicationStatus, RegistrationCompletion,
    RegistrationKeyRequest, SeekingStatus,
};
use tauri::State;

/// The signed-in account, if any (resumed from the keyring at start-up).
#[tauri::command]
pub async fn current_account(
    core: State<'_, DesktopCore>,
) -> Result<Option<AccountInfo>, ApiError> {
    core.current_account().await
}

/// The signed-in account read again from the service (a job seeker's 求職状態 of today).
#[tauri::command]
pub async fn refresh_account(core: State<'_, DesktopCore>) -> Result<AccountInfo, ApiError> {
    core.refresh_account().await
}

/// 求職有効 → 完了: a job seeker's lapsed registration back to 有効.
#[tauri::command]
pub async fn switch_seeking_valid(core: State<'_, DesktopCore>) -> Result<SeekingStatus, ApiError> {
    core.switch_seeking_valid().await
}

/// 求職情報公開: where it stands, with the preview of what employers would see.
#[tauri::command]
pub async fn publication(core: State<'_, DesktopCore>) -> Result<PublicationStatus, ApiError> {
    core.publication().await
}

/// 求職情報公開: publishes the previewed `view` with the seeker's consent.
#[tauri::command]
pub async fn publish_profile(
    core: State<'_, DesktopCore>,
    view: AnonymousProfile,
    agreed: bool,
) -> Result<PublicationStatus, ApiError> {
    core.publish_profile(view, agreed).await
}

/// 求職情報公開 stopped.
#[tauri::command]
pub async fn stop_publishing(core: State<'_, DesktopCore>) -> Result<PublicationStatus, ApiError> {
    core.stop_publishing().await
}

/// Sign in; the token goes to the OS keyring, the web view gets the account only.
#[tauri::command]
pub async fn sign_in(
    core: State<'_, DesktopCore>,
    email: String,
    password: String,
) -> Result<AccountInfo, ApiError> {
    core.sign_in(&email, &password).await
}

/// Sign out everywhere: on the service and in the keyring.
#[tauri::command]
pub async fn sign_out(core: State<'_, DesktopCore>) -> Result<(), ApiError> {
    core.sign_out().await
}

/// MyPage opening, step 1 (a 認証キー by mail).
#[tauri::command]
pub async fn request_opening_key(
    core: State<'_, DesktopCore>,
    request: OpeningKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_opening_key(&request).await
}

/// MyPage opening, step 2 (key + password).
#[tauri::command]
pub async fn complete_opening(
    core: State<'_, DesktopCore>,
    request: OpeningCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_opening(&request).await
}

/// Password reset, step 1 (a 認証キー by mail).
#[tauri::command]
pub async fn request_password_reset_key(
    core: State<'_, DesktopCore>,
    request: PasswordResetKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_password_reset_key(&request).await
}

/// Password reset, step 2 (key + new password).
#[tauri::command]
pub async fn complete_password_reset(
    core: State<'_, DesktopCore>,
    request: PasswordResetCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_password_reset(&request).await
}

/// Online registration, step 1 (a 認証キー by mail).
#[tauri::command]
pub async fn request_registration_key(
    core: State<'_, DesktopCore>,
    request: RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_registration_key(&request).await
}

/// Online registration, step 2 (key + password + provisional application).
#[tauri::command]
pub async fn complete_registration(
    core: State<'_, DesktopCore>,
    request: RegistrationCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_registration(&request).await
}

/// Password change of the signed-in account (current password + new one twice).
#[tauri::command]
pub async fn change_password(
    core: State<'_, DesktopCore>,
    request: PasswordChange,
) -> Result<KeySent, ApiError> {
    core.change_password(&request).await
}

/// メールでのお知らせ of the signed-in job seeker or employer.
#[tauri::command]
pub async fn notification_settings(
    core: State<'_, DesktopCore>,
) -> Result<NotificationSettings, ApiError> {
    core.notification_settings().await
}

/// Turns メールでのお知らせ on or off.
#[tauri::command]
pub async fn set_notification_settings(
    core: State<'_, DesktopCore>,
    settings: NotificationSettings,
) -> Result<NotificationSettings, ApiError> {
    core.set_notification_settings(&settings).await
}

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
