//! Public job search (`GET /api/v1/jobs`) and the job sheet (`GET /api/v1/jobs/{job_number}`),
//! open to everyone without an account; a signed-in caller (bearer token) sees what their
//! role and registration allow (`domain::visibility`).

use axum::extract::{RawQuery, State};
use axum::Json;
use shigoto_domain::limits::MAX_QUERY_BYTES;
use shigoto_domain::visibility;
use shigoto_domain::JobNumber;
use shigoto_i18n::key;
use shigoto_shared::{ApiError, ErrorCode, JobSearchParams, JobSearchResults, JobSheet};

use crate::app::AppState;
use crate::auth::viewer::Viewing;
use crate::error::AppError;
use crate::extract::ApiPath;

/// Public search over open postings.
#[utoipa::path(get, path = "/api/v1/jobs", tag = "jobs",
    params(JobSearchParams),
    responses(
        (status = 200, description = "A page of matching postings", body = JobSearchResults),
        (status = 400, description = "A condition is malformed or out of range", body = ApiError),
    ))]
pub async fn search_jobs(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    RawQuery(query): RawQuery,
) -> Result<Json<JobSearchResults>, AppError> {
    if query.as_ref().is_some_and(|q| q.len() > MAX_QUERY_BYTES) {
        return Err(AppError::texted_at(
            ErrorCode::InvalidParameter,
            "query",
            key!("error-query-too-long"),
            &[("max", MAX_QUERY_BYTES.to_string())],
        ));
    }
    let params: JobSearchParams = serde_urlencoded::from_str(query.as_deref().unwrap_or(""))
        .map_err(|err| {
            AppError::texted_at(
                ErrorCode::InvalidParameter,
                "query",
                key!("error-query-malformed"),
                &[("cause", err.to_string())],
            )
        })?;
    let today = state.clock.today();
    let conditions = shigoto_domain::search::validate(&params, today)
        .map_err(|err| AppError::invalid(err.field, err.message))?;
    let index = state.index.clone();
    let query = conditions.clone();
    let hits = tokio::task::spawn_blocking(move || index.search(&query, today)).await??;
    let items = hits
        .items
        .into_iter()
        .map(|(mut summary, publication)| {
            if visibility::hides_employer(publication, viewer) {
                summary.employer_name = None;
            }
            summary
        })
        .collect();
    Ok(Json(JobSearchResults {
        total: hits.total,
        page: conditions.page,
        per_page: conditions.per_page,
        sort: conditions.sort,
        items,
    }))
}

/// The full 求人票 of one posting, as the public may see it.
#[utoipa::path(get, path = "/api/v1/jobs/{job_number}", tag = "jobs",
    params(("job_number" = String, Path, description = "求人番号, NNNNN-NNNNNNNN")),
    responses(
        (status = 200, description = "The job sheet", body = JobSheet),
        (status = 400, description = "Not a 求人番号", body = ApiError),
        (status = 404, description = "No such published posting", body = ApiError),
    ))]
pub async fn get_job(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    ApiPath(job_number): ApiPath<String>,
) -> Result<Json<JobSheet>, AppError> {
    let number = JobNumber::parse(&job_number)
        .map_err(|err| AppError::invalid("job_number", err.to_string()))?;
    let db = state.db.clone();
    let key = number.as_str().to_owned();
    let stored = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        shigoto_server_db::jobs::find(&mut conn, &key)
    })
    .await??;
    stored
        .and_then(|job| visibility::sheet_for(&job.sheet, viewer))
        .map(Json)
        .ok_or_else(|| {
            AppError::texted(
                ErrorCode::NotFound,
                key!("error-no-such-job"),
                &[("number", number.to_string())],
            )
        })
}
