//! Opening a job seeker MyPage for a counter-registered seeker (ハローワークをご利用中の方):
//! `POST /api/v1/mypage/opening/key` (agreement + email + birth date → a 認証キー by mail) and
//! `POST /api/v1/mypage/opening` (認証キー + password twice → the account).
//!
//! The first step answers the same, after the same work, whether or not the email and birth
//! date belong to a registration, so nobody can learn who is registered.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::account::TERMS_VERSION;
use shigoto_i18n::Text;
use shigoto_server_db::{accounts, seekers};
use shigoto_shared::{ApiError, ErrorCode, KeySent, OpeningCompletion, OpeningKeyRequest, Role};

use crate::app::AppState;
use crate::auth::keys::{self, KeyFor, OPEN_SEEKER_MYPAGE};
use crate::client_address::Client;
use crate::error::AppError;
use crate::extract::ApiJson;

/// Step 1: agree to the terms, give email and birth date; a 認証キー is mailed if they match a
/// registration without a MyPage.
#[utoipa::path(post, path = "/api/v1/mypage/opening/key", tag = "accounts",
    request_body = OpeningKeyRequest,
    responses(
        (status = 202, description = "A key was mailed if the details match", body = KeySent),
        (status = 400, description = "Terms not agreed or malformed email", body = ApiError),
    ))]
pub async fn request_key(
    State(state): State<AppState>,
    client: Client,
    ApiJson(request): ApiJson<OpeningKeyRequest>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    if !request.agreed_terms || !request.agreed_privacy {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "agreement",
            Text::new("service-terms-not-agreed"),
        ));
    }
    if request.terms_version != TERMS_VERSION {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "terms_version",
            Text::new("service-terms-updated"),
        ));
    }
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;
    let now = state.clock.now_utc();
    let (lookup, birth_date) = (email.clone(), request.birth_date);
    keys::issue(&state, OPEN_SEEKER_MYPAGE, &email, &client, move |conn| {
        Ok(match seekers::find_unopened(conn, &lookup, birth_date)? {
            Some(seeker) => KeyFor::Subject {
                id: Some(seeker.id),
                payload: serde_json::json!({ "terms_version": TERMS_VERSION, "agreed_at": now }),
            },
            None => KeyFor::Nothing,
        })
    })
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        // The same answer for every request that passes the checks.
        Json(KeySent {
            message: crate::language::texts().t("service-opening-key-sent"),
        }),
    ))
}

/// Step 2: the key from the mail and the password twice open the MyPage.
#[utoipa::path(post, path = "/api/v1/mypage/opening", tag = "accounts",
    request_body = OpeningCompletion,
    responses(
        (status = 201, description = "The MyPage is open; sign in next", body = KeySent),
        (status = 400, description = "Wrong, expired or void key, or a password that breaks the rule", body = ApiError),
        (status = 409, description = "The MyPage is already open", body = ApiError),
    ))]
pub async fn complete(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<OpeningCompletion>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;
    check_new_password(&request.password, &request.password_confirmation, &email)?;
    let password_hash = state.hasher.hash(&request.password).await?;
    let now = state.clock.now_utc();
    let account_email = email.clone();
    let lang = crate::language::current();
    keys::redeem(
        &state,
        OPEN_SEEKER_MYPAGE,
        &email,
        &request.key,
        move |conn, key| {
            let payload: serde_json::Value = serde_json::from_str(&key.payload).unwrap_or_default();
            let terms_version = payload["terms_version"].as_str().map(str::to_owned);
            let agreed_at = payload["agreed_at"].as_str().and_then(|t| t.parse().ok());
            let seeker_id = key
                .subject_id
                .ok_or_else(|| AppError::internal("key without seeker"))?;
            if accounts::find_by_email(conn, &account_email)?.is_some() {
                return Err(conflict());
            }
            let account_id = accounts::insert(
                conn,
                &accounts::NewAccount {
                    role: Role::Seeker.as_str(),
                    email: &account_email,
                    password_hash: &password_hash,
                    failed_logins: 0,
                    terms_version: terms_version.as_deref(),
                    terms_agreed_at: agreed_at,
                    created_at: now,
                    updated_at: now,
                    language: lang.tag(),
                },
            )?;
            if !seekers::link_account(conn, seeker_id, account_id, now)? {
                return Err(conflict());
            }
            Ok(())
        },
    )
    .await?;
    tracing::info!("job seeker MyPage opened");
    Ok((
        StatusCode::CREATED,
        Json(KeySent {
            message: crate::language::texts().t("service-mypage-opened"),
        }),
    ))
}

/// The password rule and the confirmation, checked before any key is looked at.
pub fn check_new_password(password: &str, confirmation: &str, email: &str) -> Result<(), AppError> {
    shigoto_domain::password::check(password, email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "password", err.text()))?;
    if password != confirmation {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "password_confirmation",
            Text::new("service-password-confirmation-differs"),
        ));
    }
    Ok(())
}

fn conflict() -> AppError {
    AppError::text(
        ErrorCode::Conflict,
        Text::new("service-mypage-already-open"),
    )
}
