//! The language of the signed-in account's mails (`PUT /api/v1/me/language`): the app sends
//! the language it shows when the person switches it, so mails sent later (a new message, a
//! result, a reminder) are written in it. Signing in keeps the language signed in with too
//! ([`crate::routes::accounts::sign_in`]). Any role may set it: every account gets the security
//! mails.

use axum::extract::State;
use axum::http::StatusCode;
use shigoto_server_db::accounts;
use shigoto_shared::{ApiError, MailLanguage};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiJson;

/// Keeps the caller's mail language.
#[utoipa::path(put, path = "/api/v1/me/language", tag = "accounts",
    request_body = MailLanguage,
    responses((status = 204, description = "Kept"), (status = 400, body = ApiError),
        (status = 401, body = ApiError)))]
pub async fn change(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(wanted): ApiJson<MailLanguage>,
) -> Result<StatusCode, AppError> {
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<(), AppError> {
        let mut conn = db.connection()?;
        accounts::set_language(&mut conn, caller.account_id, wanted.language)?;
        Ok(())
    })
    .await??;
    tracing::info!(language = wanted.language.tag(), "mail language kept");
    Ok(StatusCode::NO_CONTENT)
}
