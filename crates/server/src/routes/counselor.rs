//! Counselors' functions: counter registration of a job seeker (求職登録), which gives the
//! 求職番号 and the email used to open a MyPage later; and the list and completion (本登録) of
//! online provisional applications within 14 days.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::Days;
use shigoto_domain::account::{provisional_deadline, registration_valid_until, seeker_number};
use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use shigoto_i18n::{key, Text};
use shigoto_server_db::{counselors, offices, seekers, AnyConnection};
use shigoto_shared::{
    ApiError, CounselorActionKind, CounterRegistration, ErrorCode, ProvisionalSeeker,
    RegisteredSeeker, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::seeker_record::seeker_of_prefecture;

/// The counselor record of the caller (403 without one).
pub fn counselor_of(
    conn: &mut AnyConnection,
    caller: &Caller,
) -> Result<counselors::Counselor, AppError> {
    counselors::find(conn, caller.account_id)?.ok_or_else(|| {
        AppError::text(
            ErrorCode::Forbidden,
            Text::new("service-no-counselor-record"),
        )
    })
}

/// The prefecture whose registrations the caller's office handles.
pub fn counselor_prefecture(conn: &mut AnyConnection, caller: &Caller) -> Result<String, AppError> {
    let office = counselor_of(conn, caller)?.office_code;
    Ok(offices::find(conn, &office)?
        .map(|o| o.prefecture_code)
        .unwrap_or_else(|| office.chars().take(2).collect()))
}

pub(crate) fn registered(seeker: seekers::Seeker) -> RegisteredSeeker {
    RegisteredSeeker {
        seeker_number: seeker.seeker_number,
        name: seeker.name,
        email: seeker.email,
        valid_until: seeker.valid_until,
    }
}

/// Records a job seeker at the counter.
#[utoipa::path(post, path = "/api/v1/counselor/seekers", tag = "counselor",
    request_body = CounterRegistration,
    responses(
        (status = 201, description = "Registered; the 求職番号 is in the answer", body = RegisteredSeeker),
        (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn register_seeker(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<CounterRegistration>,
) -> Result<(StatusCode, Json<RegisteredSeeker>), AppError> {
    caller.require(Role::Counselor)?;
    let today = state.clock.today();
    let person = shigoto_domain::person::check(
        &request.name,
        &request.name_kana,
        request.birth_date,
        &request.prefecture_code,
        today,
    )
    .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, err.field, err.message))?;
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let registered = tokio::task::spawn_blocking(move || -> Result<RegisteredSeeker, AppError> {
        let mut conn = db.connection()?;
        let office = counselor_of(&mut conn, &caller)?.office_code;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            let seeker = seekers::insert(
                conn,
                &seekers::NewSeeker {
                    name: &person.name,
                    name_kana: &person.name_kana,
                    birth_date: person.birth_date,
                    email: &email,
                    prefecture_code: &person.prefecture_code,
                    office_code: &office,
                    status: "registered",
                    applied_on: today,
                    valid_until: registration_valid_until(today),
                    registered_by: Some(caller.account_id),
                    account_id: None,
                },
                |serial| seeker_number(&office, serial),
                now,
            )?;
            let kind = CounselorActionKind::RegisterSeeker;
            crate::audit::record_on_seeker(conn, &caller, kind, &seeker.seeker_number, now)?;
            Ok(registered(seeker))
        })
    })
    .await??;
    tracing::info!(seeker = %registered.seeker_number, "job seeker registered at the counter");
    Ok((StatusCode::CREATED, Json(registered)))
}

/// Provisional applications of the counselor's prefecture still within their 14 days.
#[utoipa::path(get, path = "/api/v1/counselor/provisional", tag = "counselor",
    responses((status = 200, body = [ProvisionalSeeker]), (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn list_provisional(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<ProvisionalSeeker>>, AppError> {
    caller.require(Role::Counselor)?;
    let today = state.clock.today();
    let since = today - Days::new(PROVISIONAL_REGISTRATION_DAYS as u64);
    let db = state.db.clone();
    let list = tokio::task::spawn_blocking(move || -> Result<Vec<ProvisionalSeeker>, AppError> {
        let mut conn = db.connection()?;
        let prefecture = counselor_prefecture(&mut conn, &caller)?;
        Ok(seekers::list_provisional(&mut conn, &prefecture, since)?
            .into_iter()
            .map(|s| ProvisionalSeeker {
                deadline: provisional_deadline(s.applied_on),
                seeker_number: s.seeker_number,
                name: s.name,
                name_kana: s.name_kana,
                birth_date: s.birth_date,
                email: s.email,
                prefecture_code: s.prefecture_code,
                applied_on: s.applied_on,
            })
            .collect())
    })
    .await??;
    Ok(Json(list))
}

/// Completes a provisional application (本登録): the seeker becomes a 利用登録者.
#[utoipa::path(post, path = "/api/v1/counselor/seekers/{seeker_number}/confirm", tag = "counselor",
    params(("seeker_number" = String, Path, description = "求職番号")),
    responses(
        (status = 200, body = RegisteredSeeker),
        (status = 404, body = ApiError),
        (status = 409, description = "Not provisional, or the 14 days have passed", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn confirm_seeker(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<RegisteredSeeker>, AppError> {
    caller.require(Role::Counselor)?;
    let today = state.clock.today();
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let confirmed = tokio::task::spawn_blocking(move || -> Result<RegisteredSeeker, AppError> {
        let mut conn = db.connection()?;
        // Another prefecture's applications are not this office's: the same 404 as unknown.
        let seeker = seeker_of_prefecture(&mut conn, &caller, &number)?;
        let conflict = |key: &'static str| AppError::text(ErrorCode::Conflict, Text::new(key));
        if seeker.status != "provisional" {
            return Err(conflict(key!("service-seeker-already-registered")));
        }
        if today > provisional_deadline(seeker.applied_on) {
            return Err(conflict(key!("service-provisional-registration-lapsed")));
        }
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            if !seekers::confirm(conn, seeker.id, caller.account_id, now)? {
                return Err(conflict(key!("service-seeker-already-registered")));
            }
            // The favorites' sheets now show what a registered seeker sees.
            if let Some(account_id) = seeker.account_id {
                shigoto_server_db::mypage::resend_favorites(conn, account_id)?;
            }
            let kind = CounselorActionKind::ConfirmSeeker;
            crate::audit::record_on_seeker(conn, &caller, kind, &seeker.seeker_number, now)
        })?;
        Ok(registered(seeker))
    })
    .await??;
    tracing::info!(seeker = %confirmed.seeker_number, "provisional registration completed");
    Ok(Json(confirmed))
}
