//! `applications`: a job seeker's applications (自主応募 or 紹介) to published postings. One per
//! seeker and posting: [`insert`] does nothing when one exists (the UNIQUE key decides, so of
//! concurrent tries exactly one is stored). A selection ends once: [`decide`] is one update that
//! names the status it expects. Every write carries the seeker's next MyPage sequence number
//! (`sync_seq`), so devices pull what changed ([`of_seeker_since`]).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::applications;
use crate::AnyConnection;

/// An application as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = applications)]
pub struct Application {
    pub id: i64,
    pub seeker_id: i64,
    pub job_id: i64,
    pub employer_id: i64,
    pub kind: String,
    pub status: String,
    /// JSON of the profile sent.
    pub profile: String,
    pub message: String,
    pub result_reason: Option<String>,
    pub referred_by: Option<i64>,
    /// JSON of a referral's 紹介状.
    pub letter: Option<String>,
    pub applied_on: NaiveDate,
    pub decided_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The number of the seeker's MyPage sequence it last changed at (0 without an account).
    pub sync_seq: i64,
}

/// A new application, 選考中.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = applications)]
pub struct NewApplication<'a> {
    pub seeker_id: i64,
    pub job_id: i64,
    pub employer_id: i64,
    pub kind: &'a str,
    pub status: &'a str,
    pub profile: &'a str,
    pub message: &'a str,
    pub referred_by: Option<i64>,
    pub letter: Option<&'a str>,
    pub applied_on: NaiveDate,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The seeker's next MyPage sequence number (see [`crate::mypage::next_seq`]).
    pub sync_seq: i64,
}

/// Stores `new` unless the seeker already applied for the posting: the stored application, or
/// `None` when there was one already.
pub fn insert(
    conn: &mut AnyConnection,
    new: &NewApplication<'_>,
) -> QueryResult<Option<Application>> {
    let statement = diesel::insert_into(applications::table)
        .values(new)
        .on_conflict_do_nothing();
    if execute_per_backend!(conn, statement)? == 0 {
        return Ok(None);
    }
    applications::table
        .filter(applications::seeker_id.eq(new.seeker_id))
        .filter(applications::job_id.eq(new.job_id))
        .select(Application::as_select())
        .first(conn)
        .optional()
}

/// One application.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Application>> {
    applications::table
        .find(id)
        .select(Application::as_select())
        .first(conn)
        .optional()
}

/// A seeker's applications, newest first, at most `limit`.
pub fn of_seeker(
    conn: &mut AnyConnection,
    seeker_id: i64,
    limit: i64,
) -> QueryResult<Vec<Application>> {
    applications::table
        .filter(applications::seeker_id.eq(seeker_id))
        .order((applications::created_at.desc(), applications::id.desc()))
        .limit(limit)
        .select(Application::as_select())
        .load(conn)
}

/// The applications to one posting, newest first, at most `limit`.
pub fn of_job(conn: &mut AnyConnection, job_id: i64, limit: i64) -> QueryResult<Vec<Application>> {
    applications::table
        .filter(applications::job_id.eq(job_id))
        .order((applications::created_at.desc(), applications::id.desc()))
        .limit(limit)
        .select(Application::as_select())
        .load(conn)
}

/// What ends a selection.
#[derive(Debug, Clone, Copy)]
pub struct Decision<'a> {
    /// The status it must still have.
    pub expected: &'a str,
    pub status: &'a str,
    pub reason: Option<&'a str>,
    pub on: NaiveDate,
    pub now: NaiveDateTime,
    /// The seeker's next MyPage sequence number.
    pub sync_seq: i64,
}

/// Ends the selection of application `id` as `decision` says if it is still
/// `decision.expected`; false when another result came first.
pub fn decide(conn: &mut AnyConnection, id: i64, decision: Decision<'_>) -> QueryResult<bool> {
    let Decision {
        expected,
        status,
        reason,
        on,
        now,
        sync_seq,
    } = decision;
    let changed = diesel::update(
        applications::table
            .find(id)
            .filter(applications::status.eq(expected)),
    )
    .set((
        applications::status.eq(status),
        applications::result_reason.eq(reason),
        applications::decided_on.eq(Some(on)),
        applications::updated_at.eq(now),
        applications::sync_seq.eq(sync_seq),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// A seeker's applications changed after sequence number `after` (all of them when `after` is
/// 0), in sequence order.
pub fn of_seeker_since(
    conn: &mut AnyConnection,
    seeker_id: i64,
    after: i64,
) -> QueryResult<Vec<Application>> {
    let mut query = applications::table
        .filter(applications::seeker_id.eq(seeker_id))
        .into_boxed();
    if after > 0 {
        query = query.filter(applications::sync_seq.gt(after));
    }
    query
        .order((applications::sync_seq.asc(), applications::id.asc()))
        .select(Application::as_select())
        .load(conn)
}
