//! [`DesktopCore`]: what the app can do, each operation answering either its data or an
//! [`ApiError`] that the UI shows as is (Japanese message, stable code).

use shigoto_api_client::ApiClient;
use shigoto_domain::JobNumber;
use shigoto_shared::{
    ApiError, ErrorCode, JobSearchParams, JobSearchResults, JobSheet, ServiceStatus,
};

use crate::config::DesktopConfig;

/// Failure to start the core.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error(transparent)]
    Client(#[from] shigoto_api_client::ClientError),
}

/// The app's logic for one signed-out or signed-in session.
pub struct DesktopCore {
    client: ApiClient,
}

impl DesktopCore {
    /// A core talking to the configured service.
    pub fn new(config: &DesktopConfig) -> Result<Self, CoreError> {
        Ok(Self {
            client: ApiClient::new(&config.service_url)?,
        })
    }

    /// Public job search.
    pub async fn search_jobs(
        &self,
        params: &JobSearchParams,
    ) -> Result<JobSearchResults, ApiError> {
        self.client
            .search_jobs(params)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// One job sheet. A malformed number is refused here, before any request.
    pub async fn job(&self, job_number: &str) -> Result<JobSheet, ApiError> {
        let number = JobNumber::parse(job_number).map_err(|err| {
            ApiError::new(ErrorCode::InvalidParameter, err.to_string()).with_field("job_number")
        })?;
        self.client
            .job(number.as_str())
            .await
            .map_err(|err| err.to_api_error())
    }

    /// Whether the service answers now.
    pub async fn service_status(&self) -> ServiceStatus {
        let health = self.client.health().await;
        ServiceStatus {
            base_url: self.client.base_url().to_owned(),
            reachable: health.is_ok(),
            indexed_jobs: health.ok().map(|h| h.indexed_jobs),
        }
    }
}
