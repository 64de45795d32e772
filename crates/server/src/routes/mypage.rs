//! A job seeker's MyPage data and its sync with devices: `POST /api/v1/mypage/mutations`
//! applies queued edits (favorites, saved searches, 求職者情報, hidden employers), each under an idempotency key (applied at most once; the same key
//! answers with its first outcome; the same key with another body is refused), and
//! `GET /api/v1/mypage/changes?since=<cursor>` returns what changed after a cursor (for a
//! job seeker everything of their MyPage with their applications and message threads, and when
//! asked the new postings of their saved searches; for an employer their message threads).
//!
//! Each mutation runs in its own transaction together with remembering its key, so a lost
//! answer, a resend or a duplicate never applies an edit twice.

use axum::extract::State;
use axum::Json;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use serde::Deserialize;
use shigoto_domain::limits::{IDEMPOTENCY_KEY_HOURS, MAX_MUTATIONS_PER_PUSH};
use shigoto_domain::mypage as rules;
use shigoto_domain::visibility::{self, Viewer};
use shigoto_domain::JobNumber;
use shigoto_i18n::{Catalogue, Text};
use shigoto_server_db::{jobs, mypage, seekers, AnyConnection};
use shigoto_shared::{
    ApiError, ErrorCode, FavoriteChange, Mutation, MutationResult, Outcome, PullResponse,
    PushRequest, PushResponse, Role, SavedSearchChange, SyncCursor,
};

use crate::app::AppState;
use crate::auth::caller::{BackgroundCaller, Caller};
use crate::auth::secrets::token_digest;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiQuery};
use crate::routes::application_views::applications_changed;
use crate::routes::hidden_employers;
use crate::routes::introductions::introductions_changed;
use crate::routes::messages::threads_changed;
use crate::routes::posting_views::company_of;
use shigoto_server_db::messages::Reader;

fn rejected(code: ErrorCode, message: impl Into<String>) -> Outcome {
    Outcome::Rejected {
        code,
        message: message.into(),
    }
}

/// Applies one mutation for `account_id` (inside the caller's transaction); a rejection is
/// written in `texts`' language.
fn apply(
    conn: &mut AnyConnection,
    account_id: i64,
    mutation: &Mutation,
    now: NaiveDateTime,
    texts: &Catalogue,
) -> Result<Outcome, AppError> {
    match mutation {
        Mutation::AddFavorite { job_number, at } => {
            let Ok(number) = JobNumber::parse(job_number) else {
                return Ok(rejected(
                    ErrorCode::InvalidParameter,
                    texts.text(
                        &Text::new("service-favorite-job-number-malformed")
                            .with("number", job_number.as_str()),
                    ),
                ));
            };
            let visible = jobs::find(conn, number.as_str())?
                .is_some_and(|job| visibility::sheet_for(&job.sheet, Viewer::Seeker).is_some());
            if !visible {
                return Ok(rejected(
                    ErrorCode::NotFound,
                    texts.text(
                        &Text::new("service-favorite-job-not-found")
                            .with("number", number.as_str()),
                    ),
                ));
            }
            if mypage::favorite(conn, account_id, number.as_str())?.is_some_and(|f| !f.removed) {
                return Ok(Outcome::Applied);
            }
            let kept =
                usize::try_from(mypage::favorite_count(conn, account_id)?).unwrap_or(usize::MAX);
            if let Err(full) = rules::room_for_favorite(kept) {
                return Ok(rejected(
                    ErrorCode::LimitExceeded,
                    texts.text(
                        &Text::new("service-favorite-not-added")
                            .with("number", number.as_str())
                            .with("reason", texts.text(&full.message)),
                    ),
                ));
            }
            let seq = mypage::next_seq(conn, account_id)?;
            let added_at = at.map_or(now, |at| at.min(now));
            mypage::put_favorite(conn, account_id, number.as_str(), false, seq, added_at)?;
        }
        Mutation::RemoveFavorite { job_number } => {
            if mypage::favorite(conn, account_id, job_number)?.is_some_and(|f| !f.removed) {
                let seq = mypage::next_seq(conn, account_id)?;
                mypage::put_favorite(conn, account_id, job_number, true, seq, now)?;
            }
        }
        Mutation::SaveSearch { id, name, params } => {
            if uuid::Uuid::parse_str(id).is_err() {
                return Ok(rejected(
                    ErrorCode::InvalidParameter,
                    texts.t("service-saved-search-id-malformed"),
                ));
            }
            let name = match rules::saved_search_name(name) {
                Ok(name) => name,
                Err(refused) => {
                    return Ok(rejected(
                        ErrorCode::InvalidParameter,
                        texts.text(&refused.message),
                    ))
                }
            };
            if let Err(err) = shigoto_domain::search::validate(params, now.date()) {
                return Ok(rejected(
                    ErrorCode::InvalidParameter,
                    texts.text(&err.message),
                ));
            }
            let kept = mypage::saved_search(conn, account_id, id)?.is_some_and(|s| !s.removed);
            if !kept {
                let count = mypage::saved_search_count(conn, account_id)?;
                if let Err(full) =
                    rules::room_for_saved_search(usize::try_from(count).unwrap_or(usize::MAX))
                {
                    return Ok(rejected(
                        ErrorCode::LimitExceeded,
                        texts.text(
                            &Text::new("service-saved-search-not-saved")
                                .with("name", name)
                                .with("reason", texts.text(&full.message)),
                        ),
                    ));
                }
            }
            let params = serde_json::to_string(params).map_err(AppError::internal)?;
            let seq = mypage::next_seq(conn, account_id)?;
            mypage::put_saved_search(conn, account_id, id, name, &params, seq, now)?;
        }
        Mutation::DeleteSearch { id } => {
            if mypage::saved_search(conn, account_id, id)?.is_some_and(|s| !s.removed) {
                let seq = mypage::next_seq(conn, account_id)?;
                mypage::remove_saved_search(conn, account_id, id, seq, now)?;
            }
        }
        Mutation::SetSearchAlert { id, on } => {
            let changes = mypage::saved_search(conn, account_id, id)?
                .is_some_and(|s| !s.removed && s.notify_new != *on);
            if changes {
                let seq = mypage::next_seq(conn, account_id)?;
                mypage::set_saved_search_alert(conn, account_id, id, *on, seq, now)?;
            }
        }
        Mutation::MarkSearchRun { id, at } => {
            let at = (*at).min(now);
            let newer = mypage::saved_search(conn, account_id, id)?
                .is_some_and(|s| !s.removed && s.last_run_at.is_none_or(|last| last < at));
            if newer {
                let seq = mypage::next_seq(conn, account_id)?;
                mypage::mark_saved_search_run(conn, account_id, id, at, seq, now)?;
            }
        }
        Mutation::SaveProfile { profile } => {
            return crate::routes::seeker_profile::save(conn, account_id, profile, now, texts);
        }
        Mutation::HideEmployer { job_number, at } => {
            return hidden_employers::hide(conn, account_id, (job_number, *at), now, texts);
        }
        Mutation::ShowEmployer { job_number } => {
            return hidden_employers::show(conn, account_id, job_number, now);
        }
    }
    Ok(Outcome::Applied)
}

/// Applies `mutation` under `key` once: a remembered key answers with its first outcome (in the
/// language it was first written in); a new rejection is written in `texts`' language.
pub(crate) fn apply_once(
    conn: &mut AnyConnection,
    account_id: i64,
    key: &str,
    mutation: &Mutation,
    now: NaiveDateTime,
    texts: &Catalogue,
) -> Result<Outcome, AppError> {
    let body = serde_json::to_string(mutation).map_err(AppError::internal)?;
    let hash = token_digest(&body);
    shigoto_server_db::write_transaction(conn, |conn| {
        mypage::lock_user(conn, account_id)?;
        if mypage::claim_key(conn, account_id, key, &hash, now)? {
            let outcome = apply(conn, account_id, mutation, now, texts)?;
            let stored = serde_json::to_string(&outcome).map_err(AppError::internal)?;
            mypage::settle_key(conn, account_id, key, &stored)?;
            return Ok(outcome);
        }
        if let Some(seen) = mypage::idempotency_key(conn, account_id, key)? {
            if seen.request_hash != hash {
                return Ok(rejected(
                    ErrorCode::IdempotencyConflict,
                    texts.t("service-idempotency-conflict"),
                ));
            }
            return serde_json::from_str(&seen.outcome).map_err(AppError::internal);
        }
        Err(AppError::internal("a claimed idempotency key vanished"))
    })
}

/// Applies queued edits in order.
#[utoipa::path(post, path = "/api/v1/mypage/mutations", tag = "mypage",
    request_body = PushRequest,
    responses((status = 200, body = PushResponse), (status = 400, body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn push(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(request): ApiJson<PushRequest>,
) -> Result<Json<PushResponse>, AppError> {
    caller.require(Role::Seeker)?;
    if request.mutations.len() > MAX_MUTATIONS_PER_PUSH {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "mutations",
            Text::new("service-too-many-mutations").with("max", MAX_MUTATIONS_PER_PUSH),
        ));
    }
    if let Some(bad) = request
        .mutations
        .iter()
        .find(|m| uuid::Uuid::parse_str(&m.key).is_err())
    {
        return Err(AppError::text_at(
            ErrorCode::InvalidParameter,
            "key",
            Text::new("service-mutation-key-not-uuid").with("key", bad.key.as_str()),
        ));
    }
    let texts = crate::language::texts();
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let results = tokio::task::spawn_blocking(move || -> Result<Vec<MutationResult>, AppError> {
        let mut conn = db.connection()?;
        let forgotten = mypage::forget_keys_before(
            &mut conn,
            now - TimeDelta::hours(2 * IDEMPOTENCY_KEY_HOURS),
        )?;
        if forgotten > 0 {
            tracing::debug!(forgotten, "old idempotency keys forgotten");
        }
        request
            .mutations
            .iter()
            .map(|keyed| {
                let outcome = apply_once(
                    &mut conn,
                    caller.account_id,
                    &keyed.key,
                    &keyed.mutation,
                    now,
                    texts,
                )?;
                if let Outcome::Rejected { code, .. } = &outcome {
                    tracing::info!(code = code.as_str(), "mutation rejected");
                }
                Ok(MutationResult {
                    key: keyed.key.clone(),
                    outcome,
                })
            })
            .collect()
    })
    .await??;
    Ok(Json(PushResponse { results }))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct Since {
    /// The cursor of the last pull (`"0.0"` for everything).
    pub since: String,
    /// Also count each saved search's postings published since its last run (job seekers;
    /// devices ask every few minutes, not on every pull).
    #[serde(default)]
    pub new_postings: bool,
}

/// Reads what changed after `cursor` (see [`mypage`]'s invariant: reading the sequence numbers
/// first means every change up to them is already committed).
fn changes(
    conn: &mut AnyConnection,
    account_id: i64,
    cursor: SyncCursor,
    today: NaiveDate,
) -> Result<PullResponse, AppError> {
    let next = SyncCursor {
        user_seq: mypage::last_seq(conn, account_id)?,
        jobs_seq: jobs::latest_change(conn)?,
    };
    let mut favorites = mypage::favorites_since(conn, account_id, cursor.user_seq)?;
    for refreshed in mypage::favorites_with_jobs_changed_since(conn, account_id, cursor.jobs_seq)? {
        if !favorites
            .iter()
            .any(|f| f.job_number == refreshed.job_number)
        {
            favorites.push(refreshed);
        }
    }
    let wanted: Vec<String> = favorites
        .iter()
        .filter(|f| !f.removed)
        .map(|f| f.job_number.clone())
        .collect();
    let sheets = jobs::find_many(conn, &wanted)?;
    let viewer = crate::auth::viewer::seeker_viewer(conn, account_id, today)?;
    let favorites = favorites
        .into_iter()
        .map(|f| FavoriteChange {
            sheet: (!f.removed)
                .then(|| sheets.iter().find(|j| j.sheet.job_number == f.job_number))
                .flatten()
                .and_then(|job| visibility::sheet_for(&job.sheet, viewer)),
            job_number: f.job_number,
            added_at: f.added_at,
            removed: f.removed,
        })
        .collect();
    let saved_searches = mypage::saved_searches_since(conn, account_id, cursor.user_seq)?
        .into_iter()
        .map(|s| {
            Ok(SavedSearchChange {
                params: serde_json::from_str(&s.params).map_err(AppError::internal)?,
                id: s.id,
                name: s.name,
                last_run_at: s.last_run_at,
                notify_new: s.notify_new,
                removed: s.removed,
                updated_at: s.updated_at,
            })
        })
        .collect::<Result<_, AppError>>()?;
    let kept: Vec<String> = mypage::kept_favorites(conn, account_id)?
        .into_iter()
        .map(|f| f.job_number)
        .collect();
    let open = jobs::open_among(conn, &kept, today)?;
    let closed = kept.into_iter().filter(|n| !open.contains(n)).collect();
    let (applications, (threads, messages), introductions, reminders, profile, requests) =
        match seekers::find_by_account(conn, account_id)? {
            Some(seeker) => (
                applications_changed(conn, &seeker, viewer, cursor.user_seq)?,
                threads_changed(
                    conn,
                    (Reader::Seeker, seeker.id, Role::Seeker),
                    cursor.user_seq,
                )?,
                introductions_changed(conn, &seeker, viewer, cursor.user_seq)?,
                crate::reminders::of_seeker(&seeker, today)?
                    .into_iter()
                    .collect(),
                crate::routes::seeker_profile::changed(conn, seeker.id, cursor.user_seq)?,
                crate::routes::direct_requests::requests_changed(
                    conn,
                    &seeker,
                    viewer,
                    cursor.user_seq,
                )?,
            ),
            None => (
                Vec::new(),
                (Vec::new(), Vec::new()),
                Vec::new(),
                Vec::new(),
                None,
                Vec::new(),
            ),
        };
    let hidden_employers = hidden_employers::changed(conn, account_id, viewer, cursor.user_seq)?;
    Ok(PullResponse {
        cursor: next.to_wire(),
        favorites,
        saved_searches,
        hidden_employers,
        closed,
        applications,
        threads,
        messages,
        introductions,
        new_postings: None,
        reminders,
        profile,
        requests,
    })
}

/// What changed for an employer after `cursor`: their message threads (employers keep nothing
/// else on devices yet), and the reminders of their postings.
fn employer_changes(
    conn: &mut AnyConnection,
    caller: &Caller,
    cursor: SyncCursor,
    today: NaiveDate,
) -> Result<PullResponse, AppError> {
    let next = SyncCursor {
        user_seq: mypage::last_seq(conn, caller.account_id)?,
        jobs_seq: cursor.jobs_seq,
    };
    let company = company_of(conn, caller)?;
    let (threads, messages) = threads_changed(
        conn,
        (Reader::Employer, company.employer_id, Role::Employer),
        cursor.user_seq,
    )?;
    Ok(PullResponse {
        cursor: next.to_wire(),
        favorites: Vec::new(),
        saved_searches: Vec::new(),
        closed: Vec::new(),
        applications: Vec::new(),
        threads,
        messages,
        introductions: Vec::new(),
        new_postings: None,
        reminders: crate::reminders::of_employer(conn, company.employer_id, today)?,
        profile: None,
        requests: Vec::new(),
        hidden_employers: Vec::new(),
    })
}

/// What changed after a cursor.
#[utoipa::path(get, path = "/api/v1/mypage/changes", tag = "mypage", params(Since),
    responses((status = 200, body = PullResponse), (status = 400, body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn pull(
    State(state): State<AppState>,
    BackgroundCaller(caller): BackgroundCaller,
    ApiQuery(since): ApiQuery<Since>,
) -> Result<Json<PullResponse>, AppError> {
    if caller.role != Role::Employer {
        caller.require(Role::Seeker)?;
    }
    let cursor = SyncCursor::from_wire(&since.since).ok_or_else(|| {
        AppError::text_at(
            ErrorCode::InvalidParameter,
            "since",
            Text::new("service-sync-cursor-malformed"),
        )
    })?;
    let today = state.clock.today();
    let (db, index) = (state.db.clone(), state.index.clone());
    let answer = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        if caller.role == Role::Employer {
            return employer_changes(&mut conn, &caller, cursor, today);
        }
        let mut answer = changes(&mut conn, caller.account_id, cursor, today)?;
        if since.new_postings {
            let searches = mypage::kept_saved_searches(&mut conn, caller.account_id)?;
            let viewer = crate::auth::viewer::seeker_viewer(&mut conn, caller.account_id, today)?;
            let hidden = hidden_employers::left_out(&mut conn, caller.account_id, viewer)?;
            drop(conn);
            let counted = crate::new_jobs::counts(&index, (&searches, &hidden), today)?;
            answer.new_postings = Some(counted);
        }
        Ok::<_, AppError>(answer)
    })
    .await??;
    Ok(Json(answer))
}
