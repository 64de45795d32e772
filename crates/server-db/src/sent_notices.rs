//! `sent_notices`: mails that go once (a day's digest of new postings, an expiry reminder). A
//! mail is claimed by one insert before it is sent, so of many service instances, or of many
//! ticks of one, exactly one sends it; a send that failed gives its claim back.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::sent_notices;
use crate::AnyConnection;

/// Claims the notice `kind` about `about` for account `account_id`: true for the one caller
/// that is to send it.
pub fn claim(
    conn: &mut AnyConnection,
    account_id: i64,
    kind: &str,
    about: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let insert = diesel::insert_into(sent_notices::table)
        .values((
            sent_notices::account_id.eq(account_id),
            sent_notices::kind.eq(kind),
            sent_notices::about.eq(about),
            sent_notices::sent_at.eq(now),
        ))
        .on_conflict_do_nothing();
    Ok(execute_per_backend!(conn, insert)? == 1)
}

/// Gives a claim back (its mail could not be sent): a later try may claim it again.
pub fn release(
    conn: &mut AnyConnection,
    account_id: i64,
    kind: &str,
    about: &str,
) -> QueryResult<()> {
    diesel::delete(sent_notices::table.find((account_id, kind, about)))
        .execute(conn)
        .map(drop)
}

/// Forgets notices sent before `before` (their subject has passed).
pub fn forget_before(conn: &mut AnyConnection, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(sent_notices::table.filter(sent_notices::sent_at.lt(before))).execute(conn)
}
