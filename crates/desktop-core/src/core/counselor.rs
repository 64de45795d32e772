//! [`DesktopCore`] operations of counselors: the counter registration of a job seeker, the
//! provisional applications waiting for 本登録, and the review of employers' 事業所登録 (受理,
//! 返戻), a job seeker's record and the counter's 求職有効, all for records of the counselor's
//! own prefecture.

use shigoto_shared::{
    ApiError, CounsellingRecord, CounsellingRecorded, CounsellingRequest, CounselorActionLog,
    CounterRegistration, EmployerApplication, EmployerReturn, IntroductionRequest, JobIntroduction,
    ProvisionalSeeker, RegisteredSeeker, SeekerMatches, SeekerRecord,
};

use super::DesktopCore;

impl DesktopCore {
    /// Provisional applications waiting for 本登録 (counselors).
    pub async fn list_provisional_seekers(&self) -> Result<Vec<ProvisionalSeeker>, ApiError> {
        self.as_signed_in(async |client, token| client.list_provisional(token).await)
            .await
    }

    /// 本登録 of a provisional application (counselors).
    pub async fn confirm_seeker(&self, seeker_number: &str) -> Result<RegisteredSeeker, ApiError> {
        self.as_signed_in(async |client, token| client.confirm_seeker(token, seeker_number).await)
            .await
    }

    /// A page of the counselor's office's audit trail, newest first (counselors).
    pub async fn counselor_actions(
        &self,
        before: Option<i64>,
    ) -> Result<CounselorActionLog, ApiError> {
        self.as_signed_in(async |client, token| client.counselor_actions(token, before).await)
            .await
    }

    /// Job seekers of the counselor's prefecture found by 氏名 or フリガナ (counselors).
    pub async fn find_seekers(&self, words: &str) -> Result<SeekerMatches, ApiError> {
        self.as_signed_in(async |client, token| client.find_seekers(token, words).await)
            .await
    }

    /// A job seeker of the counselor's prefecture, by 求職番号 (counselors).
    pub async fn seeker_record(&self, seeker_number: &str) -> Result<SeekerRecord, ApiError> {
        self.as_signed_in(async |client, token| client.seeker_record(token, seeker_number).await)
            .await
    }

    /// オンライン職業紹介 or おすすめ求人 of a posting to a job seeker of the counselor's
    /// prefecture.
    pub async fn introduce_job(
        &self,
        seeker_number: &str,
        request: &IntroductionRequest,
    ) -> Result<JobIntroduction, ApiError> {
        self.as_signed_in(async |client, token| {
            client.introduce_job(token, seeker_number, request).await
        })
        .await
    }

    /// A 職業相談 recorded with a job seeker of the counselor's prefecture.
    pub async fn record_counselling(
        &self,
        seeker_number: &str,
        request: &CounsellingRequest,
    ) -> Result<CounsellingRecorded, ApiError> {
        self.as_signed_in(async |client, token| {
            client
                .record_counselling(token, seeker_number, request)
                .await
        })
        .await
    }

    /// A job seeker's 職業相談, newest first (counselors).
    pub async fn counselling_sessions(
        &self,
        seeker_number: &str,
    ) -> Result<Vec<CounsellingRecord>, ApiError> {
        self.as_signed_in(async |client, token| {
            client.counselling_sessions(token, seeker_number).await
        })
        .await
    }

    /// The counter's 求職有効 of a lapsed registration (counselors).
    pub async fn reactivate_seeker(&self, seeker_number: &str) -> Result<SeekerRecord, ApiError> {
        self.as_signed_in(async |client, token| {
            client.reactivate_seeker(token, seeker_number).await
        })
        .await
    }

    /// Counter registration (counselors).
    pub async fn register_seeker(
        &self,
        request: &CounterRegistration,
    ) -> Result<RegisteredSeeker, ApiError> {
        self.as_signed_in(async |client, token| client.register_seeker(token, request).await)
            .await
    }

    /// 事業所登録 of the counselor's prefecture waiting for review (counselors).
    pub async fn list_employer_applications(&self) -> Result<Vec<EmployerApplication>, ApiError> {
        self.as_signed_in(async |client, token| client.list_employer_applications(token).await)
            .await
    }

    /// 受理 of a 事業所登録: the answer carries the new 事業所番号 (counselors).
    pub async fn accept_employer(&self, id: i64) -> Result<EmployerApplication, ApiError> {
        self.as_signed_in(async |client, token| client.accept_employer(token, id).await)
            .await
    }

    /// 返戻 of a 事業所登録 with the reason the employer reads (counselors).
    pub async fn return_employer(
        &self,
        id: i64,
        request: &EmployerReturn,
    ) -> Result<EmployerApplication, ApiError> {
        self.as_signed_in(async |client, token| client.return_employer(token, id, request).await)
            .await
    }
}
