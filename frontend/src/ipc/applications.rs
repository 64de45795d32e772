//! The applications commands: a job seeker's profile as an application sends it, 応募する,
//! their applications and 辞退; an employer's applicants and 採否.

use serde::Serialize;
use shigoto_shared::{
    ApiError, Applicant, ApplicantDetail, ApplicantProfile, ApplicationRequest, ApplicationResult,
    MyApplication,
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
