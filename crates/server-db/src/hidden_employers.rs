//! `hidden_employers`: the employers each job seeker hid from their results, synced to devices
//! like favorites (see [`crate::mypage`]'s invariant: every write takes the user's next change
//! sequence number in the same transaction). One row per employer and 公開範囲 of the posting it
//! was hidden from: which postings a row leaves out is `shigoto_domain::hidden_employers`' rule.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{employers, hidden_employers};
use crate::AnyConnection;

/// A hidden employer's row (kept or shown again).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = hidden_employers)]
pub struct HiddenEmployer {
    pub account_id: i64,
    pub employer_id: i64,
    /// 公開範囲 of the posting it was hidden from, as stored (`PublicationRange::as_str`).
    pub publication: String,
    /// The posting it was hidden from (what devices name it by).
    pub job_number: String,
    pub hidden_at: NaiveDateTime,
    pub removed: bool,
    pub seq: i64,
}

/// The row of one employer and 公開範囲 for one user, kept or shown again.
pub fn find(
    conn: &mut AnyConnection,
    account_id: i64,
    employer_id: i64,
    publication: &str,
) -> QueryResult<Option<HiddenEmployer>> {
    hidden_employers::table
        .find((account_id, employer_id, publication))
        .select(HiddenEmployer::as_select())
        .first(conn)
        .optional()
}

/// The kept rows of one employer for one user (one for each 公開範囲 it was hidden from).
pub fn kept_of_employer(
    conn: &mut AnyConnection,
    account_id: i64,
    employer_id: i64,
) -> QueryResult<Vec<HiddenEmployer>> {
    hidden_employers::table
        .filter(hidden_employers::account_id.eq(account_id))
        .filter(hidden_employers::employer_id.eq(employer_id))
        .filter(hidden_employers::removed.eq(false))
        .order(hidden_employers::publication.asc())
        .select(HiddenEmployer::as_select())
        .load(conn)
}

/// The kept rows named by the posting they were hidden from (more than one only when the
/// posting's 公開範囲 changed between two hides).
pub fn kept_named_by(
    conn: &mut AnyConnection,
    account_id: i64,
    job_number: &str,
) -> QueryResult<Vec<HiddenEmployer>> {
    hidden_employers::table
        .filter(hidden_employers::account_id.eq(account_id))
        .filter(hidden_employers::job_number.eq(job_number))
        .filter(hidden_employers::removed.eq(false))
        .select(HiddenEmployer::as_select())
        .load(conn)
}

/// Rows the user keeps hidden (what the limit counts).
pub fn kept_count(conn: &mut AnyConnection, account_id: i64) -> QueryResult<i64> {
    hidden_employers::table
        .filter(hidden_employers::account_id.eq(account_id))
        .filter(hidden_employers::removed.eq(false))
        .count()
        .get_result(conn)
}

/// Hides (`removed == false`) or shows again an employer's postings of one 公開範囲, at sequence
/// `seq`. A row keeps the posting it was first hidden from for good: devices name it by that
/// posting, so they learn of every later change to it under the same name.
pub fn put(conn: &mut AnyConnection, row: &HiddenEmployer) -> QueryResult<()> {
    let key = (row.account_id, row.employer_id, row.publication.as_str());
    if find(conn, key.0, key.1, key.2)?.is_some() {
        diesel::update(hidden_employers::table.find(key))
            .set((
                hidden_employers::hidden_at.eq(row.hidden_at),
                hidden_employers::removed.eq(row.removed),
                hidden_employers::seq.eq(row.seq),
            ))
            .execute(conn)?;
    } else {
        diesel::insert_into(hidden_employers::table)
            .values((
                hidden_employers::account_id.eq(row.account_id),
                hidden_employers::employer_id.eq(row.employer_id),
                hidden_employers::publication.eq(&row.publication),
                hidden_employers::job_number.eq(&row.job_number),
                hidden_employers::hidden_at.eq(row.hidden_at),
                hidden_employers::removed.eq(row.removed),
                hidden_employers::seq.eq(row.seq),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Rows changed after `after`, in the order they changed.
pub fn since(
    conn: &mut AnyConnection,
    account_id: i64,
    after: i64,
) -> QueryResult<Vec<HiddenEmployer>> {
    hidden_employers::table
        .filter(hidden_employers::account_id.eq(account_id))
        .filter(hidden_employers::seq.gt(after))
        .order(hidden_employers::seq.asc())
        .select(HiddenEmployer::as_select())
        .load(conn)
}

/// 事業所番号 and stored 公開範囲 of every row the user keeps hidden (what search leaves out).
pub fn kept(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Vec<(String, String)>> {
    hidden_employers::table
        .inner_join(employers::table)
        .filter(hidden_employers::account_id.eq(account_id))
        .filter(hidden_employers::removed.eq(false))
        .order((
            employers::office_number.asc(),
            hidden_employers::publication.asc(),
        ))
        .select((employers::office_number, hidden_employers::publication))
        .load(conn)
}
