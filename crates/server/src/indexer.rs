//! Keeps this instance's search index in step with the database: it applies every posting
//! whose change sequence is past the one recorded in the index's last commit, in order, at
//! start and then every few seconds. Each instance follows the database on its own, so search
//! scales out with instances. Once no change has come for a while (`index_compact_idle_secs`),
//! the instance compacts its index into one segment ([`JobIndex::compact`]) beside the
//! catch-ups, which go on meanwhile.

use std::sync::Arc;
use std::time::{Duration, Instant};

use shigoto_search::JobIndex;
use shigoto_server_db::{jobs, Database};
use tokio::sync::watch;
use tokio::task::JoinHandle;

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

/// When to compact: the index has had no change for `after_idle` and was not compacted (or
/// found compact) since its last change.
#[derive(Debug)]
struct Compaction {
    after_idle: Duration,
    last_change: Instant,
    done_since_change: bool,
    /// The compaction running; it tells whether it ended (or found nothing to do).
    running: Option<JoinHandle<bool>>,
}

impl Compaction {
    fn new(after_idle: Duration) -> Self {
        Self {
            after_idle,
            last_change: Instant::now(),
            done_since_change: false,
            running: None,
        }
    }

    fn changed(&mut self) {
        self.last_change = Instant::now();
        self.done_since_change = false;
    }

    fn is_due(&self) -> bool {
        !self.done_since_change
            && self.running.is_none()
            && self.last_change.elapsed() >= self.after_idle
    }

    /// Takes in how the last compaction ended, and starts one when one is due, on a blocking
    /// thread that logs what it did.
    async fn look(&mut self, index: &Arc<JobIndex>) {
        if let Some(task) = self.running.take_if(|task| task.is_finished()) {
            // Failed: most likely a merge tantivy started on some of the same segments ended
            // first; the compaction is tried again when the index is next idle long enough.
            if !task.await.unwrap_or(false) {
                self.last_change = Instant::now();
                self.done_since_change = false;
            }
        }
        if !self.is_due() {
            return;
        }
        self.done_since_change = true;
        let index = index.clone();
        self.running = Some(tokio::task::spawn_blocking(move || match index.compact() {
            Ok(Some(done)) => {
                tracing::info!(
                    segments = done.segments,
                    deleted = done.deleted,
                    took_ms = done.took.as_millis() as u64,
                    "search index compacted into one segment"
                );
                true
            }
            Ok(None) => true,
            Err(err) => {
                tracing::warn!(error = %err, "search index compaction failed");
                false
            }
        }));
    }
}

/// Runs [`catch_up`] every [`POLL_INTERVAL`] until `stop` turns true, and compacts the index
/// after `compact_after_idle` without a change (never when `None`).
pub fn follow(
    db: Database,
    index: Arc<JobIndex>,
    compact_after_idle: Option<Duration>,
    mut stop: watch::Receiver<bool>,
) {
    let mut compaction = compact_after_idle.map(Compaction::new);
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(POLL_INTERVAL);
        // A slow catch-up is followed by one pause, not by a burst of the ticks it missed.
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stop.changed() => return,
            }
            let (db, cloned) = (db.clone(), index.clone());
            match tokio::task::spawn_blocking(move || catch_up(&db, &cloned)).await {
                Ok(Ok(0)) => {}
                Ok(Ok(applied)) => {
                    tracing::info!(applied, "search index updated");
                    if let Some(compaction) = compaction.as_mut() {
                        compaction.changed();
                    }
                }
                Ok(Err(err)) => {
                    tracing::warn!(error = %err, "search index update failed; will retry")
                }
                Err(err) => tracing::warn!(error = %err, "search index task failed; will retry"),
            }
            if let Some(compaction) = compaction.as_mut() {
                compaction.look(&index).await;
            }
        }
    });
}
