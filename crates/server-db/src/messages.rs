//! `message_threads`, `messages`, `thread_reads`: メッセージ. A thread is made once per seeker
//! and party ([`open_thread`]: the UNIQUE key decides); a message once per sender and client key
//! ([`send`]: sending again finds the first); how far a side has read only moves forward
//! ([`mark_read`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::{message_threads, messages, thread_reads};
use crate::AnyConnection;

/// A thread as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = message_threads)]
pub struct Thread {
    pub id: i64,
    pub seeker_id: i64,
    pub party: String,
    pub employer_id: Option<i64>,
    pub party_key: String,
    pub created_at: NaiveDateTime,
    pub last_message_at: Option<NaiveDateTime>,
}

/// A message as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = messages)]
pub struct Message {
    pub id: i64,
    pub thread_id: i64,
    pub sender_account_id: i64,
    pub side: String,
    pub sender_name: String,
    pub body: String,
    pub client_key: String,
    pub sent_at: NaiveDateTime,
}

/// A message to store.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = messages)]
pub struct NewMessage<'a> {
    pub thread_id: i64,
    pub sender_account_id: i64,
    pub side: &'a str,
    pub sender_name: &'a str,
    pub body: &'a str,
    pub client_key: &'a str,
    pub sent_at: NaiveDateTime,
}

/// The party key of the Hello Work thread.
pub const HELLO_WORK_KEY: &str = "hello_work";

/// The party key of the thread with employer `employer_id`.
pub fn employer_key(employer_id: i64) -> String {
    format!("employer:{employer_id}")
}

/// The seeker's thread with `party` (`party_key`, employer `employer_id` if any), made if it
/// was not there.
pub fn open_thread(
    conn: &mut AnyConnection,
    seeker_id: i64,
    party: &str,
    party_key: &str,
    employer_id: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<Thread> {
    let create = diesel::insert_into(message_threads::table)
        .values((
            message_threads::seeker_id.eq(seeker_id),
            message_threads::party.eq(party),
            message_threads::employer_id.eq(employer_id),
            message_threads::party_key.eq(party_key),
            message_threads::created_at.eq(now),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    message_threads::table
        .filter(message_threads::seeker_id.eq(seeker_id))
        .filter(message_threads::party_key.eq(party_key))
        .select(Thread::as_select())
        .first(conn)
}

/// One thread.
pub fn find_thread(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Thread>> {
    message_threads::table
        .find(id)
        .select(Thread::as_select())
        .first(conn)
        .optional()
}

/// A seeker's threads, the latest message (or the newest thread) first.
pub fn threads_of_seeker(conn: &mut AnyConnection, seeker_id: i64) -> QueryResult<Vec<Thread>> {
    let threads = message_threads::table
        .filter(message_threads::seeker_id.eq(seeker_id))
        .select(Thread::as_select())
        .load(conn)?;
    Ok(latest_first(threads))
}

/// An employer's threads, the latest message (or the newest thread) first.
pub fn threads_of_employer(conn: &mut AnyConnection, employer_id: i64) -> QueryResult<Vec<Thread>> {
    let threads = message_threads::table
        .filter(message_threads::employer_id.eq(employer_id))
        .select(Thread::as_select())
        .load(conn)?;
    Ok(latest_first(threads))
}

/// Sorted here, not in SQL: the backends place a missing time differently.
fn latest_first(mut threads: Vec<Thread>) -> Vec<Thread> {
    threads.sort_by_key(|t| std::cmp::Reverse((t.last_message_at.unwrap_or(t.created_at), t.id)));
    threads
}

/// Stores `new` unless its sender sent that key before; the stored message either way, and
/// whether it is new. Call inside a transaction (the thread's time moves with it).
pub fn send(conn: &mut AnyConnection, new: &NewMessage<'_>) -> QueryResult<(Message, bool)> {
    let insert = diesel::insert_into(messages::table)
        .values(new)
        .on_conflict_do_nothing();
    let stored = execute_per_backend!(conn, insert)? == 1;
    if stored {
        diesel::update(message_threads::table.find(new.thread_id))
            .set(message_threads::last_message_at.eq(new.sent_at))
            .execute(conn)?;
    }
    let message = messages::table
        .filter(messages::sender_account_id.eq(new.sender_account_id))
        .filter(messages::client_key.eq(new.client_key))
        .select(Message::as_select())
        .first(conn)?;
    Ok((message, stored))
}

/// The newest `limit` messages of a thread, oldest first.
pub fn messages_of(
    conn: &mut AnyConnection,
    thread_id: i64,
    limit: i64,
) -> QueryResult<Vec<Message>> {
    let mut newest: Vec<Message> = messages::table
        .filter(messages::thread_id.eq(thread_id))
        .order(messages::id.desc())
        .limit(limit)
        .select(Message::as_select())
        .load(conn)?;
    newest.reverse();
    Ok(newest)
}

/// How far `side` has read thread `thread_id` (0: nothing).
pub fn read_up_to(conn: &mut AnyConnection, thread_id: i64, side: &str) -> QueryResult<i64> {
    Ok(thread_reads::table
        .find((thread_id, side))
        .select(thread_reads::last_read_id)
        .first(conn)
        .optional()?
        .unwrap_or(0))
}

/// Messages of thread `thread_id` written by others than `side` after message `after`.
pub fn unread(
    conn: &mut AnyConnection,
    thread_id: i64,
    side: &str,
    after: i64,
) -> QueryResult<i64> {
    messages::table
        .filter(messages::thread_id.eq(thread_id))
        .filter(messages::side.ne(side))
        .filter(messages::id.gt(after))
        .count()
        .get_result(conn)
}

/// Moves how far `side` has read thread `thread_id` to `up_to`, never back.
pub fn mark_read(
    conn: &mut AnyConnection,
    thread_id: i64,
    side: &str,
    up_to: i64,
) -> QueryResult<()> {
    let create = diesel::insert_into(thread_reads::table)
        .values((
            thread_reads::thread_id.eq(thread_id),
            thread_reads::side.eq(side),
            thread_reads::last_read_id.eq(0_i64),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    diesel::update(
        thread_reads::table
            .find((thread_id, side))
            .filter(thread_reads::last_read_id.lt(up_to)),
    )
    .set(thread_reads::last_read_id.eq(up_to))
    .execute(conn)?;
    Ok(())
}
