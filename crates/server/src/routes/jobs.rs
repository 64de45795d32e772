//! Public job search (`GET /api/v1/jobs`), the job sheet (`GET /api/v1/jobs/{job_number}`) and
//! its printable PDF (`…/pdf`, in the language asked for), open to everyone without an account;
//! a signed-in caller (bearer token) sees what their role and registration allow
//! (`domain::visibility`), and a job seeker's search leaves out the employers they hid.

use axum::extract::{RawQuery, State};
use axum::response::Response;
use axum::Json;
use shigoto_domain::limits::MAX_QUERY_BYTES;
use shigoto_domain::visibility;
use shigoto_domain::JobNumber;
use shigoto_i18n::key;
use shigoto_shared::{
    ApiError, ErrorCode, JobSearchParams, JobSearchResults, JobSheet, SearchFacets,
};

use crate::app::AppState;
use crate::auth::viewer::{Searcher, Viewing};
use crate::error::AppError;
use crate::extract::ApiPath;
use crate::routes::download::attachment;

/// Public search over open postings, with the counts beside each choice of the form.
#[utoipa::path(get, path = "/api/v1/jobs", tag = "jobs",
    params(JobSearchParams),
    responses(
        (status = 200, description = "A page of matching postings and the facet counts", body = JobSearchResults),
        (status = 400, description = "A condition is malformed or out of range", body = ApiError),
    ))]
pub async fn search_jobs(
    State(state): State<AppState>,
    searcher: Searcher,
    RawQuery(query): RawQuery,
) -> Result<Json<JobSearchResults>, AppError> {
    let Searcher {
        viewer,
        hidden_employers,
    } = searcher;
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
    let mut conditions = shigoto_domain::search::validate(&params, today)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, err.field, err.message))?;
    let hidden_count = u32::try_from(hidden_employers.len()).unwrap_or(u32::MAX);
    conditions.hidden_employers = hidden_employers;
    let index = state.index.clone();
    let query = conditions.clone();
    // The similar postings of one line are listed without counting the form's choices again.
    let (hits, facets) = tokio::task::spawn_blocking(move || {
        if query.similar_to.is_some() {
            Ok((index.search(&query, today)?, SearchFacets::default()))
        } else {
            index.search_with_facets(&query, today)
        }
    })
    .await??;
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
        distinct: hits.distinct,
        page: conditions.page,
        per_page: conditions.per_page,
        sort: conditions.sort,
        items,
        facets,
        hidden_employers: hidden_count,
        new_since: None,
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
    sheet_for(&state, viewer, &job_number).await.map(Json)
}

/// The published sheet of `job_number` as `viewer` may see it, else the reason why not.
async fn sheet_for(
    state: &AppState,
    viewer: visibility::Viewer,
    job_number: &str,
) -> Result<JobSheet, AppError> {
    let number = JobNumber::parse(job_number)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "job_number", err.text()))?;
    let db = state.db.clone();
    let key = number.as_str().to_owned();
    let stored = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        shigoto_server_db::jobs::find(&mut conn, &key)
    })
    .await??;
    stored
        .and_then(|job| visibility::sheet_for(&job.sheet, viewer))
        .ok_or_else(|| {
            AppError::texted(
                ErrorCode::NotFound,
                key!("error-no-such-job"),
                &[("number", number.to_string())],
            )
        })
}

/// The 求人票 as a printable A4 PDF in the language asked for, as the viewer may see it.
#[utoipa::path(get, path = "/api/v1/jobs/{job_number}/pdf", tag = "jobs",
    params(("job_number" = String, Path, description = "求人番号, NNNNN-NNNNNNNN")),
    responses(
        (status = 200, description = "The job sheet as PDF", content_type = "application/pdf", body = Vec<u8>),
        (status = 400, description = "Not a 求人番号", body = ApiError),
        (status = 404, description = "No such published posting", body = ApiError),
    ))]
pub async fn get_job_pdf(
    State(state): State<AppState>,
    Viewing(viewer): Viewing,
    ApiPath(job_number): ApiPath<String>,
) -> Result<Response, AppError> {
    let sheet = sheet_for(&state, viewer, &job_number).await?;
    let texts = shigoto_i18n::catalogue(crate::language::current());
    let text = shigoto_sheet_text::job_sheet_text(texts, &sheet);
    let fonts = state.fonts.clone();
    let pdf = tokio::task::spawn_blocking(move || shigoto_documents::job_sheet_pdf(&fonts, &text))
        .await?
        .map_err(AppError::internal)?;
    let file = format!("job-sheet-{}.pdf", sheet.job_number);
    Ok(attachment("application/pdf", &file, pdf))
}
