//! Referrals (紹介) at the counter: a counselor of the seeker's prefecture refers a 本登録 whose
//! 求職状態 is 有効 to an open posting (`POST /api/v1/counselor/seekers/{n}/referrals`); the
//! application is stored as 紹介 with the facts of its 紹介状, and the referral, like any
//! activity in the registration's last month, extends it. The counselor reads the seeker's
//! applications and their results (`GET /api/v1/counselor/seekers/{n}/applications`).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use shigoto_documents::ReferralLetter;
use shigoto_domain::application::{self as rules, ReferralRefused};
use shigoto_domain::visibility::{self, Viewer};
use shigoto_domain::{seeking, JobNumber};
use shigoto_i18n::Text;
use shigoto_server_db::jobs::StoredJob;
use shigoto_server_db::{counselors, jobs, offices, seekers, AnyConnection};
use shigoto_shared::{
    ApiError, ApplicationKind, CounselorActionKind, ErrorCode, MyApplication, ReferralRequest, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::application_views::{file_application, my_application, Filing};
use crate::routes::counselor::counselor_of;
use crate::routes::seeker_record::{registration_of, seeker_of_prefecture};

/// Most applications a seeker's record lists.
const MAX_LISTED: i64 = 1000;

/// 紹介: the seeker referred to a posting, with a 紹介状.
#[utoipa::path(post, path = "/api/v1/counselor/seekers/{seeker_number}/referrals", tag = "applications",
    params(("seeker_number" = String, Path, description = "求職番号")),
    request_body = ReferralRequest,
    responses(
        (status = 201, description = "Referred; 選考中, with a 紹介状", body = MyApplication),
        (status = 400, description = "Not a 求人番号", body = ApiError),
        (status = 404, description = "No such seeker in the counselor's prefecture, or no such posting", body = ApiError),
        (status = 409, description = "仮登録, 求職状態 無効, posting closed, or applied already", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn refer(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
    ApiJson(request): ApiJson<ReferralRequest>,
) -> Result<(StatusCode, Json<MyApplication>), AppError> {
    caller.require(Role::Counselor)?;
    let job_number = JobNumber::parse(&request.job_number)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "job_number", err.text()))?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let referred = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let seeker = seeker_of_prefecture(conn, &caller, &number)?;
        let counselor = counselor_of(conn, &caller)?;
        let job = jobs::find(conn, job_number.as_str())?.ok_or_else(|| {
            AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting"))
        })?;
        let registration = registration_of(&seeker, today)?;
        let state_today = seeking::state_on(registration, seeker.valid_until, today);
        rules::check_referral(registration, state_today, &job.sheet, today)
            .map_err(|refusal| AppError::text(ErrorCode::Conflict, refusal.text()))?;
        let letter = referral_letter(conn, &counselor, &seeker, &job, today)?;
        let stored = shigoto_server_db::write_transaction(conn, |conn| {
            let stored = file_application(
                conn,
                &seeker,
                &job,
                Filing {
                    kind: ApplicationKind::Referred,
                    message: "",
                    referred_by: Some(caller.account_id),
                    letter: Some(&letter),
                    documents: &[],
                },
                (today, now),
                || AppError::text(ErrorCode::Conflict, ReferralRefused::AlreadyApplied.text()),
            )?;
            let subject =
                crate::audit::seeker_and_posting(&seeker.seeker_number, &job.sheet.job_number);
            crate::audit::record(conn, &caller, CounselorActionKind::Referral, &subject, now)?;
            Ok::<_, AppError>(stored)
        })?;
        let mail_to = crate::notify::employer_recipient(conn, job.employer_id)?;
        Ok((
            my_application(&stored, &job, Viewer::Staff, Vec::new())?,
            mail_to,
        ))
    })
    .await??;
    let (referred, mail_to) = referred;
    crate::routes::introductions::tell_employer(&state, mail_to);
    tracing::info!(application = referred.id, job_number = %referred.job_number, "referral issued");
    Ok((StatusCode::CREATED, Json(referred)))
}

/// The 紹介状 of `seeker` to `job` issued today by `counselor` (with their office), as stored
/// with the application (JSON).
pub(crate) fn referral_letter(
    conn: &mut AnyConnection,
    counselor: &counselors::Counselor,
    seeker: &seekers::Seeker,
    job: &StoredJob,
    today: NaiveDate,
) -> Result<String, AppError> {
    let office = offices::find(conn, &counselor.office_code)?.ok_or_else(|| {
        AppError::internal(format!("office {} is missing", counselor.office_code))
    })?;
    let sheet = &job.sheet;
    let letter = ReferralLetter {
        issued_on: today,
        office_name: office.name,
        office_address: office.address,
        office_phone: office.phone,
        counselor_name: counselor.name.clone(),
        seeker_number: seeker.seeker_number.clone(),
        seeker_name: seeker.name.clone(),
        seeker_kana: seeker.name_kana.clone(),
        seeker_birth_date: seeker.birth_date,
        job_number: sheet.job_number.clone(),
        employer_name: sheet.employer.name.clone().unwrap_or_default(),
        title: sheet.work.title.clone(),
        work_place: visibility::summary(sheet).locality,
        referral_deadline: sheet.referral_deadline,
    };
    serde_json::to_string(&letter).map_err(AppError::internal)
}

/// A seeker's applications (自主応募 and 紹介) and their results, as the counter sees them.
#[utoipa::path(get, path = "/api/v1/counselor/seekers/{seeker_number}/applications", tag = "applications",
    params(("seeker_number" = String, Path, description = "求職番号")),
    responses(
        (status = 200, body = [MyApplication]),
        (status = 404, description = "No such seeker in the counselor's prefecture", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
) -> Result<Json<Vec<MyApplication>>, AppError> {
    caller.require(Role::Counselor)?;
    let db = state.db.clone();
    let listed = tokio::task::spawn_blocking(move || -> Result<Vec<MyApplication>, AppError> {
        let mut conn = db.connection()?;
        let seeker = seeker_of_prefecture(&mut conn, &caller, &number)?;
        crate::routes::application_views::applications_of(
            &mut conn,
            &seeker,
            Viewer::Staff,
            MAX_LISTED,
        )
    })
    .await??;
    Ok(Json(listed))
}
