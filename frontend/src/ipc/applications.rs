//! The applications commands: a job seeker's profile as an application sends it, 応募する,
//! their applications and 辞退, introductions sent to them and 応募 from one; an employer's applicants and 採否; a counselor's referrals and
//! a seeker's record; the 紹介状 saved as a PDF.

use serde::Serialize;
use shigoto_shared::{
    ApiError, Applicant, ApplicantDetail, ApplicantProfile, ApplicationRequest, ApplicationResult,
    JobIntroduction, MyApplication, ReceivedRequest, ReferralRequest, SavedDocument,
};

use super::{call, NoArgs, RequestArgs};

#[derive(Serialize)]
struct IdArgs {
    id: i64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JobNumberArgs<'a> {
    job_number: &'a str,
}

#[derive(Serialize)]
struct ResultArgs<'a> {
    id: i64,
    result: &'a ApplicationResult,
}

/// `applicant_profile`: what an application sends about the signed-in job seeker.
pub async fn applicant_profile() -> Result<ApplicantProfile, ApiError> {
    call("applicant_profile", &NoArgs {}).await
}

/// `apply`: 応募する (オンライン自主応募).
pub async fn apply(request: &ApplicationRequest) -> Result<MyApplication, ApiError> {
    call("apply", &RequestArgs { request }).await
}

/// `my_applications`: the job seeker's applications, newest first.
pub async fn my_applications() -> Result<Vec<MyApplication>, ApiError> {
    call("my_applications", &NoArgs {}).await
}

/// `introductions`: オンライン職業紹介 and おすすめ求人 sent to the job seeker, newest first.
pub async fn introductions() -> Result<Vec<JobIntroduction>, ApiError> {
    call("introductions", &NoArgs {}).await
}

/// `activity_news`: introductions and results not shown on 求職活動状況 on this device yet.
pub async fn activity_news() -> Result<u32, ApiError> {
    call("activity_news", &NoArgs {}).await
}

/// `mark_activity_seen`: 求職活動状況 was shown.
pub async fn mark_activity_seen() -> Result<(), ApiError> {
    call("mark_activity_seen", &NoArgs {}).await
}

/// `apply_from_introduction`: 応募 from an online introduction (a referral with its 紹介状).
pub async fn apply_from_introduction(id: i64) -> Result<MyApplication, ApiError> {
    call("apply_from_introduction", &IdArgs { id }).await
}

/// `withdraw_application`: 辞退 of an application still 選考中.
pub async fn withdraw_application(id: i64) -> Result<MyApplication, ApiError> {
    call("withdraw_application", &IdArgs { id }).await
}

/// `applicants`: the applicants of one of the employer's postings.
pub async fn applicants(job_number: &str) -> Result<Vec<Applicant>, ApiError> {
    call("applicants", &JobNumberArgs { job_number }).await
}

/// `applicant`: one applicant.
pub async fn applicant(id: i64) -> Result<ApplicantDetail, ApiError> {
    call("applicant", &IdArgs { id }).await
}

/// `record_result`: 採否 of one applicant.
pub async fn record_result(
    id: i64,
    result: &ApplicationResult,
) -> Result<ApplicantDetail, ApiError> {
    call("record_result", &ResultArgs { id, result }).await
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReferArgs<'a> {
    seeker_number: &'a str,
    request: &'a ReferralRequest,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SeekerNumberArgs<'a> {
    seeker_number: &'a str,
}

/// `refer_seeker`: 紹介 of a seeker to a posting (counselors).
pub async fn refer_seeker(
    seeker_number: &str,
    request: &ReferralRequest,
) -> Result<MyApplication, ApiError> {
    call(
        "refer_seeker",
        &ReferArgs {
            seeker_number,
            request,
        },
    )
    .await
}

/// `seeker_applications`: a seeker's applications and results (counselors).
pub async fn seeker_applications(seeker_number: &str) -> Result<Vec<MyApplication>, ApiError> {
    call("seeker_applications", &SeekerNumberArgs { seeker_number }).await
}

/// `save_referral_letter`: the 紹介状 of an application saved in the downloads folder.
pub async fn save_referral_letter(id: i64) -> Result<SavedDocument, ApiError> {
    call("save_referral_letter", &IdArgs { id }).await
}

#[derive(Serialize)]
struct DocumentArgs {
    id: i64,
    number: i32,
}

/// `save_application_document`: 応募書類 `number` of an application saved in the downloads folder.
pub async fn save_application_document(id: i64, number: i32) -> Result<SavedDocument, ApiError> {
    call("save_application_document", &DocumentArgs { id, number }).await
}

#[derive(Serialize)]
struct ReportArgs {
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    pdf: bool,
}

/// `save_activity_report`: the 求職活動実績 of a period saved in the downloads folder.
pub async fn save_activity_report(
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    pdf: bool,
) -> Result<SavedDocument, ApiError> {
    call("save_activity_report", &ReportArgs { from, to, pdf }).await
}

/// `received_requests`: 応募検討依頼 received, newest first (from the device's copy).
pub async fn received_requests() -> Result<Vec<ReceivedRequest>, ApiError> {
    call("received_requests", &NoArgs {}).await
}

/// `decline_request`: declines a 応募検討依頼.
pub async fn decline_request(id: i64) -> Result<ReceivedRequest, ApiError> {
    call("decline_request", &IdArgs { id }).await
}
