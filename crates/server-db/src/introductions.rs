//! `job_introductions`: オンライン職業紹介 and おすすめ求人 sent to job seekers, once per seeker,
//! posting and kind (the UNIQUE key decides), each numbered in the seeker's MyPage sequence.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::job_introductions;
use crate::{mypage, AnyConnection};

/// An introduction as stored.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = job_introductions)]
pub struct Introduction {
    pub id: i64,
    pub seeker_id: i64,
    pub job_id: i64,
    pub job_number: String,
    pub kind: String,
    pub counselor_account_id: i64,
    /// The office and counselor, as the seeker reads them.
    pub introduced_by: String,
    pub note: String,
    pub created_at: NaiveDateTime,
    pub sync_seq: i64,
}

/// An introduction to store.
#[derive(Debug, Clone)]
pub struct NewIntroduction<'a> {
    pub seeker_id: i64,
    /// The seeker's account, when they have a MyPage (their devices pull it).
    pub seeker_account_id: Option<i64>,
    pub job_id: i64,
    pub job_number: &'a str,
    pub kind: &'a str,
    pub counselor_account_id: i64,
    pub introduced_by: &'a str,
    pub note: &'a str,
    pub created_at: NaiveDateTime,
}

/// Stores `new`, numbered in the seeker's MyPage sequence; `None` when that posting was
/// introduced to the seeker that way before. Call inside a write transaction.
pub fn insert(
    conn: &mut AnyConnection,
    new: &NewIntroduction<'_>,
) -> QueryResult<Option<Introduction>> {
    let sync_seq = match new.seeker_account_id {
        Some(account) => mypage::next_seq(conn, account)?,
        None => 0,
    };
    let insert = diesel::insert_into(job_introductions::table)
        .values((
            job_introductions::seeker_id.eq(new.seeker_id),
            job_introductions::job_id.eq(new.job_id),
            job_introductions::job_number.eq(new.job_number),
            job_introductions::kind.eq(new.kind),
            job_introductions::counselor_account_id.eq(new.counselor_account_id),
            job_introductions::introduced_by.eq(new.introduced_by),
            job_introductions::note.eq(new.note),
            job_introductions::created_at.eq(new.created_at),
            job_introductions::sync_seq.eq(sync_seq),
        ))
        .on_conflict_do_nothing();
    if execute_per_backend!(conn, insert)? == 0 {
        return Ok(None);
    }
    job_introductions::table
        .filter(job_introductions::seeker_id.eq(new.seeker_id))
        .filter(job_introductions::job_id.eq(new.job_id))
        .filter(job_introductions::kind.eq(new.kind))
        .select(Introduction::as_select())
        .first(conn)
        .map(Some)
}

/// One introduction.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Introduction>> {
    job_introductions::table
        .find(id)
        .select(Introduction::as_select())
        .first(conn)
        .optional()
}

/// The seeker's introductions numbered after `since` (all of them from 0), oldest first.
pub fn changed_for(
    conn: &mut AnyConnection,
    seeker_id: i64,
    since: i64,
) -> QueryResult<Vec<Introduction>> {
    let since = if since == 0 { -1 } else { since };
    job_introductions::table
        .filter(job_introductions::seeker_id.eq(seeker_id))
        .filter(job_introductions::sync_seq.gt(since))
        .order(job_introductions::id.asc())
        .select(Introduction::as_select())
        .load(conn)
}
