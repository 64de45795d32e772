//! オンライン職業紹介 and おすすめ求人. A counselor of the seeker's prefecture points a posting
//! out to a seeker (`POST /api/v1/counselor/seekers/{n}/introductions`): the introduction is
//! stored once per seeker, posting and kind, numbered in the seeker's MyPage sequence (devices
//! pull it), and announced in the seeker's Hello Work thread by a message that keeps the
//! posting's number, all in one transaction. From an online introduction the seeker applies
//! (`POST /api/v1/mypage/introductions/{id}/apply`): the application is a referral (紹介) with
//! a 紹介状 issued that day by the introducing counselor's office, and the employer sees it like
//! any referral. A recommendation is applied to through the posting's own 応募する.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use shigoto_domain::application::ApplyRefused;
use shigoto_domain::introduction::{self as rules, IntroductionRefused};
use shigoto_domain::visibility::{self, Viewer};
use shigoto_domain::{seeking, JobNumber};
use shigoto_i18n::Text;
use shigoto_server_db::introductions::{self, Introduction, NewIntroduction};
use shigoto_server_db::notification_settings::Recipient;
use shigoto_server_db::{counselors, jobs, messages, AnyConnection};
use shigoto_shared::{
    ApiError, ApplicationKind, CounselorActionKind, ErrorCode, IntroductionKind,
    IntroductionRequest, JobIntroduction, MessageSide, MyApplication, Role, ThreadParty,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::application_views::{file_application, my_application, Filing};
use crate::routes::applications::as_seeker;
use crate::routes::messages::sender_name;
use crate::routes::referrals::referral_letter;
use crate::routes::seeker_record::{registration_of, seeker_of_prefecture};
use shigoto_mail::{event_mail, EventNotice};
use shigoto_server_db::seekers::Seeker;

/// Mails the employer (if anyone) that an application arrived.
pub(crate) fn tell_employer(state: &AppState, to: Option<Recipient>) {
    if let Some(to) = to {
        state.send_later(
            event_mail(to.lang, &to.email, EventNotice::NewApplicant),
            "new applicant",
        );
    }
}

fn refused(refusal: IntroductionRefused) -> AppError {
    match refusal {
        IntroductionRefused::NoteTooLong | IntroductionRefused::ControlCharacter => {
            AppError::text_at(ErrorCode::InvalidParameter, "note", refusal.text())
        }
        _ => AppError::text(ErrorCode::Conflict, refusal.text()),
    }
}

fn kind_of(stored: &Introduction) -> Result<IntroductionKind, AppError> {
    IntroductionKind::from_wire(&stored.kind)
        .ok_or_else(|| AppError::internal(format!("unknown introduction kind {}", stored.kind)))
}

/// `stored` as the seeker (seen as `viewer`) reads it; `None` when the posting is gone.
fn as_read(
    conn: &mut AnyConnection,
    stored: Introduction,
    viewer: Viewer,
) -> Result<Option<JobIntroduction>, AppError> {
    let Some(job) = jobs::find(conn, &stored.job_number)? else {
        return Ok(None);
    };
    let employer_name = visibility::sheet_for(&job.sheet, viewer).and_then(|s| s.employer.name);
    Ok(Some(JobIntroduction {
        id: stored.id,
        kind: kind_of(&stored)?,
        job_number: stored.job_number,
        title: job.sheet.work.title,
        employer_name,
        introduced_by: stored.introduced_by,
        note: stored.note,
        introduced_at: stored.created_at,
    }))
}

/// The seeker's introductions numbered after `since` (all from 0), for MyPage sync.
pub(crate) fn introductions_changed(
    conn: &mut AnyConnection,
    seeker: &Seeker,
    viewer: Viewer,
    since: i64,
) -> Result<Vec<JobIntroduction>, AppError> {
    let mut read = Vec::new();
    for stored in introductions::changed_for(conn, seeker.id, since)? {
        read.extend(as_read(conn, stored, viewer)?);
    }
    Ok(read)
}

/// A counselor points a posting out to a seeker of their prefecture.
#[utoipa::path(post, path = "/api/v1/counselor/seekers/{seeker_number}/introductions", tag = "applications",
    params(("seeker_number" = String, Path, description = "求職番号")),
    request_body = IntroductionRequest,
    responses(
        (status = 201, description = "Sent; in the seeker's MyPage and Hello Work thread", body = JobIntroduction),
        (status = 400, description = "Not a 求人番号, or the note is too long", body = ApiError),
        (status = 404, description = "No such seeker in the counselor's prefecture, or no such posting for the seeker", body = ApiError),
        (status = 409, description = "Posting closed, 仮登録 or 求職状態 無効 (online introduction), or introduced that way already", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn introduce(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(number): ApiPath<String>,
    ApiJson(request): ApiJson<IntroductionRequest>,
) -> Result<(StatusCode, Json<JobIntroduction>), AppError> {
    caller.require(Role::Counselor)?;
    let job_number = JobNumber::parse(&request.job_number)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, "job_number", err.text()))?;
    let note = rules::checked_note(&request.note).map_err(refused)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let sent = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let mut conn = db.connection()?;
        let conn = &mut conn;
        let seeker = seeker_of_prefecture(conn, &caller, &number)?;
        let viewer = crate::routes::application_views::viewer_of(&seeker, today)?;
        let job = jobs::find(conn, job_number.as_str())?
            .filter(|job| visibility::is_visible(job.sheet.publication, viewer))
            .ok_or_else(|| {
                AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting"))
            })?;
        let registration = registration_of(&seeker, today)?;
        let state_today = seeking::state_on(registration, seeker.valid_until, today);
        rules::check_introduction(request.kind, registration, state_today, &job.sheet, today)
            .map_err(refused)?;
        let introduced_by = sender_name(conn, &caller, MessageSide::HelloWork)?;
        let text = rules::message_text(request.kind, &job.sheet, &note);
        let stored = shigoto_server_db::write_transaction(conn, |conn| {
            let stored = introductions::insert(
                conn,
                &NewIntroduction {
                    seeker_id: seeker.id,
                    seeker_account_id: seeker.account_id,
                    job_id: job.id,
                    job_number: job_number.as_str(),
                    kind: request.kind.as_str(),
                    counselor_account_id: caller.account_id,
                    introduced_by: &introduced_by,
                    note: &note,
                    created_at: now,
                },
            )?
            .ok_or_else(|| refused(IntroductionRefused::AlreadyIntroduced))?;
            let thread = messages::open_thread(
                conn,
                seeker.id,
                ThreadParty::HelloWork.as_str(),
                messages::HELLO_WORK_KEY,
                None,
                now,
            )?;
            let key = format!("introduction-{}", stored.id);
            messages::send(
                conn,
                &thread,
                &messages::NewMessage {
                    thread_id: thread.id,
                    sender_account_id: caller.account_id,
                    side: MessageSide::HelloWork.as_str(),
                    sender_name: &introduced_by,
                    body: &text,
                    client_key: &key,
                    sent_at: now,
                    job_number: Some(job_number.as_str()),
                },
            )?;
            let subject =
                crate::audit::seeker_and_posting(&seeker.seeker_number, job_number.as_str());
            let kind = CounselorActionKind::Introduction;
            crate::audit::record(conn, &caller, kind, &subject, now)?;
            Ok::<_, AppError>(stored)
        })?;
        let mail_to = crate::notify::recipient(conn, seeker.account_id)?;
        let sent = as_read(conn, stored, viewer)?
            .ok_or_else(|| AppError::internal("an introduced posting is gone"))?;
        Ok((sent, mail_to))
    })
    .await??;
    let (sent, mail_to) = sent;
    if let Some(to) = mail_to {
        state.send_later(
            event_mail(to.lang, &to.email, EventNotice::Introduction),
            "job introduction",
        );
    }
    tracing::info!(introduction = sent.id, kind = sent.kind.as_str(), job_number = %sent.job_number, "job introduced");
    Ok((StatusCode::CREATED, Json(sent)))
}

/// The seeker applies from an online introduction: a referral (紹介) with its 紹介状.
#[utoipa::path(post, path = "/api/v1/mypage/introductions/{id}/apply", tag = "applications",
    params(("id" = i64, Path, description = "The introduction")),
    responses(
        (status = 201, description = "Applied; 紹介, 選考中, with a 紹介状", body = MyApplication),
        (status = 404, description = "Not one of the seeker's introductions, or the posting is gone", body = ApiError),
        (status = 409, description = "A recommendation, 仮登録, 求職状態 無効, posting closed, or applied already", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError),
    ))]
pub async fn apply(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<(StatusCode, Json<MyApplication>), AppError> {
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let applied = as_seeker(&state, caller, move |conn, seeker| {
        let stored = introductions::find(conn, id)?
            .filter(|stored| stored.seeker_id == seeker.id)
            .ok_or_else(|| {
                AppError::text(
                    ErrorCode::NotFound,
                    Text::new("service-no-such-introduction"),
                )
            })?;
        let kind = kind_of(&stored)?;
        rules::may_apply_from(kind).map_err(refused)?;
        let job = jobs::find(conn, &stored.job_number)?.ok_or_else(|| {
            AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting"))
        })?;
        let registration = registration_of(&seeker, today)?;
        let state_today = seeking::state_on(registration, seeker.valid_until, today);
        rules::check_introduction(kind, registration, state_today, &job.sheet, today)
            .map_err(refused)?;
        let counselor = counselors::find(conn, stored.counselor_account_id)?
            .ok_or_else(|| AppError::internal("an introducing counselor is gone"))?;
        let letter = referral_letter(conn, &counselor, &seeker, &job, today)?;
        let filed = file_application(
            conn,
            &seeker,
            &job,
            Filing {
                kind: ApplicationKind::Referred,
                message: "",
                referred_by: Some(stored.counselor_account_id),
                letter: Some(&letter),
                documents: &[],
            },
            (today, now),
            || AppError::text(ErrorCode::Conflict, ApplyRefused::AlreadyApplied.text()),
        )?;
        let viewer = crate::routes::application_views::viewer_of(&seeker, today)?;
        let mail_to = crate::notify::employer_recipient(conn, job.employer_id)?;
        Ok((my_application(&filed, &job, viewer, Vec::new())?, mail_to))
    })
    .await?;
    let (applied, mail_to) = applied;
    tell_employer(&state, mail_to);
    tracing::info!(
        application = applied.id,
        introduction = id,
        "applied from an online introduction"
    );
    Ok((StatusCode::CREATED, Json(applied)))
}
