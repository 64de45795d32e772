//! [`DesktopCore`] operations of 求人申込み: the signed-in employer's own postings (the 求人一覧,
//! a new draft or a copy, 一時保存, 申込み, deleting a draft, a change of a published posting,
//! the one extension, 募集停止), and their review by counselors of the employer's prefecture
//! (the 求人受理 list, a filed posting, 受理, 返戻). Each call goes through
//! [`DesktopCore::as_signed_in`]; the service checks the role and the rules.

use shigoto_shared::{
    ApiError, NewPosting, PostingDetail, PostingItem, PostingQueueItem, PostingReturn,
    PostingReview, PostingSave,
};

use super::DesktopCore;

impl DesktopCore {
    /// The signed-in employer's 求人一覧 (employers).
    pub async fn employer_postings(&self) -> Result<Vec<PostingItem>, ApiError> {
        self.as_signed_in(async |client, token| client.list_postings(token).await)
            .await
    }

    /// One of the employer's postings: its form and, once published, its 求人票 (employers).
    pub async fn employer_posting(&self, id: i64) -> Result<PostingDetail, ApiError> {
        self.as_signed_in(async |client, token| client.posting(token, id).await)
            .await
    }

    /// A new draft, empty or a copy of one of the employer's postings (employers).
    pub async fn new_employer_posting(
        &self,
        request: &NewPosting,
    ) -> Result<PostingDetail, ApiError> {
        let created = self
            .as_signed_in(async |client, token| client.new_posting(token, request).await)
            .await?;
        tracing::info!(posting = created.item.id, "求人: draft created");
        Ok(created)
    }

    /// 一時保存 of a posting's form as typed (employers).
    pub async fn save_employer_posting(
        &self,
        id: i64,
        request: &PostingSave,
    ) -> Result<PostingDetail, ApiError> {
        self.as_signed_in(async |client, token| client.save_posting(token, id, request).await)
            .await
    }

    /// Deletes a draft (employers).
    pub async fn delete_employer_posting(&self, id: i64) -> Result<(), ApiError> {
        self.as_signed_in(async |client, token| client.delete_posting(token, id).await)
            .await?;
        tracing::info!(posting = id, "求人: draft deleted");
        Ok(())
    }

    /// 申込み of a posting: its form is saved and filed for review (employers).
    pub async fn submit_employer_posting(
        &self,
        id: i64,
        request: &PostingSave,
    ) -> Result<PostingDetail, ApiError> {
        let filed = self
            .as_signed_in(async |client, token| client.submit_posting(token, id, request).await)
            .await?;
        tracing::info!(posting = id, "求人: filed");
        Ok(filed)
    }

    /// A change draft of a published posting, which stays in search meanwhile (employers).
    pub async fn change_employer_posting(&self, id: i64) -> Result<PostingDetail, ApiError> {
        self.as_signed_in(async |client, token| client.change_posting(token, id).await)
            .await
    }

    /// The one extension of a published posting's 紹介期限日 (employers).
    pub async fn extend_employer_posting(&self, id: i64) -> Result<PostingDetail, ApiError> {
        self.as_signed_in(async |client, token| client.extend_posting(token, id).await)
            .await
    }

    /// 募集停止 of a published posting (employers).
    pub async fn stop_employer_posting(&self, id: i64) -> Result<PostingDetail, ApiError> {
        let stopped = self
            .as_signed_in(async |client, token| client.stop_posting(token, id).await)
            .await?;
        tracing::info!(posting = id, "求人: stopped");
        Ok(stopped)
    }

    /// Filed postings of the counselor's prefecture waiting for review (counselors).
    pub async fn counselor_postings(&self) -> Result<Vec<PostingQueueItem>, ApiError> {
        self.as_signed_in(async |client, token| client.posting_queue(token).await)
            .await
    }

    /// A filed posting as the counselor reviews it: the 求人票 it would publish and, for a
    /// change, the version in search now (counselors).
    pub async fn counselor_posting(&self, id: i64) -> Result<PostingReview, ApiError> {
        self.as_signed_in(async |client, token| client.posting_review(token, id).await)
            .await
    }

    /// 受理 of a filed posting: a new one gets its 求人番号 and is published (counselors).
    pub async fn accept_posting(&self, id: i64) -> Result<PostingReview, ApiError> {
        self.as_signed_in(async |client, token| client.accept_posting(token, id).await)
            .await
    }

    /// 返戻 of a filed posting with the reason its employer reads (counselors).
    pub async fn return_posting(
        &self,
        id: i64,
        request: &PostingReturn,
    ) -> Result<PostingQueueItem, ApiError> {
        self.as_signed_in(async |client, token| client.return_posting(token, id, request).await)
            .await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use shigoto_shared::ErrorCode;

    use super::*;
    use crate::DesktopConfig;

    /// Every posting operation asks for the sign-in before anything else: with no one signed
    /// in, none reaches the service (nothing listens at its address) nor the keyring.
    #[tokio::test]
    async fn posting_operations_ask_a_signed_out_person_to_sign_in() {
        let root = tempfile::tempdir().unwrap();
        let core = DesktopCore::new(&DesktopConfig {
            service_url: "http://127.0.0.1:9".to_owned(),
            keyring_service: "jp.shigoto.test.postings".to_owned(),
            shared_workstation_forced: false,
            config_dir: root.path().join("config"),
            data_dir: root.path().join("data"),
            downloads_dir: root.path().join("data"),
            downloads_dir_forced: false,
            system_language: shigoto_shared::Lang::Ja,
        });
        let save = PostingSave::default();
        let answers = [
            core.employer_postings().await.map(drop),
            core.employer_posting(1).await.map(drop),
            core.new_employer_posting(&NewPosting::default())
                .await
                .map(drop),
            core.save_employer_posting(1, &save).await.map(drop),
            core.delete_employer_posting(1).await,
            core.submit_employer_posting(1, &save).await.map(drop),
            core.change_employer_posting(1).await.map(drop),
            core.extend_employer_posting(1).await.map(drop),
            core.stop_employer_posting(1).await.map(drop),
            core.counselor_postings().await.map(drop),
            core.counselor_posting(1).await.map(drop),
            core.accept_posting(1).await.map(drop),
            core.return_posting(
                1,
                &PostingReturn {
                    reason: "賃金の記載を確認してください。".to_owned(),
                },
            )
            .await
            .map(drop),
        ];
        for answer in answers {
            let err = answer.unwrap_err();
            assert_eq!(err.code, ErrorCode::Unauthenticated);
            assert_eq!(err.message, "ログインしてください。");
        }
    }
}
