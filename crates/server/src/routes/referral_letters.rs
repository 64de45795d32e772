//! The 紹介状 of a referral as a printable PDF: for the employer of the posting
//! (`GET /api/v1/employer/applicants/{id}/referral-letter`) and for the seeker referred
//! (`GET /api/v1/mypage/applications/{id}/referral-letter`). Laid out from the facts stored on
//! the day of the referral, in the asker's language; a self-application has none (404), as has
//! anyone else's.

use axum::extract::State;
use axum::response::Response;
use shigoto_documents::{referral_letter_pdf, ReferralLetter};
use shigoto_i18n::{catalogue, Catalogue, Text};
use shigoto_server_db::applications::{self, Application};
use shigoto_server_db::AnyConnection;
use shigoto_shared::{ApiError, ErrorCode, Role};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::ApiPath;
use crate::routes::application_views::seeker_of;
use crate::routes::download::attachment;
use crate::routes::posting_views::company_of;

fn no_letter() -> AppError {
    AppError::text(
        ErrorCode::NotFound,
        Text::new("service-no-such-referral-letter"),
    )
}

/// The PDF answer of `application`'s letter.
fn letter_answer(
    fonts: &shigoto_documents::Fonts,
    texts: &Catalogue,
    application: &Application,
) -> Result<Response, AppError> {
    let stored = application.letter.as_deref().ok_or_else(no_letter)?;
    let letter: ReferralLetter = serde_json::from_str(stored).map_err(|err| {
        AppError::internal(format!(
            "application {} has an unreadable letter: {err}",
            application.id
        ))
    })?;
    let pdf =
        referral_letter_pdf(fonts, texts, &letter, application.id).map_err(AppError::internal)?;
    let file = format!("referral-letter-{}.pdf", letter.job_number);
    Ok(attachment("application/pdf", &file, pdf))
}

/// Runs `find` for the caller's role and lays out the letter, off the async workers.
async fn letter_of(
    state: &AppState,
    caller: Caller,
    role: Role,
    find: impl FnOnce(&mut AnyConnection, &Caller) -> Result<Application, AppError> + Send + 'static,
) -> Result<Response, AppError> {
    caller.require(role)?;
    let texts = catalogue(crate::language::current());
    let (db, fonts) = (state.db.clone(), state.fonts.clone());
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        let application = find(&mut conn, &caller)?;
        letter_answer(&fonts, texts, &application)
    })
    .await?
}

/// The 紹介状 of one of the employer's applicants.
#[utoipa::path(get, path = "/api/v1/employer/applicants/{id}/referral-letter", tag = "applications",
    params(("id" = i64, Path, description = "The application")),
    responses(
        (status = 200, description = "The 紹介状 (A4 PDF)", content_type = "application/pdf", body = Vec<u8>),
        (status = 404, description = "Not a referred applicant of the employer's postings", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError),
    ))]
pub async fn for_employer(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, AppError> {
    letter_of(&state, caller, Role::Employer, move |conn, caller| {
        let company = company_of(conn, caller)?;
        applications::find(conn, id)?
            .filter(|application| application.employer_id == company.employer_id)
            .ok_or_else(no_letter)
    })
    .await
}

/// The 紹介状 of one of the seeker's referrals.
#[utoipa::path(get, path = "/api/v1/mypage/applications/{id}/referral-letter", tag = "applications",
    params(("id" = i64, Path, description = "The application")),
    responses(
        (status = 200, description = "The 紹介状 (A4 PDF)", content_type = "application/pdf", body = Vec<u8>),
        (status = 404, description = "Not one of the seeker's referrals", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn for_seeker(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, AppError> {
    letter_of(&state, caller, Role::Seeker, move |conn, caller| {
        let seeker = seeker_of(conn, caller)?;
        applications::find(conn, id)?
            .filter(|application| application.seeker_id == seeker.id)
            .ok_or_else(no_letter)
    })
    .await
}
