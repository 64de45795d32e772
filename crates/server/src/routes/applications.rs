//! A job seeker's applications (`/api/v1/mypage/applications…`): the profile an application
//! sends (`GET /api/v1/mypage/applicant-profile`), 応募する (オンライン自主応募: both warnings
//! confirmed, a 本登録 whose 求職状態 is 有効, an open posting that accepts online applications,
//! once per posting), the seeker's applications newest first, and 辞退 of one in progress.
//! Applying in the registration's last month extends it by a month, in the same transaction.

use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::application::{self as rules, ApplyRefused, Decider};
use shigoto_domain::visibility::{self, Viewer};
use shigoto_domain::{seeking, JobNumber};
use shigoto_i18n::Text;
use shigoto_server_db::applications;
use shigoto_server_db::{jobs, seekers, AnyConnection};
use shigoto_shared::{
    ApiError, ApplicantProfile, ApplicationKind, ApplicationRequest, ApplicationStatus, ErrorCode,
    MyApplication, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::application_views::{
    applications_of, documents_of_one, end_selection, file_application, my_application, profile_of,
    refused, seeker_of, status_of, viewer_of, Filing,
};
use crate::routes::seeker_record::registration_of;

/// Most applications the seeker's list answers (newest first).
const MAX_LISTED: i64 = 1000;

/// Runs `work` on a blocking thread with a connection and the signed-in seeker.
pub(crate) async fn as_seeker<T: Send + 'static>(
    state: &AppState,
    caller: Caller,
    work: impl FnOnce(&mut AnyConnection, seekers::Seeker) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    caller.require(Role::Seeker)?;
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let seeker = seeker_of(&mut conn, &caller)?;
        work(&mut conn, seeker)
    })
    .await?
}

/// The profile an application sends: what Hello Work holds of the signed-in seeker.
#[utoipa::path(get, path = "/api/v1/mypage/applicant-profile", tag = "applications",
    responses(
        (status = 200, body = ApplicantProfile),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn profile(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<ApplicantProfile>, AppError> {
    let profile = as_seeker(&state, caller, |_, seeker| Ok(profile_of(&seeker))).await?;
    Ok(Json(profile))
}

/// 応募する: an online self-application to a posting.
#[utoipa::path(post, path = "/api/v1/mypage/applications", tag = "applications",
    request_body = ApplicationRequest,
    responses(
        (status = 201, description = "Applied; 選考中", body = MyApplication),
        (status = 400, description = "Warnings not confirmed, message too long, a document refused (not a PDF, over 5 MB, more than three), or not a 求人番号", body = ApiError),
        (status = 404, description = "No such posting for this seeker", body = ApiError),
        (status = 409, description = "仮登録, 求職状態 無効, posting closed or without online application, or applied already", body = ApiError),
        (status = 503, description = "Too many applications with documents at once; retry later", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn apply(
    State(state): State<AppState>,
    caller: Caller,
    body: Request,
) -> Result<(StatusCode, Json<MyApplication>), AppError> {
    // Who asks is known before the body is read: only a seeker's upload takes a place at the
    // gate, and it keeps it until the application is stored.
    caller.require(Role::Seeker)?;
    let _admitted = state.uploads.enter(body.headers())?;
    let ApiJson(request) = ApiJson::<ApplicationRequest>::from_request(body, &state).await?;
    let job_number = JobNumber::parse(&request.job_number)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "job_number", err.text()))?;
    rules::check_request(&request).map_err(refused)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let applied = as_seeker(&state, caller, move |conn, seeker| {
        let job = jobs::find(conn, job_number.as_str())?
            .filter(|job| visibility::is_visible(job.sheet.publication, Viewer::RegisteredSeeker))
            .ok_or_else(|| {
                AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting"))
            })?;
        let registration = registration_of(&seeker, today)?;
        let state_today = seeking::state_on(registration, seeker.valid_until, today);
        rules::check_self_application(&request, registration, state_today, &job.sheet, today)
            .map_err(refused)?;
        let stored = file_application(
            conn,
            &seeker,
            &job,
            Filing {
                kind: ApplicationKind::SelfApplied,
                message: request.message.trim(),
                referred_by: None,
                letter: None,
                documents: &request.documents,
            },
            (today, now),
            || refused(ApplyRefused::AlreadyApplied),
        )?;
        let documents = documents_of_one(conn, stored.id)?;
        let mail_to = crate::notify::employer_recipient(conn, job.employer_id)?;
        Ok((
            my_application(&stored, &job, Viewer::RegisteredSeeker, documents)?,
            mail_to,
        ))
    })
    .await?;
    let (applied, mail_to) = applied;
    crate::routes::introductions::tell_employer(&state, mail_to);
    tracing::info!(application = applied.id, job_number = %applied.job_number, "self-application");
    Ok((StatusCode::CREATED, Json(applied)))
}

/// The signed-in seeker's applications, newest first: 選考中 and ended (採用, 不採用, 辞退, 取消).
#[utoipa::path(get, path = "/api/v1/mypage/applications", tag = "applications",
    responses(
        (status = 200, body = [MyApplication]),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn list_mine(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<MyApplication>>, AppError> {
    let today = state.clock.today();
    let list = as_seeker(&state, caller, move |conn, seeker| {
        let viewer = viewer_of(&seeker, today)?;
        applications_of(conn, &seeker, viewer, MAX_LISTED)
    })
    .await?;
    Ok(Json(list))
}

/// 辞退: the seeker withdraws an application still 選考中.
#[utoipa::path(post, path = "/api/v1/mypage/applications/{id}/withdraw", tag = "applications",
    params(("id" = i64, Path, description = "The application")),
    responses(
        (status = 200, description = "Withdrawn (辞退)", body = MyApplication),
        (status = 404, description = "Not one of the seeker's applications", body = ApiError),
        (status = 409, description = "The selection has ended already", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn withdraw(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<MyApplication>, AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let withdrawn = as_seeker(&state, caller, move |conn, seeker| {
        let application = applications::find(conn, id)?
            .filter(|application| application.seeker_id == seeker.id)
            .ok_or_else(|| {
                AppError::text(
                    ErrorCode::NotFound,
                    Text::new("service-no-such-application"),
                )
            })?;
        let current = status_of(&application)?;
        let declined = ApplicationStatus::Declined;
        rules::check_decision(Decider::Seeker, current, declined, "")
            .map_err(|refusal| AppError::text(ErrorCode::Conflict, refusal.text()))?;
        end_selection(conn, &application, (current, declined), None, (today, now))?;
        let job = jobs::find_by_ids(conn, &[application.job_id])?
            .into_iter()
            .next()
            .ok_or_else(|| AppError::internal("an application's posting is gone"))?;
        let viewer = viewer_of(&seeker, today)?;
        let withdrawn = applications::find(conn, id)?
            .ok_or_else(|| AppError::internal("a withdrawn application is gone"))?;
        let documents = documents_of_one(conn, id)?;
        my_application(&withdrawn, &job, viewer, documents)
    })
    .await?;
    tracing::info!(application = id, "application withdrawn by the seeker");
    Ok(Json(withdrawn))
}
