//! `message_threads`, `messages`, `thread_reads`: メッセージ. A thread is made once per seeker
//! and party ([`open_thread`]: the UNIQUE key decides); a message once per sender and client key
//! ([`send`]: sending again finds the first); how far a side has read only moves forward
//! ([`mark_read`]).
//!
//! Devices keep threads in step like the rest of MyPage: every change of a thread takes the
//! next number of its readers' `mypage_sync` sequences in the caller's transaction (the
//! seeker's account first, then the employer's, always in that order), and the thread and each
//! message keep the number of each side ([`changed_threads`], [`changed_messages`]).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::{employers, message_threads, messages, seekers, thread_reads};
use crate::{mypage, AnyConnection};

/// A side that reads its threads on its own devices (counselors read online only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Seeker,
    Employer,
}

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
    pub seeker_seq: i64,
    pub employer_seq: i64,
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
    pub seeker_seq: i64,
    pub employer_seq: i64,
    pub job_number: Option<String>,
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
    /// The posting an introduction points to.
    pub job_number: Option<&'a str>,
}

/// The party key of the Hello Work thread.
pub const HELLO_WORK_KEY: &str = "hello_work";

/// The party key of the thread with employer `employer_id`.
pub fn employer_key(employer_id: i64) -> String {
    format!("employer:{employer_id}")
}

/// The accounts of a thread's seeker and employer (either may have none): who reads it on
/// devices and is told of its messages.
pub fn reader_accounts(
    conn: &mut AnyConnection,
    seeker_id: i64,
    employer_id: Option<i64>,
) -> QueryResult<(Option<i64>, Option<i64>)> {
    let seeker = seekers::table
        .find(seeker_id)
        .select(seekers::account_id)
        .first::<Option<i64>>(conn)
        .optional()?
        .flatten();
    let employer = match employer_id {
        Some(id) => employers::table
            .find(id)
            .select(employers::account_id)
            .first::<Option<i64>>(conn)
            .optional()?
            .flatten(),
        None => None,
    };
    Ok((seeker, employer))
}

/// The next sync numbers of the readers on `sides` (0 for a side without an account or not
/// asked for), the seeker's taken first.
fn next_numbers(
    conn: &mut AnyConnection,
    seeker_id: i64,
    employer_id: Option<i64>,
    sides: &[Reader],
) -> QueryResult<(i64, i64)> {
    let (seeker, employer) = reader_accounts(conn, seeker_id, employer_id)?;
    let mut numbers = (0, 0);
    if let Some(account) = seeker.filter(|_| sides.contains(&Reader::Seeker)) {
        numbers.0 = mypage::next_seq(conn, account)?;
    }
    if let Some(account) = employer.filter(|_| sides.contains(&Reader::Employer)) {
        numbers.1 = mypage::next_seq(conn, account)?;
    }
    Ok(numbers)
}

/// Records that `thread` changed for its readers at `numbers` (a side's 0 leaves it).
fn touch(
    conn: &mut AnyConnection,
    thread_id: i64,
    (seeker, employer): (i64, i64),
) -> QueryResult<()> {
    if seeker > 0 {
        diesel::update(message_threads::table.find(thread_id))
            .set(message_threads::seeker_seq.eq(seeker))
            .execute(conn)?;
    }
    if employer > 0 {
        diesel::update(message_threads::table.find(thread_id))
            .set(message_threads::employer_seq.eq(employer))
            .execute(conn)?;
    }
    Ok(())
}

/// The seeker's thread with `party` (`party_key`, employer `employer_id` if any), made if it
/// was not there (then numbered for both readers). Call inside a write transaction.
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
    let created = execute_per_backend!(conn, create)? == 1;
    let find = |conn: &mut AnyConnection| {
        message_threads::table
            .filter(message_threads::seeker_id.eq(seeker_id))
            .filter(message_threads::party_key.eq(party_key))
            .select(Thread::as_select())
            .first::<Thread>(conn)
    };
    let thread = find(conn)?;
    if !created {
        return Ok(thread);
    }
    let numbers = next_numbers(
        conn,
        seeker_id,
        employer_id,
        &[Reader::Seeker, Reader::Employer],
    )?;
    touch(conn, thread.id, numbers)?;
    find(conn)
}

/// The seeker's thread with the party `party_key`, if it was opened.
pub fn thread_with(
    conn: &mut AnyConnection,
    seeker_id: i64,
    party_key: &str,
) -> QueryResult<Option<Thread>> {
    message_threads::table
        .filter(message_threads::seeker_id.eq(seeker_id))
        .filter(message_threads::party_key.eq(party_key))
        .select(Thread::as_select())
        .first(conn)
        .optional()
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

/// Stores `new` in `thread` unless its sender sent that key before; the stored message either
/// way, and whether it is new. A new message is numbered for both readers, and the thread's time
/// moves with it. Call inside a write transaction.
pub fn send(
    conn: &mut AnyConnection,
    thread: &Thread,
    new: &NewMessage<'_>,
) -> QueryResult<(Message, bool)> {
    let insert = diesel::insert_into(messages::table)
        .values(new)
        .on_conflict_do_nothing();
    let stored = execute_per_backend!(conn, insert)? == 1;
    if stored {
        let numbers = next_numbers(
            conn,
            thread.seeker_id,
            thread.employer_id,
            &[Reader::Seeker, Reader::Employer],
        )?;
        diesel::update(
            messages::table
                .filter(messages::sender_account_id.eq(new.sender_account_id))
                .filter(messages::client_key.eq(new.client_key)),
        )
        .set((
            messages::seeker_seq.eq(numbers.0),
            messages::employer_seq.eq(numbers.1),
        ))
        .execute(conn)?;
        diesel::update(message_threads::table.find(thread.id))
            .set(message_threads::last_message_at.eq(new.sent_at))
            .execute(conn)?;
        touch(conn, thread.id, numbers)?;
    }
    let message = sent_with_key(conn, new.sender_account_id, new.client_key)?
        .ok_or(diesel::result::Error::NotFound)?;
    Ok((message, stored))
}

/// The message `sender_account_id` sent under `client_key`, if any.
pub fn sent_with_key(
    conn: &mut AnyConnection,
    sender_account_id: i64,
    client_key: &str,
) -> QueryResult<Option<Message>> {
    messages::table
        .filter(messages::sender_account_id.eq(sender_account_id))
        .filter(messages::client_key.eq(client_key))
        .select(Message::as_select())
        .first(conn)
        .optional()
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

/// Moves how far `side` has read `thread` to `up_to`, never back; a move is numbered for that
/// side's reader (if it reads on devices). Call inside a write transaction.
pub fn mark_read(
    conn: &mut AnyConnection,
    thread: &Thread,
    side: &str,
    reader: Option<Reader>,
    up_to: i64,
) -> QueryResult<()> {
    let thread_id = thread.id;
    let create = diesel::insert_into(thread_reads::table)
        .values((
            thread_reads::thread_id.eq(thread_id),
            thread_reads::side.eq(side),
            thread_reads::last_read_id.eq(0_i64),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    let moved = diesel::update(
        thread_reads::table
            .find((thread_id, side))
            .filter(thread_reads::last_read_id.lt(up_to)),
    )
    .set(thread_reads::last_read_id.eq(up_to))
    .execute(conn)?;
    if moved == 1 {
        if let Some(reader) = reader {
            let numbers = next_numbers(conn, thread.seeker_id, thread.employer_id, &[reader])?;
            touch(conn, thread_id, numbers)?;
        }
    }
    Ok(())
}

/// The threads of `reader` (seeker `seeker_id` or employer `employer_id`, by `owner`) that
/// changed after number `since` (all of them from 0), oldest change first.
pub fn changed_threads(
    conn: &mut AnyConnection,
    reader: Reader,
    owner: i64,
    since: i64,
) -> QueryResult<Vec<Thread>> {
    // Rows from before messages were synced carry 0: a pull from the start takes them too.
    let since = if since == 0 { -1 } else { since };
    let query = message_threads::table
        .select(Thread::as_select())
        .into_boxed();
    let query = match reader {
        Reader::Seeker => query
            .filter(message_threads::seeker_id.eq(owner))
            .filter(message_threads::seeker_seq.gt(since))
            .order(message_threads::seeker_seq.asc()),
        Reader::Employer => query
            .filter(message_threads::employer_id.eq(Some(owner)))
            .filter(message_threads::employer_seq.gt(since))
            .order(message_threads::employer_seq.asc()),
    };
    query.load(conn)
}

/// The messages of `threads` that `reader` has not had after number `since` (all of them from
/// 0), oldest first.
pub fn changed_messages(
    conn: &mut AnyConnection,
    reader: Reader,
    threads: &[i64],
    since: i64,
) -> QueryResult<Vec<Message>> {
    let since = if since == 0 { -1 } else { since };
    let query = messages::table
        .filter(messages::thread_id.eq_any(threads))
        .select(Message::as_select())
        .order(messages::id.asc())
        .into_boxed();
    let query = match reader {
        Reader::Seeker => query.filter(messages::seeker_seq.gt(since)),
        Reader::Employer => query.filter(messages::employer_seq.gt(since)),
    };
    query.load(conn)
}
