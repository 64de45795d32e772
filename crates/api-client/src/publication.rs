//! The [`ApiClient`] calls of 求職情報公開 and 応募検討依頼: a job seeker's publication (where it
//! stands with the preview, publishing the previewed view with consent, stopping) and declining
//! a request; an employer's search of published 求職情報, sending a request and listing them.

use shigoto_shared::{
    ProfileSearch, PublicationStatus, PublishRequest, PublishedProfiles, ReceivedRequest,
    RequestToConsider, SentRequest, SentRequests,
};

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

impl ApiClient {
    /// `GET /api/v1/employer/seekers?…`: published 求職情報 matching `search`.
    pub async fn search_published_profiles(
        &self,
        token: &str,
        search: &ProfileSearch,
    ) -> Result<PublishedProfiles, ClientError> {
        let url = self.url(&["api", "v1", "employer", "seekers"])?;
        self.send(self.http.get(url).bearer_auth(token).query(search))
            .await
    }

    /// `POST /api/v1/employer/requests`: 応募検討依頼.
    pub async fn send_direct_request(
        &self,
        token: &str,
        request: &RequestToConsider,
    ) -> Result<SentRequest, ClientError> {
        let url = self.url(&["api", "v1", "employer", "requests"])?;
        self.send(self.http.post(url).bearer_auth(token).json(request))
            .await
    }

    /// `GET /api/v1/employer/jobs/{job_number}/requests`: the requests sent for a posting.
    pub async fn sent_requests(
        &self,
        token: &str,
        job_number: &str,
    ) -> Result<SentRequests, ClientError> {
        let url = self.url(&["api", "v1", "employer", "jobs", job_number, "requests"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/mypage/requests/{id}/decline`.
    pub async fn decline_request(
        &self,
        token: &str,
        id: i64,
    ) -> Result<ReceivedRequest, ClientError> {
        let url = self.url(&[
            "api",
            "v1",
            "mypage",
            "requests",
            &id.to_string(),
            "decline",
        ])?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }
}
