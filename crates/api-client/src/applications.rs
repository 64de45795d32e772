//! The [`ApiClient`] calls of applications: a job seeker's profile as an application sends it,
//! 応募する, their applications and 辞退 under `/api/v1/mypage`, and an employer's applicants
//! and their 採否 under `/api/v1/employer`; a counselor's referrals (紹介) and the 紹介状 PDF.
//! Every call is a signed-in one: the session token comes first.

use shigoto_shared::{
    Applicant, ApplicantDetail, ApplicantProfile, ApplicationRequest, ApplicationResult,
    MyApplication, ReferralRequest,
};

use crate::{ApiClient, ClientError};

/// How long 応募する may take: its documents may be 20 MB (the service allows it 120 s).
const UPLOAD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(150);

/// Where a job seeker's applications live.
const MY_APPLICATIONS: [&str; 4] = ["api", "v1", "mypage", "applications"];

impl ApiClient {
    /// `GET /api/v1/mypage/applicant-profile`: what an application sends about the seeker.
    pub async fn applicant_profile(&self, token: &str) -> Result<ApplicantProfile, ClientError> {
        let url = self.url(&["api", "v1", "mypage", "applicant-profile"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/mypage/applications`: 応募する (オンライン自主応募), 201.
    pub async fn apply(
        &self,
        token: &str,
        request: &ApplicationRequest,
    ) -> Result<MyApplication, ClientError> {
        let upload = self
            .http
            .post(self.url(&MY_APPLICATIONS)?)
            .bearer_auth(token)
            .json(request)
            .timeout(UPLOAD_TIMEOUT);
        self.send(upload).await
    }

    /// `GET /api/v1/employer/applicants/{id}/documents/{number}`: a 応募書類 of an applicant.
    pub async fn applicant_document(
        &self,
        token: &str,
        id: i64,
        number: i32,
    ) -> Result<Vec<u8>, ClientError> {
        self.document(token, ["employer", "applicants"], id, number)
            .await
    }

    /// `GET /api/v1/mypage/applications/{id}/documents/{number}`: a 応募書類 the seeker sent.
    pub async fn my_document(
        &self,
        token: &str,
        id: i64,
        number: i32,
    ) -> Result<Vec<u8>, ClientError> {
        self.document(token, ["mypage", "applications"], id, number)
            .await
    }

    /// Document `number` of application `id` under `/api/v1/{area}/{collection}`.
    async fn document(
        &self,
        token: &str,
        [area, collection]: [&str; 2],
        id: i64,
        number: i32,
    ) -> Result<Vec<u8>, ClientError> {
        let (id, number) = (id.to_string(), number.to_string());
        let url = self.url(&["api", "v1", area, collection, &id, "documents", &number])?;
        self.send_bytes(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/mypage/applications`: the seeker's applications, newest first.
    pub async fn my_applications(&self, token: &str) -> Result<Vec<MyApplication>, ClientError> {
        let url = self.url(&MY_APPLICATIONS)?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/mypage/applications/{id}/withdraw`: 辞退 of an application 選考中.
    pub async fn withdraw_application(
        &self,
        token: &str,
        id: i64,
    ) -> Result<MyApplication, ClientError> {
        let id = id.to_string();
        let url = self.url(&["api", "v1", "mypage", "applications", &id, "withdraw"])?;
        self.send(self.http.post(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/employer/jobs/{job_number}/applicants`: one posting's applicants.
    pub async fn applicants(
        &self,
        token: &str,
        job_number: &str,
    ) -> Result<Vec<Applicant>, ClientError> {
        let url = self.url(&["api", "v1", "employer", "jobs", job_number, "applicants"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/employer/applicants/{id}`: one applicant opened.
    pub async fn applicant(&self, token: &str, id: i64) -> Result<ApplicantDetail, ClientError> {
        let id = id.to_string();
        let url = self.url(&["api", "v1", "employer", "applicants", &id])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/employer/applicants/{id}/result`: 採否.
    pub async fn record_result(
        &self,
        token: &str,
        id: i64,
        result: &ApplicationResult,
    ) -> Result<ApplicantDetail, ClientError> {
        let id = id.to_string();
        self.post_json(
            &["api", "v1", "employer", "applicants", &id, "result"],
            result,
            Some(token),
        )
        .await
    }

    /// `POST /api/v1/counselor/seekers/{seeker_number}/referrals`: 紹介, 201.
    pub async fn refer_seeker(
        &self,
        token: &str,
        seeker_number: &str,
        request: &ReferralRequest,
    ) -> Result<MyApplication, ClientError> {
        self.post_json(
            &[
                "api",
                "v1",
                "counselor",
                "seekers",
                seeker_number,
                "referrals",
            ],
            request,
            Some(token),
        )
        .await
    }

    /// `GET /api/v1/counselor/seekers/{seeker_number}/applications`: a seeker's applications.
    pub async fn seeker_applications(
        &self,
        token: &str,
        seeker_number: &str,
    ) -> Result<Vec<MyApplication>, ClientError> {
        let url = self.url(&[
            "api",
            "v1",
            "counselor",
            "seekers",
            seeker_number,
            "applications",
        ])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/employer/applicants/{id}/referral-letter`: the 紹介状 PDF.
    pub async fn applicant_referral_letter(
        &self,
        token: &str,
        id: i64,
    ) -> Result<Vec<u8>, ClientError> {
        let id = id.to_string();
        let url = self.url(&[
            "api",
            "v1",
            "employer",
            "applicants",
            &id,
            "referral-letter",
        ])?;
        self.send_bytes(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/mypage/applications/{id}/referral-letter`: the 紹介状 PDF.
    pub async fn my_referral_letter(&self, token: &str, id: i64) -> Result<Vec<u8>, ClientError> {
        let id = id.to_string();
        let url = self.url(&[
            "api",
            "v1",
            "mypage",
            "applications",
            &id,
            "referral-letter",
        ])?;
        self.send_bytes(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/mypage/activity-report.{csv,pdf}`: 求職活動実績 of `from`–`to`.
    pub async fn activity_report(
        &self,
        token: &str,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
        pdf: bool,
    ) -> Result<Vec<u8>, ClientError> {
        let file = if pdf {
            "activity-report.pdf"
        } else {
            "activity-report.csv"
        };
        let mut url = self.url(&["api", "v1", "mypage", file])?;
        url.query_pairs_mut()
            .append_pair("from", &from.to_string())
            .append_pair("to", &to.to_string());
        self.send_bytes(self.http.get(url).bearer_auth(token)).await
    }
}
