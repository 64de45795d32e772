//! `seekers`: job seekers' registrations and their 求職番号.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::seekers;
use crate::AnyConnection;

/// A stored registration.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = seekers)]
pub struct Seeker {
    pub id: i64,
    pub seeker_number: String,
    pub account_id: Option<i64>,
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    pub email: String,
    pub prefecture_code: String,
    pub office_code: String,
    pub status: String,
    pub applied_on: NaiveDate,
    pub valid_until: NaiveDate,
    pub registered_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A new registration (the 求職番号 is assigned by [`insert`]).
#[derive(Debug, Clone)]
pub struct NewSeeker<'a> {
    pub name: &'a str,
    pub name_kana: &'a str,
    pub birth_date: NaiveDate,
    pub email: &'a str,
    pub prefecture_code: &'a str,
    pub office_code: &'a str,
    pub status: &'a str,
    pub applied_on: NaiveDate,
    pub valid_until: NaiveDate,
    pub registered_by: Option<i64>,
    pub account_id: Option<i64>,
}

/// Serial kind for 求職番号.
const SEEKER_SERIAL: &str = "seeker";

/// Inserts a registration with the next 求職番号 of its office, formatted by `number`.
pub fn insert(
    conn: &mut AnyConnection,
    seeker: &NewSeeker<'_>,
    number: impl Fn(i64) -> String,
    now: NaiveDateTime,
) -> QueryResult<Seeker> {
    crate::write_transaction(conn, |conn| {
        let serial = crate::serials::next(conn, seeker.office_code, SEEKER_SERIAL)?;
        let seeker_number = number(serial);
        diesel::insert_into(seekers::table)
            .values((
                seekers::seeker_number.eq(&seeker_number),
                seekers::account_id.eq(seeker.account_id),
                seekers::name.eq(seeker.name),
                seekers::name_kana.eq(seeker.name_kana),
                seekers::birth_date.eq(seeker.birth_date),
                seekers::email.eq(seeker.email),
                seekers::prefecture_code.eq(seeker.prefecture_code),
                seekers::office_code.eq(seeker.office_code),
                seekers::status.eq(seeker.status),
                seekers::applied_on.eq(seeker.applied_on),
                seekers::valid_until.eq(seeker.valid_until),
                seekers::registered_by.eq(seeker.registered_by),
                seekers::created_at.eq(now),
                seekers::updated_at.eq(now),
            ))
            .execute(conn)?;
        seekers::table
            .filter(seekers::seeker_number.eq(&seeker_number))
            .select(Seeker::as_select())
            .first(conn)
    })
}

/// Registrations without a MyPage yet that match this email and birth date.
pub fn find_unopened(
    conn: &mut AnyConnection,
    email: &str,
    birth_date: NaiveDate,
) -> QueryResult<Option<Seeker>> {
    seekers::table
        .filter(seekers::email.eq(email))
        .filter(seekers::birth_date.eq(birth_date))
        .filter(seekers::account_id.is_null())
        .order(seekers::id.desc())
        .select(Seeker::as_select())
        .first(conn)
        .optional()
}

/// The registration with this id.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Seeker>> {
    seekers::table
        .find(id)
        .select(Seeker::as_select())
        .first(conn)
        .optional()
}

/// The registration behind a MyPage account.
pub fn find_by_account(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Option<Seeker>> {
    seekers::table
        .filter(seekers::account_id.eq(account_id))
        .select(Seeker::as_select())
        .first(conn)
        .optional()
}

/// Up to `limit` registrations with a MyPage account, by id after `after`, whose last valid day
/// falls in `from..=until` (the expiry reminders' window).
pub fn ending_between(
    conn: &mut AnyConnection,
    (from, until): (chrono::NaiveDate, chrono::NaiveDate),
    after: i64,
    limit: i64,
) -> QueryResult<Vec<Seeker>> {
    seekers::table
        .filter(seekers::account_id.is_not_null())
        .filter(seekers::valid_until.between(from, until))
        .filter(seekers::id.gt(after))
        .order(seekers::id.asc())
        .limit(limit)
        .select(Seeker::as_select())
        .load(conn)
}

/// `text` as a LIKE pattern matching it anywhere (`%`, `_` and `\` taken literally).
pub(crate) fn contains(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// Up to `limit` registrations of prefecture `prefecture_code` whose name contains every word
/// as typed or whose フリガナ contains it as katakana (`(as typed, as kana)` a word), by
/// フリガナ.
pub fn lookup(
    conn: &mut AnyConnection,
    prefecture_code: &str,
    words: &[(&str, &str)],
    limit: i64,
) -> QueryResult<Vec<Seeker>> {
    let mut query = seekers::table
        .filter(seekers::prefecture_code.eq(prefecture_code))
        .into_boxed();
    for (as_typed, as_kana) in words {
        query = query.filter(
            seekers::name
                .like(contains(as_typed))
                .escape('\\')
                .or(seekers::name_kana.like(contains(as_kana)).escape('\\')),
        );
    }
    query
        .order((seekers::name_kana.asc(), seekers::id.asc()))
        .limit(limit)
        .select(Seeker::as_select())
        .load(conn)
}

/// Links a registration to its new MyPage account; false if it already had one.
pub fn link_account(
    conn: &mut AnyConnection,
    seeker_id: i64,
    account_id: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changed = diesel::update(
        seekers::table
            .find(seeker_id)
            .filter(seekers::account_id.is_null()),
    )
    .set((
        seekers::account_id.eq(account_id),
        seekers::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The registration with this 求職番号.
pub fn find_by_number(
    conn: &mut AnyConnection,
    seeker_number: &str,
) -> QueryResult<Option<Seeker>> {
    seekers::table
        .filter(seekers::seeker_number.eq(seeker_number))
        .select(Seeker::as_select())
        .first(conn)
        .optional()
}

/// Provisional registrations in a prefecture applied for on or after `since`, oldest first.
pub fn list_provisional(
    conn: &mut AnyConnection,
    prefecture_code: &str,
    since: NaiveDate,
) -> QueryResult<Vec<Seeker>> {
    seekers::table
        .filter(seekers::status.eq("provisional"))
        .filter(seekers::prefecture_code.eq(prefecture_code))
        .filter(seekers::applied_on.ge(since))
        .order((seekers::applied_on.asc(), seekers::id.asc()))
        .select(Seeker::as_select())
        .load(conn)
}

/// Completes a provisional registration (本登録); false when it was not provisional.
pub fn confirm(
    conn: &mut AnyConnection,
    seeker_id: i64,
    counselor_account: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changed = diesel::update(
        seekers::table
            .find(seeker_id)
            .filter(seekers::status.eq("provisional")),
    )
    .set((
        seekers::status.eq("registered"),
        seekers::registered_by.eq(Some(counselor_account)),
        seekers::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Sets a registered seeker's validity to `until` if it is still `was` (so of two concurrent
/// switches one wins); false otherwise.
pub fn renew_validity(
    conn: &mut AnyConnection,
    seeker_id: i64,
    was: NaiveDate,
    until: NaiveDate,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changed = diesel::update(
        seekers::table
            .find(seeker_id)
            .filter(seekers::status.eq("registered"))
            .filter(seekers::valid_until.eq(was)),
    )
    .set((seekers::valid_until.eq(until), seekers::updated_at.eq(now)))
    .execute(conn)?;
    Ok(changed == 1)
}
