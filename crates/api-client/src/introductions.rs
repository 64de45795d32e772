//! The [`ApiClient`] calls of オンライン職業紹介 and おすすめ求人: a counselor points a posting
//! out to a seeker; the seeker applies from an online introduction.

use shigoto_shared::{IntroductionRequest, JobIntroduction, MyApplication};

use crate::{ApiClient, ClientError};

impl ApiClient {
    /// `POST /api/v1/counselor/seekers/{number}/introductions`: sent, 201.
    pub async fn introduce_job(
        &self,
        token: &str,
        seeker_number: &str,
        request: &IntroductionRequest,
    ) -> Result<JobIntroduction, ClientError> {
        self.post_json(
            &[
                "api",
                "v1",
                "counselor",
                "seekers",
                seeker_number,
                "introductions",
            ],
            request,
            Some(token),
        )
        .await
    }

    /// `POST /api/v1/mypage/introductions/{id}/apply`: applied as a referral, 201.
    pub async fn apply_from_introduction(
        &self,
        token: &str,
        id: i64,
    ) -> Result<MyApplication, ClientError> {
        let id = id.to_string();
        let url = self.url(&["api", "v1", "mypage", "introductions", &id, "apply"])?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }
}
