//! Mails that go once a day: the digest of new postings (新着求人のお知らせ) to the job seekers
//! who asked for it. Every instance looks every [`DAILY_TICK`]; each mail is claimed in
//! `sent_notices` by one insert before it goes, so whatever the number of instances or ticks a
//! reader gets one a day, and a send that failed gives its claim back for the next tick.

use std::time::Duration;

use chrono::NaiveDate;
use shigoto_domain::new_jobs::{self, DIGEST_LISTED_PER_SEARCH};
use shigoto_mail::{new_jobs_digest_mail, DigestSection};
use shigoto_server_db::{mypage, notification_settings, sent_notices};
use tokio::sync::watch;

use crate::app::AppState;
use crate::error::AppError;

/// How often a running instance looks for mails due.
pub const DAILY_TICK: Duration = Duration::from_secs(5 * 60);

/// Readers handled per database round.
const READERS_PER_BATCH: i64 = 100;

/// The kind of notice a digest is claimed under (`about` is the Japan date it is sent on).
const DIGEST: &str = "new_jobs_digest";

/// What one look sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DailySent {
    pub digests: usize,
}

/// A digest claimed for one reader, ready to go.
struct ClaimedDigest {
    account_id: i64,
    to: String,
    sections: Vec<DigestSection>,
}

/// Claims and composes the digest of `account_id` for `day`, if it is theirs to send and has
/// anything in it (an empty one stays claimed: nothing more to tell that day). Blocking.
fn claim_digest(
    state: &AppState,
    account_id: i64,
    day: NaiveDate,
) -> Result<Option<ClaimedDigest>, AppError> {
    let mut conn = state.db.connection()?;
    let now = state.clock.now_utc();
    if !sent_notices::claim(&mut conn, account_id, DIGEST, &day.to_string(), now)? {
        return Ok(None);
    }
    let Some(to) = notification_settings::address(&mut conn, account_id)? else {
        return Ok(None);
    };
    let searches = mypage::kept_saved_searches(&mut conn, account_id)?;
    drop(conn);
    let window = new_jobs::digest_window(day);
    let mut sections = Vec::new();
    for search in searches.iter().filter(|s| s.notify_new) {
        let gained = crate::new_jobs::published_between(
            &state.index,
            search,
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
    Ok((!sections.is_empty()).then_some(ClaimedDigest {
        account_id,
        to,
        sections,
    }))
}

/// Sends the digests due now that no instance sent yet.
pub async fn send_due(state: &AppState) -> Result<DailySent, AppError> {
    let mut sent = DailySent::default();
    let Some(day) = new_jobs::digest_due(state.clock.now_utc()) else {
        return Ok(sent);
    };
    let published_on = day.pred_opt().unwrap_or(day);
    let mut after = 0;
    loop {
        let batch_state = state.clone();
        let (readers, digests) = tokio::task::spawn_blocking(move || {
            let mut conn = batch_state.db.connection()?;
            let readers =
                notification_settings::digest_readers(&mut conn, after, READERS_PER_BATCH)?;
            drop(conn);
            let mut digests = Vec::new();
            for &reader in &readers {
                digests.extend(claim_digest(&batch_state, reader, day)?);
            }
            Ok::<_, AppError>((readers, digests))
        })
        .await??;
        for digest in digests {
            let mail = new_jobs_digest_mail(&digest.to, published_on, &digest.sections);
            match state.mailer.send(&mail).await {
                Ok(_) => sent.digests += 1,
                Err(err) => {
                    tracing::error!(code = "mail_failed", error = %err, "could not send a digest");
                    let (db, account) = (state.db.clone(), digest.account_id);
                    tokio::task::spawn_blocking(move || {
                        let mut conn = db.connection()?;
                        sent_notices::release(&mut conn, account, DIGEST, &day.to_string())?;
                        Ok::<_, AppError>(())
                    })
                    .await??;
                }
            }
        }
        match readers.last() {
            Some(&last) if readers.len() == READERS_PER_BATCH as usize => after = last,
            _ => return Ok(sent),
        }
    }
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
