//! メールでのお知らせ: whether the signed-in job seeker or employer gets mails about events
//! (`GET`/`PUT /api/v1/me/notifications`; on unless turned off), and whether a job seeker gets
//! the daily mail of new postings (off unless asked for; an employer asking is a 400).
//! Counselors get none: 403.

use axum::extract::State;
use axum::Json;
use shigoto_i18n::Text;
use shigoto_server_db::notification_settings;
use shigoto_shared::{ApiError, ErrorCode, NotificationSettings, Role};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiJson;

fn own(caller: &Caller) -> Result<(), AppError> {
    match caller.role {
        Role::Seeker | Role::Employer => Ok(()),
        Role::Counselor => Err(AppError::text(
            ErrorCode::Forbidden,
            Text::new("service-no-mails-for-counselors"),
        )),
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
    let settings = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        Ok(notification_settings::settings(
            &mut conn,
            caller.account_id,
        )?)
    })
    .await??;
    Ok(Json(NotificationSettings {
        mails: settings.mails,
        new_jobs_digest: settings.new_jobs_digest,
    }))
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
    if wanted.new_jobs_digest && caller.role != Role::Seeker {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "new_jobs_digest",
            Text::new("service-new-jobs-digest-seekers-only"),
        ));
    }
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<(), AppError> {
        let mut conn = db.connection()?;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            notification_settings::set(
                conn,
                caller.account_id,
                notification_settings::Settings {
                    mails: wanted.mails,
                    new_jobs_digest: wanted.new_jobs_digest,
                },
            )
        })?;
        Ok(())
    })
    .await??;
    tracing::info!(
        mails = wanted.mails,
        new_jobs_digest = wanted.new_jobs_digest,
        "notification mails set"
    );
    Ok(Json(wanted))
}
