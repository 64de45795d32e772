//! [`DesktopCore`] operations of applications: a job seeker's profile as an application sends
//! it, 応募する, their applications (read from the device's cache, which sync keeps) and 辞退; an employer's applicants of a posting, one
//! applicant, and 採否; a counselor's referrals and a seeker's record; the 紹介状 saved as a PDF.
//! The service checks who may do what; these only carry the session.

use shigoto_shared::{
    ApiError, Applicant, ApplicantDetail, ApplicantProfile, ApplicationRequest, ApplicationResult,
    JobIntroduction, MyApplication, ReferralRequest, Role, SavedDocument,
};

use super::DesktopCore;
use crate::mypage::MyPage;

impl DesktopCore {
    /// What an application sends about the signed-in job seeker.
    pub async fn applicant_profile(&self) -> Result<ApplicantProfile, ApiError> {
        self.as_signed_in(async |client, token| client.applicant_profile(token).await)
            .await
    }

    /// 応募する (オンライン自主応募).
    pub async fn apply(&self, request: &ApplicationRequest) -> Result<MyApplication, ApiError> {
        let applied = self
            .as_signed_in(async |client, token| client.apply(token, request).await)
            .await?;
        tracing::info!(application = applied.id, "applied");
        // The device's copy follows at once: 求職活動状況 reads it.
        self.sync_now();
        Ok(applied)
    }

    /// The signed-in job seeker's applications, newest first, as last synced (from this
    /// device's cache: no network, so 求職活動状況 opens offline).
    pub fn my_applications(&self) -> Result<Vec<MyApplication>, ApiError> {
        self.with_mypage(MyPage::applications)
    }

    /// オンライン職業紹介 and おすすめ求人 sent to the signed-in job seeker, newest first (from
    /// this device's cache).
    pub fn introductions(&self) -> Result<Vec<JobIntroduction>, ApiError> {
        self.with_mypage(MyPage::introductions)
    }

    /// Introductions and results not shown on 求職活動状況 on this device yet (the menu's count).
    pub fn activity_news(&self) -> Result<u32, ApiError> {
        self.with_mypage(MyPage::activity_news)
    }

    /// 求職活動状況 was shown: what it shows counts as seen.
    pub fn mark_activity_seen(&self) -> Result<(), ApiError> {
        self.with_mypage(MyPage::mark_activity_seen)
    }

    /// Applies from an online introduction: a referral with its 紹介状.
    pub async fn apply_from_introduction(&self, id: i64) -> Result<MyApplication, ApiError> {
        let applied = self
            .as_signed_in(async |client, token| client.apply_from_introduction(token, id).await)
            .await?;
        tracing::info!(application = applied.id, "applied from an introduction");
        self.sync_now();
        Ok(applied)
    }

    /// 辞退 of one of the seeker's applications still 選考中.
    pub async fn withdraw_application(&self, id: i64) -> Result<MyApplication, ApiError> {
        let withdrawn = self
            .as_signed_in(async |client, token| client.withdraw_application(token, id).await)
            .await?;
        self.sync_now();
        Ok(withdrawn)
    }

    /// The applicants of one of the signed-in employer's postings.
    pub async fn applicants(&self, job_number: &str) -> Result<Vec<Applicant>, ApiError> {
        self.as_signed_in(async |client, token| client.applicants(token, job_number).await)
            .await
    }

    /// One applicant of the employer's postings.
    pub async fn applicant(&self, id: i64) -> Result<ApplicantDetail, ApiError> {
        self.as_signed_in(async |client, token| client.applicant(token, id).await)
            .await
    }

    /// 採否 of one applicant.
    pub async fn record_result(
        &self,
        id: i64,
        result: &ApplicationResult,
    ) -> Result<ApplicantDetail, ApiError> {
        self.as_signed_in(async |client, token| client.record_result(token, id, result).await)
            .await
    }

    /// 紹介: a counselor refers a seeker of their prefecture to a posting.
    pub async fn refer_seeker(
        &self,
        seeker_number: &str,
        request: &ReferralRequest,
    ) -> Result<MyApplication, ApiError> {
        self.as_signed_in(async |client, token| {
            client.refer_seeker(token, seeker_number, request).await
        })
        .await
    }

    /// A seeker's applications and results, for a counselor.
    pub async fn seeker_applications(
        &self,
        seeker_number: &str,
    ) -> Result<Vec<MyApplication>, ApiError> {
        self.as_signed_in(async |client, token| {
            client.seeker_applications(token, seeker_number).await
        })
        .await
    }

    /// Saves the 紹介状 of application `id` in the downloads folder: the employer's copy of an
    /// applicant's, or the signed-in seeker's own.
    pub async fn save_referral_letter(&self, id: i64) -> Result<SavedDocument, ApiError> {
        let role = self.session().map(|session| session.account.role);
        let pdf = self
            .as_signed_in(async |client, token| match role {
                Some(Role::Employer) => client.applicant_referral_letter(token, id).await,
                _ => client.my_referral_letter(token, id).await,
            })
            .await?;
        crate::documents::save(
            &self.downloads_dir,
            &crate::language::texts().t_with(
                "desktop-file-referral-letter",
                &[("id", format!("{id:08}").into())],
            ),
            &pdf,
        )
    }

    /// Saves 応募書類 `number` of application `id` in the downloads folder: the employer's copy
    /// of an applicant's, or the signed-in seeker's own. Its name on disk is made here (the
    /// name the seeker gave it is shown, never used as a path).
    pub async fn save_application_document(
        &self,
        id: i64,
        number: i32,
    ) -> Result<SavedDocument, ApiError> {
        let role = self.session().map(|session| session.account.role);
        let pdf = self
            .as_signed_in(async |client, token| match role {
                Some(Role::Employer) => client.applicant_document(token, id, number).await,
                _ => client.my_document(token, id, number).await,
            })
            .await?;
        crate::documents::save(
            &self.downloads_dir,
            &crate::language::texts().t_with(
                "desktop-file-application-document",
                &[
                    ("id", format!("{id:08}").into()),
                    ("number", number.to_string().into()),
                ],
            ),
            &pdf,
        )
    }

    /// Saves the 求職活動実績 of `from`–`to` in the downloads folder, as a PDF or a CSV.
    pub async fn save_activity_report(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
        pdf: bool,
    ) -> Result<SavedDocument, ApiError> {
        let bytes = self
            .as_signed_in(async |client, token| client.activity_report(token, from, to, pdf).await)
            .await?;
        let extension = if pdf { "pdf" } else { "csv" };
        crate::documents::save(
            &self.downloads_dir,
            &crate::language::texts().t_with(
                "desktop-file-activity-report",
                &[
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                    ("extension", extension.into()),
                ],
            ),
            &bytes,
        )
    }
}
