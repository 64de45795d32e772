//! メールでのお知らせ: whether the signed-in job seeker or employer gets mails about events
//! (`GET`/`PUT /api/v1/me/notifications`; on unless turned off). Counselors get none: 403.

use axum::extract::State;
use axum::Json;
use shigoto_server_db::notification_settings;
use shigoto_shared::{ApiError, ErrorCode, NotificationSettings, Role};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiJson;

fn own(caller: &Caller) -> Result<(), AppError> {
    match caller.role {
        Role::Seeker | Role::Employer => Ok(()),
        Role::Counselor => Err(AppError::Api(ApiError::new(
            ErrorCode::Forbidden,
            "職員にはお知らせメールは送られません。",
        ))),
    }
}

/// The caller's setting.
#[utoipa::path(get, path = "/api/v1/me/notifications", tag = "accounts",
    responses((status = 200, body = NotificationSettings),
        (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<NotificationSettings>, AppError> {
    own(&caller)?;
    let db = state.db.clone();
    let mails = tokio::task::spawn_blocking(move || -> Result<bool, AppError> {
        let mut conn = db.connection()?;
        Ok(notification_settings::mails_wanted(
            &mut conn,
            caller.account_id,
        )?)
    })
    .await??;
    Ok(Json(NotificationSettings { mails }))
}

/// Changes the caller's setting; the setting after it.
#[utoipa::path(put, path = "/api/v1/me/notifications", tag = "accounts",
    request_body = NotificationSettings,
    responses((status = 200, body = NotificationSettings), (status = 400, body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn change(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(wanted): ApiJson<NotificationSettings>,
) -> Result<Json<NotificationSettings>, AppError> {
    own(&caller)?;
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<(), AppError> {
        let mut conn = db.connection()?;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            notification_settings::set_mails(conn, caller.account_id, wanted.mails)
        })?;
        Ok(())
    })
    .await??;
    tracing::info!(mails = wanted.mails, "notification mails set");
    Ok(Json(wanted))
}
