//! Signing in and out: `POST /api/v1/sessions`, `DELETE /api/v1/sessions/current`,
//! `GET /api/v1/me`. Wrong passwords lock the account for a growing while; sign-in attempts are
//! throttled per client address; the answer never says whether an email has an account.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{NaiveDateTime, TimeDelta};
use shigoto_domain::account::{self, lock_after};
use shigoto_server_db::{accounts, counselors, employer_registrations, seekers, sessions};
use shigoto_shared::{
    AccountInfo, ApiError, ErrorCode, KeySent, PasswordChange, RegistrationStatus, Role, SignIn,
    SignedIn,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::auth::secrets::{new_token, token_digest};
use crate::error::AppError;

fn wrong_credentials() -> AppError {
    AppError::Api(ApiError::new(
        ErrorCode::InvalidCredentials,
        "メールアドレスまたはパスワードが正しくありません。",
    ))
}

fn locked(until: NaiveDateTime) -> AppError {
    let jst = until + TimeDelta::hours(9);
    AppError::Api(ApiError::new(
        ErrorCode::AccountLocked,
        format!(
            "パスワードを続けて間違えたため、アカウントを一時的にロックしています。{}以降に再度お試しいただくか、「パスワードを忘れた方」からパスワードを再設定してください。",
            jst.format("%-H時%M分")
        ),
    ))
}

/// Sign in with email and password.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "accounts", request_body = SignIn,
    responses(
        (status = 200, description = "Signed in", body = SignedIn),
        (status = 401, description = "Wrong email or password", body = ApiError),
        (status = 423, description = "Locked after repeated wrong passwords", body = ApiError),
        (status = 429, description = "Too many attempts from this address", body = ApiError),
    ))]
pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: axum::http::HeaderMap,
    Json(request): Json<SignIn>,
) -> Result<Json<SignedIn>, AppError> {
    let now = state.clock.now_utc();
    let today = state.clock.today();
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::invalid("email", err.to_string()))?;

    let db = state.db.clone();
    let lookup = email.clone();
    let client = crate::client_address::client_address(peer.ip(), &headers, &state.trusted_proxies);
    let client_key = client.to_string();
    let (attempts, account) = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let since = now - account::THROTTLE_WINDOW;
        let attempts = sessions::record_attempt(&mut conn, &client_key, now, since)
            .map_err(AppError::internal)?;
        let account = accounts::find_by_email(&mut conn, &lookup).map_err(AppError::internal)?;
        Ok((attempts, account))
    })
    .await??;
    if attempts > account::THROTTLE_ATTEMPTS {
        tracing::warn!(%client, attempts, "sign-in throttled");
        return Err(AppError::Api(ApiError::new(
            ErrorCode::RateLimited,
            "ログインの試行回数が多すぎます。しばらくしてから再度お試しください。",
        )));
    }
    if let Some(until) = account
        .as_ref()
        .and_then(|a| a.locked_until)
        .filter(|until| *until > now)
    {
        return Err(locked(until));
    }
    let matches = state
        .hasher
        .verify(
            &request.password,
            account.as_ref().map(|a| a.password_hash.as_str()),
        )
        .await?;
    let Some(account) = account else {
        return Err(wrong_credentials());
    };
    let db = state.db.clone();
    if !matches {
        let failures = account.failed_logins.saturating_add(1);
        let until = lock_after(failures).map(|lock| now + lock);
        tokio::task::spawn_blocking(move || {
            let mut conn = db.connection()?;
            accounts::record_failure(&mut conn, account.id, failures, until, now)
                .map_err(AppError::internal)
        })
        .await??;
        tracing::info!(account = account.id, failures, "wrong password");
        return Err(until.map_or_else(wrong_credentials, locked));
    }

    let token = new_token()?;
    let digest = token_digest(&token);
    let info = tokio::task::spawn_blocking(move || -> Result<AccountInfo, AppError> {
        let mut conn = db.connection()?;
        accounts::record_success(&mut conn, account.id, now).map_err(AppError::internal)?;
        sessions::insert(
            &mut conn,
            &sessions::Session {
                token_hash: digest,
                account_id: account.id,
                created_at: now,
                last_seen_at: now,
                expires_at: now + account::SESSION_LIFETIME,
                revoked_at: None,
            },
        )
        .map_err(AppError::internal)?;
        account_info(&mut conn, account.id, today)
    })
    .await??;
    tracing::info!(role = info.role.as_str(), "signed in");
    Ok(Json(SignedIn {
        token,
        account: info,
    }))
}

/// What the app shows about an account.
pub fn account_info(
    conn: &mut shigoto_server_db::AnyConnection,
    account_id: i64,
    today: chrono::NaiveDate,
) -> Result<AccountInfo, AppError> {
    let account = accounts::find(conn, account_id)
        .map_err(AppError::internal)?
        .ok_or_else(|| AppError::not_found("アカウントが見つかりません。"))?;
    let role = Role::from_wire(&account.role)
        .ok_or_else(|| AppError::internal(format!("unknown role {}", account.role)))?;
    let mut info = AccountInfo {
        role,
        email: account.email.clone(),
        display_name: account.email.clone(),
        seeker_number: None,
        office_code: None,
        registration: None,
        provisional_until: None,
        employer: None,
    };
    match role {
        Role::Seeker => {
            if let Some(seeker) =
                seekers::find_by_account(conn, account_id).map_err(AppError::internal)?
            {
                let status = RegistrationStatus::from_wire(&seeker.status).ok_or_else(|| {
                    AppError::internal(format!("unknown status {}", seeker.status))
                })?;
                let status = account::registration_status(status, seeker.applied_on, today);
                info.provisional_until = (status == RegistrationStatus::Provisional)
                    .then(|| account::provisional_deadline(seeker.applied_on));
                info.registration = Some(status);
                info.display_name = seeker.name;
                info.seeker_number = Some(seeker.seeker_number);
            }
        }
        Role::Counselor => {
            if let Some(counselor) =
                counselors::find(conn, account_id).map_err(AppError::internal)?
            {
                info.display_name = counselor.name;
                info.office_code = Some(counselor.office_code);
            }
        }
        Role::Employer => {
            if let Some(listed) = employer_registrations::find_by_account(conn, account_id)
                .map_err(AppError::internal)?
            {
                let registration = crate::routes::employer::registration_of(listed)?;
                info.display_name = registration.profile.name.clone();
                info.employer = Some(registration);
            }
        }
    }
    Ok(info)
}

/// Sign out: the session is revoked on the service.
#[utoipa::path(delete, path = "/api/v1/sessions/current", tag = "accounts",
    responses((status = 204, description = "Signed out"), (status = 401, body = ApiError)))]
pub async fn sign_out(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<StatusCode, AppError> {
    let now = state.clock.now_utc();
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        sessions::revoke(&mut conn, &caller.session, now).map_err(AppError::internal)
    })
    .await??;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in account.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses((status = 200, body = AccountInfo), (status = 401, body = ApiError)))]
pub async fn me(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<AccountInfo>, AppError> {
    let today = state.clock.today();
    let db = state.db.clone();
    let info = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        account_info(&mut conn, caller.account_id, today)
    })
    .await??;
    Ok(Json(info))
}

/// Checks the signed-in account's current password (asked again before changing the password
/// or the email), refusing a wrong one on the `current_password` field.
pub async fn verify_current_password(
    state: &AppState,
    account_id: i64,
    password: &str,
) -> Result<(), AppError> {
    let db = state.db.clone();
    let account = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        Ok(accounts::find(&mut conn, account_id)?)
    })
    .await??
    .ok_or_else(|| AppError::not_found("アカウントが見つかりません。"))?;
    if state
        .hasher
        .verify(password, Some(&account.password_hash))
        .await?
    {
        Ok(())
    } else {
        Err(AppError::invalid(
            "current_password",
            "現在のパスワードが正しくありません。",
        ))
    }
}

/// Changes the signed-in account's password; the current password is required, and every
/// other session of the account ends.
#[utoipa::path(put, path = "/api/v1/me/password", tag = "accounts", request_body = PasswordChange,
    responses((status = 200, body = KeySent), (status = 400, body = ApiError), (status = 401, body = ApiError)))]
pub async fn change_password(
    State(state): State<AppState>,
    caller: Caller,
    Json(request): Json<PasswordChange>,
) -> Result<Json<KeySent>, AppError> {
    crate::routes::opening::check_new_password(
        &request.password,
        &request.password_confirmation,
        &caller.email,
    )?;
    let account_id = caller.account_id;
    verify_current_password(&state, account_id, &request.current_password).await?;
    let hash = state.hasher.hash(&request.password).await?;
    let now = state.clock.now_utc();
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || -> Result<(), AppError> {
        let mut conn = db.connection()?;
        use diesel::Connection as _;
        conn.transaction(|conn| -> Result<(), AppError> {
            accounts::set_password(conn, account_id, &hash, now)?;
            sessions::revoke_others(conn, account_id, &caller.session, now)?;
            Ok(())
        })
    })
    .await??;
    tracing::info!("password changed");
    Ok(Json(KeySent {
        message: "パスワードを変更しました。ほかの端末でのログインは終了しました。".into(),
    }))
}
