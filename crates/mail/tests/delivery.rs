//! Delivery of the 認証キー mail through a real SMTP server (Debian's `python3-aiosmtpd`, storing
//! what it receives in a Maildir) and into the outbox folder, read back with a MIME parser.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use mail_parser::MimeHeaders;
use shigoto_i18n::{catalogue, Lang};
use shigoto_mail::{
    auth_key_mail, KeyPurpose, Mail, MailError, MailSettings, Mailer, Sent, SmtpSettings, TlsMode,
};

const PYTHON: &str = "/usr/bin/python3";
const FROM: &str = "Shigoto <no-reply@shigoto.example>";
const TO: &str = "taro.yamada@example.jp";
const KEY: &str = "K7P4Q9";

/// aiosmtpd with a user and password, required for every mail (AUTH over plain text is allowed
/// because it only listens on loopback). Arguments: port, Maildir, user, password.
const AUTH_SERVER: &str = r#"
import signal, sys
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult

port, maildir, user, password = sys.argv[1], sys.argv[2], sys.argv[3].encode(), sys.argv[4].encode()

def authenticator(server, session, envelope, mechanism, auth_data):
    ok = getattr(auth_data, "login", None) == user and getattr(auth_data, "password", None) == password
    # handled=False: aiosmtpd answers 535 itself.
    return AuthResult(success=ok, handled=False)

controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=int(port),
                        authenticator=authenticator, auth_required=True, auth_require_tls=False)
controller.start()
signal.pause()
"#;

/// A running aiosmtpd on a free loopback port; killed when dropped.
struct SmtpServer {
    child: Child,
    port: u16,
    maildir: PathBuf,
    _dir: tempfile::TempDir,
}

impl SmtpServer {
    /// `python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c aiosmtpd.handlers.Mailbox DIR`, with extra
    /// options (TLS certificates) before `-c`.
    fn start(options: &[&str]) -> Self {
        Self::spawn(|port, maildir| {
            let mut command = Command::new(PYTHON);
            command
                .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
                .args(options)
                .args(["-c", "aiosmtpd.handlers.Mailbox"])
                .arg(maildir);
            command
        })
    }

    /// An aiosmtpd that requires this user and password.
    fn start_with_auth(user: &str, password: &str) -> Self {
        Self::spawn(|port, maildir| {
            let mut command = Command::new(PYTHON);
            command
                .args(["-c", AUTH_SERVER, &port.to_string()])
                .arg(maildir)
                .args([user, password]);
            command
        })
    }

    fn spawn(command: impl Fn(u16, &Path) -> Command) -> Self {
        let dir = tempfile::tempdir().unwrap();
        // The Mailbox handler creates the Maildir (new/, cur/, tmp/) only if it does not exist.
        let maildir = dir.path().join("maildir");
        for _attempt in 0..5 {
            let port = free_port();
            let mut child = command(port, &maildir)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("cannot start {PYTHON} (apt install python3-aiosmtpd): {e}")
                });
            let deadline = Instant::now() + Duration::from_secs(15);
            loop {
                if TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok() {
                    return Self {
                        child,
                        port,
                        maildir,
                        _dir: dir,
                    };
                }
                if child.try_wait().unwrap().is_some() || Instant::now() > deadline {
                    // The port was taken in between, or the server did not come up: try again.
                    let _ = child.kill();
                    let _ = child.wait();
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        panic!("aiosmtpd did not start (is python3-aiosmtpd installed?)");
    }

    fn settings(&self, tls: TlsMode) -> SmtpSettings {
        SmtpSettings {
            host: "127.0.0.1".into(),
            port: self.port,
            tls,
            username: None,
            password: None,
            from: FROM.into(),
        }
    }

    /// The messages delivered so far, oldest first.
    fn messages(&self) -> Vec<Vec<u8>> {
        let Ok(entries) = std::fs::read_dir(self.maildir.join("new")) else {
            return Vec::new();
        };
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
            .map(|entry| {
                let path = entry.unwrap().path();
                (std::fs::metadata(&path).unwrap().modified().unwrap(), path)
            })
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|(_, path)| std::fs::read(path).unwrap())
            .collect()
    }

    /// Waits until `count` messages have been delivered.
    fn wait_for(&self, count: usize) -> Vec<Vec<u8>> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let messages = self.messages();
            if messages.len() >= count || Instant::now() > deadline {
                return messages;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port nobody listens on (right now).
fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// 2026-11-25 14:35 in Japan.
fn valid_until() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 5, 35, 0).unwrap()
}

/// The procedure's name as the Japanese subject and body write it.
fn title(purpose: KeyPurpose) -> String {
    catalogue(Lang::Ja).t(purpose.title_key())
}

fn key_mail(purpose: KeyPurpose) -> Mail {
    auth_key_mail(Lang::Ja, TO, purpose, KEY, valid_until())
}

/// Parses a raw message and checks it is the 認証キー mail of `purpose` to `to`.
fn assert_is_key_mail(raw: &[u8], to: &str, purpose: KeyPurpose) {
    let text = String::from_utf8_lossy(raw);
    assert!(
        raw.is_ascii(),
        "headers and body are 7-bit encoded:\n{text}"
    );
    let message = mail_parser::MessageParser::default()
        .parse(raw)
        .unwrap_or_else(|| panic!("not a mail message:\n{text}"));
    let recipient = message.to().and_then(|to| to.first()).unwrap();
    assert_eq!(recipient.address(), Some(to), "{text}");
    let sender = message.from().and_then(|from| from.first()).unwrap();
    assert_eq!(sender.address(), Some("no-reply@shigoto.example"));
    assert_eq!(sender.name(), Some("Shigoto"));
    assert_eq!(
        message.subject(),
        Some(format!("【Shigoto】認証キーのお知らせ（{}）", title(purpose)).as_str()),
        "{text}"
    );
    assert!(message.date().is_some(), "{text}");
    assert!(
        message
            .message_id()
            .is_some_and(|id| id.ends_with("@shigoto.example")),
        "{text}"
    );
    let content_type = message.content_type().unwrap();
    assert_eq!(content_type.ctype(), "text");
    assert_eq!(content_type.subtype(), Some("plain"));
    assert_eq!(content_type.attribute("charset"), Some("utf-8"));
    let body = message.body_text(0).unwrap();
    assert!(body.contains(&format!("認証キー：{KEY}")), "{body}");
    assert!(
        body.contains("2026年11月25日（水）14時35分まで有効です（送信から50分間）"),
        "{body}"
    );
    assert!(body.contains(&title(purpose)), "{body}");
    assert!(body.contains("1回だけ"), "{body}");
}

#[tokio::test]
async fn smtp_delivers_a_mail_in_english() {
    let server = SmtpServer::start(&[]);
    let mailer = Mailer::new(MailSettings::Smtp(server.settings(TlsMode::None))).unwrap();
    let mail = auth_key_mail(Lang::En, TO, KeyPurpose::PasswordReset, KEY, valid_until());

    mailer.send(&mail).await.unwrap();

    let messages = server.wait_for(1);
    let message = mail_parser::MessageParser::default()
        .parse(messages[0].as_slice())
        .unwrap();
    assert_eq!(
        message.subject(),
        Some("[Shigoto] Your authentication key for resetting your password")
    );
    let body = message.body_text(0).unwrap();
    assert!(
        body.contains(&format!("Authentication key: {KEY}")),
        "{body}"
    );
    assert!(
        body.contains("Valid until Wednesday 25 November 2026, 14:35 (Japan time)"),
        "{body}"
    );
    assert!(
        body.replace("\r\n", "\n")
            .trim_end()
            .ends_with("\n----------------------------------------\nShigoto"),
        "{body}"
    );
}

#[tokio::test]
async fn smtp_delivers_the_auth_key_mail() {
    let server = SmtpServer::start(&[]);
    let mailer = Mailer::new(MailSettings::Smtp(server.settings(TlsMode::None))).unwrap();

    let sent = mailer
        .send(&key_mail(KeyPurpose::OpenSeekerMyPage))
        .await
        .unwrap();

    assert_eq!(sent, Sent::Smtp);
    let messages = server.wait_for(1);
    assert_eq!(messages.len(), 1);
    assert_is_key_mail(&messages[0], TO, KeyPurpose::OpenSeekerMyPage);
    // The envelope recipient is the To address.
    let text = String::from_utf8_lossy(&messages[0]);
    assert!(text.contains(&format!("X-RcptTo: {TO}")), "{text}");
}

#[tokio::test]
async fn clones_share_the_pool_and_send_concurrently() {
    let server = SmtpServer::start(&[]);
    let mailer = Mailer::new(MailSettings::Smtp(server.settings(TlsMode::None))).unwrap();

    let sends = KeyPurpose::ALL.map(|purpose| {
        let mailer = mailer.clone();
        tokio::spawn(async move { mailer.send(&key_mail(purpose)).await })
    });
    for send in sends {
        assert_eq!(send.await.unwrap().unwrap(), Sent::Smtp);
    }

    let messages = server.wait_for(KeyPurpose::ALL.len());
    assert_eq!(messages.len(), KeyPurpose::ALL.len());
    for purpose in KeyPurpose::ALL {
        let subject = format!("【Shigoto】認証キーのお知らせ（{}）", title(purpose));
        let raw = messages
            .iter()
            .find(|raw| {
                mail_parser::MessageParser::default()
                    .parse(raw.as_slice())
                    .and_then(|message| message.subject().map(|s| s == subject))
                    .unwrap_or(false)
            })
            .unwrap_or_else(|| panic!("no mail for {purpose:?}"));
        assert_is_key_mail(raw, TO, purpose);
    }
}

#[tokio::test]
async fn smtp_logs_in_with_the_configured_credentials() {
    let server = SmtpServer::start_with_auth("shigoto", "s3cret!");
    let with = |username: Option<&str>, password: Option<&str>| {
        Mailer::new(MailSettings::Smtp(SmtpSettings {
            username: username.map(str::to_owned),
            password: password.map(str::to_owned),
            ..server.settings(TlsMode::None)
        }))
        .unwrap()
    };

    let wrong = with(Some("shigoto"), Some("wrong"))
        .send(&key_mail(KeyPurpose::PasswordReset))
        .await
        .unwrap_err();
    assert!(matches!(wrong, MailError::Smtp(_)), "{wrong}");
    assert!(!wrong.is_transient(), "{wrong}");
    let anonymous = with(None, None)
        .send(&key_mail(KeyPurpose::PasswordReset))
        .await
        .unwrap_err();
    assert!(matches!(anonymous, MailError::Smtp(_)), "{anonymous}");

    let sent = with(Some("shigoto"), Some("s3cret!"))
        .send(&key_mail(KeyPurpose::PasswordReset))
        .await
        .unwrap();
    assert_eq!(sent, Sent::Smtp);
    let messages = server.wait_for(1);
    assert_eq!(messages.len(), 1);
    assert_is_key_mail(&messages[0], TO, KeyPurpose::PasswordReset);
}

#[tokio::test]
async fn starttls_is_never_skipped() {
    // The server offers no STARTTLS: the mail must not go out in clear text.
    let server = SmtpServer::start(&[]);
    let mailer = Mailer::new(MailSettings::Smtp(server.settings(TlsMode::StartTls))).unwrap();

    let error = mailer
        .send(&key_mail(KeyPurpose::EmailChange))
        .await
        .unwrap_err();

    assert!(matches!(error, MailError::Smtp(_)), "{error}");
    std::thread::sleep(Duration::from_millis(200));
    assert!(server.messages().is_empty());
}

#[tokio::test]
async fn tls_certificates_are_verified() {
    // A self-signed certificate is not trusted, with STARTTLS or implicit TLS.
    let certs = tempfile::tempdir().unwrap();
    let cert = certs.path().join("cert.pem");
    let key = certs.path().join("key.pem");
    let status = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=127.0.0.1", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("openssl is needed to make a test certificate");
    assert!(status.success());
    let (cert, key) = (cert.to_str().unwrap(), key.to_str().unwrap());

    for (tls, options) in [
        (TlsMode::StartTls, ["--tlscert", cert, "--tlskey", key]),
        (TlsMode::Tls, ["--smtpscert", cert, "--smtpskey", key]),
    ] {
        let server = SmtpServer::start(&options);
        let mailer = Mailer::new(MailSettings::Smtp(server.settings(tls))).unwrap();
        let error = mailer
            .send(&key_mail(KeyPurpose::OpenEmployerMyPage))
            .await
            .unwrap_err();
        assert!(matches!(error, MailError::Smtp(_)), "{tls:?}: {error}");
        assert!(
            error.to_string().contains("certificate"),
            "{tls:?}: {error}"
        );
        assert!(server.messages().is_empty());
    }
}

#[tokio::test]
async fn an_unreachable_server_is_an_error_not_a_panic() {
    let port = free_port(); // nothing listens there
    let mailer = Mailer::new(MailSettings::Smtp(SmtpSettings {
        host: "127.0.0.1".into(),
        port,
        tls: TlsMode::None,
        username: None,
        password: None,
        from: FROM.into(),
    }))
    .unwrap();

    let started = Instant::now();
    let error = mailer
        .send(&key_mail(KeyPurpose::OpenSeekerMyPage))
        .await
        .unwrap_err();

    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(error, MailError::Smtp(_)), "{error}");
    assert_eq!(error.code(), "mail_smtp");
    assert!(error.is_transient(), "{error}");
}

#[tokio::test]
async fn a_server_that_stops_answering_times_out() {
    // Accepts connections and never says a word.
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .await
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    let silent = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            held.push(stream);
        }
    });
    let mailer = Mailer::new(MailSettings::Smtp(SmtpSettings {
        host: "127.0.0.1".into(),
        port,
        tls: TlsMode::None,
        username: None,
        password: None,
        from: FROM.into(),
    }))
    .unwrap()
    .with_send_timeout(Duration::from_millis(500));

    let started = Instant::now();
    let error = mailer
        .send(&key_mail(KeyPurpose::OpenSeekerMyPage))
        .await
        .unwrap_err();

    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(error, MailError::Timeout(_)), "{error}");
    assert!(error.is_transient());
    silent.abort();
}

#[tokio::test]
async fn outbox_writes_a_readable_eml_file() {
    let data = tempfile::tempdir().unwrap();
    let mailer = Mailer::new(MailSettings::outbox_under(data.path())).unwrap();
    let outbox = data.path().join("outbox");
    assert_eq!(mailer.outbox_dir(), Some(outbox.as_path()));
    assert!(outbox.is_dir(), "created by Mailer::new");

    let first = mailer
        .send(&key_mail(KeyPurpose::OnlineRegistration))
        .await
        .unwrap();
    let second = mailer
        .send(&auth_key_mail(
            Lang::Ja,
            "山田 太郎 <hanako@example.jp>",
            KeyPurpose::EmailChange,
            KEY,
            valid_until(),
        ))
        .await
        .unwrap();

    let (Sent::Outbox(first), Sent::Outbox(second)) = (first, second) else {
        panic!("outbox mode writes files");
    };
    assert_eq!(first.parent(), Some(outbox.as_path()));
    assert_eq!(first.extension().and_then(|e| e.to_str()), Some("eml"));
    assert!(first < second, "file names sort in sending order");
    let mut names: Vec<String> = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "no temporary file is left: {names:?}");

    let raw = std::fs::read(&first).unwrap();
    assert!(raw.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    assert_is_key_mail(&raw, TO, KeyPurpose::OnlineRegistration);

    let raw = std::fs::read(&second).unwrap();
    assert_is_key_mail(&raw, "hanako@example.jp", KeyPurpose::EmailChange);
    let message = mail_parser::MessageParser::default()
        .parse(raw.as_slice())
        .unwrap();
    let to = message.to().and_then(|to| to.first()).unwrap();
    assert_eq!(to.name(), Some("山田 太郎"));

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&first).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "only the owner reads the keys");
    }
}

#[tokio::test]
async fn outbox_that_cannot_be_written_is_an_error() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("not-a-folder");
    std::fs::write(&file, b"").unwrap();
    let error = Mailer::new(MailSettings::Outbox {
        dir: file.join("outbox"),
        from: FROM.into(),
    })
    .unwrap_err();
    assert_eq!(error.code(), "mail_outbox");
}
