//! The OpenAPI document of the HTTP API, generated from the handlers and wire types and served
//! at `GET /api/v1/openapi.json`.

use axum::Json;
use utoipa::OpenApi;

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(title = "Shigoto API", description = "Public job search and job sheets of the Shigoto service."),
    paths(
        crate::routes::health::healthz,
        crate::routes::jobs::search_jobs,
        crate::routes::jobs::get_job,
    ),
    tags(
        (name = "jobs", description = "求人検索と求人票"),
        (name = "service", description = "Service status"),
    )
)]
pub struct ApiDoc;

/// Handler serving the document.
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
