//! `notification_settings`: whether an account wants mails about events (no row: yes).

use diesel::prelude::*;

use crate::connection::execute_per_backend;
use crate::schema::{accounts, notification_settings};
use crate::AnyConnection;

/// Whether account `account_id` wants mails about events.
pub fn mails_wanted(conn: &mut AnyConnection, account_id: i64) -> QueryResult<bool> {
    Ok(notification_settings::table
        .find(account_id)
        .select(notification_settings::mails)
        .first::<bool>(conn)
        .optional()?
        .unwrap_or(true))
}

/// Turns mails about events on or off for account `account_id`.
pub fn set_mails(conn: &mut AnyConnection, account_id: i64, mails: bool) -> QueryResult<()> {
    let create = diesel::insert_into(notification_settings::table)
        .values((
            notification_settings::account_id.eq(account_id),
            notification_settings::mails.eq(mails),
        ))
        .on_conflict_do_nothing();
    execute_per_backend!(conn, create)?;
    diesel::update(notification_settings::table.find(account_id))
        .set(notification_settings::mails.eq(mails))
        .execute(conn)?;
    Ok(())
}

/// The address to mail account `account_id` about an event, unless they turned mails off.
pub fn mail_recipient(conn: &mut AnyConnection, account_id: i64) -> QueryResult<Option<String>> {
    if !mails_wanted(conn, account_id)? {
        return Ok(None);
    }
    accounts::table
        .find(account_id)
        .select(accounts::email)
        .first(conn)
        .optional()
}
