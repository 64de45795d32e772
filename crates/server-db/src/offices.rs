//! `offices` and `office_jurisdictions`: the Hello Work offices and which one's jurisdiction
//! (管轄) covers each municipality.

use std::collections::HashSet;

use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::{office_jurisdictions, offices};
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
    /// One of the demo's invented offices, not a real one.
    pub demo: bool,
}

/// A municipality and the office whose jurisdiction covers it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = office_jurisdictions)]
pub struct Jurisdiction {
    pub municipality_code: String,
    pub office_code: String,
}

/// Adds the offices and jurisdictions that are not there yet (offices by code, jurisdictions
/// by municipality; what is there stays as it is). Answers how many offices were added.
/// One row a statement (diesel has no multi-row `ON CONFLICT` insert for SQLite), in one
/// transaction; another instance loading the same rows at once is not an error.
pub fn insert_missing(
    conn: &mut AnyConnection,
    rows: &[Office],
    jurisdictions: &[Jurisdiction],
) -> QueryResult<usize> {
    crate::write_transaction(conn, |conn| {
        let known: HashSet<String> = offices::table
            .select(offices::code)
            .load(conn)?
            .into_iter()
            .collect();
        let mut added = 0;
        for row in rows.iter().filter(|row| !known.contains(&row.code)) {
            let insert = diesel::insert_into(offices::table)
                .values(row)
                .on_conflict_do_nothing();
            added += execute_per_backend!(conn, insert)?;
        }
        let covered: HashSet<String> = office_jurisdictions::table
            .select(office_jurisdictions::municipality_code)
            .load(conn)?
            .into_iter()
            .collect();
        for row in jurisdictions
            .iter()
            .filter(|row| !covered.contains(&row.municipality_code))
        {
            let insert = diesel::insert_into(office_jurisdictions::table)
                .values(row)
                .on_conflict_do_nothing();
            execute_per_backend!(conn, insert)?;
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

/// The offices of a prefecture, by code.
pub fn in_prefecture(conn: &mut AnyConnection, prefecture_code: &str) -> QueryResult<Vec<Office>> {
    offices::table
        .filter(offices::prefecture_code.eq(prefecture_code))
        .order(offices::code)
        .select(Office::as_select())
        .load(conn)
}

/// The jurisdictions of a prefecture's offices, by municipality code.
pub fn jurisdictions_in_prefecture(
    conn: &mut AnyConnection,
    prefecture_code: &str,
) -> QueryResult<Vec<Jurisdiction>> {
    office_jurisdictions::table
        .inner_join(offices::table)
        .filter(offices::prefecture_code.eq(prefecture_code))
        .order(office_jurisdictions::municipality_code)
        .select(Jurisdiction::as_select())
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

/// The office whose jurisdiction covers a municipality, if the directory says.
pub fn covering(conn: &mut AnyConnection, municipality_code: &str) -> QueryResult<Option<Office>> {
    office_jurisdictions::table
        .inner_join(offices::table)
        .filter(office_jurisdictions::municipality_code.eq(municipality_code))
        .select(Office::as_select())
        .first(conn)
        .optional()
}

/// The first office (lowest code) of a prefecture.
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

/// Where a filing from a municipality goes: the office covering it, else (a directory without
/// that municipality) the first office of its prefecture.
pub fn for_filing(
    conn: &mut AnyConnection,
    prefecture_code: &str,
    municipality_code: &str,
) -> QueryResult<Option<Office>> {
    match covering(conn, municipality_code)? {
        Some(office) if office.prefecture_code == prefecture_code => Ok(Some(office)),
        _ => first_in_prefecture(conn, prefecture_code),
    }
}
