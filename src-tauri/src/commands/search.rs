//! Commands of the public search: the search itself, one 求人票 (and its PDF saved), the office
//! directory, and whether the service answers. Allowed to the main window by the `search`
//! permission (`permissions/search.toml`).

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, JobSearchParams, JobSearchResults, JobSheet, OfficeDirectory, SavedDocument,
    ServiceStatus,
};
use tauri::State;

/// Public job search.
#[tauri::command]
pub async fn search_jobs(
    core: State<'_, DesktopCore>,
    params: JobSearchParams,
) -> Result<JobSearchResults, ApiError> {
    core.search_jobs(&params).await
}

/// One 求人票.
#[tauri::command]
pub async fn get_job(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<JobSheet, ApiError> {
    core.job(&job_number).await
}

/// The Hello Work offices of a prefecture and what each one's jurisdiction covers.
#[tauri::command]
pub async fn offices(
    core: State<'_, DesktopCore>,
    prefecture_code: String,
) -> Result<OfficeDirectory, ApiError> {
    core.offices(&prefecture_code).await
}

/// Saves the 求人票 as a printable PDF in the downloads folder.
#[tauri::command]
pub async fn save_job_sheet_pdf(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<SavedDocument, ApiError> {
    core.save_job_sheet_pdf(&job_number).await
}

/// Which service the app uses and whether it answers.
#[tauri::command]
pub async fn service_status(core: State<'_, DesktopCore>) -> Result<ServiceStatus, ApiError> {
    core.service_status().await
}
