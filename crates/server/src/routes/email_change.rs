//! Changing the email of the signed-in account: `POST /api/v1/me/email/key` (the new address and
//! the current password → a 認証キー mailed to the new address, so only its owner can confirm it)
//! and `POST /api/v1/me/email` (the key → the account moves to the new address, and the old
//! address is told). An address that already belongs to an account gets the same first answer
//! and no mail; the change is refused at the second step if it was taken meanwhile.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_i18n::Text;
use shigoto_server_db::{accounts, sessions};
use shigoto_shared::{ApiError, EmailChangeConfirmation, EmailChangeRequest, ErrorCode, KeySent};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::auth::keys::{self, KeyFor, EMAIL_CHANGE};
use crate::client_address::Client;
use crate::error::AppError;
use crate::extract::ApiJson;
use crate::routes::accounts::verify_current_password;

fn new_address(text: &str, caller: &Caller) -> Result<String, AppError> {
    let email = shigoto_domain::password::normalize_email(text)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "new_email", err.text()))?;
    if email == caller.email {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "new_email",
            Text::new("service-email-unchanged"),
        ));
    }
    Ok(email)
}

/// Step 1: the new address and the current password.
#[utoipa::path(post, path = "/api/v1/me/email/key", tag = "accounts",
    request_body = EmailChangeRequest,
    responses((status = 202, body = KeySent), (status = 400, body = ApiError), (status = 401, body = ApiError)))]
pub async fn request_key(
    State(state): State<AppState>,
    caller: Caller,
    client: Client,
    ApiJson(request): ApiJson<EmailChangeRequest>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    let email = new_address(&request.new_email, &caller)?;
    verify_current_password(&state, caller.account_id, &request.current_password).await?;
    let lookup = email.clone();
    let account_id = caller.account_id;
    keys::issue(&state, EMAIL_CHANGE, &email, &client, move |conn| {
        if accounts::find_by_email(conn, &lookup)?.is_some() {
            return Ok(KeyFor::Nothing);
        }
        Ok(KeyFor::Subject {
            id: Some(account_id),
            payload: serde_json::Value::Null,
        })
    })
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(KeySent {
            message: crate::language::texts().t("service-email-change-key-sent"),
        }),
    ))
}

/// Step 2: the key from the mail sent to the new address.
#[utoipa::path(post, path = "/api/v1/me/email", tag = "accounts",
    request_body = EmailChangeConfirmation,
    responses((status = 200, body = KeySent), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 409, body = ApiError)))]
pub async fn confirm(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<EmailChangeConfirmation>,
) -> Result<Json<KeySent>, AppError> {
    let email = new_address(&request.new_email, &caller)?;
    let now = state.clock.now_utc();
    let account_id = caller.account_id;
    let target = email.clone();
    let session = caller.session.clone();
    keys::redeem(
        &state,
        EMAIL_CHANGE,
        &email,
        &request.key,
        move |conn, key| {
            if key.subject_id != Some(account_id) {
                // A key for the same address asked by another account: not this caller's.
                return Err(keys::invalid_key(EMAIL_CHANGE));
            }
            if accounts::find_by_email(conn, &target)?.is_some() {
                return Err(AppError::text(
                    ErrorCode::Conflict,
                    Text::new("service-email-taken"),
                ));
            }
            accounts::set_email(conn, account_id, &target, now)?;
            sessions::revoke_others(conn, account_id, &session, now)?;
            Ok(())
        },
    )
    .await?;
    tracing::info!(account = account_id, "email changed");
    state.send_later(
        shigoto_mail::email_changed_mail(caller.lang, &caller.email, &email, now.and_utc()),
        "email changed",
    );
    Ok(Json(KeySent {
        message: crate::language::texts()
            .text(&Text::new("service-email-changed").with("email", email)),
    }))
}
