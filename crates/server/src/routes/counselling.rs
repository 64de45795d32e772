//! 職業相談 at the counter: a counselor of the seeker's prefecture records a counselling session
//! (`POST /api/v1/counselor/seekers/{n}/counselling`), which, held in the last month of a
//! 本登録, extends it in the same transaction; and lists the seeker's sessions
//! (`GET /api/v1/counselor/seekers/{n}/counselling`). Seekers of other prefectures answer 404.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use shigoto_domain::counselling::{self as rules, CounsellingRefused, MAX_LISTED};
use shigoto_server_db::counselling::{self, NewSession, Session};
use shigoto_server_db::{seekers, AnyConnection};
use shigoto_shared::{
    ApiError, CounsellingRecord, CounsellingRecorded, CounsellingRequest, CounsellingTopic,
    CounselorActionKind, ErrorCode, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::counselor::counselor_of;
use crate::routes::seeker_record::{record_of, registration_of, seeker_of_prefecture};

/// A stored session as the record lists it.
fn record(session: Session) -> Result<CounsellingRecord, AppError> {
    Ok(CounsellingRecord {
        id: session.id,
        held_on: session.held_on,
        topic: CounsellingTopic::from_wire(&session.topic)
            .ok_or_else(|| AppError::internal(format!("unknown topic {}", session.topic)))?,
        note: session.note,
        counselor_name: session.counselor_name,
        office_name: session.office_name,
    })
}

fn refused(refusal: CounsellingRefused) -> AppError {
    let field = match refusal {
        CounsellingRefused::NoteTooLong => "note",
        _ => "held_on",
    };
    AppError::text_at(ErrorCode::InvalidParameter, field, refusal.text())
}

/// The seeker's sessions, newest first.
pub fn sessions_of(
    conn: &mut AnyConnection,
    seeker_id: i64,
) -> Result<Vec<CounsellingRecord>, AppError> {
    counselling::of_seeker(conn, seeker_id, MAX_LISTED)?
        .into_iter()
        .map(record)
        .collect()
}

/// Records a 職業相談.
#[utoipa::path(post, path = "/api/v1/counselor/seekers/{seeker_number}/counselling", tag = "counselor",
    params(("seeker_number" = String, Path, description = "求職番号")),
    request_body = CounsellingRequest,
    responses(
        (status = 201, description = "Recorded; the seeker's record after it", body = CounsellingRecorded),
        (status = 400, description = "相談日 in the future, too long ago or before the application; note too long", body = ApiError),
        (status = 404, description = "No such seeker in the counselor's prefecture", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn record_session(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
    ApiJson(request): ApiJson<CounsellingRequest>,
) -> Result<(StatusCode, Json<CounsellingRecorded>), AppError> {
    caller.require(Role::Counselor)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let recorded = tokio::task::spawn_blocking(move || -> Result<CounsellingRecorded, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let seeker = seeker_of_prefecture(conn, &caller, &number)?;
        let counselor = counselor_of(conn, &caller)?;
        rules::check_request(&request, seeker.applied_on, today).map_err(refused)?;
        let registration = registration_of(&seeker, today)?;
        let note = request.note.trim();
        let id = shigoto_server_db::write_transaction(conn, |conn| {
            let id = counselling::insert(
                conn,
                &NewSession {
                    seeker_id: seeker.id,
                    counselor_id: caller.account_id,
                    office_code: &counselor.office_code,
                    held_on: request.held_on,
                    topic: request.topic.as_str(),
                    note,
                    created_at: now,
                },
            )?;
            extend(conn, &seeker, registration, request.held_on, now)?;
            let kind = CounselorActionKind::Counselling;
            crate::audit::record_on_seeker(conn, &caller, kind, &seeker.seeker_number, now)?;
            Ok::<_, AppError>(id)
        })?;
        let session = counselling::find(conn, id)?
            .ok_or_else(|| AppError::internal("a recorded session is gone"))?;
        let seeker = seekers::find(conn, seeker.id)?
            .ok_or_else(|| AppError::internal("a counselled seeker is gone"))?;
        Ok(CounsellingRecorded {
            session: record(session)?,
            seeker: record_of(conn, seeker, today)?,
        })
    })
    .await??;
    tracing::info!(
        session = recorded.session.id,
        seeker_number = %recorded.seeker.seeker_number,
        "counselling recorded"
    );
    Ok((StatusCode::CREATED, Json(recorded)))
}

/// Carries the registration a month further when the session was in its last month (a
/// concurrent extension that came first leaves it as it is).
fn extend(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    registration: shigoto_shared::RegistrationStatus,
    held_on: NaiveDate,
    now: chrono::NaiveDateTime,
) -> Result<(), AppError> {
    let extended = rules::validity_after(registration, seeker.valid_until, held_on);
    if extended != seeker.valid_until {
        seekers::renew_validity(conn, seeker.id, seeker.valid_until, extended, now)?;
    }
    Ok(())
}

/// The seeker's 職業相談, newest first.
#[utoipa::path(get, path = "/api/v1/counselor/seekers/{seeker_number}/counselling", tag = "counselor",
    params(("seeker_number" = String, Path, description = "求職番号")),
    responses(
        (status = 200, body = [CounsellingRecord]),
        (status = 404, description = "No such seeker in the counselor's prefecture", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<Vec<CounsellingRecord>>, AppError> {
    caller.require(Role::Counselor)?;
    let db = state.db.clone();
    let listed = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let seeker = seeker_of_prefecture(&mut conn, &caller, &number)?;
        sessions_of(&mut conn, seeker.id)
    })
    .await??;
    Ok(Json(listed))
}
