//! [`DesktopCore`] operations of a job seeker's account that the service's 認証キー flows carry:
//! the MyPage opening, the password reset and the online registration (each a key by mail, then
//! the key with a password), and the password change of the signed-in account.

use shigoto_shared::{
    ApiError, KeySent, NotificationSettings, OpeningCompletion, OpeningKeyRequest, PasswordChange,
    PasswordResetCompletion, PasswordResetKeyRequest, RegistrationCompletion,
    RegistrationKeyRequest,
};

use super::DesktopCore;

impl DesktopCore {
    /// MyPage opening, step 1.
    pub async fn request_opening_key(
        &self,
        request: &OpeningKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.public(async |client| client.request_opening_key(request).await)
            .await
    }

    /// MyPage opening, step 2.
    pub async fn complete_opening(&self, request: &OpeningCompletion) -> Result<KeySent, ApiError> {
        self.public(async |client| client.complete_opening(request).await)
            .await
    }

    /// Password reset, step 1.
    pub async fn request_password_reset_key(
        &self,
        request: &PasswordResetKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.public(async |client| client.request_password_reset_key(request).await)
            .await
    }

    /// Password reset, step 2.
    pub async fn complete_password_reset(
        &self,
        request: &PasswordResetCompletion,
    ) -> Result<KeySent, ApiError> {
        self.public(async |client| client.complete_password_reset(request).await)
            .await
    }

    /// Online registration, step 1.
    pub async fn request_registration_key(
        &self,
        request: &RegistrationKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.public(async |client| client.request_registration_key(request).await)
            .await
    }

    /// Online registration, step 2.
    pub async fn complete_registration(
        &self,
        request: &RegistrationCompletion,
    ) -> Result<KeySent, ApiError> {
        self.public(async |client| client.complete_registration(request).await)
            .await
    }

    /// Changes the signed-in account's password (the current one is required); the service
    /// ends the account's other sessions and keeps this one.
    pub async fn change_password(&self, request: &PasswordChange) -> Result<KeySent, ApiError> {
        self.as_signed_in(async |client, token| client.change_password(token, request).await)
            .await
    }

    /// メールでのお知らせ of the signed-in job seeker or employer.
    pub async fn notification_settings(&self) -> Result<NotificationSettings, ApiError> {
        self.as_signed_in(async |client, token| client.notification_settings(token).await)
            .await
    }

    /// Turns メールでのお知らせ on or off; the setting after it.
    pub async fn set_notification_settings(
        &self,
        settings: &NotificationSettings,
    ) -> Result<NotificationSettings, ApiError> {
        self.as_signed_in(async |client, token| {
            client.set_notification_settings(token, settings).await
        })
        .await
    }
}
