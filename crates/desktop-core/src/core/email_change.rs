//! [`DesktopCore`] operations of the メールアドレス変更 of the signed-in account (any role): the
//! new address and the current password → a 認証キー mailed to the new address; then the key →
//! the account moves to the new address. The session stays; the account held in memory is read
//! again from the service, so the app shows the new address at once.

use shigoto_domain::password::normalize_email;
use shigoto_shared::{ApiError, EmailChangeConfirmation, EmailChangeRequest, KeySent};

use super::DesktopCore;

impl DesktopCore {
    /// Email change, step 1: a 認証キー to the new address (the current password is required).
    pub async fn request_email_change_key(
        &self,
        request: &EmailChangeRequest,
    ) -> Result<KeySent, ApiError> {
        self.as_signed_in(async |client, token| {
            client.request_email_change_key(token, request).await
        })
        .await
    }

    /// Email change, step 2: the key from the mail. On success the account held in memory (and
    /// the remembered last user of this device) takes the new address.
    pub async fn confirm_email_change(
        &self,
        request: &EmailChangeConfirmation,
    ) -> Result<KeySent, ApiError> {
        // The account is read again with the same session; a failure to read it is no failure
        // of the change.
        let (done, account) = self
            .as_signed_in(async |client, token| {
                let done = client.confirm_email_change(token, request).await?;
                tracing::info!("email changed");
                Ok((done, client.me(token).await))
            })
            .await?;
        match account {
            Ok(account) => self.update_account(|held| *held = account),
            Err(err) => {
                // The change is made; show the new address even if the account cannot be read.
                tracing::warn!(error = %err, "the account could not be read after the email change");
                let email = normalize_email(&request.new_email)
                    .unwrap_or_else(|_| request.new_email.trim().to_owned());
                self.update_account(|held| held.email = email);
            }
        }
        self.remember_account();
        Ok(done)
    }
}
