//! `counselors`: Hello Work staff accounts' details.

use diesel::prelude::*;

use crate::schema::counselors;
use crate::AnyConnection;

/// A counselor.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = counselors)]
pub struct Counselor {
    pub account_id: i64,
    pub name: String,
    pub office_code: String,
}

pub fn insert(conn: &mut AnyConnection, counselor: &Counselor) -> QueryResult<()> {
    diesel::insert_into(counselors::table)
        .values(counselor)
        .execute(conn)
        .map(|_| ())
}

pub fn find(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Option<Counselor>> {
    counselors::table
        .find(account_id)
        .select(Counselor::as_select())
        .first(conn)
        .optional()
}
