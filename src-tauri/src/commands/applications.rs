//! Commands of applications: a job seeker's profile as an application sends it, 応募する, their
//! applications and 辞退; an employer's applicants and 採否. Allowed to the main window by the
//! `applications` permission (`permissions/applications.toml`); the service checks the role.

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, Applicant, ApplicantDetail, ApplicantProfile, ApplicationRequest, ApplicationResult,
    MyApplication,
};
use tauri::State;

/// What an application sends about the signed-in job seeker.
#[tauri::command]
pub async fn applicant_profile(core: State<'_, DesktopCore>) -> Result<ApplicantProfile, ApiError> {
    core.applicant_profile().await
}

/// 応募する (オンライン自主応募).
#[tauri::command]
pub async fn apply(
    core: State<'_, DesktopCore>,
    request: ApplicationRequest,
) -> Result<MyApplication, ApiError> {
    core.apply(&request).await
}

/// The job seeker's applications, newest first.
#[tauri::command]
pub async fn my_applications(core: State<'_, DesktopCore>) -> Result<Vec<MyApplication>, ApiError> {
    core.my_applications().await
}

/// 辞退 of an application still 選考中.
#[tauri::command]
pub async fn withdraw_application(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<MyApplication, ApiError> {
    core.withdraw_application(id).await
}

/// The applicants of one of the employer's postings.
#[tauri::command]
pub async fn applicants(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<Vec<Applicant>, ApiError> {
    core.applicants(&job_number).await
}

/// One applicant.
#[tauri::command]
pub async fn applicant(core: State<'_, DesktopCore>, id: i64) -> Result<ApplicantDetail, ApiError> {
    core.applicant(id).await
}

/// 採否 of one applicant.
#[tauri::command]
pub async fn record_result(
    core: State<'_, DesktopCore>,
    id: i64,
    result: ApplicationResult,
) -> Result<ApplicantDetail, ApiError> {
    core.record_result(id, &result).await
}
