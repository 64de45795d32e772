//! The [`ApiClient`] calls of a counselor's seeker desk: counter registration, 仮登録 to
//! complete and 本登録, a seeker's record (found by 求職番号 or by 氏名/フリガナ), 求職有効 at the
//! counter, and the office's audit trail.

use shigoto_shared::{
    CounselorActionLog, CounterRegistration, ProvisionalSeeker, RegisteredSeeker, SeekerMatches,
    SeekerRecord,
};

use crate::{ApiClient, ClientError};

impl ApiClient {
    /// `GET /api/v1/counselor/provisional`: provisional applications to complete.
    pub async fn list_provisional(
        &self,
        token: &str,
    ) -> Result<Vec<ProvisionalSeeker>, ClientError> {
        let url = self.url(&["api", "v1", "counselor", "provisional"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/seekers/{number}/confirm`: 本登録.
    pub async fn confirm_seeker(
        &self,
        token: &str,
        seeker_number: &str,
    ) -> Result<RegisteredSeeker, ClientError> {
        let url = self.url(&[
            "api",
            "v1",
            "counselor",
            "seekers",
            seeker_number,
            "confirm",
        ])?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/counselor/actions[?before=…]`: a page of the office's audit trail.
    pub async fn counselor_actions(
        &self,
        token: &str,
        before: Option<i64>,
    ) -> Result<CounselorActionLog, ClientError> {
        let mut url = self.url(&["api", "v1", "counselor", "actions"])?;
        if let Some(before) = before {
            url.query_pairs_mut()
                .append_pair("before", &before.to_string());
        }
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/counselor/seekers?q=…`: registrations found by 氏名 or フリガナ.
    pub async fn find_seekers(
        &self,
        token: &str,
        words: &str,
    ) -> Result<SeekerMatches, ClientError> {
        let mut url = self.url(&["api", "v1", "counselor", "seekers"])?;
        url.query_pairs_mut().append_pair("q", words);
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/counselor/seekers/{number}`: a seeker's record at the counter.
    pub async fn seeker_record(
        &self,
        token: &str,
        seeker_number: &str,
    ) -> Result<SeekerRecord, ClientError> {
        let url = self.url(&["api", "v1", "counselor", "seekers", seeker_number])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/seekers/{number}/reactivate`: the counter's 求職有効.
    pub async fn reactivate_seeker(
        &self,
        token: &str,
        seeker_number: &str,
    ) -> Result<SeekerRecord, ClientError> {
        let url = self.url(&[
            "api",
            "v1",
            "counselor",
            "seekers",
            seeker_number,
            "reactivate",
        ])?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/seekers`: counter registration (counselors only).
    pub async fn register_seeker(
        &self,
        token: &str,
        request: &CounterRegistration,
    ) -> Result<RegisteredSeeker, ClientError> {
        self.post_json(&["api", "v1", "counselor", "seekers"], request, Some(token))
            .await
    }
}
