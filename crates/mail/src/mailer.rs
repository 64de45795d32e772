//! The [`Mailer`]: builds an RFC 5322 message from a [`Mail`] and delivers it by SMTP or into
//! the outbox folder.
//!
//! Every message is plain text in UTF-8 (`Content-Type: text/plain; charset=utf-8`, MIME 1.0):
//! lettre encodes a Japanese subject as RFC 2047 encoded words and chooses base64 or
//! quoted-printable for the body. Each message carries a `Date`, a `Message-ID` on the sender's
//! domain and `Auto-Submitted: auto-generated` (RFC 3834: no auto-replies to it).
//!
//! Outbox files are named `<UTC time>-<process id>-<sequence>.eml`, so they sort in the order
//! they were written; each is written to a hidden temporary file first and then renamed, so a
//! reader never sees half a message. On Unix they are readable by their owner only (they hold
//! keys).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use lettre::address::AddressError;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::settings::{MailSettings, SmtpSettings, TlsMode};

/// How long connecting to the SMTP server may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one send may take in all (connecting, TLS, login, the message) by default: lettre's
/// own timeout only covers connecting, and a server that stops answering would hold the send
/// until it hangs up.
pub const DEFAULT_SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// Numbers outbox files and message ids written by this process.
static SEQUENCE: AtomicU64 = AtomicU64::new(0);

/// One plain-text mail.
#[derive(Clone, PartialEq, Eq)]
pub struct Mail {
    /// The recipient: `taro@example.jp` or `山田 太郎 <taro@example.jp>`.
    pub to: String,
    pub subject: String,
    /// UTF-8 text; line breaks may be `\n` (they are sent as CRLF).
    pub body: String,
}

impl fmt::Debug for Mail {
    /// Leaves the body out: it may hold a 認証キー.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mail")
            .field("to", &self.to)
            .field("subject", &self.subject)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// Where a mail went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Accepted by the SMTP server.
    Smtp,
    /// Written to this `.eml` file in the outbox.
    Outbox(PathBuf),
}

/// Why a mail could not be built or delivered. Messages are English, for logs.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The configured sender is not a mailbox.
    #[error("invalid sender address {address:?}: {source}")]
    InvalidFrom {
        address: String,
        source: AddressError,
    },
    /// The recipient is not a mailbox.
    #[error("invalid recipient address {address:?}: {source}")]
    InvalidTo {
        address: String,
        source: AddressError,
    },
    /// The settings cannot work (e.g. a user name without a password).
    #[error("invalid mail settings: {0}")]
    Settings(&'static str),
    /// The message could not be built.
    #[error("could not build the message: {0}")]
    Build(#[from] lettre::error::Error),
    /// The SMTP server could not be reached, refused the login or the mail, or failed TLS.
    #[error("SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    /// The SMTP exchange took longer than the mailer's send timeout.
    #[error("SMTP: no answer within {} s", .0.as_secs_f32())]
    Timeout(Duration),
    /// The outbox folder or file could not be written.
    #[error("outbox {}: {source}", path.display())]
    Outbox {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl MailError {
    /// A stable code for logs.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidFrom { .. } => "mail_invalid_from",
            Self::InvalidTo { .. } => "mail_invalid_to",
            Self::Settings(_) => "mail_settings",
            Self::Build(_) => "mail_build",
            Self::Smtp(_) => "mail_smtp",
            Self::Timeout(_) => "mail_timeout",
            Self::Outbox { .. } => "mail_outbox",
        }
    }

    /// Whether trying again later may help (a network problem, a timeout or a 4xx reply), as
    /// opposed to a wrong address or wrong settings.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Smtp(error) => !error.is_permanent(),
            Self::Timeout(_) | Self::Outbox { .. } => true,
            Self::InvalidFrom { .. } | Self::InvalidTo { .. } | Self::Settings(_) => false,
            Self::Build(_) => false,
        }
    }
}

/// Sends mail as its settings say. Cheap to clone: clones share one SMTP connection pool.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    send_timeout: Duration,
}

#[derive(Clone)]
enum Transport {
    Smtp {
        pool: Arc<SmtpPool>,
        /// `host:port`, for logs.
        server: String,
    },
    Outbox(PathBuf),
}

/// Owns lettre's pooled SMTP transport, shared by every clone of a [`Mailer`].
///
/// lettre's pool spawns a Tokio task when it is created and when it is dropped, and panics when
/// there is no runtime. [`Mailer::new`] refuses to build one outside a runtime; a pool dropped
/// outside one (after the runtime has gone, at process exit) is leaked instead of panicking.
struct SmtpPool(Option<AsyncSmtpTransport<Tokio1Executor>>);

impl Drop for SmtpPool {
    fn drop(&mut self) {
        if tokio::runtime::Handle::try_current().is_err() {
            std::mem::forget(self.0.take());
        }
    }
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("Mailer");
        debug.field("from", &self.from.to_string());
        match &self.transport {
            Transport::Smtp { server, .. } => debug.field("smtp", server),
            Transport::Outbox(dir) => debug.field("outbox", dir),
        };
        debug.finish()
    }
}

impl Mailer {
    /// Checks the settings and prepares the transport. Connects to nothing yet (the first
    /// [`send`](Self::send) does); creates the outbox folder.
    ///
    /// An SMTP mailer must be created inside a Tokio runtime (its connection pool runs there);
    /// outside one this returns [`MailError::Settings`].
    pub fn new(settings: MailSettings) -> Result<Self, MailError> {
        let from = parse_mailbox(settings.from()).map_err(|source| MailError::InvalidFrom {
            address: settings.from().to_owned(),
            source,
        })?;
        let transport = match settings {
            MailSettings::Smtp(smtp) => Transport::Smtp {
                server: format!("{}:{}", smtp.host, smtp.port),
                pool: Arc::new(SmtpPool(Some(smtp_transport(&smtp)?))),
            },
            MailSettings::Outbox { dir, .. } => {
                std::fs::create_dir_all(&dir).map_err(|source| MailError::Outbox {
                    path: dir.clone(),
                    source,
                })?;
                Transport::Outbox(dir)
            }
        };
        Ok(Self {
            from,
            transport,
            send_timeout: DEFAULT_SEND_TIMEOUT,
        })
    }

    /// The same mailer with another limit on how long one SMTP send may take in all
    /// (default [`DEFAULT_SEND_TIMEOUT`]).
    pub fn with_send_timeout(mut self, timeout: Duration) -> Self {
        self.send_timeout = timeout;
        self
    }

    /// The outbox folder, when mail goes there.
    pub fn outbox_dir(&self) -> Option<&Path> {
        match &self.transport {
            Transport::Outbox(dir) => Some(dir),
            Transport::Smtp { .. } => None,
        }
    }

    /// Sends one mail: hands it to the SMTP server, or writes it into the outbox and logs the
    /// file's path.
    pub async fn send(&self, mail: &Mail) -> Result<Sent, MailError> {
        let message = self.message(mail)?;
        match &self.transport {
            Transport::Smtp { pool, server } => {
                let Some(transport) = pool.0.as_ref() else {
                    return Err(MailError::Settings("the SMTP pool is closed"));
                };
                let response = tokio::time::timeout(self.send_timeout, transport.send(message))
                    .await
                    .map_err(|_| MailError::Timeout(self.send_timeout))??;
                tracing::info!(
                    server = %server,
                    reply = %response.code(),
                    subject = %mail.subject,
                    "mail sent by SMTP"
                );
                Ok(Sent::Smtp)
            }
            Transport::Outbox(dir) => {
                let path = write_outbox(dir, message.formatted()).await?;
                tracing::info!(
                    path = %path.display(),
                    to = %mail.to,
                    subject = %mail.subject,
                    "mail written to the outbox (no SMTP server is configured)"
                );
                Ok(Sent::Outbox(path))
            }
        }
    }

    /// The RFC 5322 message for a mail.
    fn message(&self, mail: &Mail) -> Result<Message, MailError> {
        let to = parse_mailbox(&mail.to).map_err(|source| MailError::InvalidTo {
            address: mail.to.clone(),
            source,
        })?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.as_str())
            .message_id(Some(message_id(&self.from)))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Auto-Submitted"),
                "auto-generated".to_owned(),
            ))
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(mail.body.clone()),
            )?;
        Ok(message)
    }
}

fn parse_mailbox(text: &str) -> Result<Mailbox, AddressError> {
    text.trim().parse()
}

fn smtp_transport(smtp: &SmtpSettings) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    if smtp.host.trim().is_empty() {
        return Err(MailError::Settings("the SMTP host is empty"));
    }
    if tokio::runtime::Handle::try_current().is_err() {
        return Err(MailError::Settings(
            "an SMTP mailer must be created inside a Tokio runtime",
        ));
    }
    let builder = match smtp.tls {
        TlsMode::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        TlsMode::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
        TlsMode::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
    };
    let builder = builder.port(smtp.port).timeout(Some(CONNECT_TIMEOUT));
    let builder = match (&smtp.username, &smtp.password) {
        (Some(user), Some(password)) => {
            if smtp.tls == TlsMode::None && !is_loopback(&smtp.host) {
                tracing::warn!(
                    host = %smtp.host,
                    "SMTP credentials will cross the network unencrypted (tls = none)"
                );
            }
            builder.credentials(Credentials::new(user.clone(), password.clone()))
        }
        (None, None) => builder,
        (Some(_), None) => return Err(MailError::Settings("an SMTP user name needs a password")),
        (None, Some(_)) => return Err(MailError::Settings("an SMTP password needs a user name")),
    };
    Ok(builder.build())
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// `<time.process.sequence@sender-domain>`.
fn message_id(from: &Mailbox) -> String {
    let now = chrono::Utc::now();
    format!(
        "<{}.{:x}.{:x}@{}>",
        now.format("%Y%m%d%H%M%S%f"),
        std::process::id(),
        SEQUENCE.fetch_add(1, Ordering::Relaxed),
        from.email.domain()
    )
}

/// Writes one formatted message into the outbox (on the blocking pool) and returns its path.
async fn write_outbox(dir: &Path, formatted: Vec<u8>) -> Result<PathBuf, MailError> {
    let dir = dir.to_owned();
    let name = format!(
        "{}-{}-{}",
        chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ"),
        std::process::id(),
        SEQUENCE.fetch_add(1, Ordering::Relaxed)
    );
    let path = dir.join(format!("{name}.eml"));
    let temporary = dir.join(format!(".{name}.tmp"));
    let written = {
        let path = path.clone();
        let temporary = temporary.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            std::fs::create_dir_all(&dir)?;
            write_private(&temporary, &formatted)?;
            std::fs::rename(&temporary, &path).inspect_err(|_| {
                let _ = std::fs::remove_file(&temporary);
            })
        })
        .await
        .unwrap_or_else(|join| Err(std::io::Error::other(join)))
    };
    match written {
        Ok(()) => Ok(path),
        Err(source) => Err(MailError::Outbox { path, source }),
    }
}

/// Creates a new file readable by its owner only (on Unix), writes `bytes` and syncs it.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;

    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outbox_mailer(dir: &Path) -> Mailer {
        Mailer::new(MailSettings::Outbox {
            dir: dir.to_owned(),
            from: "Shigoto <no-reply@shigoto.example>".into(),
        })
        .unwrap()
    }

    #[test]
    fn refuses_a_bad_sender() {
        let error = Mailer::new(MailSettings::Outbox {
            dir: std::env::temp_dir(),
            from: "not an address".into(),
        })
        .unwrap_err();
        assert_eq!(error.code(), "mail_invalid_from");
    }

    #[test]
    fn refuses_half_credentials() {
        let error = Mailer::new(MailSettings::Smtp(SmtpSettings {
            host: "smtp.example.jp".into(),
            port: 587,
            tls: TlsMode::StartTls,
            username: Some("shigoto".into()),
            password: None,
            from: "no-reply@example.jp".into(),
        }))
        .unwrap_err();
        assert!(matches!(error, MailError::Settings(_)), "{error}");
        assert!(!error.is_transient());
    }

    #[test]
    fn smtp_needs_a_runtime_and_survives_outliving_it() {
        let settings = MailSettings::Smtp(SmtpSettings {
            host: "smtp.example.jp".into(),
            port: 587,
            tls: TlsMode::StartTls,
            username: None,
            password: None,
            from: "no-reply@example.jp".into(),
        });
        let error = Mailer::new(settings.clone()).unwrap_err();
        assert!(matches!(error, MailError::Settings(_)), "{error}");
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let mailer = runtime.block_on(async { Mailer::new(settings) }).unwrap();
        drop(runtime);
        drop(mailer);
    }

    #[tokio::test]
    async fn builds_every_tls_mode() {
        for tls in [TlsMode::None, TlsMode::StartTls, TlsMode::Tls] {
            let mailer = Mailer::new(MailSettings::Smtp(SmtpSettings {
                host: "smtp.example.jp".into(),
                port: tls.default_port(),
                tls,
                username: Some("shigoto".into()),
                password: Some("secret".into()),
                from: "Shigoto <no-reply@example.jp>".into(),
            }))
            .unwrap();
            assert!(mailer.outbox_dir().is_none());
            assert!(format!("{mailer:?}").contains("smtp.example.jp"));
        }
    }

    #[test]
    fn debug_leaves_the_body_out() {
        let mail = Mail {
            to: "taro@example.jp".into(),
            subject: "件名".into(),
            body: "認証キー：ABC123".into(),
        };
        assert!(!format!("{mail:?}").contains("ABC123"));
    }

    #[test]
    fn message_headers() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = outbox_mailer(dir.path());
        let message = mailer
            .message(&Mail {
                to: "taro@example.jp".into(),
                subject: "認証キーのお知らせ".into(),
                body: "本文\n二行目".into(),
            })
            .unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        assert!(text.contains("MIME-Version: 1.0\r\n"), "{text}");
        assert!(
            text.contains("Content-Type: text/plain; charset=utf-8\r\n"),
            "{text}"
        );
        assert!(
            text.contains("Auto-Submitted: auto-generated\r\n"),
            "{text}"
        );
        assert!(text.contains("@shigoto.example>\r\n"), "{text}");
        assert!(text.contains("Subject: =?utf-8?"), "{text}");
        assert!(text.is_ascii(), "{text}");
    }

    proptest::proptest! {
        /// Every address the sign-up forms accept can be mailed.
        #[test]
        fn every_accepted_login_address_is_a_mailbox(
            input in "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,20}@[a-z0-9.-]{1,20}\\.[a-z]{2,6}",
        ) {
            if let Ok(email) = shigoto_domain::password::normalize_email(&input) {
                proptest::prop_assert!(parse_mailbox(&email).is_ok(), "{}", email);
            }
        }
    }

    #[tokio::test]
    async fn refuses_a_bad_recipient_before_writing() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = outbox_mailer(&dir.path().join("outbox"));
        let error = mailer
            .send(&Mail {
                to: "taro at example".into(),
                subject: "s".into(),
                body: "b".into(),
            })
            .await
            .unwrap_err();
        assert_eq!(error.code(), "mail_invalid_to");
        assert_eq!(
            std::fs::read_dir(dir.path().join("outbox"))
                .unwrap()
                .count(),
            0
        );
    }
}
