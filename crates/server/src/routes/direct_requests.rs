//! 応募検討依頼: `POST /api/v1/employer/requests` (an employer asks the seeker behind a published
//! 求職情報 to consider one of the employer's open postings: at most ten seekers a posting,
//! each once, claimed and stored in one transaction with the message that opens their thread);
//! `GET /api/v1/employer/jobs/{job_number}/requests` (the requests of one posting, with the
//! answers); `POST /api/v1/mypage/requests/{id}/decline` (the seeker declines, once). Applying
//! is the posting's own 応募する, which answers the request in the application's transaction.
//! Seekers pull their requests with the rest of the MyPage.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::direct_request::{self as rules, RequestRefused, MAX_REQUESTS_PER_POSTING};
use shigoto_domain::visibility::{self, Viewer};
use shigoto_domain::JobNumber;
use shigoto_i18n::Text;
use shigoto_mail::{event_mail, EventNotice};
use shigoto_server_db::direct_requests::{self, NewRequest, StoredRequest};
use shigoto_server_db::{jobs, messages, mypage, profile_publications, seekers, AnyConnection};
use shigoto_shared::{
    ApiError, ErrorCode, MessageSide, ReceivedRequest, RequestAnswer, RequestToConsider, Role,
    SentRequest, SentRequests, ThreadParty,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::messages::sender_name;
use crate::routes::posting_views::company_of;

fn refused(reason: RequestRefused) -> AppError {
    match reason {
        RequestRefused::NoteTooLong | RequestRefused::ControlCharacter => {
            AppError::text_at(ErrorCode::InvalidParameter, "note", reason.text())
        }
        RequestRefused::NotPublished => AppError::text(ErrorCode::NotFound, reason.text()),
        _ => AppError::text(ErrorCode::Conflict, reason.text()),
    }
}

fn answer_of(stored: &StoredRequest) -> Result<Option<RequestAnswer>, AppError> {
    stored
        .answer
        .as_deref()
        .map(|wire| {
            RequestAnswer::from_wire(wire)
                .ok_or_else(|| AppError::internal(format!("unknown answer {wire}")))
        })
        .transpose()
}

fn sent(stored: StoredRequest) -> Result<SentRequest, AppError> {
    Ok(SentRequest {
        answer: answer_of(&stored)?,
        view: serde_json::from_str(&stored.view).map_err(AppError::internal)?,
        id: stored.id,
        job_number: stored.job_number,
        note: stored.note,
        sent_at: stored.sent_at,
        answered_at: stored.answered_at,
    })
}

/// A request as the seeker (seeing postings as `viewer`) receives it.
fn received(
    conn: &mut AnyConnection,
    stored: StoredRequest,
    viewer: Viewer,
) -> Result<Option<ReceivedRequest>, AppError> {
    let Some(job) = jobs::find(conn, &stored.job_number)? else {
        return Ok(None);
    };
    Ok(Some(ReceivedRequest {
        answer: answer_of(&stored)?,
        employer_name: visibility::sheet_for(&job.sheet, viewer).and_then(|s| s.employer.name),
        title: job.sheet.work.title,
        id: stored.id,
        job_number: stored.job_number,
        note: stored.note,
        sent_at: stored.sent_at,
        answered_at: stored.answered_at,
    }))
}

/// The seeker's requests numbered after `since` (all from 0), for MyPage sync.
pub(crate) fn requests_changed(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    viewer: Viewer,
    since: i64,
) -> Result<Vec<ReceivedRequest>, AppError> {
    let mut read = Vec::new();
    for stored in direct_requests::changed_for(conn, seeker.id, since)? {
        read.extend(received(conn, stored, viewer)?);
    }
    Ok(read)
}

/// Answers the seeker's open request for `job_id` as applied (inside the application's
/// transaction), if there is one.
pub(crate) fn answer_by_applying(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    job_id: i64,
    now: chrono::NaiveDateTime,
) -> Result<(), AppError> {
    if let Some(open) = direct_requests::open_for(conn, job_id, seeker.id)? {
        let seq = match seeker.account_id {
            Some(account) => mypage::next_seq(conn, account)?,
            None => 0,
        };
        direct_requests::answer(conn, open.id, RequestAnswer::Applied.as_str(), seq, now)?;
    }
    Ok(())
}

/// An employer asks a seeker who publishes their 求職情報 to consider a posting.
#[utoipa::path(post, path = "/api/v1/employer/requests", tag = "employer",
    request_body = RequestToConsider,
    responses(
        (status = 201, description = "Sent; in the seeker's MyPage and their thread with the employer", body = SentRequest),
        (status = 400, description = "Not a 求人番号, or the note is too long", body = ApiError),
        (status = 404, description = "Not one of the employer's postings, or the 求職情報 is not published", body = ApiError),
        (status = 409, description = "Posting closed, ten seekers asked already, this seeker asked already, or the 事業所登録 not accepted", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn send(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<RequestToConsider>,
) -> Result<(StatusCode, Json<SentRequest>), AppError> {
    caller.require(Role::Employer)?;
    let job_number = JobNumber::parse(&request.job_number)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "job_number", err.text()))?;
    let note = rules::checked_note(&request.note).map_err(refused)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let (stored, mail_to) = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let company = company_of(conn, &caller)?;
        let job = jobs::find(conn, job_number.as_str())?
            .filter(|job| job.employer_id == company.employer_id)
            .ok_or_else(|| {
                AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting"))
            })?;
        rules::check_posting(&job.sheet, today).map_err(refused)?;
        let publication = profile_publications::shown(conn, &request.public_id, today)?
            .ok_or_else(|| refused(RequestRefused::NotPublished))?;
        let seeker = seekers::find(conn, publication.seeker_id)?
            .ok_or_else(|| AppError::internal("a published seeker is gone"))?;
        let employer_name = sender_name(conn, &caller, MessageSide::Employer)?;
        let text = rules::message_text(&job.sheet, &note);
        let stored = shigoto_server_db::write_transaction(conn, |conn| {
            let limit = i32::try_from(MAX_REQUESTS_PER_POSTING).unwrap_or(i32::MAX);
            if !direct_requests::claim(conn, job.id, limit)? {
                return Err(refused(RequestRefused::LimitReached));
            }
            let seeker_seq = match seeker.account_id {
                Some(account) => mypage::next_seq(conn, account)?,
                None => 0,
            };
            let stored = direct_requests::insert(
                conn,
                &NewRequest {
                    job_id: job.id,
                    job_number: job_number.as_str(),
                    employer_id: company.employer_id,
                    seeker_id: seeker.id,
                    view: &publication.view,
                    note: &note,
                    sent_at: now,
                    seeker_seq,
                },
            )?
            .ok_or_else(|| refused(RequestRefused::AlreadyRequested))?;
            let thread = messages::open_thread(
                conn,
                seeker.id,
                ThreadParty::Employer.as_str(),
                &messages::employer_key(company.employer_id),
                Some(company.employer_id),
                now,
            )?;
            messages::send(
                conn,
                &thread,
                &messages::NewMessage {
                    thread_id: thread.id,
                    sender_account_id: caller.account_id,
                    side: MessageSide::Employer.as_str(),
                    sender_name: &employer_name,
                    body: &text,
                    client_key: &format!("request-{}", stored.id),
                    sent_at: now,
                    job_number: Some(job_number.as_str()),
                },
            )?;
            Ok::<_, AppError>(stored)
        })?;
        let mail_to = crate::notify::recipient(conn, seeker.account_id)?;
        Ok((stored, mail_to))
    })
    .await??;
    if let Some(to) = mail_to {
        state.send_later(
            event_mail(to.lang, &to.email, EventNotice::DirectRequest),
            "request to consider applying",
        );
    }
    tracing::info!(request = stored.id, job_number = %stored.job_number, "応募検討依頼 sent");
    Ok((StatusCode::CREATED, Json(sent(stored)?)))
}

/// The requests sent for one of the employer's postings, newest first.
#[utoipa::path(get, path = "/api/v1/employer/jobs/{job_number}/requests", tag = "employer",
    params(("job_number" = String, Path, description = "求人番号")),
    responses(
        (status = 200, body = SentRequests),
        (status = 404, description = "Not one of the employer's postings", body = ApiError),
        (status = 409, description = "The 事業所登録 is not accepted yet", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(job_number): ApiPath<String>,
) -> Result<Json<SentRequests>, AppError> {
    caller.require(Role::Employer)?;
    let db = state.db.clone();
    let listed = tokio::task::spawn_blocking(move || -> Result<SentRequests, AppError> {
        let mut conn = db.connection()?;
        let company = company_of(&mut conn, &caller)?;
        let job = jobs::find(&mut conn, &job_number)?
            .filter(|job| job.employer_id == company.employer_id)
            .ok_or_else(|| {
                AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting"))
            })?;
        let used = u32::try_from(direct_requests::sent_for(&mut conn, job.id)?).unwrap_or(0);
        Ok(SentRequests {
            items: direct_requests::of_job(&mut conn, job.id)?
                .into_iter()
                .map(sent)
                .collect::<Result<_, _>>()?,
            remaining: MAX_REQUESTS_PER_POSTING.saturating_sub(used),
        })
    })
    .await??;
    Ok(Json(listed))
}

/// The seeker declines a request.
#[utoipa::path(post, path = "/api/v1/mypage/requests/{id}/decline", tag = "mypage",
    params(("id" = i64, Path, description = "The request")),
    responses(
        (status = 200, description = "Declined", body = ReceivedRequest),
        (status = 404, description = "Not one of the seeker's requests", body = ApiError),
        (status = 409, description = "Answered already", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn decline(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ReceivedRequest>, AppError> {
    caller.require(Role::Seeker)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let declined = tokio::task::spawn_blocking(move || -> Result<ReceivedRequest, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let seeker = seekers::find_by_account(conn, caller.account_id)?.ok_or_else(|| {
            AppError::text(
                ErrorCode::NotFound,
                Text::new("service-no-seeker-registration"),
            )
        })?;
        let not_found =
            || AppError::text(ErrorCode::NotFound, Text::new("service-no-such-request"));
        let stored = direct_requests::find(conn, id)?
            .filter(|stored| stored.seeker_id == seeker.id)
            .ok_or_else(not_found)?;
        rules::may_answer(answer_of(&stored)?).map_err(refused)?;
        shigoto_server_db::write_transaction(conn, |conn| {
            let seq = mypage::next_seq(conn, caller.account_id)?;
            let declined = RequestAnswer::Declined.as_str();
            if !direct_requests::answer(conn, id, declined, seq, now)? {
                return Err(refused(RequestRefused::AlreadyAnswered));
            }
            Ok::<_, AppError>(())
        })?;
        let stored = direct_requests::find(conn, id)?.ok_or_else(not_found)?;
        let viewer = crate::routes::application_views::viewer_of(&seeker, today)?;
        received(conn, stored, viewer)?.ok_or_else(not_found)
    })
    .await??;
    tracing::info!(request = declined.id, "応募検討依頼 declined");
    Ok(Json(declined))
}
