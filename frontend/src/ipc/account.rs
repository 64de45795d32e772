//! The account commands: who is signed in, signing in and out, the 認証キー flows of the MyPage
//! opening, the online registration and the password reset, the password change and
//! メールアドレス変更, and a job seeker's 求職状態 and 求職情報公開.

use serde::de::IgnoredAny;
use serde::Serialize;
use shigoto_shared::{
    AccountInfo, AnonymousProfile, ApiError, EmailChangeConfirmation, EmailChangeRequest, KeySent,
    NotificationSettings, OpeningCompletion, OpeningKeyRequest, PasswordChange,
    PasswordResetCompletion, PasswordResetKeyRequest, PublicationStatus, RegistrationCompletion,
    RegistrationKeyRequest, SeekingStatus,
};

use super::{call, NoArgs, RequestArgs};

#[derive(Serialize)]
struct SignInArgs<'a> {
    email: &'a str,
    password: &'a str,
}

/// `current_account`: the signed-in account, or `None` when signed out.
pub async fn current_account() -> Result<Option<AccountInfo>, ApiError> {
    call("current_account", &NoArgs {}).await
}

/// `refresh_account`: the signed-in account read again from the service.
pub async fn refresh_account() -> Result<AccountInfo, ApiError> {
    call("refresh_account", &NoArgs {}).await
}

/// `switch_seeking_valid`: 求職有効 → 完了, a lapsed registration back to 有効.
pub async fn switch_seeking_valid() -> Result<SeekingStatus, ApiError> {
    call("switch_seeking_valid", &NoArgs {}).await
}

/// `sign_in`: email and password (sent as typed; the service normalizes the email).
pub async fn sign_in(email: &str, password: &str) -> Result<AccountInfo, ApiError> {
    call("sign_in", &SignInArgs { email, password }).await
}

/// `sign_out`: ends the session and leaves nothing of the user behind on this computer.
pub async fn sign_out() -> Result<(), ApiError> {
    call::<_, IgnoredAny>("sign_out", &NoArgs {})
        .await
        .map(|_| ())
}

/// `request_opening_key`: MyPage opening step 2; the 認証キー is mailed if the details match.
pub async fn request_opening_key(request: &OpeningKeyRequest) -> Result<KeySent, ApiError> {
    call("request_opening_key", &RequestArgs { request }).await
}

/// `complete_opening`: MyPage opening step 3, the 認証キー and the new password.
pub async fn complete_opening(request: &OpeningCompletion) -> Result<KeySent, ApiError> {
    call("complete_opening", &RequestArgs { request }).await
}

/// `request_password_reset_key`: password reset step 1; the 認証キー is mailed if the address
/// has an account (the answer is the same either way).
pub async fn request_password_reset_key(
    request: &PasswordResetKeyRequest,
) -> Result<KeySent, ApiError> {
    call("request_password_reset_key", &RequestArgs { request }).await
}

/// `complete_password_reset`: password reset step 2, the 認証キー and the new password.
pub async fn complete_password_reset(
    request: &PasswordResetCompletion,
) -> Result<KeySent, ApiError> {
    call("complete_password_reset", &RequestArgs { request }).await
}

/// `request_registration_key`: online registration step 2; the 認証キー is mailed (the answer
/// is the same whether or not the address already has an account).
pub async fn request_registration_key(
    request: &RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    call("request_registration_key", &RequestArgs { request }).await
}

/// `complete_registration`: online registration step 3, the 認証キー, the password and the
/// provisional job application.
pub async fn complete_registration(request: &RegistrationCompletion) -> Result<KeySent, ApiError> {
    call("complete_registration", &RequestArgs { request }).await
}

#[derive(Serialize)]
struct SettingsArgs<'a> {
    settings: &'a NotificationSettings,
}

/// `notification_settings`: メールでのお知らせ of the signed-in account.
pub async fn notification_settings() -> Result<NotificationSettings, ApiError> {
    call("notification_settings", &NoArgs {}).await
}

/// `set_notification_settings`: メールでのお知らせ turned on or off.
pub async fn set_notification_settings(
    settings: &NotificationSettings,
) -> Result<NotificationSettings, ApiError> {
    call("set_notification_settings", &SettingsArgs { settings }).await
}

/// `change_password`: the signed-in account's new password (the current one is required).
pub async fn change_password(request: &PasswordChange) -> Result<KeySent, ApiError> {
    call("change_password", &RequestArgs { request }).await
}

/// `request_email_change_key`: step 1, a 認証キー to the new address (the current password is
/// required).
pub async fn request_email_change_key(request: &EmailChangeRequest) -> Result<KeySent, ApiError> {
    call("request_email_change_key", &RequestArgs { request }).await
}

/// `confirm_email_change`: step 2, the key; the app's account takes the new address.
pub async fn confirm_email_change(request: &EmailChangeConfirmation) -> Result<KeySent, ApiError> {
    call("confirm_email_change", &RequestArgs { request }).await
}

#[derive(Serialize)]
struct PublishArgs {
    view: AnonymousProfile,
    agreed: bool,
}

/// `publication`: 求職情報公開, where it stands, with the preview of what employers would see.
pub async fn publication() -> Result<PublicationStatus, ApiError> {
    call("publication", &NoArgs {}).await
}

/// `publish_profile`: publishes `view` (as previewed) with the seeker's consent.
pub async fn publish_profile(
    view: AnonymousProfile,
    agreed: bool,
) -> Result<PublicationStatus, ApiError> {
    call("publish_profile", &PublishArgs { view, agreed }).await
}

/// `stop_publishing`: 求職情報公開 stopped.
pub async fn stop_publishing() -> Result<PublicationStatus, ApiError> {
    call("stop_publishing", &NoArgs {}).await
}
