//! One sync pass. Edits go first, oldest first, in batches; each answered key leaves the
//! outbox (a refusal is kept to tell the user). Then the messages written on this device, one
//! request each in the order they were written, each under its key (a resend after a lost
//! answer stores nothing new), and the 既読 marked here. Only when all of them are answered
//! does the pass pull: the cursor never moves while an edit is unanswered, and because pulled
//! changes only replace the confirmed state under the outbox, an edit made meanwhile is never
//! hidden.

use std::sync::Mutex;

use chrono::{NaiveDateTime, TimeDelta, Utc};
use shigoto_api_client::ClientError;
use shigoto_cache::news::PullNews;
use shigoto_cache::{Cache, CacheError};
use shigoto_domain::new_jobs::NEW_POSTINGS_CHECK_MINUTES;
use shigoto_shared::{ApiError, ErrorCode, NewMessage, PushRequest};

use crate::sync::transport::SyncTransport;

/// Edits sent in one request.
pub const PUSH_BATCH: usize = 100;

/// Why a pass stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Transport(#[from] ClientError),
    #[error(transparent)]
    Cache(#[from] CacheError),
    #[error("the service answered {answered} results for {sent} edits")]
    Mismatch { sent: usize, answered: usize },
    #[error("the cache lock was poisoned")]
    Poisoned,
}

impl SyncError {
    /// The service could not be reached (offline): worth retrying quietly.
    pub fn is_offline(&self) -> bool {
        matches!(self, SyncError::Transport(ClientError::Unreachable(_)))
    }

    /// The session ended on the service: sign in again.
    pub fn is_signed_out(&self) -> bool {
        matches!(self, SyncError::Transport(ClientError::Api { error, .. }) if error.code == ErrorCode::Unauthenticated)
    }

    /// The error as the user reads it.
    pub fn to_api_error(&self) -> ApiError {
        match self {
            SyncError::Transport(err) => err.to_api_error(crate::language::texts()),
            SyncError::Cache(_) | SyncError::Poisoned => crate::errors::cache_unusable(),
            SyncError::Mismatch { .. } => ApiError::new(
                ErrorCode::Internal,
                crate::language::texts().t("desktop-sync-unexpected"),
            ),
        }
    }
}

/// What a pass did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncReport {
    pub pushed: usize,
    pub refused: usize,
    pub pulled_favorites: usize,
    pub pulled_searches: usize,
    /// Messages sent (refused ones count in `refused`).
    pub messages_sent: usize,
    pub pulled_messages: usize,
    /// Requests made.
    pub round_trips: usize,
    /// What the pull brought to tell the person.
    pub news: PullNews,
}

/// Runs passes over a transport.
#[derive(Debug, Clone)]
pub struct SyncEngine<T> {
    transport: T,
}

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

impl<T: SyncTransport> SyncEngine<T> {
    pub fn new(transport: T) -> Self {
        Self { transport }
    }

    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// One pass for the user of `cache`, signed in with `token`.
    pub async fn sync_once(
        &self,
        cache: &Mutex<Cache>,
        token: &str,
    ) -> Result<SyncReport, SyncError> {
        let lock = || cache.lock().map_err(|_| SyncError::Poisoned);
        let mut report = SyncReport::default();
        loop {
            let batch = lock()?.pending(PUSH_BATCH)?;
            if batch.is_empty() {
                break;
            }
            let sent = batch.len();
            let answer = self
                .transport
                .push(token, &PushRequest { mutations: batch })
                .await?;
            report.round_trips += 1;
            if answer.results.len() != sent {
                return Err(SyncError::Mismatch {
                    sent,
                    answered: answer.results.len(),
                });
            }
            report.refused += lock()?.acknowledge(&answer.results, now())?;
            report.pushed += sent;
        }
        self.send_messages(cache, token, &mut report).await?;
        let cursor = lock()?.cursor()?;
        let count_new = lock()?
            .new_postings_checked_at()?
            .is_none_or(|at| now() - at >= TimeDelta::minutes(NEW_POSTINGS_CHECK_MINUTES));
        let pulled = self.transport.pull(token, cursor, count_new).await?;
        report.round_trips += 1;
        report.pulled_favorites = pulled.favorites.len();
        report.pulled_searches = pulled.saved_searches.len();
        report.pulled_messages = pulled.messages.len();
        report.news = lock()?.apply_pull(&pulled, now())?;
        Ok(report)
    }

    /// Sends the messages and then the 既読 waiting on this device. A message the service
    /// refuses for good (its text, a thread the reader may not write in or no longer has)
    /// leaves with the refusal kept; anything else (offline, the per-sender limit, a failing
    /// service) stops the pass and keeps it for the next.
    async fn send_messages(
        &self,
        cache: &Mutex<Cache>,
        token: &str,
        report: &mut SyncReport,
    ) -> Result<(), SyncError> {
        let lock = || cache.lock().map_err(|_| SyncError::Poisoned);
        loop {
            let waiting = lock()?.waiting_messages(PUSH_BATCH)?;
            if waiting.is_empty() {
                break;
            }
            for message in waiting {
                let new = NewMessage {
                    key: message.key.clone(),
                    body: message.body.clone(),
                };
                let sent = self
                    .transport
                    .send_message(token, message.thread_id, &new)
                    .await;
                report.round_trips += 1;
                match sent {
                    Ok(_) => {
                        lock()?.message_sent(&message.key)?;
                        report.messages_sent += 1;
                    }
                    Err(ClientError::Api { status, error })
                        if refused_for_good(status.as_u16()) =>
                    {
                        tracing::info!(code = error.code.as_str(), "message refused");
                        lock()?.message_refused(&message.key, error.code, &error.message, now())?;
                        report.refused += 1;
                    }
                    Err(err) => return Err(err.into()),
                }
            }
        }
        let marks = lock()?.read_marks_to_send()?;
        for mark in marks {
            let sent = self
                .transport
                .mark_read(token, mark.thread_id, mark.up_to)
                .await;
            report.round_trips += 1;
            match sent {
                Ok(()) => lock()?.read_mark_sent(mark)?,
                // A thread gone from the reader needs no 既読.
                Err(ClientError::Api { status, .. }) if refused_for_good(status.as_u16()) => {
                    lock()?.read_mark_sent(mark)?;
                }
                Err(err) => return Err(err.into()),
            }
        }
        Ok(())
    }
}

/// Answers that sending again would not change: a bad message, a thread the reader may not
/// write in (403) or does not have (404).
fn refused_for_good(status: u16) -> bool {
    matches!(status, 400 | 403 | 404)
}
