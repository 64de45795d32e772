//! Mail settings: an SMTP server, or an outbox folder when there is none.
//!
//! Serialized (for the service's settings file) as
//! `{"mode": "smtp", "host": …, "port": 587, "tls": "starttls", "username": …, "password": …,
//! "from": …}` or `{"mode": "outbox", "dir": …, "from": …}`. `Debug` never shows the password.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The sender used when the settings name none (outbox mode on a local machine).
pub const DEFAULT_FROM: &str = "Shigoto <no-reply@shigoto.example>";
/// The outbox folder's name under the service's data folder.
pub const OUTBOX_DIR_NAME: &str = "outbox";

/// How the connection to the SMTP server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsMode {
    /// Plain SMTP without encryption: only for a relay on the same host or a test server.
    None,
    /// A plain connection upgraded with STARTTLS, which is required (submission, port 587).
    #[default]
    #[serde(rename = "starttls")]
    StartTls,
    /// TLS from the first byte (implicit TLS, "SMTPS", port 465).
    Tls,
}

impl TlsMode {
    /// The usual port for the mode: 25, 587 or 465.
    pub fn default_port(self) -> u16 {
        match self {
            Self::None => 25,
            Self::StartTls => 587,
            Self::Tls => 465,
        }
    }
}

/// An SMTP server to send through.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmtpSettings {
    /// Host name (also the name the TLS certificate must carry).
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    /// User for SMTP AUTH (PLAIN or LOGIN); set together with `password` or not at all.
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub password: Option<String>,
    /// The sender, e.g. `Shigoto <no-reply@shigoto.example>`.
    pub from: String,
}

impl fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("from", &self.from)
            .finish()
    }
}

/// Where mail goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum MailSettings {
    /// Send through an SMTP server.
    Smtp(SmtpSettings),
    /// Write each mail as an `.eml` file into `dir` (created when missing) and log its path.
    Outbox { dir: PathBuf, from: String },
}

impl MailSettings {
    /// The outbox `<data_dir>/outbox` with the [`DEFAULT_FROM`] sender: the setting to use when
    /// no SMTP server is configured.
    pub fn outbox_under(data_dir: &Path) -> Self {
        Self::Outbox {
            dir: data_dir.join(OUTBOX_DIR_NAME),
            from: DEFAULT_FROM.to_owned(),
        }
    }

    /// The sender address as configured.
    pub fn from(&self) -> &str {
        match self {
            Self::Smtp(smtp) => &smtp.from,
            Self::Outbox { from, .. } => from,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_password() {
        let settings = SmtpSettings {
            host: "smtp.example.jp".into(),
            port: 587,
            tls: TlsMode::StartTls,
            username: Some("shigoto".into()),
            password: Some("hunter2-secret".into()),
            from: DEFAULT_FROM.into(),
        };
        let debug = format!("{:?}", MailSettings::Smtp(settings));
        assert!(!debug.contains("hunter2-secret"), "{debug}");
        assert!(debug.contains("<redacted>"), "{debug}");
    }

    #[test]
    fn outbox_lives_under_the_data_folder() {
        let settings = MailSettings::outbox_under(Path::new("/var/lib/shigoto"));
        assert_eq!(
            settings,
            MailSettings::Outbox {
                dir: PathBuf::from("/var/lib/shigoto/outbox"),
                from: DEFAULT_FROM.into()
            }
        );
        assert_eq!(settings.from(), DEFAULT_FROM);
    }

    #[test]
    fn default_ports() {
        assert_eq!(TlsMode::None.default_port(), 25);
        assert_eq!(TlsMode::StartTls.default_port(), 587);
        assert_eq!(TlsMode::Tls.default_port(), 465);
    }

    #[test]
    fn serialized_form() {
        let smtp: MailSettings = serde_json::from_str(
            r#"{"mode":"smtp","host":"smtp.example.jp","port":465,"tls":"tls",
                "from":"Shigoto <no-reply@example.jp>"}"#,
        )
        .unwrap();
        assert_eq!(
            smtp,
            MailSettings::Smtp(SmtpSettings {
                host: "smtp.example.jp".into(),
                port: 465,
                tls: TlsMode::Tls,
                username: None,
                password: None,
                from: "Shigoto <no-reply@example.jp>".into(),
            })
        );
        let starttls: TlsMode = serde_json::from_str(r#""starttls""#).unwrap();
        assert_eq!(starttls, TlsMode::StartTls);
        let outbox = serde_json::to_value(MailSettings::Outbox {
            dir: PathBuf::from("data/outbox"),
            from: DEFAULT_FROM.into(),
        })
        .unwrap();
        assert_eq!(
            outbox,
            serde_json::json!({"mode": "outbox", "dir": "data/outbox", "from": DEFAULT_FROM})
        );
    }
}
