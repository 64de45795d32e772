//! Deletes what no longer matters, so tables of sessions, keys and counters do not grow without
//! end: sessions that ended, 認証キー that expired, and rate-limit counters whose window passed,
//! each a while after (kept [`PRUNE_AFTER`] for investigating incidents), and the claims of
//! once-only mails long after their day ([`SENT_NOTICES_KEPT`]). Every instance runs
//! it; deleting the same rows twice is harmless.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use shigoto_domain::account::{LONGEST_LIMIT_WINDOW, PRUNE_AFTER};
use shigoto_server_db::{auth_keys, rate_limits, sent_notices, sessions, Database};
use tokio::sync::watch;

use crate::clock::Clock;
use crate::error::AppError;

/// How long a once-only mail's claim is kept (longer than any reminder looks ahead).
pub const SENT_NOTICES_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(90);

/// How often a running instance prunes.
pub const PRUNE_INTERVAL: Duration = Duration::from_secs(15 * 60);

/// What one pass deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    pub sessions: usize,
    pub keys: usize,
    pub counters: usize,
    pub notices: usize,
}

/// Deletes what ended long enough before `now`. Blocking.
pub fn prune_once(db: &Database, now: NaiveDateTime) -> Result<Pruned, AppError> {
    let mut conn = db.connection()?;
    let before = now - PRUNE_AFTER;
    Ok(Pruned {
        sessions: sessions::prune(&mut conn, before)?,
        keys: auth_keys::prune(&mut conn, before)?,
        counters: rate_limits::prune(&mut conn, now - LONGEST_LIMIT_WINDOW)?,
        notices: sent_notices::forget_before(&mut conn, now - SENT_NOTICES_KEPT)?,
    })
}

/// Runs [`prune_once`] at start and every [`PRUNE_INTERVAL`] until `stop` turns true.
pub fn run(db: Database, clock: Arc<dyn Clock>, mut stop: watch::Receiver<bool>) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(PRUNE_INTERVAL);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stop.changed() => return,
            }
            let (db, now) = (db.clone(), clock.now_utc());
            match tokio::task::spawn_blocking(move || prune_once(&db, now)).await {
                Ok(Ok(pruned)) if pruned != Pruned::default() => {
                    tracing::info!(?pruned, "pruned ended sessions, keys and counters");
                }
                Ok(Ok(_)) => {}
                Ok(Err(err)) => tracing::warn!(error = %err, "pruning failed; will retry"),
                Err(err) => tracing::warn!(error = %err, "pruning task failed; will retry"),
            }
        }
    });
}
