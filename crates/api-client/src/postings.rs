//! The [`ApiClient`] calls of 求人申込み: an employer's own postings (the list, a new draft
//! or a copy, 一時保存, 申込み, deleting a draft, a change of a published posting, the one
//! extension, 募集停止) under `/api/v1/employer/postings`, and their review by counselors
//! (the 求人受理 list, a filed posting, 受理, 返戻) under `/api/v1/counselor/postings`. Every
//! call is a signed-in one: the session token comes first.

use reqwest::Url;
use shigoto_shared::{
    NewPosting, PostingDetail, PostingItem, PostingQueueItem, PostingReturn, PostingReview,
    PostingSave,
};

use crate::{ApiClient, ClientError};

/// Where an employer's postings live.
const EMPLOYER_POSTINGS: [&str; 4] = ["api", "v1", "employer", "postings"];
/// Where counselors review filed postings.
const COUNSELOR_POSTINGS: [&str; 4] = ["api", "v1", "counselor", "postings"];

impl ApiClient {
    /// `GET /api/v1/employer/postings`: the signed-in employer's 求人一覧.
    pub async fn list_postings(&self, token: &str) -> Result<Vec<PostingItem>, ClientError> {
        let url = self.url(&EMPLOYER_POSTINGS)?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/employer/postings`: a new draft, empty or a copy of one of the
    /// employer's postings (201).
    pub async fn new_posting(
        &self,
        token: &str,
        request: &NewPosting,
    ) -> Result<PostingDetail, ClientError> {
        self.post_json(&EMPLOYER_POSTINGS, request, Some(token))
            .await
    }

    /// `GET /api/v1/employer/postings/{id}`: one of the employer's postings, its form and,
    /// once published, its 求人票.
    pub async fn posting(&self, token: &str, id: i64) -> Result<PostingDetail, ClientError> {
        let url = self.posting_url(&EMPLOYER_POSTINGS, id, None)?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `PUT /api/v1/employer/postings/{id}`: 一時保存 of the form as typed.
    pub async fn save_posting(
        &self,
        token: &str,
        id: i64,
        request: &PostingSave,
    ) -> Result<PostingDetail, ClientError> {
        let url = self.posting_url(&EMPLOYER_POSTINGS, id, None)?;
        self.send(self.http.put(url).bearer_auth(token).json(request))
            .await
    }

    /// `DELETE /api/v1/employer/postings/{id}`: deletes a draft (204).
    pub async fn delete_posting(&self, token: &str, id: i64) -> Result<(), ClientError> {
        let url = self.posting_url(&EMPLOYER_POSTINGS, id, None)?;
        self.send_empty(self.http.delete(url).bearer_auth(token))
            .await
    }

    /// `POST /api/v1/employer/postings/{id}/submit`: 申込み of the form (saved with it).
    pub async fn submit_posting(
        &self,
        token: &str,
        id: i64,
        request: &PostingSave,
    ) -> Result<PostingDetail, ClientError> {
        let url = self.posting_url(&EMPLOYER_POSTINGS, id, Some("submit"))?;
        self.send(self.http.post(url).bearer_auth(token).json(request))
            .await
    }

    /// `POST /api/v1/employer/postings/{id}/change`: a change draft of a published posting
    /// (201); the published version stays in search meanwhile.
    pub async fn change_posting(&self, token: &str, id: i64) -> Result<PostingDetail, ClientError> {
        let url = self.posting_url(&EMPLOYER_POSTINGS, id, Some("change"))?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/employer/postings/{id}/extend`: the one extension of the 紹介期限日.
    pub async fn extend_posting(&self, token: &str, id: i64) -> Result<PostingDetail, ClientError> {
        let url = self.posting_url(&EMPLOYER_POSTINGS, id, Some("extend"))?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/employer/postings/{id}/stop`: 募集停止 of a published posting.
    pub async fn stop_posting(&self, token: &str, id: i64) -> Result<PostingDetail, ClientError> {
        let url = self.posting_url(&EMPLOYER_POSTINGS, id, Some("stop"))?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/counselor/postings`: filed postings of the counselor's prefecture waiting
    /// for review (求人受理).
    pub async fn posting_queue(&self, token: &str) -> Result<Vec<PostingQueueItem>, ClientError> {
        let url = self.url(&COUNSELOR_POSTINGS)?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/counselor/postings/{id}`: a filed posting as the counselor reviews it.
    pub async fn posting_review(&self, token: &str, id: i64) -> Result<PostingReview, ClientError> {
        let url = self.posting_url(&COUNSELOR_POSTINGS, id, None)?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/postings/{id}/accept`: 受理 (a new posting gets its 求人番号).
    pub async fn accept_posting(&self, token: &str, id: i64) -> Result<PostingReview, ClientError> {
        let url = self.posting_url(&COUNSELOR_POSTINGS, id, Some("accept"))?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/postings/{id}/return`: 返戻 with the reason the employer reads;
    /// answers the posting's list line (now 返戻).
    pub async fn return_posting(
        &self,
        token: &str,
        id: i64,
        request: &PostingReturn,
    ) -> Result<PostingQueueItem, ClientError> {
        let url = self.posting_url(&COUNSELOR_POSTINGS, id, Some("return"))?;
        self.send(self.http.post(url).bearer_auth(token).json(request))
            .await
    }

    /// `{base}/{collection}/{id}`, or `…/{id}/{action}`.
    fn posting_url(
        &self,
        collection: &[&str],
        id: i64,
        action: Option<&str>,
    ) -> Result<Url, ClientError> {
        let id = id.to_string();
        let mut segments = collection.to_vec();
        segments.push(&id);
        segments.extend(action);
        self.url(&segments)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn posting_addresses_follow_the_service_base() {
        let client = ApiClient::new("http://127.0.0.1:8080/").unwrap();
        let url = client
            .posting_url(&EMPLOYER_POSTINGS, 42, Some("submit"))
            .unwrap();
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:8080/api/v1/employer/postings/42/submit"
        );
        let url = client.posting_url(&COUNSELOR_POSTINGS, 7, None).unwrap();
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:8080/api/v1/counselor/postings/7"
        );

        let behind_a_path = ApiClient::new("https://shigoto.example.jp/service").unwrap();
        let url = behind_a_path
            .posting_url(&COUNSELOR_POSTINGS, 7, Some("return"))
            .unwrap();
        assert_eq!(
            url.as_str(),
            "https://shigoto.example.jp/service/api/v1/counselor/postings/7/return"
        );
    }
}
