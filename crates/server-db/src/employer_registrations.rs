//! `employer_registrations`: the 事業所登録 filed with each 求人者マイページ, and its review by a
//! counselor (受理 creates the `employers` row with its 事業所番号; 返戻 sends it back).
//!
//! The status moves only through the guarded updates here (`provisional` → `accepted` or
//! `returned`; `returned` → `provisional` when filed again), so two counselors acting at once
//! cannot both decide.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{accounts, employer_registrations, employers};
use crate::AnyConnection;

/// Filed, waiting for a counselor.
pub const PROVISIONAL: &str = "provisional";
/// Sent back with a reason.
pub const RETURNED: &str = "returned";
/// Accepted: the employer is registered.
pub const ACCEPTED: &str = "accepted";

/// Serial kind for 事業所番号.
const EMPLOYER_SERIAL: &str = "employer";

/// A stored registration.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = employer_registrations)]
pub struct EmployerRegistration {
    pub id: i64,
    pub account_id: i64,
    pub status: String,
    /// JSON of `shigoto_shared::EmployerProfile`.
    pub profile: String,
    pub prefecture_code: String,
    pub office_code: String,
    pub employer_id: Option<i64>,
    pub return_reason: Option<String>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<NaiveDateTime>,
    pub submitted_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A registration with the account's email and, once accepted, the 事業所番号.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub registration: EmployerRegistration,
    pub email: String,
    pub office_number: Option<String>,
}

/// Files a new registration for `account_id`.
pub fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    profile: &str,
    prefecture_code: &str,
    office_code: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(employer_registrations::table)
        .values((
            employer_registrations::account_id.eq(account_id),
            employer_registrations::status.eq(PROVISIONAL),
            employer_registrations::profile.eq(profile),
            employer_registrations::prefecture_code.eq(prefecture_code),
            employer_registrations::office_code.eq(office_code),
            employer_registrations::submitted_at.eq(now),
            employer_registrations::created_at.eq(now),
            employer_registrations::updated_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

fn listed(
    conn: &mut AnyConnection,
    rows: Vec<(EmployerRegistration, String)>,
) -> QueryResult<Vec<Listed>> {
    rows.into_iter()
        .map(|(registration, email)| {
            let office_number = match registration.employer_id {
                Some(id) => Some(
                    employers::table
                        .find(id)
                        .select(employers::office_number)
                        .first::<String>(conn)?,
                ),
                None => None,
            };
            Ok(Listed {
                registration,
                email,
                office_number,
            })
        })
        .collect()
}

/// The registration of an employer's account.
pub fn find_by_account(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Option<Listed>> {
    let row = employer_registrations::table
        .inner_join(accounts::table)
        .filter(employer_registrations::account_id.eq(account_id))
        .select((EmployerRegistration::as_select(), accounts::email))
        .first(conn)
        .optional()?;
    Ok(listed(conn, row.into_iter().collect())?.pop())
}

/// The registration with this id.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Listed>> {
    let row = employer_registrations::table
        .inner_join(accounts::table)
        .filter(employer_registrations::id.eq(id))
        .select((EmployerRegistration::as_select(), accounts::email))
        .first(conn)
        .optional()?;
    Ok(listed(conn, row.into_iter().collect())?.pop())
}

/// Registrations filed in `prefecture_code` with this status, oldest filing first.
pub fn list(
    conn: &mut AnyConnection,
    prefecture_code: &str,
    status: &str,
) -> QueryResult<Vec<Listed>> {
    let rows = employer_registrations::table
        .inner_join(accounts::table)
        .filter(employer_registrations::prefecture_code.eq(prefecture_code))
        .filter(employer_registrations::status.eq(status))
        .order((
            employer_registrations::submitted_at.asc(),
            employer_registrations::id.asc(),
        ))
        .select((EmployerRegistration::as_select(), accounts::email))
        .load(conn)?;
    listed(conn, rows)
}

/// Sends a provisional registration back; false when it is no longer provisional.
pub fn mark_returned(
    conn: &mut AnyConnection,
    id: i64,
    reason: &str,
    counselor: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        employer_registrations::table
            .find(id)
            .filter(employer_registrations::status.eq(PROVISIONAL)),
    )
    .set((
        employer_registrations::status.eq(RETURNED),
        employer_registrations::return_reason.eq(reason),
        employer_registrations::reviewed_by.eq(counselor),
        employer_registrations::reviewed_at.eq(now),
        employer_registrations::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Files a returned registration again with a corrected profile; false when it was not
/// returned (provisional ones are still with a counselor, accepted ones are registered).
pub fn refile(
    conn: &mut AnyConnection,
    account_id: i64,
    profile: &str,
    prefecture_code: &str,
    office_code: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        employer_registrations::table
            .filter(employer_registrations::account_id.eq(account_id))
            .filter(employer_registrations::status.eq(RETURNED)),
    )
    .set((
        employer_registrations::status.eq(PROVISIONAL),
        employer_registrations::profile.eq(profile),
        employer_registrations::prefecture_code.eq(prefecture_code),
        employer_registrations::office_code.eq(office_code),
        employer_registrations::submitted_at.eq(now),
        employer_registrations::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Accepts a provisional registration: creates the employer with the next free 事業所番号 of
/// the office (formatted by `number`) and links it. Returns the 事業所番号, or `None` when the
/// registration is no longer provisional. Runs in one transaction.
pub fn accept(
    conn: &mut AnyConnection,
    id: i64,
    name: &str,
    counselor: i64,
    number: impl Fn(i64) -> String,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    crate::write_transaction(conn, |conn| {
        let Some(current) = employer_registrations::table
            .find(id)
            .filter(employer_registrations::status.eq(PROVISIONAL))
            .select(EmployerRegistration::as_select())
            .first(conn)
            .optional()?
        else {
            return Ok(None);
        };
        // Demo and imported employers hold numbers too: skip any already taken.
        let office_number = loop {
            let candidate = number(crate::serials::next(
                conn,
                &current.office_code,
                EMPLOYER_SERIAL,
            )?);
            let taken = employers::table
                .filter(employers::office_number.eq(&candidate))
                .count()
                .get_result::<i64>(conn)?
                > 0;
            if !taken {
                break candidate;
            }
        };
        diesel::insert_into(employers::table)
            .values((
                employers::office_number.eq(&office_number),
                employers::name.eq(name),
                employers::created_at.eq(now),
                employers::account_id.eq(current.account_id),
                employers::status.eq(ACCEPTED),
                employers::profile.eq(&current.profile),
            ))
            .execute(conn)?;
        let employer_id: i64 = employers::table
            .filter(employers::office_number.eq(&office_number))
            .select(employers::id)
            .first(conn)?;
        let updated = diesel::update(
            employer_registrations::table
                .find(id)
                .filter(employer_registrations::status.eq(PROVISIONAL)),
        )
        .set((
            employer_registrations::status.eq(ACCEPTED),
            employer_registrations::employer_id.eq(employer_id),
            employer_registrations::return_reason.eq(None::<String>),
            employer_registrations::reviewed_by.eq(counselor),
            employer_registrations::reviewed_at.eq(now),
            employer_registrations::updated_at.eq(now),
        ))
        .execute(conn)?;
        if updated != 1 {
            return Err(diesel::result::Error::RollbackTransaction);
        }
        Ok(Some(office_number))
    })
}
