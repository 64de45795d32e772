//! `offices`: Hello Work offices.

use diesel::prelude::*;

use crate::schema::offices;
use crate::AnyConnection;

/// One office.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = offices)]
pub struct Office {
    pub code: String,
    pub name: String,
    pub prefecture_code: String,
    pub address: String,
    pub phone: String,
    pub hours: String,
}

/// Adds offices that are not there yet (by code).
pub fn insert_missing(conn: &mut AnyConnection, rows: &[Office]) -> QueryResult<usize> {
    crate::write_transaction(conn, |conn| {
        let mut added = 0;
        for row in rows {
            let exists: i64 = offices::table
                .filter(offices::code.eq(&row.code))
                .count()
                .get_result(conn)?;
            if exists == 0 {
                added += diesel::insert_into(offices::table)
                    .values(row)
                    .execute(conn)?;
            }
        }
        Ok(added)
    })
}

/// All offices, by code.
pub fn all(conn: &mut AnyConnection) -> QueryResult<Vec<Office>> {
    offices::table
        .order(offices::code)
        .select(Office::as_select())
        .load(conn)
}

/// The office with this code.
pub fn find(conn: &mut AnyConnection, code: &str) -> QueryResult<Option<Office>> {
    offices::table
        .find(code)
        .select(Office::as_select())
        .first(conn)
        .optional()
}

/// The first office (lowest code) of a prefecture: where online applications are filed.
pub fn first_in_prefecture(
    conn: &mut AnyConnection,
    prefecture_code: &str,
) -> QueryResult<Option<Office>> {
    offices::table
        .filter(offices::prefecture_code.eq(prefecture_code))
        .order(offices::code)
        .select(Office::as_select())
        .first(conn)
        .optional()
}
