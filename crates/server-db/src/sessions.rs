//! `sessions`: signed-in sessions (token hashes only).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::sessions;
use crate::AnyConnection;

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions)]
pub struct Session {
    pub token_hash: String,
    pub account_id: i64,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

pub fn insert(conn: &mut AnyConnection, session: &Session) -> QueryResult<()> {
    diesel::insert_into(sessions::table)
        .values(session)
        .execute(conn)
        .map(|_| ())
}

/// The session with this token hash, if not revoked.
pub fn find_live(conn: &mut AnyConnection, token_hash: &str) -> QueryResult<Option<Session>> {
    sessions::table
        .find(token_hash)
        .filter(sessions::revoked_at.is_null())
        .select(Session::as_select())
        .first(conn)
        .optional()
}

/// Records activity on a session.
pub fn touch(conn: &mut AnyConnection, token_hash: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(sessions::table.find(token_hash))
        .set(sessions::last_seen_at.eq(now))
        .execute(conn)
        .map(|_| ())
}

/// Revokes one session; false when it was not live.
pub fn revoke(conn: &mut AnyConnection, token_hash: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let changed = diesel::update(
        sessions::table
            .find(token_hash)
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Revokes every session of an account (password reset, email change).
pub fn revoke_all(
    conn: &mut AnyConnection,
    account_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        sessions::table
            .filter(sessions::account_id.eq(account_id))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)
}

/// Revokes every session of an account but `keep` (a password change from that session).
pub fn revoke_others(
    conn: &mut AnyConnection,
    account_id: i64,
    keep: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        sessions::table
            .filter(sessions::account_id.eq(account_id))
            .filter(sessions::token_hash.ne(keep))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(Some(now)))
    .execute(conn)
}

/// Deletes sessions that ended (expired or revoked) before `before`.
pub fn prune(conn: &mut AnyConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(
        sessions::table.filter(
            sessions::expires_at
                .lt(before)
                .or(sessions::revoked_at.lt(before)),
        ),
    )
    .execute(conn)
}
