//! Typed wrappers of the commands of the メールアドレス変更 of the signed-in account.

use shigoto_shared::{ApiError, EmailChangeConfirmation, EmailChangeRequest, KeySent};

use super::{call, RequestArgs};

/// `request_email_change_key`: step 1, a 認証キー to the new address (the current password is
/// required).
pub async fn request_email_change_key(request: &EmailChangeRequest) -> Result<KeySent, ApiError> {
    call("request_email_change_key", &RequestArgs { request }).await
}

/// `confirm_email_change`: step 2, the key; the app's account takes the new address.
pub async fn confirm_email_change(request: &EmailChangeConfirmation) -> Result<KeySent, ApiError> {
    call("confirm_email_change", &RequestArgs { request }).await
}
