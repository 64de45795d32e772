//! Mails about events (a new message, an introduction, a new applicant, a selection's result)
//! to the accounts concerned, unless they turned them off: who gets one is decided here, in the
//! request's work; the mail goes after the answer ([`crate::app::AppState::send_later`]).

use shigoto_server_db::notification_settings::Recipient;
use shigoto_server_db::{employers, notification_settings, AnyConnection};
use shigoto_shared::Lang;

use crate::error::AppError;

/// Whom to tell for account `account_id` (if any) of an event, unless mails are off.
pub fn recipient(
    conn: &mut AnyConnection,
    account_id: Option<i64>,
) -> Result<Option<Recipient>, AppError> {
    match account_id {
        Some(account) => Ok(notification_settings::mail_recipient(conn, account)?),
        None => Ok(None),
    }
}

/// The language account `account_id` reads its mails in (Japanese for an account gone).
pub fn language_of(conn: &mut AnyConnection, account_id: i64) -> Result<Lang, AppError> {
    Ok(notification_settings::address(conn, account_id)?.map_or(Lang::Ja, |to| to.lang))
}

/// The address to tell employer `employer_id` of an event (their 求人者マイページ account).
pub fn employer_recipient(
    conn: &mut AnyConnection,
    employer_id: i64,
) -> Result<Option<Recipient>, AppError> {
    let account = employers::find(conn, employer_id)?.and_then(|e| e.account_id);
    recipient(conn, account)
}
