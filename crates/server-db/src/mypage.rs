//! `mypage_sync`, `favorites`, `saved_searches`, `idempotency_keys`: a job seeker's MyPage data
//! and what devices need to stay in step with it.
//!
//! Invariant: every write of a user's rows goes through [`next_seq`] in the same transaction,
//! which bumps (and so locks) the user's `mypage_sync` row: the user's writes are serialised,
//! and their sequence numbers become visible in commit order.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::{favorites, idempotency_keys, jobs, mypage_sync, saved_searches};
use crate::AnyConnection;

/// A favorite row (kept or removed).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = favorites)]
pub struct Favorite {
    pub account_id: i64,
    pub job_number: String,
    pub added_at: NaiveDateTime,
    pub removed: bool,
    pub seq: i64,
}

/// A saved search row (kept or removed); `params` is JSON of `JobSearchParams`.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = saved_searches)]
pub struct SavedSearch {
    pub account_id: i64,
    pub id: String,
    pub name: String,
    pub params: String,
    pub last_run_at: Option<NaiveDateTime>,
    pub removed: bool,
    pub seq: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// 新着をお知らせ.
    pub notify_new: bool,
}

/// A remembered idempotency key.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys)]
pub struct IdempotencyKey {
    pub account_id: i64,
    pub key: String,
    pub request_hash: String,
    pub outcome: String,
    pub created_at: NaiveDateTime,
}

/// Takes the user's next change sequence number. Call inside the writing transaction.
pub fn next_seq(conn: &mut AnyConnection, account_id: i64) -> QueryResult<i64> {
    // Created if missing (a concurrent creation is ignored) and held to the end of the
    // transaction, then bumped.
    lock_user(conn, account_id)?;
    diesel::update(mypage_sync::table.find(account_id))
        .set(mypage_sync::last_seq.eq(mypage_sync::last_seq + 1))
        .execute(conn)?;
    mypage_sync::table
        .find(account_id)
        .select(mypage_sync::last_seq)
        .first(conn)
}

/// The user's last change sequence number (0 before any change).
pub fn last_seq(conn: &mut AnyConnection, account_id: i64) -> QueryResult<i64> {
    Ok(mypage_sync::table
        .find(account_id)
        .select(mypage_sync::last_seq)
        .first(conn)
        .optional()?
        .unwrap_or(0))
}

/// Favorites kept (not removed).
pub fn favorite_count(conn: &mut AnyConnection, account_id: i64) -> QueryResult<i64> {
    favorites::table
        .filter(favorites::account_id.eq(account_id))
        .filter(favorites::removed.eq(false))
        .count()
        .get_result(conn)
}

/// One favorite row, kept or removed.
pub fn favorite(
    conn: &mut AnyConnection,
    account_id: i64,
    job_number: &str,
) -> QueryResult<Option<Favorite>> {
    favorites::table
        .find((account_id, job_number))
        .select(Favorite::as_select())
        .first(conn)
        .optional()
}

/// Keeps (`removed == false`, added at `at`) or removes a favorite at sequence `seq`.
pub fn put_favorite(
    conn: &mut AnyConnection,
    account_id: i64,
    job_number: &str,
    removed: bool,
    seq: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let existing = favorite(conn, account_id, job_number)?;
    match existing {
        Some(row) => {
            // Adding again moves the favorite to the top; removing keeps the date.
            let added_at = if removed { row.added_at } else { at };
            diesel::update(favorites::table.find((account_id, job_number)))
                .set((
                    favorites::removed.eq(removed),
                    favorites::added_at.eq(added_at),
                    favorites::seq.eq(seq),
                ))
                .execute(conn)?;
        }
        None => {
            diesel::insert_into(favorites::table)
                .values((
                    favorites::account_id.eq(account_id),
                    favorites::job_number.eq(job_number),
                    favorites::added_at.eq(at),
                    favorites::removed.eq(removed),
                    favorites::seq.eq(seq),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// Favorite rows changed after `after`.
pub fn favorites_since(
    conn: &mut AnyConnection,
    account_id: i64,
    after: i64,
) -> QueryResult<Vec<Favorite>> {
    favorites::table
        .filter(favorites::account_id.eq(account_id))
        .filter(favorites::seq.gt(after))
        .order(favorites::seq.asc())
        .select(Favorite::as_select())
        .load(conn)
}

/// Kept favorites whose posting changed after postings' change `after`.
pub fn favorites_with_jobs_changed_since(
    conn: &mut AnyConnection,
    account_id: i64,
    after: i64,
) -> QueryResult<Vec<Favorite>> {
    let changed = jobs::table
        .filter(jobs::change_seq.gt(after))
        .select(jobs::job_number);
    favorites::table
        .filter(favorites::account_id.eq(account_id))
        .filter(favorites::removed.eq(false))
        .filter(favorites::job_number.eq_any(changed))
        .select(Favorite::as_select())
        .load(conn)
}

/// Every kept favorite.
pub fn kept_favorites(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Vec<Favorite>> {
    favorites::table
        .filter(favorites::account_id.eq(account_id))
        .filter(favorites::removed.eq(false))
        .order(favorites::added_at.desc())
        .select(Favorite::as_select())
        .load(conn)
}

/// Saved searches kept (not removed).
pub fn saved_search_count(conn: &mut AnyConnection, account_id: i64) -> QueryResult<i64> {
    saved_searches::table
        .filter(saved_searches::account_id.eq(account_id))
        .filter(saved_searches::removed.eq(false))
        .count()
        .get_result(conn)
}

/// One saved search row, kept or removed.
pub fn saved_search(
    conn: &mut AnyConnection,
    account_id: i64,
    id: &str,
) -> QueryResult<Option<SavedSearch>> {
    saved_searches::table
        .find((account_id, id))
        .select(SavedSearch::as_select())
        .first(conn)
        .optional()
}

/// Creates or overwrites a saved search (and brings a removed one back).
pub fn put_saved_search(
    conn: &mut AnyConnection,
    account_id: i64,
    id: &str,
    name: &str,
    params: &str,
    seq: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    if saved_search(conn, account_id, id)?.is_some() {
        diesel::update(saved_searches::table.find((account_id, id)))
            .set((
                saved_searches::name.eq(name),
                saved_searches::params.eq(params),
                saved_searches::removed.eq(false),
                saved_searches::seq.eq(seq),
                saved_searches::updated_at.eq(now),
            ))
            .execute(conn)?;
    } else {
        diesel::insert_into(saved_searches::table)
            .values((
                saved_searches::account_id.eq(account_id),
                saved_searches::id.eq(id),
                saved_searches::name.eq(name),
                saved_searches::params.eq(params),
                saved_searches::removed.eq(false),
                saved_searches::seq.eq(seq),
                saved_searches::created_at.eq(now),
                saved_searches::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Marks a saved search removed.
pub fn remove_saved_search(
    conn: &mut AnyConnection,
    account_id: i64,
    id: &str,
    seq: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(saved_searches::table.find((account_id, id)))
        .set((
            saved_searches::removed.eq(true),
            saved_searches::seq.eq(seq),
            saved_searches::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// Turns 新着をお知らせ of a saved search on or off.
pub fn set_saved_search_alert(
    conn: &mut AnyConnection,
    account_id: i64,
    id: &str,
    on: bool,
    seq: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(saved_searches::table.find((account_id, id)))
        .set((
            saved_searches::notify_new.eq(on),
            saved_searches::seq.eq(seq),
            saved_searches::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The kept saved searches of a user.
pub fn kept_saved_searches(
    conn: &mut AnyConnection,
    account_id: i64,
) -> QueryResult<Vec<SavedSearch>> {
    saved_searches::table
        .filter(saved_searches::account_id.eq(account_id))
        .filter(saved_searches::removed.eq(false))
        .order(saved_searches::created_at.asc())
        .select(SavedSearch::as_select())
        .load(conn)
}

/// Records when a saved search was last run.
pub fn mark_saved_search_run(
    conn: &mut AnyConnection,
    account_id: i64,
    id: &str,
    at: NaiveDateTime,
    seq: i64,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(saved_searches::table.find((account_id, id)))
        .set((
            saved_searches::last_run_at.eq(at),
            saved_searches::seq.eq(seq),
            saved_searches::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// Saved search rows changed after `after`.
pub fn saved_searches_since(
    conn: &mut AnyConnection,
    account_id: i64,
    after: i64,
) -> QueryResult<Vec<SavedSearch>> {
    saved_searches::table
        .filter(saved_searches::account_id.eq(account_id))
        .filter(saved_searches::seq.gt(after))
        .order(saved_searches::seq.asc())
        .select(SavedSearch::as_select())
        .load(conn)
}

/// A remembered key of this user.
pub fn idempotency_key(
    conn: &mut AnyConnection,
    account_id: i64,
    key: &str,
) -> QueryResult<Option<IdempotencyKey>> {
    idempotency_keys::table
        .find((account_id, key))
        .select(IdempotencyKey::as_select())
        .first(conn)
        .optional()
}

/// Claims a key with its request hash, before the mutation is applied; false when it was
/// claimed before (on PostgreSQL a concurrent claim waits until the first one commits).
pub fn claim_key(
    conn: &mut AnyConnection,
    account_id: i64,
    key: &str,
    request_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let claim = diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::account_id.eq(account_id),
            idempotency_keys::key.eq(key),
            idempotency_keys::request_hash.eq(request_hash),
            idempotency_keys::outcome.eq(""),
            idempotency_keys::created_at.eq(now),
        ))
        .on_conflict_do_nothing();
    Ok(execute_per_backend!(conn, claim)? == 1)
}

/// Stores the outcome of a key claimed in the same transaction.
pub fn settle_key(
    conn: &mut AnyConnection,
    account_id: i64,
    key: &str,
    outcome: &str,
) -> QueryResult<()> {
    diesel::update(idempotency_keys::table.find((account_id, key)))
        .set(idempotency_keys::outcome.eq(outcome))
        .execute(conn)
        .map(drop)
}

/// Holds the user's sync row (created if missing) until the transaction ends, so that writes
/// of one user's MyPage data run one after the other and a limit counted inside sees every
/// earlier write (no 301st favorite from two concurrent pushes).
pub fn lock_user(conn: &mut AnyConnection, account_id: i64) -> QueryResult<()> {
    let create = diesel::insert_into(mypage_sync::table)
        .values((
            mypage_sync::account_id.eq(account_id),
            mypage_sync::last_seq.eq(0_i64),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    diesel::update(mypage_sync::table.find(account_id))
        .set(mypage_sync::last_seq.eq(mypage_sync::last_seq))
        .execute(conn)
        .map(drop)
}

/// Forgets keys remembered before `before`; returns how many.
pub fn forget_keys_before(conn: &mut AnyConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(before)))
        .execute(conn)
}

/// Makes every kept favorite of the user travel again at the next pull, with its sheet as the
/// user sees it now (after 本登録, the employers of postings published to registered seekers
/// only). Call inside a write transaction.
pub fn resend_favorites(conn: &mut AnyConnection, account_id: i64) -> QueryResult<usize> {
    lock_user(conn, account_id)?;
    let seq = next_seq(conn, account_id)?;
    diesel::update(
        favorites::table
            .filter(favorites::account_id.eq(account_id))
            .filter(favorites::removed.eq(false)),
    )
    .set(favorites::seq.eq(seq))
    .execute(conn)
}
