//! [`DesktopCore`] operations of the signed-in job seeker's 求職状態: the account read again from
//! the service (the day, and with it the status, may have changed since signing in), and
//! 求職有効, which switches a lapsed registration back to 有効. Either way the account held in
//! memory, and the one remembered for starting offline, take the new status.

use shigoto_shared::{AccountInfo, ApiError, SeekingStatus};

use super::DesktopCore;

impl DesktopCore {
    /// The signed-in account as the service describes it today.
    pub async fn refresh_account(&self) -> Result<AccountInfo, ApiError> {
        let account = self
            .as_signed_in(async |client, token| client.me(token).await)
            .await?;
        let held = account.clone();
        self.update_account(|current| *current = held);
        self.remember_account();
        Ok(account)
    }

    /// 求職有効 → 完了: the lapsed registration is 有効 again; the answer has its new last day.
    pub async fn switch_seeking_valid(&self) -> Result<SeekingStatus, ApiError> {
        let status = self
            .as_signed_in(async |client, token| client.switch_seeking_valid(token).await)
            .await?;
        tracing::info!(valid_until = %status.valid_until, "求職状態 switched to valid");
        self.update_account(|current| current.seeking = Some(status));
        self.remember_account();
        Ok(status)
    }
}
