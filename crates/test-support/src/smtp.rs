//! A real SMTP server for tests: Debian's aiosmtpd, listening on a free loopback port and
//! storing every message in a Maildir, from which tests read the 認証キー.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// A running aiosmtpd; stopped when dropped.
pub struct SmtpServer {
    pub port: u16,
    folder: tempfile::TempDir,
    child: Child,
}

impl SmtpServer {
    /// Starts aiosmtpd (`python3 -m aiosmtpd`) and waits until it accepts connections.
    pub fn start() -> Result<Self> {
        let folder = tempfile::Builder::new().prefix("shigoto-smtp-").tempdir()?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            // aiosmtpd creates the Maildir (new/, cur/, tmp/) only when the folder is new.
            .arg(folder.path().join("maildir"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting aiosmtpd (Debian package python3-aiosmtpd)")?;
        let server = Self {
            port,
            folder,
            child,
        };
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if started.elapsed() > Duration::from_secs(15) {
                bail!("aiosmtpd did not start listening on port {port}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(server)
    }

    /// The Maildir the messages land in.
    pub fn maildir(&self) -> PathBuf {
        self.folder.path().join("maildir")
    }

    /// Raw messages received and not yet taken.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        self.message_files()
            .into_iter()
            .filter_map(|p| std::fs::read(p).ok())
            .collect()
    }

    fn message_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.maildir().join("new"))
            .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default()
    }

    /// How many messages not yet taken are addressed to `to` with `about` in their subject
    /// (to check that a mail was not sent, after waiting for what would have sent it).
    pub fn count_about(&self, to: &str, about: &str) -> usize {
        self.messages()
            .iter()
            .filter_map(|raw| mail_parser::MessageParser::default().parse(raw))
            .filter(|message| {
                message
                    .to()
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .is_some_and(|a| a == to)
                    && message.subject().unwrap_or_default().contains(about)
            })
            .count()
    }

    /// Waits for a message addressed to `to`, removes it from the Maildir and returns its
    /// decoded subject and text body. Each call takes the next message, so tests read keys in
    /// the order they asked for them without relying on file names.
    pub async fn take_mail(&self, to: &str) -> Result<(String, String)> {
        self.take_mail_about(to, "").await
    }

    /// Like [`SmtpServer::take_mail`], but only a message whose subject contains `about`
    /// (e.g. 「認証キー」), leaving other messages (notices) where they are.
    pub async fn take_mail_about(&self, to: &str, about: &str) -> Result<(String, String)> {
        let started = Instant::now();
        loop {
            for path in self.message_files() {
                let Ok(raw) = std::fs::read(&path) else {
                    continue;
                };
                let Some(message) = mail_parser::MessageParser::default().parse(&raw) else {
                    continue;
                };
                let addressed = message
                    .to()
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .is_some_and(|a| a == to);
                if addressed && message.subject().unwrap_or_default().contains(about) {
                    let subject = message.subject().unwrap_or_default().to_owned();
                    let body = message
                        .body_text(0)
                        .map(|b| b.into_owned())
                        .unwrap_or_default();
                    std::fs::remove_file(&path)?;
                    return Ok((subject, body));
                }
            }
            if started.elapsed() > Duration::from_secs(15) {
                bail!("no mail for {to} about 「{about}」 arrived");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The 8-digit 認証キー in a mail body (the first run of exactly eight digits).
pub fn key_in(body: &str) -> Option<String> {
    body.split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 8)
        .map(str::to_owned)
}
