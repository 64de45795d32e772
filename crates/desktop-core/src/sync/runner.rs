//! The background sync task of a signed-in job seeker: a pass at once, then after each edit
//! ([`SyncRunner::wake`]) and every [`SYNC_INTERVAL`]; while the service is unreachable or
//! failing, retries back off from [`MIN_BACKOFF`] to [`MAX_BACKOFF`]. What a pass brings to
//! tell the person (new messages, introductions, results) is sent as [`OsNotice`]s. The state it publishes
//! (最新 / 同期中 / オフライン / error, last success, edits waiting) is read by the UI.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use shigoto_cache::Cache;
use shigoto_i18n::catalogue;
use shigoto_shared::{Lang, SyncState, SyncStatus};
use tokio::sync::{broadcast, watch, Notify};

use crate::notices::{notices_of, OsNotice};
use tokio::task::JoinHandle;

use crate::sync::engine::SyncEngine;
use crate::sync::transport::SyncTransport;

/// Time between passes when nothing asks for one.
pub const SYNC_INTERVAL: Duration = Duration::from_secs(60);
/// First wait after a failed pass.
pub const MIN_BACKOFF: Duration = Duration::from_secs(2);
/// Longest wait between failed passes.
pub const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// A running background sync.
#[derive(Debug)]
pub struct SyncRunner {
    status: watch::Receiver<SyncStatus>,
    /// Also published to by [`SyncRunner::wake`], so no one reads an old 最新 after an edit.
    publish: Arc<watch::Sender<SyncStatus>>,
    cache: Arc<Mutex<Cache>>,
    wake: Arc<Notify>,
    task: JoinHandle<()>,
}

/// The status from the cache's record and the current state.
pub fn status_of(cache: &Mutex<Cache>, state: SyncState, message: Option<String>) -> SyncStatus {
    let record = cache.lock().ok().and_then(|mut c| c.record().ok());
    SyncStatus {
        state,
        last_success_at: record.as_ref().and_then(|r| r.last_success_at),
        pending: record
            .as_ref()
            .map_or(0, |r| u32::try_from(r.pending).unwrap_or(u32::MAX)),
        message,
    }
}

impl SyncRunner {
    /// Starts syncing `cache` with `token` (on the current tokio runtime); what each pass
    /// brings to tell the person goes to `notices`, in the `language` the app shows then.
    pub fn start<T: SyncTransport + 'static>(
        engine: Arc<SyncEngine<T>>,
        cache: Arc<Mutex<Cache>>,
        token: String,
        interval: Duration,
        notices: broadcast::Sender<OsNotice>,
        language: impl Fn() -> Lang + Send + 'static,
    ) -> Self {
        let (sender, status) = watch::channel(status_of(&cache, SyncState::Syncing, None));
        let sender = Arc::new(sender);
        let publish = sender.clone();
        let runner_cache = cache.clone();
        let wake = Arc::new(Notify::new());
        let woken = wake.clone();
        let task = tokio::spawn(async move {
            let mut backoff = MIN_BACKOFF;
            loop {
                sender.send_replace(status_of(&cache, SyncState::Syncing, None));
                let wait = match engine.sync_once(&cache, &token).await {
                    Ok(report) => {
                        tracing::debug!(?report, "sync pass done");
                        for notice in notices_of(catalogue(language()), &report.news) {
                            // Nobody listening (tests, benchmarks) is fine.
                            let _ = notices.send(notice);
                        }
                        backoff = MIN_BACKOFF;
                        sender.send_replace(status_of(&cache, SyncState::UpToDate, None));
                        Some(interval)
                    }
                    Err(err) => {
                        let message = err.to_api_error().message;
                        if let Ok(mut cache) = cache.lock() {
                            let now = chrono::Utc::now().naive_utc();
                            if let Err(record) = cache.record_failure(&message, now) {
                                tracing::warn!(error = %record, "could not record the failed sync");
                            }
                        }
                        let (state, wait) = if err.is_signed_out() {
                            // Nothing to retry until the user signs in again.
                            (SyncState::Error, None)
                        } else if err.is_offline() {
                            (SyncState::Offline, Some(backoff))
                        } else {
                            tracing::warn!(code = err.to_api_error().code.as_str(), error = %err, "sync failed");
                            (SyncState::Error, Some(backoff))
                        };
                        backoff = (backoff * 2).min(MAX_BACKOFF);
                        sender.send_replace(status_of(&cache, state, Some(message)));
                        wait
                    }
                };
                match wait {
                    Some(wait) => {
                        tokio::select! {
                            () = tokio::time::sleep(wait) => {}
                            () = woken.notified() => {}
                        }
                    }
                    None => woken.notified().await,
                }
            }
        });
        Self {
            status,
            publish,
            cache: runner_cache,
            wake,
            task,
        }
    }

    /// Asks for a pass now (after an edit).
    pub fn wake(&self) {
        // What was just edited is waiting from now on, not only once the pass starts: a
        // status read in between never says 最新 with the edit unsent.
        self.publish
            .send_replace(status_of(&self.cache, SyncState::Syncing, None));
        self.wake.notify_one();
    }

    /// The latest published status.
    pub fn status(&self) -> SyncStatus {
        self.status.borrow().clone()
    }

    /// A receiver of the published statuses.
    pub fn watch(&self) -> watch::Receiver<SyncStatus> {
        self.status.clone()
    }

    /// Waits until a published status satisfies `done` (tests, benchmarks).
    pub async fn wait_for(&self, done: impl Fn(&SyncStatus) -> bool) -> SyncStatus {
        wait_until(self.watch(), done).await
    }
}

/// Waits on `status` until `done` holds (or the runner is gone).
pub async fn wait_until(
    mut status: watch::Receiver<SyncStatus>,
    done: impl Fn(&SyncStatus) -> bool,
) -> SyncStatus {
    loop {
        if done(&status.borrow_and_update()) {
            return status.borrow().clone();
        }
        if status.changed().await.is_err() {
            return status.borrow().clone();
        }
    }
}

/// Waits until everything is sent and confirmed.
pub async fn wait_for_synced(status: watch::Receiver<SyncStatus>) -> SyncStatus {
    wait_until(status, |s| s.state == SyncState::UpToDate && s.pending == 0).await
}

impl Drop for SyncRunner {
    fn drop(&mut self) {
        self.task.abort();
    }
}
