//! The 求人者マイページ: opening it (`POST /api/v1/employer/opening/key`: terms + email → 認証キー;
//! `POST /api/v1/employer/opening`: key + password twice + 事業所情報 → an employer account and a
//! provisional 事業所登録 filed at the first Hello Work office of the company's prefecture), and
//! the employer's own registration (`GET`/`PUT /api/v1/employer/registration`: read it; file it
//! again, corrected, after a counselor returned it).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_i18n::Text;
use shigoto_server_db::{employer_registrations, offices, AnyConnection};
use shigoto_shared::{
    ApiError, EmployerOpeningCompletion, EmployerProfile, EmployerRegistration, EmployerStatus,
    ErrorCode, KeySent, RegistrationKeyRequest, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::auth::keys::{self, OPEN_EMPLOYER_MYPAGE};
use crate::client_address::Client;
use crate::error::AppError;
use crate::extract::ApiJson;
use crate::routes::opening::check_new_password;
use crate::routes::registration::{create_signup_account, request_signup_key};

/// Step 1: agreement and email.
#[utoipa::path(post, path = "/api/v1/employer/opening/key", tag = "employer",
    request_body = RegistrationKeyRequest,
    responses((status = 202, body = KeySent), (status = 400, body = ApiError)))]
pub async fn request_key(
    State(state): State<AppState>,
    client: Client,
    ApiJson(request): ApiJson<RegistrationKeyRequest>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    request_signup_key(&state, OPEN_EMPLOYER_MYPAGE, &client, &request).await
}

/// The checked profile, or a 400 naming the field (`<prefix><field>`).
fn checked_profile(profile: &EmployerProfile, prefix: &str) -> Result<EmployerProfile, AppError> {
    shigoto_domain::employer::check(profile).map_err(|err| {
        AppError::text_at(
            ErrorCode::InvalidParameter,
            format!("{prefix}{}", err.field),
            err.message,
        )
    })
}

/// The Hello Work office that reviews the registration of a company: the one whose
/// jurisdiction covers its municipality.
fn reviewing_office(
    conn: &mut AnyConnection,
    profile: &EmployerProfile,
) -> Result<String, AppError> {
    Ok(
        offices::for_filing(conn, &profile.prefecture_code, &profile.municipality_code)?
            .ok_or_else(|| {
                AppError::internal(format!(
                    "no office in prefecture {}",
                    profile.prefecture_code
                ))
            })?
            .code,
    )
}

fn profile_json(profile: &EmployerProfile) -> Result<String, AppError> {
    serde_json::to_string(profile).map_err(AppError::internal)
}

/// Step 2: the key, a password twice and the 事業所情報.
#[utoipa::path(post, path = "/api/v1/employer/opening", tag = "employer",
    request_body = EmployerOpeningCompletion,
    responses((status = 201, body = KeySent), (status = 400, body = ApiError), (status = 409, body = ApiError)))]
pub async fn complete(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<EmployerOpeningCompletion>,
) -> Result<(StatusCode, Json<KeySent>), AppError> {
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "email", err.text()))?;
    let profile = checked_profile(&request.office, "office.")?;
    check_new_password(&request.password, &request.password_confirmation, &email)?;
    let password_hash = state.hasher.hash(&request.password).await?;
    let now = state.clock.now_utc();
    let account_email = email.clone();
    let profile_text = profile_json(&profile)?;
    let lang = crate::language::current();
    keys::redeem(
        &state,
        OPEN_EMPLOYER_MYPAGE,
        &email,
        &request.key,
        move |conn, key| {
            let office = reviewing_office(conn, &profile)?;
            let account_id = create_signup_account(
                conn,
                Role::Employer,
                &account_email,
                &password_hash,
                key,
                lang,
                now,
            )?;
            employer_registrations::insert(
                conn,
                account_id,
                &profile_text,
                &profile.prefecture_code,
                &office,
                now,
            )?;
            Ok(())
        },
    )
    .await?;
    tracing::info!("employer MyPage opened with a provisional 事業所登録");
    Ok((
        StatusCode::CREATED,
        Json(KeySent {
            message: crate::language::texts().t("service-employer-mypage-opened"),
        }),
    ))
}

/// The registration as its employer sees it.
pub fn registration_of(
    listed: employer_registrations::Listed,
) -> Result<EmployerRegistration, AppError> {
    let registration = listed.registration;
    Ok(EmployerRegistration {
        status: EmployerStatus::from_wire(&registration.status)
            .ok_or_else(|| AppError::internal(format!("unknown status {}", registration.status)))?,
        office_number: listed.office_number,
        return_reason: registration.return_reason,
        profile: serde_json::from_str(&registration.profile).map_err(AppError::internal)?,
    })
}

fn own_registration(
    conn: &mut AnyConnection,
    caller: &Caller,
) -> Result<EmployerRegistration, AppError> {
    registration_of(crate::routes::posting_views::own_listed_registration(
        conn, caller,
    )?)
}

/// The signed-in employer's 事業所登録.
#[utoipa::path(get, path = "/api/v1/employer/registration", tag = "employer",
    responses((status = 200, body = EmployerRegistration), (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn registration(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<EmployerRegistration>, AppError> {
    caller.require(Role::Employer)?;
    let db = state.db.clone();
    let found = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        own_registration(&mut conn, &caller)
    })
    .await??;
    Ok(Json(found))
}

/// Files a returned 事業所登録 again with the corrected profile.
#[utoipa::path(put, path = "/api/v1/employer/registration", tag = "employer",
    request_body = EmployerProfile,
    responses(
        (status = 200, body = EmployerRegistration),
        (status = 400, body = ApiError),
        (status = 409, description = "Not returned: still being reviewed, or already accepted", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn refile(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(profile): ApiJson<EmployerProfile>,
) -> Result<Json<EmployerRegistration>, AppError> {
    caller.require(Role::Employer)?;
    let profile = checked_profile(&profile, "")?;
    let profile_text = profile_json(&profile)?;
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let refiled = tokio::task::spawn_blocking(move || -> Result<EmployerRegistration, AppError> {
        let mut conn = db.connection()?;
        shigoto_server_db::write_transaction(&mut conn, |conn| {
            let office = reviewing_office(conn, &profile)?;
            if !employer_registrations::refile(
                conn,
                caller.account_id,
                &profile_text,
                &profile.prefecture_code,
                &office,
                now,
            )? {
                let current = own_registration(conn, &caller)?;
                return Err(AppError::text(
                    ErrorCode::Conflict,
                    match current.status {
                        EmployerStatus::Accepted => {
                            Text::new("service-employer-registration-accepted-already")
                        }
                        _ => Text::new("service-employer-registration-under-review"),
                    },
                ));
            }
            own_registration(conn, &caller)
        })
    })
    .await??;
    tracing::info!("事業所登録 filed again");
    Ok(Json(refiled))
}
