//! Keeps this instance's search index in step with the database: it applies every posting
//! whose change sequence is past the one recorded in the index's last commit, in order, at
//! start and then every few seconds. Each instance follows the database on its own, so search
//! scales out with instances.

use std::sync::Arc;
use std::time::Duration;

use shigoto_search::JobIndex;
use shigoto_server_db::{jobs, Database};
use tokio::sync::watch;

use crate::error::AppError;

/// Postings read from the database per index commit.
const BATCH: i64 = 5_000;
/// How often a running instance looks for new changes. A change waits at most this long
/// before its catch-up starts, so with the catch-up itself (reading, indexing and committing a
/// fraction of a second's changes) it shows in search within the 2 seconds promised (p99
/// 1.5 s at two million postings under 50 writes a second, `cargo xtask bench`); the idle
/// cost is one indexed query per interval.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// Applies all pending changes; returns how many postings were applied. Blocking.
pub fn catch_up(db: &Database, index: &JobIndex) -> Result<usize, AppError> {
    let mut conn = db.connection()?;
    let mut applied = 0;
    loop {
        let after = index.applied_change()?;
        let batch = jobs::changed_since(&mut conn, after, BATCH)?;
        let Some(last) = batch.last().map(|job| job.change_seq) else {
            return Ok(applied);
        };
        applied += index.apply(batch.iter().map(|job| (&job.sheet, job.published_at)), last)?;
        tracing::debug!(applied, up_to = last, "search index caught up a batch");
    }
}

/// Runs [`catch_up`] every [`POLL_INTERVAL`] until `stop` turns true.
pub fn follow(db: Database, index: Arc<JobIndex>, mut stop: watch::Receiver<bool>) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(POLL_INTERVAL);
        // A slow catch-up is followed by one pause, not by a burst of the ticks it missed.
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stop.changed() => return,
            }
            let (db, index) = (db.clone(), index.clone());
            match tokio::task::spawn_blocking(move || catch_up(&db, &index)).await {
                Ok(Ok(0)) => {}
                Ok(Ok(applied)) => tracing::info!(applied, "search index updated"),
                Ok(Err(err)) => {
                    tracing::warn!(error = %err, "search index update failed; will retry")
                }
                Err(err) => tracing::warn!(error = %err, "search index task failed; will retry"),
            }
        }
    });
}
