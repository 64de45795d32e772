//! Shigoto's outgoing mail.
//!
//! The service sends mail (認証キー, later notifications) through a [`Mailer`] built from
//! [`MailSettings`]: either an SMTP server ([`SmtpSettings`]: host, port, [`TlsMode`],
//! credentials, sender) or, when no SMTP server is configured, an outbox folder where each mail
//! is written as an `.eml` file (RFC 5322, readable by any mail client) and its path logged, so a
//! local user can read it. [`auth_key_mail`] writes the 認証キー mail for each [`KeyPurpose`];
//! every mail is written in the language it is asked for, from the `mail` catalogue of
//! `shigoto-i18n` (the recipient's account language, or the asking request's).
//!
//! Architecture invariant: this crate only formats and delivers mail. It does not generate,
//! store or check keys, and it never logs a mail's body (it holds the key).

mod auth_key;
mod digest;
mod mailer;
mod notice;
mod reminder;
mod settings;

pub use auth_key::{auth_key_mail, format_jst, KeyPurpose, KEY_MAX_WRONG_TRIES, KEY_VALID_MINUTES};
pub use digest::{new_jobs_digest_mail, DigestSection};
pub use mailer::{Mail, MailError, Mailer, Sent, DEFAULT_SEND_TIMEOUT};
pub use notice::{
    account_locked_mail, application_result_mail, email_changed_mail, employer_accepted_mail,
    employer_returned_mail, event_mail, password_changed_mail, posting_accepted_mail,
    posting_returned_mail, sign_up_attempt_mail, EventNotice,
};
pub use reminder::{reminder_mail, Reminded};
pub use settings::{MailSettings, SmtpSettings, TlsMode, DEFAULT_FROM, OUTBOX_DIR_NAME};
