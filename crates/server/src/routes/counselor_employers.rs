//! Counselors' review of employers' 事業所登録: the provisional ones filed in the counselor's
//! prefecture (`GET /api/v1/counselor/employer-registrations`), 受理 (`…/{id}/accept`: the
//! employer gets a 事業所番号) and 返戻 with a reason (`…/{id}/return`). The employer is told by
//! mail either way. Registrations of other prefectures are not the counselor's: they answer 404.

use axum::extract::State;
use axum::Json;
use shigoto_i18n::Text;
use shigoto_server_db::{employer_registrations, AnyConnection};
use shigoto_shared::{
    ApiError, CounselorActionKind, EmployerApplication, EmployerReturn, ErrorCode, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::counselor::counselor_prefecture;
use crate::routes::employer::registration_of;

fn application(listed: employer_registrations::Listed) -> Result<EmployerApplication, AppError> {
    let id = listed.registration.id;
    let submitted_at = listed.registration.submitted_at;
    let email = listed.email.clone();
    let registration = registration_of(listed)?;
    Ok(EmployerApplication {
        id,
        email,
        status: registration.status,
        submitted_at,
        office_number: registration.office_number,
        return_reason: registration.return_reason,
        profile: registration.profile,
    })
}

/// The registration `id` if it was filed in the caller's prefecture.
fn in_my_prefecture(
    conn: &mut AnyConnection,
    caller: &Caller,
    id: i64,
) -> Result<employer_registrations::Listed, AppError> {
    let prefecture = counselor_prefecture(conn, caller)?;
    employer_registrations::find(conn, id)?
        .filter(|listed| listed.registration.prefecture_code == prefecture)
        .ok_or_else(|| {
            AppError::text(
                ErrorCode::NotFound,
                Text::new("service-no-such-employer-registration"),
            )
        })
}

fn already_decided() -> AppError {
    AppError::text(
        ErrorCode::Conflict,
        Text::new("service-employer-registration-decided"),
    )
}

/// Provisional 事業所登録 of the counselor's prefecture, oldest first.
#[utoipa::path(get, path = "/api/v1/counselor/employer-registrations", tag = "counselor",
    responses((status = 200, body = [EmployerApplication]), (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<EmployerApplication>>, AppError> {
    caller.require(Role::Counselor)?;
    let db = state.db.clone();
    let list =
        tokio::task::spawn_blocking(move || -> Result<Vec<EmployerApplication>, AppError> {
            let mut conn = db.connection()?;
            let prefecture = counselor_prefecture(&mut conn, &caller)?;
            employer_registrations::list(
                &mut conn,
                &prefecture,
                employer_registrations::PROVISIONAL,
            )?
            .into_iter()
            .map(application)
            .collect()
        })
        .await??;
    Ok(Json(list))
}

/// 受理: the employer is registered with a new 事業所番号.
#[utoipa::path(post, path = "/api/v1/counselor/employer-registrations/{id}/accept", tag = "counselor",
    params(("id" = i64, Path, description = "The registration's id")),
    responses(
        (status = 200, body = EmployerApplication),
        (status = 404, body = ApiError), (status = 409, body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn accept(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<EmployerApplication>, AppError> {
    caller.require(Role::Counselor)?;
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let (accepted, lang) = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let listed = in_my_prefecture(&mut conn, &caller, id)?;
        let lang = crate::notify::language_of(&mut conn, listed.registration.account_id)?;
        let office_code = listed.registration.office_code.clone();
        let current = application(listed)?;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            let number = employer_registrations::accept(
                conn,
                id,
                &current.profile.name,
                caller.account_id,
                |serial| {
                    shigoto_domain::employer::office_number(
                        &office_code,
                        u32::try_from(serial).unwrap_or(u32::MAX),
                    )
                },
                now,
            )?
            .ok_or_else(already_decided)?;
            let subject = format!("事業所 {}（事業所番号 {number}）", current.profile.name);
            let kind = CounselorActionKind::AcceptEmployer;
            crate::audit::record(conn, &caller, kind, &subject, now)
        })?;
        Ok((
            application(in_my_prefecture(&mut conn, &caller, id)?)?,
            lang,
        ))
    })
    .await??;
    let number = accepted.office_number.clone().unwrap_or_default();
    tracing::info!(office_number = %number, "事業所登録 accepted");
    state.send_later(
        shigoto_mail::employer_accepted_mail(
            lang,
            &accepted.email,
            &accepted.profile.name,
            &number,
        ),
        "establishment accepted",
    );
    Ok(Json(accepted))
}

/// 返戻: sent back to the employer with the reason.
#[utoipa::path(post, path = "/api/v1/counselor/employer-registrations/{id}/return", tag = "counselor",
    params(("id" = i64, Path, description = "The registration's id")),
    request_body = EmployerReturn,
    responses(
        (status = 200, body = EmployerApplication),
        (status = 400, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn send_back(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(request): ApiJson<EmployerReturn>,
) -> Result<Json<EmployerApplication>, AppError> {
    caller.require(Role::Counselor)?;
    let reason = shigoto_domain::employer::return_reason(&request.reason)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, err.field, err.message))?;
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let (returned, lang) = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let listed = in_my_prefecture(&mut conn, &caller, id)?;
        let lang = crate::notify::language_of(&mut conn, listed.registration.account_id)?;
        let name = application(listed)?.profile.name;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            if !employer_registrations::mark_returned(conn, id, &reason, caller.account_id, now)? {
                return Err(already_decided());
            }
            let kind = CounselorActionKind::ReturnEmployer;
            crate::audit::record(conn, &caller, kind, &format!("事業所 {name}"), now)
        })?;
        Ok((
            application(in_my_prefecture(&mut conn, &caller, id)?)?,
            lang,
        ))
    })
    .await??;
    tracing::info!(registration = returned.id, "事業所登録 returned");
    state.send_later(
        shigoto_mail::employer_returned_mail(
            lang,
            &returned.email,
            &returned.profile.name,
            returned.return_reason.as_deref().unwrap_or_default(),
        ),
        "establishment returned",
    );
    Ok(Json(returned))
}
