//! HTTP routes of the service, under `/api/v1` except `/healthz`.

pub mod health;
pub mod jobs;

use axum::routing::get;
use axum::Router;

use crate::app::AppState;
use crate::error::AppError;

/// The whole router.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/api/v1/openapi.json", get(crate::openapi::document))
        .route("/api/v1/jobs", get(jobs::search_jobs))
        .route("/api/v1/jobs/{job_number}", get(jobs::get_job))
        .fallback(|| async { AppError::not_found("このURLは存在しません。") })
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}
