//! メッセージ on this device: the threads and messages the service confirmed, with what was
//! written here laid over them: messages waiting to be sent (送信待ち) and 既読 not yet sent.
//!
//! - Reading ([`Cache::threads`], [`Cache::thread`], [`Cache::unread_messages`]) never waits
//!   for the network; unread counts are worked out here, so a thread read offline stops
//!   counting at once.
//! - Writing ([`Cache::write_message`], [`Cache::mark_read`]) checks with the domain's rules
//!   (the text, and who may write in the thread), then commits locally.
//! - Sync ([`Cache::waiting_messages`], [`Cache::message_sent`], [`Cache::message_refused`],
//!   [`Cache::read_marks_to_send`], [`Cache::read_mark_sent`]) sends them in order; a pull then
//!   brings the confirmed copies ([`apply_pulled`]) and what was acknowledged leaves.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_domain::messages::{self as rules, Party};
use shigoto_i18n::Text;
use shigoto_shared::{
    CachedThread, ErrorCode, MessageSide, PullResponse, Role, ThreadMessage, ThreadParty,
    ThreadSummary, WaitingMessage,
};

use crate::schema::{message_outbox, messages, read_marks, rejections, threads};
use crate::{Cache, CacheError};

/// A 既読 to send: thread `thread_id` read up to message `up_to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadMark {
    pub thread_id: i64,
    pub up_to: i64,
}

fn confirmed_thread(
    conn: &mut SqliteConnection,
    id: i64,
) -> Result<Option<ThreadSummary>, CacheError> {
    let body: Option<String> = threads::table
        .find(id)
        .select(threads::body)
        .first(conn)
        .optional()?;
    Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
}

/// Messages written here (of one thread, or all), oldest first; `unsent` leaves out those the
/// service has stored already.
fn waiting_in(
    conn: &mut SqliteConnection,
    thread_id: Option<i64>,
    unsent: bool,
) -> Result<Vec<WaitingMessage>, CacheError> {
    let mut query = message_outbox::table
        .order(message_outbox::position.asc())
        .select((
            message_outbox::key,
            message_outbox::thread_id,
            message_outbox::body,
            message_outbox::written_at,
        ))
        .into_boxed();
    if let Some(id) = thread_id {
        query = query.filter(message_outbox::thread_id.eq(id));
    }
    if unsent {
        query = query.filter(message_outbox::acked.eq(false));
    }
    let rows: Vec<(String, i64, String, NaiveDateTime)> = query.load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(key, thread_id, body, written_at)| WaitingMessage {
            key,
            thread_id,
            body,
            written_at,
        })
        .collect())
}

/// `thread` as the reader sees it here: read as far as a local 既読 says, unread counted from
/// the cached messages, its time moved by messages waiting to be sent.
fn as_seen(
    conn: &mut SqliteConnection,
    mut thread: ThreadSummary,
    waiting: &[WaitingMessage],
) -> Result<ThreadSummary, CacheError> {
    let marked: Option<i64> = read_marks::table
        .find(thread.id)
        .select(read_marks::up_to)
        .first(conn)
        .optional()?;
    thread.read_up_to = thread.read_up_to.max(marked.unwrap_or(0));
    let bodies: Vec<String> = messages::table
        .filter(messages::thread_id.eq(thread.id))
        .filter(messages::id.gt(thread.read_up_to))
        .select(messages::body)
        .load(conn)?;
    let mut unread = 0_u32;
    for body in bodies {
        let message: ThreadMessage = serde_json::from_str(&body)?;
        if message.side != thread.side {
            unread = unread.saturating_add(1);
        }
    }
    thread.unread = unread;
    let latest_waiting = waiting
        .iter()
        .filter(|w| w.thread_id == thread.id)
        .map(|w| w.written_at)
        .max();
    thread.last_message_at = thread.last_message_at.max(latest_waiting);
    Ok(thread)
}

fn all_threads(conn: &mut SqliteConnection) -> Result<Vec<ThreadSummary>, CacheError> {
    let bodies: Vec<String> = threads::table.select(threads::body).load(conn)?;
    let waiting = waiting_in(conn, None, false)?;
    let mut list = bodies
        .iter()
        .map(|body| {
            let thread = serde_json::from_str(body)?;
            as_seen(conn, thread, &waiting)
        })
        .collect::<Result<Vec<_>, CacheError>>()?;
    list.sort_by_key(|t| std::cmp::Reverse((t.last_message_at, t.id)));
    Ok(list)
}

fn party_rule(party: ThreadParty) -> Party {
    match party {
        ThreadParty::Employer => Party::Employer,
        ThreadParty::HelloWork => Party::HelloWork,
    }
}

fn role_of(side: MessageSide) -> Role {
    match side {
        MessageSide::Seeker => Role::Seeker,
        MessageSide::Employer => Role::Employer,
        MessageSide::HelloWork => Role::Counselor,
    }
}

/// Stores what a pull brought (threads and messages as the service sends them) and lets go of
/// the messages and 既読 it acknowledged before. Part of the pull's transaction.
pub(crate) fn apply_pulled(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
) -> Result<(), CacheError> {
    for thread in &pull.threads {
        diesel::replace_into(threads::table)
            .values((
                threads::id.eq(thread.id),
                threads::body.eq(serde_json::to_string(thread)?),
            ))
            .execute(conn)?;
    }
    for message in &pull.messages {
        diesel::replace_into(messages::table)
            .values((
                messages::id.eq(message.id),
                messages::thread_id.eq(message.thread_id),
                messages::body.eq(serde_json::to_string(message)?),
            ))
            .execute(conn)?;
    }
    diesel::delete(message_outbox::table.filter(message_outbox::acked.eq(true))).execute(conn)?;
    diesel::delete(read_marks::table.filter(read_marks::acked.eq(true))).execute(conn)?;
    Ok(())
}

/// Messages and 既読 not yet sent (they count as edits waiting).
pub(crate) fn unsent(conn: &mut SqliteConnection) -> Result<i64, CacheError> {
    let messages: i64 = message_outbox::table
        .filter(message_outbox::acked.eq(false))
        .count()
        .get_result(conn)?;
    let marks: i64 = read_marks::table
        .filter(read_marks::acked.eq(false))
        .count()
        .get_result(conn)?;
    Ok(messages + marks)
}

impl Cache {
    /// The reader's threads, the latest message first.
    pub fn threads(&mut self) -> Result<Vec<ThreadSummary>, CacheError> {
        self.transaction(all_threads)
    }

    /// Messages not read yet in all the reader's threads.
    pub fn unread_messages(&mut self) -> Result<u32, CacheError> {
        Ok(self
            .threads()?
            .iter()
            .fold(0_u32, |sum, t| sum.saturating_add(t.unread)))
    }

    /// One thread with its messages (oldest first) and those waiting to be sent.
    pub fn thread(&mut self, id: i64) -> Result<Option<CachedThread>, CacheError> {
        self.transaction(|conn| {
            let Some(thread) = confirmed_thread(conn, id)? else {
                return Ok(None);
            };
            let waiting = waiting_in(conn, Some(id), false)?;
            let thread = as_seen(conn, thread, &waiting)?;
            let bodies: Vec<String> = messages::table
                .filter(messages::thread_id.eq(id))
                .order(messages::id.asc())
                .select(messages::body)
                .load(conn)?;
            let messages = bodies
                .iter()
                .map(|body| serde_json::from_str(body))
                .collect::<Result<_, _>>()?;
            Ok(Some(CachedThread {
                thread,
                messages,
                waiting,
            }))
        })
    }

    /// A message written in thread `thread_id`, kept under `key` until it is sent. Refused
    /// when the reader may not write there (a job seeker to Hello Work) or the text does not
    /// pass (empty, too long, control characters).
    pub fn write_message(
        &mut self,
        thread_id: i64,
        text: &str,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<WaitingMessage, CacheError> {
        self.transaction(|conn| {
            let thread = confirmed_thread(conn, thread_id)?
                .ok_or_else(|| CacheError::NotFound(Text::new("desktop-thread-not-found")))?;
            rules::may_write(party_rule(thread.party), role_of(thread.side))
                .map_err(|refused| CacheError::Invalid(refused.text()))?;
            let body =
                rules::checked_body(text).map_err(|refused| CacheError::Invalid(refused.text()))?;
            diesel::insert_into(message_outbox::table)
                .values((
                    message_outbox::key.eq(key),
                    message_outbox::thread_id.eq(thread_id),
                    message_outbox::body.eq(&body),
                    message_outbox::written_at.eq(now),
                ))
                .execute(conn)?;
            Ok(WaitingMessage {
                key: key.to_owned(),
                thread_id,
                body,
                written_at: now,
            })
        })
    }

    /// 既読 of thread `thread_id` up to message `up_to` (never moved back).
    pub fn mark_read(&mut self, thread_id: i64, up_to: i64) -> Result<(), CacheError> {
        self.transaction(|conn| {
            let Some(thread) = confirmed_thread(conn, thread_id)? else {
                return Err(CacheError::NotFound(Text::new("desktop-thread-not-found")));
            };
            let marked: Option<i64> = read_marks::table
                .find(thread_id)
                .select(read_marks::up_to)
                .first(conn)
                .optional()?;
            if up_to <= thread.read_up_to.max(marked.unwrap_or(0)) {
                return Ok(());
            }
            diesel::replace_into(read_marks::table)
                .values((
                    read_marks::thread_id.eq(thread_id),
                    read_marks::up_to.eq(up_to),
                    read_marks::acked.eq(false),
                ))
                .execute(conn)?;
            Ok(())
        })
    }

    /// The oldest `limit` messages not yet sent, in the order they were written.
    pub fn waiting_messages(&mut self, limit: usize) -> Result<Vec<WaitingMessage>, CacheError> {
        self.transaction(|conn| {
            let mut waiting = waiting_in(conn, None, true)?;
            waiting.truncate(limit);
            Ok(waiting)
        })
    }

    /// The service stored the message of `key`: it stays shown until a pull brings it.
    pub fn message_sent(&mut self, key: &str) -> Result<(), CacheError> {
        self.transaction(|conn| {
            diesel::update(message_outbox::table.filter(message_outbox::key.eq(key)))
                .set(message_outbox::acked.eq(true))
                .execute(conn)?;
            Ok(())
        })
    }

    /// The service refused the message of `key` for good: it leaves, and the refusal is kept
    /// to tell the user.
    pub fn message_refused(
        &mut self,
        key: &str,
        code: ErrorCode,
        message: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        self.transaction(|conn| {
            let body: Option<String> = message_outbox::table
                .filter(message_outbox::key.eq(key))
                .select(message_outbox::body)
                .first(conn)
                .optional()?;
            let Some(body) = body else {
                return Ok(());
            };
            diesel::replace_into(rejections::table)
                .values((
                    rejections::key.eq(key),
                    rejections::mutation.eq(&body),
                    rejections::code.eq(code.as_str()),
                    rejections::message.eq(format!("メッセージは送信されませんでした。{message}")),
                    rejections::rejected_at.eq(now),
                    rejections::seen.eq(false),
                ))
                .execute(conn)?;
            diesel::delete(message_outbox::table.filter(message_outbox::key.eq(key)))
                .execute(conn)?;
            Ok(())
        })
    }

    /// 既読 marked here and not yet sent.
    pub fn read_marks_to_send(&mut self) -> Result<Vec<ReadMark>, CacheError> {
        self.transaction(|conn| {
            let rows: Vec<(i64, i64)> = read_marks::table
                .filter(read_marks::acked.eq(false))
                .select((read_marks::thread_id, read_marks::up_to))
                .load(conn)?;
            Ok(rows
                .into_iter()
                .map(|(thread_id, up_to)| ReadMark { thread_id, up_to })
                .collect())
        })
    }

    /// The service has `mark` (a newer mark made meanwhile still waits).
    pub fn read_mark_sent(&mut self, mark: ReadMark) -> Result<(), CacheError> {
        self.transaction(|conn| {
            diesel::update(
                read_marks::table
                    .find(mark.thread_id)
                    .filter(read_marks::up_to.eq(mark.up_to)),
            )
            .set(read_marks::acked.eq(true))
            .execute(conn)?;
            Ok(())
        })
    }
}
