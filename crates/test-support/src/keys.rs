//! 認証キー in tests: the key a mail carries, and wrong keys of the same shape.

use crate::server::TestServer;
use crate::smtp;

/// Takes the next 認証キー mail to `email` from the server's SMTP server and returns its key.
pub async fn mailed_key(server: &TestServer, email: &str) -> anyhow::Result<String> {
    let (_, body) = server.mail()?.take_mail_about(email, "認証キー").await?;
    smtp::key_in(&body).ok_or_else(|| anyhow::anyhow!("no key in the mail to {email}"))
}

/// A key of the same shape as `key` (eight digits) that is not `key`.
pub fn wrong_key(key: &str) -> String {
    nth_wrong_key(key, 0)
}

/// The `n`-th of many wrong keys for `key`: eight digits, never `key`, different for each `n`
/// (up to a few thousand).
pub fn nth_wrong_key(key: &str, n: usize) -> String {
    let mut wrong = format!("{:08}", (n * 7_919) % 100_000_000);
    if wrong == key {
        wrong = format!("{:08}", (n * 7_919 + 1) % 100_000_000);
    }
    wrong
}
