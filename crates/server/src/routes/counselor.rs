//! Counselors' functions. `POST /api/v1/counselor/seekers`: counter registration of a job
//! seeker (求職登録), which gives the 求職番号 and the email used to open a MyPage later.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::Datelike;
use shigoto_domain::account::{registration_valid_until, seeker_number};
use shigoto_server_db::{counselors, seekers};
use shigoto_shared::{ApiError, CounterRegistration, RegisteredSeeker, Role};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;

/// Longest name accepted.
const MAX_NAME_CHARS: usize = 50;

fn is_katakana_name(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | ' ' | '　'))
}

/// Records a job seeker at the counter.
#[utoipa::path(post, path = "/api/v1/counselor/seekers", tag = "counselor",
    request_body = CounterRegistration,
    responses(
        (status = 201, description = "Registered; the 求職番号 is in the answer", body = RegisteredSeeker),
        (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn register_seeker(
    State(state): State<AppState>,
    caller: Caller,
    Json(request): Json<CounterRegistration>,
) -> Result<(StatusCode, Json<RegisteredSeeker>), AppError> {
    caller.require(Role::Counselor)?;
    let name = request.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(AppError::invalid(
            "name",
            format!("氏名を{MAX_NAME_CHARS}文字以内で入力してください。"),
        ));
    }
    let kana = request.name_kana.trim().to_owned();
    if kana.is_empty() || kana.chars().count() > MAX_NAME_CHARS || !is_katakana_name(&kana) {
        return Err(AppError::invalid(
            "name_kana",
            "フリガナを全角カタカナで入力してください。",
        ));
    }
    let today = state.clock.today();
    let age = today.year()
        - request.birth_date.year()
        - i32::from(
            (today.month(), today.day()) < (request.birth_date.month(), request.birth_date.day()),
        );
    if !(15..=100).contains(&age) {
        return Err(AppError::invalid(
            "birth_date",
            "生年月日を確認してください（15歳以上）。",
        ));
    }
    let email = shigoto_domain::password::normalize_email(&request.email)
        .map_err(|err| AppError::invalid("email", err.to_string()))?;
    if shigoto_refdata::prefecture(&request.prefecture_code).is_none() {
        return Err(AppError::invalid(
            "prefecture_code",
            "住所の都道府県を選択してください。",
        ));
    }
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let registered = tokio::task::spawn_blocking(move || -> Result<RegisteredSeeker, AppError> {
        let mut conn = db.connection()?;
        let counselor = counselors::find(&mut conn, caller.account_id)
            .map_err(AppError::internal)?
            .ok_or_else(|| {
                AppError::Api(ApiError::new(
                    shigoto_shared::ErrorCode::Forbidden,
                    "職員情報が登録されていません。",
                ))
            })?;
        let office = counselor.office_code.clone();
        let seeker = seekers::insert(
            &mut conn,
            &seekers::NewSeeker {
                name: &name,
                name_kana: &kana,
                birth_date: request.birth_date,
                email: &email,
                prefecture_code: &request.prefecture_code,
                office_code: &office,
                status: "registered",
                applied_on: today,
                valid_until: registration_valid_until(today),
                registered_by: Some(caller.account_id),
                account_id: None,
            },
            |serial| seeker_number(&office, serial),
            now,
        )
        .map_err(AppError::internal)?;
        Ok(RegisteredSeeker {
            seeker_number: seeker.seeker_number,
            name: seeker.name,
            email: seeker.email,
            valid_until: seeker.valid_until,
        })
    })
    .await??;
    tracing::info!(seeker = %registered.seeker_number, "job seeker registered at the counter");
    Ok((StatusCode::CREATED, Json(registered)))
}
