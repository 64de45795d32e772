//! `office_serials`: numbers handed out per Hello Work office and kind (求職番号, 事業所番号),
//! bumped inside the caller's transaction.

use diesel::prelude::*;

use crate::schema::office_serials;
use crate::AnyConnection;

/// The next serial of `kind` at `office_code` (1, 2, …). Call inside a transaction.
pub fn next(conn: &mut AnyConnection, office_code: &str, kind: &str) -> QueryResult<i64> {
    let current = office_serials::table
        .find((office_code, kind))
        .select(office_serials::value)
        .first::<i64>(conn)
        .optional()?;
    match current {
        Some(value) => {
            diesel::update(office_serials::table.find((office_code, kind)))
                .set(office_serials::value.eq(office_serials::value + 1))
                .execute(conn)?;
            Ok(value + 1)
        }
        None => {
            diesel::insert_into(office_serials::table)
                .values((
                    office_serials::office_code.eq(office_code),
                    office_serials::kind.eq(kind),
                    office_serials::value.eq(1_i64),
                ))
                .execute(conn)?;
            Ok(1)
        }
    }
}
