//! `office_serials`: numbers handed out per Hello Work office and kind (求職番号, 事業所番号),
//! bumped inside the caller's transaction. The row is created if missing (ignoring a concurrent
//! creation) and then bumped in one update, which holds the row until the transaction ends, so
//! concurrent registrations always draw different numbers.

use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::office_serials;
use crate::AnyConnection;

/// The next serial of `kind` at `office_code` (1, 2, …). Call inside a transaction.
pub fn next(conn: &mut AnyConnection, office_code: &str, kind: &str) -> QueryResult<i64> {
    let create = diesel::insert_into(office_serials::table)
        .values((
            office_serials::office_code.eq(office_code),
            office_serials::kind.eq(kind),
            office_serials::value.eq(0_i64),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    diesel::update(office_serials::table.find((office_code, kind)))
        .set(office_serials::value.eq(office_serials::value + 1))
        .execute(conn)?;
    office_serials::table
        .find((office_code, kind))
        .select(office_serials::value)
        .first::<i64>(conn)
}
