//! The [`ApiClient`] calls of 職業相談: a counselor records a session with a seeker of their
//! prefecture and lists the seeker's sessions.

use shigoto_shared::{CounsellingRecord, CounsellingRecorded, CounsellingRequest};

use crate::{ApiClient, ClientError};

impl ApiClient {
    /// `POST /api/v1/counselor/seekers/{number}/counselling`: a 職業相談 recorded.
    pub async fn record_counselling(
        &self,
        token: &str,
        seeker_number: &str,
        request: &CounsellingRequest,
    ) -> Result<CounsellingRecorded, ClientError> {
        self.post_json(
            &[
                "api",
                "v1",
                "counselor",
                "seekers",
                seeker_number,
                "counselling",
            ],
            request,
            Some(token),
        )
        .await
    }

    /// `GET /api/v1/counselor/seekers/{number}/counselling`: the seeker's 職業相談, newest first.
    pub async fn counselling_sessions(
        &self,
        token: &str,
        seeker_number: &str,
    ) -> Result<Vec<CounsellingRecord>, ClientError> {
        let url = self.url(&[
            "api",
            "v1",
            "counselor",
            "seekers",
            seeker_number,
            "counselling",
        ])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }
}
