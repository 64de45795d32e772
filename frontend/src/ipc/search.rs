//! `search_jobs`, `get_job`, `offices` and `service_status`: the public search, a 求人票, the
//! office directory, and the service the app uses.

use serde::Serialize;
use shigoto_shared::{
    ApiError, JobSearchParams, JobSearchResults, JobSheet, OfficeDirectory, SavedDocument,
    ServiceStatus,
};

use super::{call, NoArgs};

#[derive(Serialize)]
struct SearchArgs<'a> {
    params: &'a JobSearchParams,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GetJobArgs<'a> {
    job_number: &'a str,
}

/// `search_jobs`: one page of results.
pub async fn search_jobs(params: &JobSearchParams) -> Result<JobSearchResults, ApiError> {
    call("search_jobs", &SearchArgs { params }).await
}

/// `get_job`: the full 求人票.
pub async fn get_job(job_number: &str) -> Result<JobSheet, ApiError> {
    call("get_job", &GetJobArgs { job_number }).await
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OfficesArgs<'a> {
    prefecture_code: &'a str,
}

/// `offices`: a prefecture's Hello Work offices and their jurisdictions.
pub async fn offices(prefecture_code: &str) -> Result<OfficeDirectory, ApiError> {
    call("offices", &OfficesArgs { prefecture_code }).await
}

/// `save_job_sheet_pdf`: the 求人票 as a PDF in the downloads folder.
pub async fn save_job_sheet_pdf(job_number: &str) -> Result<SavedDocument, ApiError> {
    call("save_job_sheet_pdf", &GetJobArgs { job_number }).await
}

/// `service_status`: which service the app uses and whether it answers.
pub async fn service_status() -> Result<ServiceStatus, ApiError> {
    call("service_status", &NoArgs {}).await
}
