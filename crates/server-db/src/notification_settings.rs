//! `notification_settings`: whether an account wants mails about events (no row: yes) and a
//! job seeker's daily mail of new postings (no row: no).

use diesel::prelude::*;
use shigoto_shared::Lang;

use crate::connection::execute_per_backend;
use crate::schema::{accounts, notification_settings, saved_searches};
use crate::AnyConnection;

/// An account's settings, the defaults when it never changed them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Mails about events.
    pub mails: bool,
    /// The daily mail of new postings for the searches marked 新着をお知らせ.
    pub new_jobs_digest: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            mails: true,
            new_jobs_digest: false,
        }
    }
}

/// Account `account_id`'s settings.
pub fn settings(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Settings> {
    Ok(notification_settings::table
        .find(account_id)
        .select((
            notification_settings::mails,
            notification_settings::new_jobs_digest,
        ))
        .first::<(bool, bool)>(conn)
        .optional()?
        .map_or_else(Settings::default, |(mails, new_jobs_digest)| Settings {
            mails,
            new_jobs_digest,
        }))
}

/// Whether account `account_id` wants mails about events.
pub fn mails_wanted(conn: &mut AnyConnection, account_id: i64) -> QueryResult<bool> {
    Ok(settings(conn, account_id)?.mails)
}

/// Stores account `account_id`'s settings.
pub fn set(conn: &mut AnyConnection, account_id: i64, wanted: Settings) -> QueryResult<()> {
    let create = diesel::insert_into(notification_settings::table)
        .values((
            notification_settings::account_id.eq(account_id),
            notification_settings::mails.eq(wanted.mails),
            notification_settings::new_jobs_digest.eq(wanted.new_jobs_digest),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    diesel::update(notification_settings::table.find(account_id))
        .set((
            notification_settings::mails.eq(wanted.mails),
            notification_settings::new_jobs_digest.eq(wanted.new_jobs_digest),
        ))
        .execute(conn)?;
    Ok(())
}

/// Where and in which language to mail an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub email: String,
    pub lang: Lang,
}

/// Whom to mail about an event for account `account_id`, unless they turned mails off.
pub fn mail_recipient(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Option<Recipient>> {
    if !mails_wanted(conn, account_id)? {
        return Ok(None);
    }
    address(conn, account_id)
}

/// Account `account_id`'s address and the language of its mails.
pub fn address(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Option<Recipient>> {
    let found: Option<(String, String)> = accounts::table
        .find(account_id)
        .select((accounts::email, accounts::language))
        .first(conn)
        .optional()?;
    Ok(found.map(|(email, language)| Recipient {
        email,
        lang: Lang::known(&language).unwrap_or_default(),
    }))
}

/// Up to `limit` accounts, by id after `after`, that asked for the daily mail of new postings
/// and keep a saved search marked 新着をお知らせ.
pub fn digest_readers(conn: &mut AnyConnection, after: i64, limit: i64) -> QueryResult<Vec<i64>> {
    notification_settings::table
        .filter(notification_settings::new_jobs_digest.eq(true))
        .filter(notification_settings::account_id.gt(after))
        .filter(
            notification_settings::account_id.eq_any(
                saved_searches::table
                    .filter(saved_searches::removed.eq(false))
                    .filter(saved_searches::notify_new.eq(true))
                    .select(saved_searches::account_id),
            ),
        )
        .order(notification_settings::account_id.asc())
        .limit(limit)
        .select(notification_settings::account_id)
        .load(conn)
}
