//! The Tauri shell: builds the window and turns [`DesktopCore`] operations into commands.
//! No logic lives here; errors cross to the web view as `ApiError` JSON (code + Japanese
//! message), and no secret ever does.

use shigoto_desktop_core::{DesktopConfig, DesktopCore};
use shigoto_shared::{ApiError, JobSearchParams, JobSearchResults, JobSheet, ServiceStatus};
use tauri::State;

/// Public job search.
#[tauri::command]
async fn search_jobs(
    core: State<'_, DesktopCore>,
    params: JobSearchParams,
) -> Result<JobSearchResults, ApiError> {
    core.search_jobs(&params).await
}

/// One 求人票.
#[tauri::command]
async fn get_job(core: State<'_, DesktopCore>, job_number: String) -> Result<JobSheet, ApiError> {
    core.job(&job_number).await
}

/// Which service the app uses and whether it answers.
#[tauri::command]
async fn service_status(core: State<'_, DesktopCore>) -> Result<ServiceStatus, ApiError> {
    Ok(core.service_status().await)
}

/// Starts the app; returns when the last window closes.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SHIGOTO_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let config = DesktopConfig::from_env();
    tracing::info!(service = %config.service_url, "starting the desktop app");
    let core = DesktopCore::new(&config)?;
    tauri::Builder::default()
        .manage(core)
        .invoke_handler(tauri::generate_handler![
            search_jobs,
            get_job,
            service_status
        ])
        .run(tauri::generate_context!())?;
    Ok(())
}
