//! What the sync engine reads and writes: the outbox in order, acknowledgements (an edit leaves
//! the outbox only once the service answered for its key), pulled changes applied to the
//! confirmed tables together with the new cursor, and the record of attempts.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_shared::{
    ErrorCode, KeyedMutation, MutationResult, Outcome, PullResponse, RejectedEdit, SyncCursor,
};

use crate::edits::keep_sheet;
use crate::new_postings::apply_counts;
use crate::news::{news_of, PullNews};
use crate::schema::{
    applications, favorites, introductions, outbox, rejections, reminders, requests,
    saved_searches, sync_state,
};
use crate::view::pending_edits;
use crate::{Cache, CacheError};
use shigoto_domain::reminders::told_key;

/// The record of sync attempts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncRecord {
    pub cursor: SyncCursor,
    pub last_success_at: Option<NaiveDateTime>,
    pub last_attempt_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub pending: usize,
}

impl Cache {
    /// The oldest `limit` edits not yet acknowledged, in the order they were made.
    pub fn pending(&mut self, limit: usize) -> Result<Vec<KeyedMutation>, CacheError> {
        self.transaction(|conn| {
            Ok(pending_edits(conn)?
                .into_iter()
                .filter(|edit| !edit.acked)
                .take(limit)
                .map(|edit| KeyedMutation {
                    key: edit.key,
                    mutation: edit.mutation,
                })
                .collect())
        })
    }

    /// Records the service's answers. An applied edit stays in the view (marked acked) until
    /// the next pull brings it into the confirmed tables, so it never vanishes in between; a
    /// refused one leaves at once and is kept to tell the user. Returns how many were refused.
    pub fn acknowledge(
        &mut self,
        results: &[MutationResult],
        now: NaiveDateTime,
    ) -> Result<usize, CacheError> {
        self.transaction(|conn| {
            let mut refused = 0;
            for result in results {
                let mutation: Option<String> = outbox::table
                    .filter(outbox::key.eq(&result.key))
                    .select(outbox::mutation)
                    .first(conn)
                    .optional()?;
                let Some(mutation) = mutation else {
                    continue;
                };
                if let Outcome::Rejected { code, message } = &result.outcome {
                    refused += 1;
                    diesel::replace_into(rejections::table)
                        .values((
                            rejections::key.eq(&result.key),
                            rejections::mutation.eq(&mutation),
                            rejections::code.eq(code.as_str()),
                            rejections::message.eq(message),
                            rejections::rejected_at.eq(now),
                            rejections::seen.eq(false),
                        ))
                        .execute(conn)?;
                    diesel::delete(outbox::table.filter(outbox::key.eq(&result.key)))
                        .execute(conn)?;
                } else {
                    diesel::update(outbox::table.filter(outbox::key.eq(&result.key)))
                        .set(outbox::acked.eq(true))
                        .execute(conn)?;
                }
            }
            Ok(refused)
        })
    }

    /// The cursor the confirmed tables stand at.
    pub fn cursor(&mut self) -> Result<SyncCursor, CacheError> {
        Ok(self.record()?.cursor)
    }

    /// Applies pulled changes to the confirmed tables and moves the cursor, in one transaction;
    /// what the pull brought that the person should hear about (nothing on the first pull).
    pub fn apply_pull(
        &mut self,
        pull: &PullResponse,
        now: NaiveDateTime,
    ) -> Result<PullNews, CacheError> {
        let cursor = SyncCursor::from_wire(&pull.cursor)
            .ok_or_else(|| CacheError::Cursor(pull.cursor.clone()))?;
        self.transaction(|conn| {
            let held: String = sync_state::table
                .find(1)
                .select(sync_state::cursor)
                .first(conn)?;
            let first = SyncCursor::from_wire(&held).unwrap_or_default() == SyncCursor::default();
            let mut news = news_of(conn, pull, first)?;
            for change in &pull.favorites {
                if change.removed {
                    diesel::delete(favorites::table.find(&change.job_number)).execute(conn)?;
                    continue;
                }
                // A posting that disappeared keeps the sheet as last synced.
                let sheet = match &change.sheet {
                    Some(sheet) => {
                        keep_sheet(conn, sheet, now)?;
                        Some(serde_json::to_string(sheet)?)
                    }
                    None => favorites::table
                        .find(&change.job_number)
                        .select(favorites::sheet)
                        .first::<Option<String>>(conn)
                        .optional()?
                        .flatten(),
                };
                diesel::replace_into(favorites::table)
                    .values((
                        favorites::job_number.eq(&change.job_number),
                        favorites::added_at.eq(change.added_at),
                        favorites::sheet.eq(sheet),
                        favorites::closed.eq(false),
                    ))
                    .execute(conn)?;
            }
            diesel::update(favorites::table)
                .set(favorites::closed.eq(false))
                .execute(conn)?;
            if !pull.closed.is_empty() {
                diesel::update(favorites::table.filter(favorites::job_number.eq_any(&pull.closed)))
                    .set(favorites::closed.eq(true))
                    .execute(conn)?;
            }
            for change in &pull.saved_searches {
                if change.removed {
                    diesel::delete(saved_searches::table.find(&change.id)).execute(conn)?;
                    continue;
                }
                diesel::replace_into(saved_searches::table)
                    .values((
                        saved_searches::id.eq(&change.id),
                        saved_searches::name.eq(&change.name),
                        saved_searches::params.eq(serde_json::to_string(&change.params)?),
                        saved_searches::last_run_at.eq(change.last_run_at),
                        saved_searches::updated_at.eq(change.updated_at),
                        saved_searches::notify_new.eq(change.notify_new),
                    ))
                    .execute(conn)?;
            }
            for application in &pull.applications {
                diesel::replace_into(applications::table)
                    .values((
                        applications::id.eq(application.id),
                        applications::applied_on.eq(application.applied_on),
                        applications::body.eq(serde_json::to_string(application)?),
                    ))
                    .execute(conn)?;
            }
            for introduction in &pull.introductions {
                diesel::replace_into(introductions::table)
                    .values((
                        introductions::id.eq(introduction.id),
                        introductions::body.eq(serde_json::to_string(introduction)?),
                    ))
                    .execute(conn)?;
            }
            for request in &pull.requests {
                diesel::replace_into(requests::table)
                    .values((
                        requests::id.eq(request.id),
                        requests::body.eq(serde_json::to_string(request)?),
                    ))
                    .execute(conn)?;
            }
            crate::messages::apply_pulled(conn, pull)?;
            crate::hidden_employers::apply_pulled(conn, pull)?;
            if let Some(kept) = &pull.profile {
                crate::profile::keep_pulled(conn, kept)?;
            }
            diesel::delete(outbox::table.filter(outbox::acked.eq(true))).execute(conn)?;
            diesel::delete(reminders::table).execute(conn)?;
            for reminder in &pull.reminders {
                diesel::replace_into(reminders::table)
                    .values((
                        reminders::about.eq(told_key(reminder)),
                        reminders::body.eq(serde_json::to_string(reminder)?),
                    ))
                    .execute(conn)?;
            }
            if let Some(counts) = &pull.new_postings {
                news.new_postings = apply_counts(conn, counts, first, now)?;
            }
            diesel::update(sync_state::table.find(1))
                .set((
                    sync_state::cursor.eq(cursor.to_wire()),
                    sync_state::last_success_at.eq(now),
                    sync_state::last_attempt_at.eq(now),
                    sync_state::last_error.eq(None::<String>),
                ))
                .execute(conn)?;
            Ok(news)
        })
    }

    /// Records a failed attempt (the message is shown to the user).
    pub fn record_failure(&mut self, message: &str, now: NaiveDateTime) -> Result<(), CacheError> {
        self.transaction(|conn| {
            diesel::update(sync_state::table.find(1))
                .set((
                    sync_state::last_attempt_at.eq(now),
                    sync_state::last_error.eq(message),
                ))
                .execute(conn)?;
            Ok(())
        })
    }

    /// Where syncing stands.
    pub fn record(&mut self) -> Result<SyncRecord, CacheError> {
        self.transaction(|conn| {
            let (cursor, last_success_at, last_attempt_at, last_error): (
                String,
                Option<NaiveDateTime>,
                Option<NaiveDateTime>,
                Option<String>,
            ) = sync_state::table
                .find(1)
                .select((
                    sync_state::cursor,
                    sync_state::last_success_at,
                    sync_state::last_attempt_at,
                    sync_state::last_error,
                ))
                .first(conn)?;
            let pending: i64 = outbox::table
                .filter(outbox::acked.eq(false))
                .count()
                .get_result::<i64>(conn)?
                + crate::messages::unsent(conn)?;
            Ok(SyncRecord {
                cursor: SyncCursor::from_wire(&cursor).unwrap_or_default(),
                last_success_at,
                last_attempt_at,
                last_error,
                pending: usize::try_from(pending).unwrap_or(usize::MAX),
            })
        })
    }

    /// Refusals not yet shown, oldest first; they count as shown from now on.
    pub fn take_rejections(&mut self) -> Result<Vec<RejectedEdit>, CacheError> {
        self.transaction(|conn| {
            let rows: Vec<(String, String, NaiveDateTime)> = rejections::table
                .filter(rejections::seen.eq(false))
                .order(rejections::rejected_at.asc())
                .select((
                    rejections::code,
                    rejections::message,
                    rejections::rejected_at,
                ))
                .load(conn)?;
            diesel::update(rejections::table.filter(rejections::seen.eq(false)))
                .set(rejections::seen.eq(true))
                .execute(conn)?;
            Ok(rows
                .into_iter()
                .map(|(code, message, rejected_at)| RejectedEdit {
                    code: code_from_wire(&code),
                    message,
                    rejected_at,
                })
                .collect())
        })
    }
}

fn code_from_wire(text: &str) -> ErrorCode {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .unwrap_or(ErrorCode::Internal)
}
