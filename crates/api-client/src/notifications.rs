//! The [`ApiClient`] calls of メールでのお知らせ: the signed-in account's setting.

use shigoto_shared::NotificationSettings;

use crate::{ApiClient, ClientError};

impl ApiClient {
    /// `GET /api/v1/me/notifications`.
    pub async fn notification_settings(
        &self,
        token: &str,
    ) -> Result<NotificationSettings, ClientError> {
        let url = self.url(&["api", "v1", "me", "notifications"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `PUT /api/v1/me/notifications`: the setting after it.
    pub async fn set_notification_settings(
        &self,
        token: &str,
        settings: &NotificationSettings,
    ) -> Result<NotificationSettings, ClientError> {
        let url = self.url(&["api", "v1", "me", "notifications"])?;
        self.send(self.http.put(url).bearer_auth(token).json(settings))
            .await
    }
}
