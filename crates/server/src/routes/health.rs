//! `GET /healthz`: liveness and the size of this instance's index.

use axum::extract::State;
use axum::Json;
use shigoto_shared::Health;

use crate::app::AppState;

/// Service health.
#[utoipa::path(get, path = "/healthz", tag = "service",
    responses((status = 200, description = "The service is up", body = Health)))]
pub async fn healthz(State(state): State<AppState>) -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        indexed_jobs: state.index.listed_count(),
    })
}
