//! Types that only cross the boundary between the Yew front end and the Tauri commands.
//!
//! Command errors are [`crate::ApiError`] values too: the desktop core maps a failed HTTP call
//! to the service's own error body, and adds [`crate::ErrorCode::ServiceUnreachable`].

use serde::{Deserialize, Serialize};

/// Answer of the `service_status` command: which service the app talks to and whether it
/// answered just now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceStatus {
    pub base_url: String,
    pub reachable: bool,
    /// Postings the service has indexed, when it answered.
    pub indexed_jobs: Option<u64>,
}
