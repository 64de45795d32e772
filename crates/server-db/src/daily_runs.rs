//! `daily_runs`: a pass over many accounts that one instance makes a day. The first to ask
//! claims the day by one insert; a claim that never finished is taken over, by a guarded
//! update, once it is older than the lease (its instance stopped half-way).

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::daily_runs;
use crate::AnyConnection;

/// Claims `task` for `day` at `now`: true for the one caller that is to run it.
pub fn claim(
    conn: &mut AnyConnection,
    task: &str,
    day: NaiveDate,
    now: NaiveDateTime,
    lease: TimeDelta,
) -> QueryResult<bool> {
    let insert = diesel::insert_into(daily_runs::table)
        .values((
            daily_runs::task.eq(task),
            daily_runs::day.eq(day),
            daily_runs::claimed_at.eq(now),
        ))
        .on_conflict_do_nothing();
    if execute_per_backend!(conn, insert)? == 1 {
        return Ok(true);
    }
    let taken_over = diesel::update(
        daily_runs::table
            .find((task, day))
            .filter(daily_runs::finished_at.is_null())
            .filter(daily_runs::claimed_at.lt(now - lease)),
    )
    .set(daily_runs::claimed_at.eq(now))
    .execute(conn)?;
    Ok(taken_over == 1)
}

/// Records that `task` for `day` ran to its end.
pub fn finish(
    conn: &mut AnyConnection,
    task: &str,
    day: NaiveDate,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(daily_runs::table.find((task, day)))
        .set(daily_runs::finished_at.eq(now))
        .execute(conn)
        .map(drop)
}

/// Gives up a claim (the pass failed): the next look runs it again.
pub fn release(conn: &mut AnyConnection, task: &str, day: NaiveDate) -> QueryResult<()> {
    diesel::delete(
        daily_runs::table
            .find((task, day))
            .filter(daily_runs::finished_at.is_null()),
    )
    .execute(conn)
    .map(drop)
}
