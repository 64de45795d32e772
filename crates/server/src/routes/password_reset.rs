//! Password reset for a forgotten password or a locked account (パスワードを忘れた方・ロックされた
//! 方): `POST /api/v1/password-reset/key` (email → a 認証キー by mail, same answer for unknown
//! addresses) and `POST /api/v1/password-reset` (key + new password twice). A reset lifts the
//! lockout and ends every session of the account.

use axum::extract::State;
use axum::Json;
use shigoto_server_db::{accounts, sessions};
use shigoto_shared::{
    ApiError, ErrorCode, KeySent, PasswordResetCompletion, PasswordResetKeyRequest,
};

use crate::app::AppState;
use crate::auth::keys::{self, KeyFor, PASSWORD_RESET};
use crate::client_address::Client;
use crate::error::AppError;
use crate::extract::ApiJson;
use crate::routes::opening::check_new_password;

/// Step 1: a key is mailed if the address has an account.
#[utoipa::path(post, path = "/api/v1/password-reset/key", tag = "accounts",
    request_body = PasswordResetKeyRequest,
    responses((status = 202, description = "A key was mailed if the address has an account", body = KeySent),
        (status = 400, body = ApiError)))]
pub async fn request_key(
    State(state): State<AppState>,
    client: Client,
    ApiJson(request): ApiJson<PasswordResetKeyRequest>,
) -> Result<(axum::http::StatusCode, Json<KeySent>), AppError> {
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;
    let lookup = email.clone();
    keys::issue(&state, PASSWORD_RESET, &email, &client, move |conn| {
        Ok(match accounts::find_by_email(conn, &lookup)? {
            Some(account) => KeyFor::Subject {
                id: Some(account.id),
                payload: serde_json::Value::Null,
            },
            None => KeyFor::Nothing,
        })
    })
    .await?;
    Ok((
        axum::http::StatusCode::ACCEPTED,
        Json(KeySent {
            message: crate::language::texts().t("service-reset-key-sent"),
        }),
    ))
}

/// Step 2: the key and the new password, twice.
#[utoipa::path(post, path = "/api/v1/password-reset", tag = "accounts",
    request_body = PasswordResetCompletion,
    responses((status = 200, description = "The password is changed", body = KeySent),
        (status = 400, description = "Wrong, expired or void key, or a password that breaks the rule", body = ApiError)))]
pub async fn complete(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<PasswordResetCompletion>,
) -> Result<Json<KeySent>, AppError> {
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;
    check_new_password(&request.password, &request.password_confirmation, &email)?;
    let password_hash = state.hasher.hash(&request.password).await?;
    let now = state.clock.now_utc();
    let notify = email.clone();
    keys::redeem(
        &state,
        PASSWORD_RESET,
        &email,
        &request.key,
        move |conn, key| {
            let account_id = key
                .subject_id
                .ok_or_else(|| AppError::internal("key without account"))?;
            accounts::set_password(conn, account_id, &password_hash, now)?;
            sessions::revoke_all(conn, account_id, now)?;
            Ok(())
        },
    )
    .await?;
    tracing::info!("password reset");
    state.send_later(
        shigoto_mail::password_changed_mail(
            crate::language::current(),
            &notify,
            now.and_utc(),
            true,
        ),
        "password reset",
    );
    Ok(Json(KeySent {
        message: crate::language::texts().t("service-password-reset"),
    }))
}
