//! The [`ApiClient`] calls of a job seeker's 求職情報公開: where it stands with the preview,
//! publishing the previewed view with consent, and stopping.

use shigoto_shared::{PublicationStatus, PublishRequest};

use crate::{ApiClient, ClientError};

impl ApiClient {
    /// `GET /api/v1/mypage/publication`.
    pub async fn publication(&self, token: &str) -> Result<PublicationStatus, ClientError> {
        let url = self.url(&["api", "v1", "mypage", "publication"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `PUT /api/v1/mypage/publication`: publishes exactly `request.view`.
    pub async fn publish_profile(
        &self,
        token: &str,
        request: &PublishRequest,
    ) -> Result<PublicationStatus, ClientError> {
        let url = self.url(&["api", "v1", "mypage", "publication"])?;
        self.send(self.http.put(url).bearer_auth(token).json(request))
            .await
    }

    /// `DELETE /api/v1/mypage/publication`: stops publishing.
    pub async fn stop_publishing(&self, token: &str) -> Result<PublicationStatus, ClientError> {
        let url = self.url(&["api", "v1", "mypage", "publication"])?;
        self.send(self.http.delete(url).bearer_auth(token)).await
    }
}
