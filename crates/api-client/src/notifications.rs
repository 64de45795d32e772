//! The [`ApiClient`] calls of メールでのお知らせ: the signed-in account's setting, and the
//! language its mails are written in.

use shigoto_shared::{Lang, MailLanguage, NotificationSettings};

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

    /// `PUT /api/v1/me/language`: the account's mails are written in `lang` from now on.
    pub async fn set_mail_language(&self, token: &str, lang: Lang) -> Result<(), ClientError> {
        let url = self.url(&["api", "v1", "me", "language"])?;
        let body = MailLanguage { language: lang };
        self.send_empty(self.http.put(url).bearer_auth(token).json(&body))
            .await
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
