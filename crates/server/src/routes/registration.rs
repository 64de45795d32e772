//! Online registration (マイページを開設して求職申込み) for people without a Hello Work
//! registration: `POST /api/v1/mypage/registration/key` (terms + email → 認証キー by mail; the
//! same answer when the address already has an account) and `POST /api/v1/mypage/registration`
//! (key + password twice + the provisional application → an account and a 仮登録 that a
//! counselor completes within 14 days).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::account::{registration_valid_until, seeker_number, TERMS_VERSION};
use shigoto_i18n::Text;
use shigoto_server_db::{accounts, offices, seekers};
use shigoto_shared::{
    ApiError, ErrorCode, KeySent, Lang, RegistrationCompletion, RegistrationKeyRequest, Role,
};

use crate::app::AppState;
use crate::auth::keys::{self, KeyFlow, KeyFor, ONLINE_REGISTRATION};
use crate::client_address::Client;
use crate::error::AppError;
use crate::extract::ApiJson;
use crate::routes::opening::check_new_password;

/// Step 1: agreement and email; a key is mailed unless the address already has an account.
#[utoipa::path(post, path = "/api/v1/mypage/registration/key", tag = "accounts",
    request_body = RegistrationKeyRequest,
    responses((status = 202, body = KeySent), (status = 400, body = ApiError)))]
pub async fn request_key(
    State(state): State<AppState>,
    client: Client,
    ApiJson(request): ApiJson<RegistrationKeyRequest>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    request_signup_key(&state, ONLINE_REGISTRATION, &client, &request).await
}

/// Step 1 of every sign-up that starts from nothing but an email (online registration, the
/// employer MyPage): both texts agreed in their current version, then a key for a new address.
/// An address that already has an account gets the same answer, and its owner a mail saying
/// someone tried.
pub async fn request_signup_key(
    state: &AppState,
    flow: KeyFlow,
    client: &Client,
    request: &RegistrationKeyRequest,
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
    let lookup = email.clone();
    keys::issue(state, flow, &email, client, move |conn| {
        if let Some(account) = accounts::find_by_email(conn, &lookup)? {
            return Ok(KeyFor::TakenAddress(account.lang()));
        }
        Ok(KeyFor::Subject {
            id: None,
            payload: serde_json::json!({ "terms_version": TERMS_VERSION, "agreed_at": now }),
        })
    })
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(KeySent {
            message: crate::language::texts().t("service-sign-up-key-sent"),
        }),
    ))
}

/// The agreement kept with a sign-up key: the terms version and when they were agreed to.
fn agreement_of(
    key: &shigoto_server_db::auth_keys::AuthKey,
) -> (Option<String>, Option<chrono::NaiveDateTime>) {
    let payload: serde_json::Value = serde_json::from_str(&key.payload).unwrap_or_default();
    (
        payload["terms_version"].as_str().map(str::to_owned),
        payload["agreed_at"].as_str().and_then(|t| t.parse().ok()),
    )
}

/// Creates the account of a sign-up whose key was just redeemed, with the agreement kept with
/// the key; refused when the address got an account meanwhile.
pub fn create_signup_account(
    conn: &mut shigoto_server_db::AnyConnection,
    role: Role,
    email: &str,
    password_hash: &str,
    key: &shigoto_server_db::auth_keys::AuthKey,
    lang: Lang,
    now: chrono::NaiveDateTime,
) -> Result<i64, AppError> {
    if accounts::find_by_email(conn, email)?.is_some() {
        return Err(already_opened());
    }
    let (terms_version, terms_agreed_at) = agreement_of(key);
    Ok(accounts::insert(
        conn,
        &accounts::NewAccount {
            role: role.as_str(),
            email,
            password_hash,
            failed_logins: 0,
            terms_version: terms_version.as_deref(),
            terms_agreed_at,
            created_at: now,
            updated_at: now,
            language: lang.tag(),
        },
    )?)
}

/// The answer when a sign-up key is redeemed for an address that got an account meanwhile.
fn already_opened() -> AppError {
    AppError::text(
        ErrorCode::Conflict,
        Text::new("service-mypage-already-open"),
    )
}

/// Step 2: the key, a password twice and the provisional application.
#[utoipa::path(post, path = "/api/v1/mypage/registration", tag = "accounts",
    request_body = RegistrationCompletion,
    responses((status = 201, body = KeySent), (status = 400, body = ApiError), (status = 409, body = ApiError)))]
pub async fn complete(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RegistrationCompletion>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;
    let today = state.clock.today();
    let person = shigoto_domain::person::check(
        &request.name,
        &request.name_kana,
        request.birth_date,
        &request.prefecture_code,
        today,
    )
    .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, err.field, err.message))?;
    let municipality =
        shigoto_domain::person::municipality(&person.prefecture_code, &request.municipality_code)
            .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, err.field, err.message))?;
    check_new_password(&request.password, &request.password_confirmation, &email)?;
    let password_hash = state.hasher.hash(&request.password).await?;
    let now = state.clock.now_utc();
    let account_email = email.clone();
    let lang = crate::language::current();
    let number = keys::redeem(
        &state,
        ONLINE_REGISTRATION,
        &email,
        &request.key,
        move |conn, key| {
            let office = offices::for_filing(conn, &person.prefecture_code, &municipality)?
                .ok_or_else(|| {
                    AppError::internal(format!(
                        "no office in prefecture {}",
                        person.prefecture_code
                    ))
                })?
                .code;
            let account_id = create_signup_account(
                conn,
                Role::Seeker,
                &account_email,
                &password_hash,
                key,
                lang,
                now,
            )?;
            let seeker = seekers::insert(
                conn,
                &seekers::NewSeeker {
                    name: &person.name,
                    name_kana: &person.name_kana,
                    birth_date: person.birth_date,
                    email: &account_email,
                    prefecture_code: &person.prefecture_code,
                    office_code: &office,
                    status: "provisional",
                    applied_on: today,
                    valid_until: registration_valid_until(today),
                    registered_by: None,
                    account_id: Some(account_id),
                },
                |serial| seeker_number(&office, serial),
                now,
            )?;
            Ok(seeker.seeker_number)
        },
    )
    .await?;
    tracing::info!(seeker = %number, "online provisional registration");
    Ok((
        StatusCode::CREATED,
        Json(KeySent {
            message: crate::language::texts()
                .text(&Text::new("service-registration-received").with("number", number)),
        }),
    ))
}
