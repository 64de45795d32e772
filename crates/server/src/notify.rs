//! Mails about events (a new message, an introduction, a new applicant, a selection's result)
//! to the accounts concerned, unless they turned them off: who gets one is decided here, in the
//! request's work; the mail goes after the answer ([`crate::app::AppState::send_later`]).

use shigoto_server_db::{employers, notification_settings, AnyConnection};

use crate::error::AppError;

/// The address to tell account `account_id` (if any) of an event, unless mails are off.
pub fn recipient(
    conn: &mut AnyConnection,
    account_id: Option<i64>,
) -> Result<Option<String>, AppError> {
    match account_id {
        Some(account) => Ok(notification_settings::mail_recipient(conn, account)?),
        None => Ok(None),
    }
}

/// The address to tell employer `employer_id` of an event (their 求人者マイページ account).
pub fn employer_recipient(
    conn: &mut AnyConnection,
    employer_id: i64,
) -> Result<Option<String>, AppError> {
    let account = employers::find(conn, employer_id)?.and_then(|e| e.account_id);
    recipient(conn, account)
}
