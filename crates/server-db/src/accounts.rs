//! `accounts`: everyone who can sign in, with the state of their password checks.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use shigoto_shared::Lang;

use crate::schema::accounts;
use crate::AnyConnection;

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = accounts)]
pub struct Account {
    pub id: i64,
    pub role: String,
    pub email: String,
    pub password_hash: String,
    pub failed_logins: i32,
    pub locked_until: Option<NaiveDateTime>,
    pub terms_version: Option<String>,
    pub terms_agreed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The language of its mails (`Lang::tag`: `ja`, `en`).
    pub language: String,
}

impl Account {
    /// The language of its mails.
    pub fn lang(&self) -> Lang {
        Lang::known(&self.language).unwrap_or_default()
    }
}

/// A new account.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = accounts)]
pub struct NewAccount<'a> {
    pub role: &'a str,
    pub email: &'a str,
    pub password_hash: &'a str,
    pub failed_logins: i32,
    pub terms_version: Option<&'a str>,
    pub terms_agreed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// `Lang::tag` of the language its mails are written in.
    pub language: &'a str,
}

/// Inserts an account and returns its id.
pub fn insert(conn: &mut AnyConnection, account: &NewAccount<'_>) -> QueryResult<i64> {
    diesel::insert_into(accounts::table)
        .values(account)
        .execute(conn)?;
    accounts::table
        .filter(accounts::email.eq(account.email))
        .select(accounts::id)
        .first(conn)
}

/// The account with this (normalized) email.
pub fn find_by_email(conn: &mut AnyConnection, email: &str) -> QueryResult<Option<Account>> {
    accounts::table
        .filter(accounts::email.eq(email))
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// The account with this id.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Account>> {
    accounts::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// How often [`claim_password_check`] re-reads the row when concurrent checks changed it.
const CLAIM_ROUNDS: usize = 32;

/// Counts a password check of account `id` *before* the password is checked, by one
/// compare-and-set update of the failure count: the check that reaches a locking count (as
/// `lock_for` says) sets the lock in the same update, so concurrent checks can never make more
/// tries than the lockout allows. [`record_success`] sets the count back to zero. False while
/// the account is locked (or missing, or when the row stayed too busy to claim).
pub fn claim_password_check(
    conn: &mut AnyConnection,
    id: i64,
    lock_for: impl Fn(i32) -> Option<chrono::TimeDelta>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    for _ in 0..CLAIM_ROUNDS {
        let Some((failures, locked_until)) = accounts::table
            .find(id)
            .select((accounts::failed_logins, accounts::locked_until))
            .first::<(i32, Option<NaiveDateTime>)>(conn)
            .optional()?
        else {
            return Ok(false);
        };
        if locked_until.is_some_and(|until| until > now) {
            return Ok(false);
        }
        let counted = failures.saturating_add(1);
        let changed = diesel::update(
            accounts::table
                .find(id)
                .filter(accounts::failed_logins.eq(failures)),
        )
        .set((
            accounts::failed_logins.eq(counted),
            accounts::locked_until.eq(lock_for(counted).map(|lock| now + lock)),
            accounts::updated_at.eq(now),
        ))
        .execute(conn)?;
        if changed == 1 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Clears the failure count after a successful sign-in, and keeps `lang` (the language the
/// person signed in with) as the language of the account's mails.
pub fn record_success(
    conn: &mut AnyConnection,
    id: i64,
    lang: Lang,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(accounts::table.find(id))
        .set((
            accounts::failed_logins.eq(0),
            accounts::locked_until.eq(None::<NaiveDateTime>),
            accounts::language.eq(lang.tag()),
            accounts::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Replaces the password hash and lifts any lock.
pub fn set_password(
    conn: &mut AnyConnection,
    id: i64,
    password_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(accounts::table.find(id))
        .set((
            accounts::password_hash.eq(password_hash),
            accounts::failed_logins.eq(0),
            accounts::locked_until.eq(None::<NaiveDateTime>),
            accounts::updated_at.eq(now),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Moves an account to a new email (kept in step on the seeker's registration, which holds the
/// same contact address). False when the account does not exist.
pub fn set_email(
    conn: &mut AnyConnection,
    id: i64,
    email: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    crate::write_transaction(conn, |conn| {
        let changed = diesel::update(accounts::table.find(id))
            .set((accounts::email.eq(email), accounts::updated_at.eq(now)))
            .execute(conn)?;
        diesel::update(
            crate::schema::seekers::table.filter(crate::schema::seekers::account_id.eq(id)),
        )
        .set((
            crate::schema::seekers::email.eq(email),
            crate::schema::seekers::updated_at.eq(now),
        ))
        .execute(conn)?;
        Ok(changed == 1)
    })
}

/// Keeps `lang` as the language of account `id`'s mails.
pub fn set_language(conn: &mut AnyConnection, id: i64, lang: Lang) -> QueryResult<()> {
    diesel::update(accounts::table.find(id))
        .set(accounts::language.eq(lang.tag()))
        .execute(conn)?;
    Ok(())
}
