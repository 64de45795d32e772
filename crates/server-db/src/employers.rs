//! `employers`: companies that post jobs.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::employers;
use crate::AnyConnection;

/// A stored employer.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = employers)]
pub struct Employer {
    pub id: i64,
    pub office_number: String,
    pub name: String,
    pub created_at: NaiveDateTime,
    /// The 求人者マイページ's account, for employers registered through it.
    pub account_id: Option<i64>,
    pub status: String,
    /// JSON of the accepted `shigoto_shared::EmployerProfile` (`{}` for imported employers).
    pub profile: String,
}

/// The employer with this id.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Employer>> {
    employers::table
        .find(id)
        .select(Employer::as_select())
        .first(conn)
        .optional()
}

/// Returns the id of the employer with this 事業所番号, creating it if needed.
pub fn ensure(
    conn: &mut AnyConnection,
    office_number: &str,
    name: &str,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    let existing = employers::table
        .filter(employers::office_number.eq(office_number))
        .select(employers::id)
        .first::<i64>(conn)
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    diesel::insert_into(employers::table)
        .values((
            employers::office_number.eq(office_number),
            employers::name.eq(name),
            employers::created_at.eq(now),
        ))
        .execute(conn)?;
    employers::table
        .filter(employers::office_number.eq(office_number))
        .select(employers::id)
        .first(conn)
}
