//! [`DesktopCore`] operations of the signed-in job seeker's 求職情報公開, straight to the service
//! (consent is given there, with its time): where it stands with the preview of what employers
//! would see, publishing exactly that preview, and stopping.

use shigoto_shared::{AnonymousProfile, ApiError, PublicationStatus, PublishRequest};

use super::DesktopCore;

impl DesktopCore {
    /// Where the 求職情報公開 stands, and the preview from the 求職者情報 the service has.
    pub async fn publication(&self) -> Result<PublicationStatus, ApiError> {
        self.as_signed_in(async |client, token| client.publication(token).await)
            .await
    }

    /// Publishes `view` (the preview the seeker saw) with their consent.
    pub async fn publish_profile(
        &self,
        view: AnonymousProfile,
        agreed: bool,
    ) -> Result<PublicationStatus, ApiError> {
        let request = PublishRequest { view, agreed };
        self.as_signed_in(async |client, token| client.publish_profile(token, &request).await)
            .await
    }

    /// Stops publishing.
    pub async fn stop_publishing(&self) -> Result<PublicationStatus, ApiError> {
        self.as_signed_in(async |client, token| client.stop_publishing(token).await)
            .await
    }
}
