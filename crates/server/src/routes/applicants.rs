//! An employer's applicants (`/api/v1/employer/…applicants…`): the applicants of one of their
//! published postings, newest first; one applicant opened (the profile the seeker sent and their
//! message); and 採否: 採用, 不採用 (with an optional reason), the seeker's 辞退 or the posting's
//! 取消, recorded once, after which the seeker is told by mail. Only the posting's employer sees
//! its applicants: anyone else's answer 404 as if they did not exist.

use axum::extract::State;
use axum::Json;
use shigoto_domain::application::{self as rules, Decider, DecisionRefused, MAX_APPLICANTS_LISTED};
use shigoto_domain::JobNumber;
use shigoto_i18n::{catalogue, Text};
use shigoto_server_db::applications::{self, Application};
use shigoto_server_db::jobs::{self, StoredJob};
use shigoto_server_db::{seekers, AnyConnection};
use shigoto_shared::{ApiError, Applicant, ApplicantDetail, ApplicationResult, ErrorCode, Lang};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::application_views::{
    applicant, documents_of_one, end_selection, sent_profile, status_of,
};
use crate::routes::posting_views::Company;
use crate::routes::postings::with_company;

/// The employer's own application `id` with its posting (404 for anyone else's, or none).
pub(crate) fn own_application(
    conn: &mut AnyConnection,
    company: &Company,
    id: i64,
) -> Result<(Application, StoredJob), AppError> {
    let not_found = || AppError::text(ErrorCode::NotFound, Text::new("service-no-such-applicant"));
    let application = applications::find(conn, id)?
        .filter(|application| application.employer_id == company.employer_id)
        .ok_or_else(not_found)?;
    let job = jobs::find_by_ids(conn, &[application.job_id])?
        .into_iter()
        .next()
        .ok_or_else(not_found)?;
    Ok((application, job))
}

fn detail(
    conn: &mut AnyConnection,
    application: &Application,
    job: &StoredJob,
) -> Result<ApplicantDetail, AppError> {
    Ok(ApplicantDetail {
        applicant: applicant(application, job)?,
        profile: sent_profile(application)?,
        message: application.message.clone(),
        result_reason: application.result_reason.clone(),
        documents: documents_of_one(conn, application.id)?,
    })
}

/// The applicants of one of the employer's postings, newest first.
#[utoipa::path(get, path = "/api/v1/employer/jobs/{job_number}/applicants", tag = "applications",
    params(("job_number" = String, Path, description = "求人番号")),
    responses(
        (status = 200, body = [Applicant]),
        (status = 400, description = "Not a 求人番号", body = ApiError),
        (status = 404, description = "Not one of the employer's postings", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(job_number): ApiPath<String>,
) -> Result<Json<Vec<Applicant>>, AppError> {
    let job_number = JobNumber::parse(&job_number)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "job_number", err.text()))?;
    let listed = with_company(&state, caller, move |conn, company| {
        let job = jobs::find(conn, job_number.as_str())?
            .filter(|job| job.employer_id == company.employer_id)
            .ok_or_else(|| {
                AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting"))
            })?;
        applications::of_job(conn, job.id, MAX_APPLICANTS_LISTED)?
            .iter()
            .map(|application| applicant(application, &job))
            .collect::<Result<Vec<_>, _>>()
    })
    .await?;
    Ok(Json(listed))
}

/// One applicant of the employer's postings (its 応募書類 listed; each is read on its own).
#[utoipa::path(get, path = "/api/v1/employer/applicants/{id}", tag = "applications",
    params(("id" = i64, Path, description = "The application")),
    responses(
        (status = 200, body = ApplicantDetail),
        (status = 404, description = "Not an applicant of the employer's postings", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ApplicantDetail>, AppError> {
    let opened = with_company(&state, caller, move |conn, company| {
        let (application, job) = own_application(conn, company, id)?;
        detail(conn, &application, &job)
    })
    .await?;
    Ok(Json(opened))
}

/// 採否: the selection's result, recorded once; the seeker is told by mail.
#[utoipa::path(post, path = "/api/v1/employer/applicants/{id}/result", tag = "applications",
    params(("id" = i64, Path, description = "The application")),
    request_body = ApplicationResult,
    responses(
        (status = 200, body = ApplicantDetail),
        (status = 400, description = "Not a result, or a reason where none belongs or too long", body = ApiError),
        (status = 404, description = "Not an applicant of the employer's postings", body = ApiError),
        (status = 409, description = "The selection has ended already", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn record_result(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(result): ApiJson<ApplicationResult>,
) -> Result<Json<ApplicantDetail>, AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let (decided, contact) = with_company(&state, caller, move |conn, company| {
        let (application, job) = own_application(conn, company, id)?;
        let current = status_of(&application)?;
        let reason = result.reason.trim();
        rules::check_decision(Decider::Employer, current, result.status, reason).map_err(
            |refusal| match refusal {
                DecisionRefused::AlreadyDecided => {
                    AppError::text(ErrorCode::Conflict, refusal.text())
                }
                DecisionRefused::NotAResult | DecisionRefused::SeekerMayOnlyDecline => {
                    AppError::text_at(ErrorCode::InvalidParameter, "status", refusal.text())
                }
                DecisionRefused::ReasonOnlyWithRejection | DecisionRefused::ReasonTooLong => {
                    AppError::text_at(ErrorCode::InvalidParameter, "reason", refusal.text())
                }
            },
        )?;
        let reason = (!reason.is_empty()).then_some(reason);
        end_selection(
            conn,
            &application,
            (current, result.status),
            reason,
            (today, now),
        )?;
        let decided = applications::find(conn, id)?
            .ok_or_else(|| AppError::internal("a decided application is gone"))?;
        // A seeker with a MyPage may have turned mails off; one registered at the counter only
        // is told at the address they gave.
        let seeker = match seekers::find(conn, decided.seeker_id)? {
            Some(seeker) if seeker.account_id.is_some() => {
                crate::notify::recipient(conn, seeker.account_id)?.map(|to| (seeker, to.lang))
            }
            other => other.map(|seeker| (seeker, Lang::Ja)),
        };
        Ok((detail(conn, &decided, &job)?, seeker))
    })
    .await?;
    tracing::info!(
        application = id,
        result = decided.applicant.status.as_str(),
        "selection result recorded"
    );
    if let Some((seeker, lang)) = contact {
        state.send_later(
            shigoto_mail::application_result_mail(
                lang,
                &seeker.email,
                &seeker.name,
                &decided.applicant.title,
                &decided.applicant.job_number,
                &decided.applicant.status.label_in(catalogue(lang)),
            ),
            "selection result",
        );
    }
    Ok(Json(decided))
}
