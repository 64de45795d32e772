//! `counselling_sessions`: the 職業相談 counselors recorded with job seekers. Written once (in
//! the transaction that may extend the seeker's validity), listed newest first with the
//! counselor's and the office's names.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{counselling_sessions, counselors, offices, seekers};
use crate::AnyConnection;

/// A session to store.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = counselling_sessions)]
pub struct NewSession<'a> {
    pub seeker_id: i64,
    pub counselor_id: i64,
    pub office_code: &'a str,
    pub held_on: NaiveDate,
    pub topic: &'a str,
    pub note: &'a str,
    pub created_at: NaiveDateTime,
}

/// A stored session with who held it (read with the counselor and the office joined).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = counselling_sessions)]
pub struct Session {
    pub id: i64,
    pub held_on: NaiveDate,
    pub topic: String,
    pub note: String,
    #[diesel(select_expression = counselors::name)]
    pub counselor_name: String,
    #[diesel(select_expression = offices::name)]
    pub office_name: String,
}

/// Stores `new` (inside the caller's transaction) and answers its id.
pub fn insert(conn: &mut AnyConnection, new: &NewSession<'_>) -> QueryResult<i64> {
    // The seeker's row is held, so the newest id of this seeker is the one just written.
    diesel::update(seekers::table.find(new.seeker_id))
        .set(seekers::id.eq(seekers::id))
        .execute(conn)?;
    diesel::insert_into(counselling_sessions::table)
        .values(new)
        .execute(conn)?;
    counselling_sessions::table
        .filter(counselling_sessions::seeker_id.eq(new.seeker_id))
        .select(diesel::dsl::max(counselling_sessions::id))
        .first::<Option<i64>>(conn)?
        .ok_or(diesel::result::Error::NotFound)
}

/// One session.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Session>> {
    counselling_sessions::table
        .inner_join(counselors::table)
        .inner_join(offices::table)
        .filter(counselling_sessions::id.eq(id))
        .select(Session::as_select())
        .first(conn)
        .optional()
}

/// A seeker's sessions, newest first, at most `limit`.
pub fn of_seeker(
    conn: &mut AnyConnection,
    seeker_id: i64,
    limit: i64,
) -> QueryResult<Vec<Session>> {
    counselling_sessions::table
        .inner_join(counselors::table)
        .inner_join(offices::table)
        .filter(counselling_sessions::seeker_id.eq(seeker_id))
        .order((
            counselling_sessions::held_on.desc(),
            counselling_sessions::id.desc(),
        ))
        .limit(limit)
        .select(Session::as_select())
        .load(conn)
}
