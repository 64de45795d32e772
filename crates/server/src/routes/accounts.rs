//! Signing in and out: `POST /api/v1/sessions`, `DELETE /api/v1/sessions/current`,
//! `GET /api/v1/me`. Every password check is counted before it is made, and wrong passwords lock
//! the account for a growing while; sign-in attempts are throttled per client and per address;
//! no answer says whether an email has an account or whether it is locked.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDateTime;
use shigoto_domain::account::{self, lock_after};
use shigoto_domain::seeking;
use shigoto_i18n::Text;
use shigoto_server_db::{
    accounts, counselors, employer_registrations, offices, rate_limits, seekers, sessions,
    AnyConnection,
};
use shigoto_shared::{
    AccountInfo, ApiError, ErrorCode, KeySent, Lang, PasswordChange, RegistrationStatus, Role,
    SignIn, SignedIn,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::auth::secrets::{new_token, token_digest};
use crate::client_address::Client;
use crate::error::AppError;
use crate::extract::ApiJson;

/// The one answer to a failed sign-in, whatever failed: unknown email, wrong password, or a
/// locked account (checked after the same hashing work), so no answer tells them apart.
fn wrong_credentials() -> AppError {
    AppError::text(
        ErrorCode::InvalidCredentials,
        Text::new("service-wrong-credentials"),
    )
}

fn throttled() -> AppError {
    AppError::text(
        ErrorCode::RateLimited,
        Text::new("service-sign-in-throttled"),
    )
}

/// Counts a password check of `account_id` before it is made (see
/// [`accounts::claim_password_check`]); false while the account is locked. The check that locks
/// the account mails its owner.
fn claim_password_check(
    conn: &mut AnyConnection,
    account_id: i64,
    email: &str,
    lang: Lang,
    state: &AppState,
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    let locks = std::cell::Cell::new(None);
    let claimed = accounts::claim_password_check(
        conn,
        account_id,
        |failures| {
            let lock = lock_after(failures);
            locks.set(lock);
            lock
        },
        now,
    )?;
    if let Some(lock) = locks.get().filter(|_| claimed) {
        tracing::warn!(
            code = "account_locked",
            account = account_id,
            "sign-in locked"
        );
        state.send_later(
            shigoto_mail::account_locked_mail(lang, email, (now + lock).and_utc()),
            "account locked",
        );
    }
    Ok(claimed)
}

/// Sign in with email and password.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "accounts", request_body = SignIn,
    responses(
        (status = 200, description = "Signed in", body = SignedIn),
        (status = 401, description = "Wrong email or password, or the account is locked", body = ApiError),
        (status = 429, description = "Too many attempts from this client or for this address", body = ApiError),
    ))]
pub async fn sign_in(
    State(state): State<AppState>,
    client: Client,
    ApiJson(request): ApiJson<SignIn>,
) -> Result<Json<SignedIn>, AppError> {
    let now = state.clock.now_utc();
    let today = state.clock.today();
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;

    let db = state.db.clone();
    let checking = state.clone();
    let (allowed, claimed) = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        // One transaction whatever the account: each commit is a disk sync on SQLite, and an
        // existing account committing more often than an unknown one would be timeable.
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            let limit = |conn: &mut AnyConnection, bucket: &str, limit: account::RateLimit| {
                rate_limits::take(conn, bucket, limit.limit, limit.window, now)
            };
            if !limit(
                conn,
                &format!("signin-client:{}", client.bucket),
                account::SIGN_IN_PER_CLIENT,
            )? || !limit(
                conn,
                &format!("signin-account:{email}"),
                account::SIGN_IN_PER_ACCOUNT,
            )? {
                tracing::warn!(code = "rate_limited", client = %client.address, "sign-in throttled");
                return Ok((false, None));
            }
            let Some(account) = accounts::find_by_email(conn, &email)? else {
                return Ok((true, None));
            };
            let claimed = claim_password_check(conn, account.id, &email, account.lang(), &checking, now)?;
            Ok((true, claimed.then_some(account)))
        })
    })
    .await??;
    if !allowed {
        return Err(throttled());
    }
    // Unknown and locked accounts are checked against the dummy hash: the same work.
    let matches = state
        .hasher
        .verify(
            &request.password,
            claimed.as_ref().map(|a| a.password_hash.as_str()),
        )
        .await?;
    let Some(account) = claimed.filter(|_| matches) else {
        tracing::info!(code = "invalid_credentials", "sign-in refused");
        return Err(wrong_credentials());
    };

    let token = new_token()?;
    let digest = token_digest(&token);
    let db = state.db.clone();
    let lang = crate::language::current();
    let info = tokio::task::spawn_blocking(move || -> Result<AccountInfo, AppError> {
        let mut conn = db.connection()?;
        accounts::record_success(&mut conn, account.id, lang, now).map_err(AppError::internal)?;
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
        .ok_or_else(|| AppError::text(ErrorCode::NotFound, Text::new("service-no-such-account")))?;
    let role = Role::from_wire(&account.role)
        .ok_or_else(|| AppError::internal(format!("unknown role {}", account.role)))?;
    let mut info = AccountInfo {
        role,
        email: account.email.clone(),
        display_name: account.email.clone(),
        seeker_number: None,
        office_code: None,
        office_name: None,
        registration: None,
        provisional_until: None,
        employer: None,
        seeking: None,
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
                info.seeking = Some(seeking::status_on(status, seeker.valid_until, today));
                info.display_name = seeker.name;
                info.seeker_number = Some(seeker.seeker_number);
                info.office_name = offices::find(conn, &seeker.office_code)
                    .map_err(AppError::internal)?
                    .map(|office| office.name);
                info.office_code = Some(seeker.office_code);
            }
        }
        Role::Counselor => {
            if let Some(counselor) =
                counselors::find(conn, account_id).map_err(AppError::internal)?
            {
                info.display_name = counselor.name;
                info.office_name = offices::find(conn, &counselor.office_code)
                    .map_err(AppError::internal)?
                    .map(|office| office.name);
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
/// or the email), refusing a wrong one on the `current_password` field. It counts like a
/// sign-in: a stolen session cannot guess the password past the lockout.
pub async fn verify_current_password(
    state: &AppState,
    account_id: i64,
    password: &str,
) -> Result<(), AppError> {
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let checking = state.clone();
    let claimed = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let account = accounts::find(&mut conn, account_id)?.ok_or_else(|| {
            AppError::text(ErrorCode::NotFound, Text::new("service-no-such-account"))
        })?;
        let claimed = claim_password_check(
            &mut conn,
            account.id,
            &account.email,
            account.lang(),
            &checking,
            now,
        )?;
        Ok(claimed.then_some(account))
    })
    .await??;
    let matches = state
        .hasher
        .verify(password, claimed.as_ref().map(|a| a.password_hash.as_str()))
        .await?;
    match claimed.filter(|_| matches) {
        Some(account) => {
            let db = state.db.clone();
            let lang = crate::language::current();
            tokio::task::spawn_blocking(move || {
                let mut conn = db.connection()?;
                accounts::record_success(&mut conn, account.id, lang, now)
                    .map_err(AppError::internal)
            })
            .await??;
            Ok(())
        }
        None => Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "current_password",
            Text::new("service-wrong-current-password"),
        )),
    }
}

/// Changes the signed-in account's password; the current password is required, and every
/// other session of the account ends.
#[utoipa::path(put, path = "/api/v1/me/password", tag = "accounts", request_body = PasswordChange,
    responses((status = 200, body = KeySent), (status = 400, body = ApiError), (status = 401, body = ApiError)))]
pub async fn change_password(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<PasswordChange>,
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
        shigoto_server_db::write_transaction(&mut conn, |conn| -> Result<(), AppError> {
            accounts::set_password(conn, account_id, &hash, now)?;
            sessions::revoke_others(conn, account_id, &caller.session, now)?;
            Ok(())
        })
    })
    .await??;
    tracing::info!("password changed");
    state.send_later(
        shigoto_mail::password_changed_mail(caller.lang, &caller.email, now.and_utc(), false),
        "password changed",
    );
    Ok(Json(KeySent {
        message: crate::language::texts().t("service-password-changed"),
    }))
}
