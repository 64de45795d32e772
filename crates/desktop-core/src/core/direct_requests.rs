//! [`DesktopCore`] operations of 応募検討依頼: a job seeker's requests from this device's copy
//! and declining one (straight to the service, then a sync brings it back answered); an
//! employer's search of published 求職情報, sending a request and the requests of a posting
//! (straight to the service: employers keep only their messages on the device).

use shigoto_shared::{
    ApiError, ProfileSearch, PublishedProfiles, ReceivedRequest, RequestToConsider, SentRequest,
    SentRequests,
};

use super::DesktopCore;
use crate::mypage::MyPage;

impl DesktopCore {
    /// 応募検討依頼 received, newest first (from this device's cache).
    pub fn received_requests(&self) -> Result<Vec<ReceivedRequest>, ApiError> {
        self.with_mypage(MyPage::requests)
    }

    /// Declines a request.
    pub async fn decline_request(&self, id: i64) -> Result<ReceivedRequest, ApiError> {
        let declined = self
            .as_signed_in(async |client, token| client.decline_request(token, id).await)
            .await?;
        tracing::info!(request = id, "応募検討依頼 declined");
        self.sync_now();
        Ok(declined)
    }

    /// Published 求職情報 matching `search` (employers).
    pub async fn search_published_profiles(
        &self,
        search: ProfileSearch,
    ) -> Result<PublishedProfiles, ApiError> {
        self.as_signed_in(async |client, token| {
            client.search_published_profiles(token, &search).await
        })
        .await
    }

    /// Sends a 応募検討依頼 (employers).
    pub async fn send_direct_request(
        &self,
        request: RequestToConsider,
    ) -> Result<SentRequest, ApiError> {
        self.as_signed_in(async |client, token| client.send_direct_request(token, &request).await)
            .await
    }

    /// The requests sent for one of the employer's postings.
    pub async fn sent_requests(&self, job_number: &str) -> Result<SentRequests, ApiError> {
        self.as_signed_in(async |client, token| client.sent_requests(token, job_number).await)
            .await
    }
}
