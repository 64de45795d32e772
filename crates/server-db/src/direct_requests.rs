//! `direct_requests` and `request_counts`: 応募検討依頼. A request is stored once per posting
//! and seeker (the UNIQUE key decides) after the posting's count was claimed by one guarded
//! update below the limit, in the caller's transaction, so concurrent sends never pass it; an
//! answer is set once, by an update naming the unanswered state. Each write takes the seeker's
//! next MyPage number, so devices pull requests like the rest of the MyPage.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::{direct_requests, request_counts};
use crate::AnyConnection;

/// A stored request.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = direct_requests)]
pub struct StoredRequest {
    pub id: i64,
    pub job_id: i64,
    pub job_number: String,
    pub employer_id: i64,
    pub seeker_id: i64,
    /// JSON of the `AnonymousProfile` the employer saw.
    pub view: String,
    pub note: String,
    pub sent_at: NaiveDateTime,
    pub answer: Option<String>,
    pub answered_at: Option<NaiveDateTime>,
    pub seeker_seq: i64,
}

/// A request to store.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = direct_requests)]
pub struct NewRequest<'a> {
    pub job_id: i64,
    pub job_number: &'a str,
    pub employer_id: i64,
    pub seeker_id: i64,
    pub view: &'a str,
    pub note: &'a str,
    pub sent_at: NaiveDateTime,
    pub seeker_seq: i64,
}

/// Claims one of the posting's `limit` requests; `false` when all are taken.
pub fn claim(conn: &mut AnyConnection, job_id: i64, limit: i32) -> QueryResult<bool> {
    let first = diesel::insert_into(request_counts::table)
        .values((
            request_counts::job_id.eq(job_id),
            request_counts::sent.eq(0),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, first)?;
    let claimed = diesel::update(
        request_counts::table
            .find(job_id)
            .filter(request_counts::sent.lt(limit)),
    )
    .set(request_counts::sent.eq(request_counts::sent + 1))
    .execute(conn)?;
    Ok(claimed == 1)
}

/// How many requests were sent for the posting.
pub fn sent_for(conn: &mut AnyConnection, job_id: i64) -> QueryResult<i32> {
    Ok(request_counts::table
        .find(job_id)
        .select(request_counts::sent)
        .first(conn)
        .optional()?
        .unwrap_or(0))
}

/// Stores a request; `None` when this seeker was asked for this posting already.
pub fn insert(
    conn: &mut AnyConnection,
    new: &NewRequest<'_>,
) -> QueryResult<Option<StoredRequest>> {
    let statement = diesel::insert_into(direct_requests::table)
        .values(new)
        .on_conflict_do_nothing();
    if execute_per_backend!(conn, statement)? == 0 {
        return Ok(None);
    }
    direct_requests::table
        .filter(direct_requests::job_id.eq(new.job_id))
        .filter(direct_requests::seeker_id.eq(new.seeker_id))
        .select(StoredRequest::as_select())
        .first(conn)
        .optional()
}

/// One request.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<StoredRequest>> {
    direct_requests::table
        .find(id)
        .select(StoredRequest::as_select())
        .first(conn)
        .optional()
}

/// The requests sent for a posting, newest first.
pub fn of_job(conn: &mut AnyConnection, job_id: i64) -> QueryResult<Vec<StoredRequest>> {
    direct_requests::table
        .filter(direct_requests::job_id.eq(job_id))
        .order(direct_requests::id.desc())
        .select(StoredRequest::as_select())
        .load(conn)
}

/// The seeker's requests changed after MyPage number `since` (all from 0), oldest first.
pub fn changed_for(
    conn: &mut AnyConnection,
    seeker_id: i64,
    since: i64,
) -> QueryResult<Vec<StoredRequest>> {
    direct_requests::table
        .filter(direct_requests::seeker_id.eq(seeker_id))
        .filter(direct_requests::seeker_seq.gt(since))
        .order(direct_requests::seeker_seq.asc())
        .select(StoredRequest::as_select())
        .load(conn)
}

/// Records the answer of an unanswered request, numbered `seq`; `false` when it was answered
/// already.
pub fn answer(
    conn: &mut AnyConnection,
    id: i64,
    answer: &str,
    seq: i64,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let changed = diesel::update(
        direct_requests::table
            .find(id)
            .filter(direct_requests::answer.is_null()),
    )
    .set((
        direct_requests::answer.eq(answer),
        direct_requests::answered_at.eq(at),
        direct_requests::seeker_seq.eq(seq),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The unanswered request of `seeker_id` for `job_id`, if there is one (answered by applying).
pub fn open_for(
    conn: &mut AnyConnection,
    job_id: i64,
    seeker_id: i64,
) -> QueryResult<Option<StoredRequest>> {
    direct_requests::table
        .filter(direct_requests::job_id.eq(job_id))
        .filter(direct_requests::seeker_id.eq(seeker_id))
        .filter(direct_requests::answer.is_null())
        .select(StoredRequest::as_select())
        .first(conn)
        .optional()
}
