//! `auth_keys`: 認証キー sent by mail, stored only as hashes.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::auth_keys;
use crate::AnyConnection;

/// A stored key.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = auth_keys)]
pub struct AuthKey {
    pub id: i64,
    pub purpose: String,
    pub email: String,
    pub key_hash: String,
    pub subject_id: Option<i64>,
    pub payload: String,
    pub attempts: i32,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// A key to store.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = auth_keys)]
pub struct NewAuthKey<'a> {
    pub purpose: &'a str,
    pub email: &'a str,
    pub key_hash: &'a str,
    pub subject_id: Option<i64>,
    pub payload: &'a str,
    pub attempts: i32,
    pub expires_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

/// Stores a new key for `(purpose, email)`, voiding any earlier unused one.
pub fn replace(conn: &mut AnyConnection, key: &NewAuthKey<'_>) -> QueryResult<()> {
    crate::write_transaction(conn, |conn| {
        diesel::update(
            auth_keys::table
                .filter(auth_keys::purpose.eq(key.purpose))
                .filter(auth_keys::email.eq(key.email))
                .filter(auth_keys::used_at.is_null()),
        )
        .set(auth_keys::used_at.eq(Some(key.created_at)))
        .execute(conn)?;
        diesel::insert_into(auth_keys::table)
            .values(key)
            .execute(conn)?;
        Ok(())
    })
}

/// The newest unused key for `(purpose, email)`, expired or not (the caller decides).
pub fn latest_unused(
    conn: &mut AnyConnection,
    purpose: &str,
    email: &str,
) -> QueryResult<Option<AuthKey>> {
    auth_keys::table
        .filter(auth_keys::purpose.eq(purpose))
        .filter(auth_keys::email.eq(email))
        .filter(auth_keys::used_at.is_null())
        .order(auth_keys::id.desc())
        .select(AuthKey::as_select())
        .first(conn)
        .optional()
}

/// Counts one try of key `id` *before* it is checked: succeeds only while the key is unused,
/// unexpired and has tries left, in one guarded update, so concurrent tries can never check
/// the key more than `max_tries` times; a key whose tries are used up is dead for good (nothing
/// ever lowers `attempts` or clears `used_at`). False when the try is refused.
pub fn claim_try(
    conn: &mut AnyConnection,
    id: i64,
    max_tries: i32,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let claimed = diesel::update(
        auth_keys::table
            .find(id)
            .filter(auth_keys::used_at.is_null())
            .filter(auth_keys::expires_at.gt(now))
            .filter(auth_keys::attempts.lt(max_tries)),
    )
    .set(auth_keys::attempts.eq(auth_keys::attempts + 1))
    .execute(conn)?;
    Ok(claimed == 1)
}

/// Marks a key used; false when it was used (or voided) meanwhile.
pub fn mark_used(conn: &mut AnyConnection, id: i64, now: NaiveDateTime) -> QueryResult<bool> {
    let changed = diesel::update(
        auth_keys::table
            .find(id)
            .filter(auth_keys::used_at.is_null()),
    )
    .set(auth_keys::used_at.eq(Some(now)))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Deletes keys that expired before `before`.
pub fn prune(conn: &mut AnyConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(auth_keys::table.filter(auth_keys::expires_at.lt(before))).execute(conn)
}
