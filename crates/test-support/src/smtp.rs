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

    /// Raw messages received so far.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.maildir().join("new"))
            .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.sort();
        paths
            .into_iter()
            .filter_map(|p| std::fs::read(p).ok())
            .collect()
    }

    /// Waits for the `n`-th message (1-based) addressed to `to` and returns its decoded
    /// subject and text body.
    pub async fn wait_for_mail(&self, to: &str, n: usize) -> Result<(String, String)> {
        let started = Instant::now();
        loop {
            let found: Vec<(String, String)> = self
                .messages()
                .iter()
                .filter_map(|raw| mail_parser::MessageParser::default().parse(raw))
                .filter(|m| {
                    m.to()
                        .and_then(|a| a.first())
                        .and_then(|a| a.address())
                        .is_some_and(|a| a == to)
                })
                .map(|m| {
                    (
                        m.subject().unwrap_or_default().to_owned(),
                        m.body_text(0).map(|b| b.into_owned()).unwrap_or_default(),
                    )
                })
                .collect();
            if let Some(mail) = found.into_iter().nth(n - 1) {
                return Ok(mail);
            }
            if started.elapsed() > Duration::from_secs(15) {
                bail!("no mail number {n} for {to} arrived");
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
