//! Mails that go once a day, from seven in the morning (Japan time): the digest of new postings
//! (新着求人のお知らせ) to the job seekers who asked for it, and the expiry reminders (a
//! registration or a posting ending in 14 or 3 days) to those who keep mails about events on.
//! Every instance looks every [`DAILY_TICK`]; each pass is claimed for the day in `daily_runs`
//! (one instance makes it; one that stopped half-way is taken over after [`PASS_LEASE`]), and
//! each mail in `sent_notices` by one insert before it goes, so an account gets each once
//! whatever the number of instances; a send that failed gives its claim back for the next look.

use std::time::Duration;

use chrono::{NaiveDate, TimeDelta};
use shigoto_domain::new_jobs::{self, DIGEST_LISTED_PER_SEARCH};
use shigoto_domain::reminders;
use shigoto_i18n::catalogue;
use shigoto_mail::{new_jobs_digest_mail, reminder_mail, DigestSection, Mail, Reminded};
use shigoto_server_db::{
    daily_runs, employers, jobs, mypage, notification_settings, seekers, sent_notices,
};
use tokio::sync::watch;

use crate::app::AppState;
use crate::error::AppError;

/// How often a running instance looks for mails due.
pub const DAILY_TICK: Duration = Duration::from_secs(5 * 60);

/// How long a pass's claim holds before another instance may take it over.
pub const PASS_LEASE: TimeDelta = TimeDelta::minutes(30);

/// Accounts handled per database round.
const BATCH: i64 = 100;

const DIGEST: &str = "new_jobs_digest";
const REMINDERS: &str = "expiry_reminders";
const REGISTRATION_NOTICE: &str = "registration_expiry";
const POSTING_NOTICE: &str = "posting_deadline";

/// What one look sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DailySent {
    pub digests: usize,
    pub reminders: usize,
}

/// A mail claimed for one account under `kind`/`about`, ready to go.
struct Claimed {
    account_id: i64,
    kind: &'static str,
    about: String,
    mail: Mail,
}

/// Claims and composes the digest of `account_id` for `day`, if it is theirs to send and has
/// anything in it (an empty one stays claimed: nothing more to tell that day). Blocking.
fn claim_digest(
    state: &AppState,
    account_id: i64,
    day: NaiveDate,
) -> Result<Option<Claimed>, AppError> {
    let mut conn = state.db.connection()?;
    let about = day.to_string();
    if !sent_notices::claim(&mut conn, account_id, DIGEST, &about, state.clock.now_utc())? {
        return Ok(None);
    }
    let Some(to) = notification_settings::address(&mut conn, account_id)? else {
        return Ok(None);
    };
    let searches = mypage::kept_saved_searches(&mut conn, account_id)?;
    let viewer = crate::auth::viewer::seeker_viewer(&mut conn, account_id, day)?;
    let hidden = crate::routes::hidden_employers::left_out(&mut conn, account_id, viewer)?;
    drop(conn);
    let window = new_jobs::digest_window(day);
    let mut sections = Vec::new();
    for search in searches.iter().filter(|s| s.notify_new) {
        let gained = crate::new_jobs::published_between(
            &state.index,
            (search, &hidden),
            window,
            day,
            DIGEST_LISTED_PER_SEARCH,
        )?;
        if let Some(gained) = gained.filter(|g| g.total > 0) {
            sections.push(DigestSection {
                search_name: gained.search_name,
                total: gained.total,
                postings: gained
                    .postings
                    .into_iter()
                    .map(|p| (p.job_number, p.title))
                    .collect(),
            });
        }
    }
    if sections.is_empty() {
        return Ok(None);
    }
    let published_on = day.pred_opt().unwrap_or(day);
    Ok(Some(Claimed {
        account_id,
        kind: DIGEST,
        about,
        mail: new_jobs_digest_mail(to.lang, &to.email, published_on, &sections),
    }))
}

/// The digests of one batch of readers after `after`: the readers seen and the mails claimed.
fn digest_batch(
    state: &AppState,
    day: NaiveDate,
    after: i64,
) -> Result<(Vec<i64>, Vec<Claimed>), AppError> {
    let mut conn = state.db.connection()?;
    let readers = notification_settings::digest_readers(&mut conn, after, BATCH)?;
    drop(conn);
    let mut claimed = Vec::new();
    for &reader in &readers {
        claimed.extend(claim_digest(state, reader, day)?);
    }
    Ok((readers, claimed))
}

/// Claims the reminder mail of `reminder` for `account_id` under `kind`, unless told already
/// (a claim is taken even when mails are off: there is nothing to send later either).
fn claim_reminder(
    conn: &mut shigoto_server_db::AnyConnection,
    state: &AppState,
    (account_id, kind, reminded): (i64, &'static str, Reminded),
    reminder: &shigoto_shared::Reminder,
) -> Result<Option<Claimed>, AppError> {
    let about = reminders::told_key(reminder);
    if !sent_notices::claim(conn, account_id, kind, &about, state.clock.now_utc())? {
        return Ok(None);
    }
    let Some(to) = notification_settings::mail_recipient(conn, account_id)? else {
        return Ok(None);
    };
    let (title, line) = reminders::notice_text(catalogue(to.lang), reminder);
    Ok(Some(Claimed {
        account_id,
        kind,
        about,
        mail: reminder_mail(to.lang, &to.email, reminded, &title, &line),
    }))
}

/// The registration reminders of one batch of seekers after `after`.
fn seeker_batch(
    state: &AppState,
    day: NaiveDate,
    after: i64,
) -> Result<(Vec<i64>, Vec<Claimed>), AppError> {
    let mut conn = state.db.connection()?;
    let batch = seekers::ending_between(&mut conn, reminders::window_from(day), after, BATCH)?;
    let mut claimed = Vec::new();
    for seeker in &batch {
        let (Some(account), Some(reminder)) =
            (seeker.account_id, crate::reminders::of_seeker(seeker, day)?)
        else {
            continue;
        };
        let whom = (account, REGISTRATION_NOTICE, Reminded::Seeker);
        claimed.extend(claim_reminder(&mut conn, state, whom, &reminder)?);
    }
    Ok((batch.iter().map(|s| s.id).collect(), claimed))
}

/// The posting reminders of one batch of employers after `after`.
fn employer_batch(
    state: &AppState,
    day: NaiveDate,
    after: i64,
) -> Result<(Vec<i64>, Vec<Claimed>), AppError> {
    let mut conn = state.db.connection()?;
    let batch = jobs::employers_with_deadlines_between(
        &mut conn,
        reminders::window_from(day),
        after,
        BATCH,
    )?;
    let mut claimed = Vec::new();
    for &employer_id in &batch {
        let Some(account) = employers::find(&mut conn, employer_id)?.and_then(|e| e.account_id)
        else {
            continue;
        };
        for reminder in crate::reminders::of_employer(&mut conn, employer_id, day)? {
            let whom = (account, POSTING_NOTICE, Reminded::Employer);
            claimed.extend(claim_reminder(&mut conn, state, whom, &reminder)?);
        }
    }
    Ok((batch, claimed))
}

/// Sends claimed mails one by one; a failed one gives its claim back. How many went.
async fn send_claimed(state: &AppState, claimed: Vec<Claimed>) -> Result<usize, AppError> {
    let mut sent = 0;
    for claim in claimed {
        match state.mailer.send(&claim.mail).await {
            Ok(_) => sent += 1,
            Err(err) => {
                tracing::error!(code = "mail_failed", error = %err, kind = claim.kind, "could not send a daily mail");
                let db = state.db.clone();
                tokio::task::spawn_blocking(move || {
                    let mut conn = db.connection()?;
                    sent_notices::release(&mut conn, claim.account_id, claim.kind, &claim.about)?;
                    Ok::<_, AppError>(())
                })
                .await??;
            }
        }
    }
    Ok(sent)
}

type Batch = fn(&AppState, NaiveDate, i64) -> Result<(Vec<i64>, Vec<Claimed>), AppError>;

/// Runs `batch` over every page of accounts (by id) and sends what it claimed.
async fn each_batch(state: &AppState, day: NaiveDate, batch: Batch) -> Result<usize, AppError> {
    let (mut after, mut sent) = (0, 0);
    loop {
        let looked = state.clone();
        let (seen, claimed) =
            tokio::task::spawn_blocking(move || batch(&looked, day, after)).await??;
        sent += send_claimed(state, claimed).await?;
        match seen.last() {
            Some(&last) if seen.len() == BATCH as usize => after = last,
            _ => return Ok(sent),
        }
    }
}

/// Runs `task`'s pass for `day` if this instance claims it; how many mails it sent.
async fn claimed_pass(
    state: &AppState,
    task: &'static str,
    day: NaiveDate,
    batches: &[Batch],
) -> Result<usize, AppError> {
    let (db, now) = (state.db.clone(), state.clock.now_utc());
    let mine = tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        Ok::<_, AppError>(daily_runs::claim(&mut conn, task, day, now, PASS_LEASE)?)
    })
    .await??;
    if !mine {
        return Ok(0);
    }
    let mut sent = 0;
    let mut outcome = Ok(());
    for &batch in batches {
        match each_batch(state, day, batch).await {
            Ok(count) => sent += count,
            Err(err) => {
                outcome = Err(err);
                break;
            }
        }
    }
    let (db, now) = (state.db.clone(), state.clock.now_utc());
    let finished = outcome.is_ok();
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection()?;
        if finished {
            daily_runs::finish(&mut conn, task, day, now)?;
        } else {
            daily_runs::release(&mut conn, task, day)?;
        }
        Ok::<_, AppError>(())
    })
    .await??;
    outcome.map(|()| sent)
}

/// Sends the mails due now that no instance sent yet.
pub async fn send_due(state: &AppState) -> Result<DailySent, AppError> {
    let Some(day) = new_jobs::daily_mails_due(state.clock.now_utc()) else {
        return Ok(DailySent::default());
    };
    Ok(DailySent {
        digests: claimed_pass(state, DIGEST, day, &[digest_batch]).await?,
        reminders: claimed_pass(state, REMINDERS, day, &[seeker_batch, employer_batch]).await?,
    })
}

/// Runs [`send_due`] at start and every [`DAILY_TICK`] until `stop` turns true.
pub fn run(state: AppState, mut stop: watch::Receiver<bool>) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(DAILY_TICK);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stop.changed() => return,
            }
            match send_due(&state).await {
                Ok(sent) if sent != DailySent::default() => {
                    tracing::info!(?sent, "daily mails sent");
                }
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "daily mails failed; will retry"),
            }
        }
    });
}
