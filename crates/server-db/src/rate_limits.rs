//! `rate_limits`: counters of fixed-window rate limits, one row per bucket (`signin-client:…`,
//! `key-issue:…`…). A count is taken by one guarded update that succeeds only under the limit,
//! so any number of concurrent requests on either backend take at most `limit` in a window.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::rate_limits;
use crate::AnyConnection;

/// Takes one from `bucket` if fewer than `limit` were taken in the current window of `window`;
/// false when the limit is reached (nothing is changed then). Not inside a transaction: each
/// statement stands on its own, and together they never let more than `limit` through.
pub fn take(
    conn: &mut AnyConnection,
    bucket: &str,
    limit: i32,
    window: TimeDelta,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let create = diesel::insert_into(rate_limits::table)
        .values((
            rate_limits::bucket.eq(bucket),
            rate_limits::window_start.eq(now),
            rate_limits::count.eq(0),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    // A window that has passed starts again. The condition is checked again on the row as it
    // is when the update runs, so of two concurrent requests only one restarts the window.
    diesel::update(
        rate_limits::table
            .find(bucket)
            .filter(rate_limits::window_start.le(now - window)),
    )
    .set((rate_limits::window_start.eq(now), rate_limits::count.eq(0)))
    .execute(conn)?;
    let taken = diesel::update(
        rate_limits::table
            .find(bucket)
            .filter(rate_limits::count.lt(limit)),
    )
    .set(rate_limits::count.eq(rate_limits::count + 1))
    .execute(conn)?;
    Ok(taken == 1)
}

/// How many were taken from `bucket` in its current window (0 when none or the window passed).
pub fn taken(
    conn: &mut AnyConnection,
    bucket: &str,
    window: TimeDelta,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    Ok(rate_limits::table
        .find(bucket)
        .filter(rate_limits::window_start.gt(now - window))
        .select(rate_limits::count)
        .first(conn)
        .optional()?
        .unwrap_or(0))
}

/// Deletes counters whose window started before `before`.
pub fn prune(conn: &mut AnyConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(rate_limits::table.filter(rate_limits::window_start.lt(before))).execute(conn)
}
