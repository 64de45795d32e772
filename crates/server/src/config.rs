//! Service settings. Each can be given as a flag, an environment variable or a key in a TOML
//! file (`--config FILE` / `SHIGOTO_CONFIG`); flags win over the environment, which wins over
//! the file. See the README for the table.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// Command-line and environment form (every value optional so the file can fill gaps).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SettingsArgs {
    /// Address to listen on.
    #[arg(long, env = "SHIGOTO_BIND")]
    pub bind: Option<SocketAddr>,
    /// Folder for the SQLite database, the search index and the mail outbox.
    #[arg(long, env = "SHIGOTO_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// `postgres://user@host/db`, or a SQLite file path (default: DATA_DIR/shigoto.sqlite3).
    #[arg(long, env = "SHIGOTO_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Demo postings to generate when the database has none yet (0: none).
    #[arg(long, env = "SHIGOTO_DEMO_JOBS")]
    pub demo_jobs: Option<usize>,
    /// Seed of the demo data generator.
    #[arg(long, env = "SHIGOTO_DEMO_SEED")]
    pub demo_seed: Option<u64>,
    /// Database connections per instance.
    #[arg(long, env = "SHIGOTO_DB_CONNECTIONS")]
    pub db_connections: Option<u32>,
    /// Search index writer memory in MB.
    #[arg(long, env = "SHIGOTO_INDEX_MEMORY_MB")]
    pub index_memory_mb: Option<usize>,
    /// Compact the search index into one segment once it has had no change for this many
    /// seconds (0: never).
    #[arg(long, env = "SHIGOTO_INDEX_COMPACT_IDLE_SECS")]
    pub index_compact_idle_secs: Option<u64>,
    /// SMTP server for outgoing mail; without it mail is written to DATA_DIR/outbox as .eml.
    #[arg(long, env = "SHIGOTO_SMTP_HOST")]
    pub smtp_host: Option<String>,
    /// SMTP port (default 587 with STARTTLS, 465 with TLS, 25 without).
    #[arg(long, env = "SHIGOTO_SMTP_PORT")]
    pub smtp_port: Option<u16>,
    /// `starttls` (default), `tls` or `none`.
    #[arg(long, env = "SHIGOTO_SMTP_TLS")]
    pub smtp_tls: Option<String>,
    /// SMTP user name.
    #[arg(long, env = "SHIGOTO_SMTP_USERNAME")]
    pub smtp_username: Option<String>,
    /// SMTP password (prefer the environment or the file over a flag).
    #[arg(long, env = "SHIGOTO_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,
    /// Sender address of the service's mail.
    #[arg(long, env = "SHIGOTO_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Reverse proxies (load balancers) whose `X-Forwarded-For` is believed, comma-separated;
    /// without them, sign-in throttling counts the connecting address.
    #[arg(long, env = "SHIGOTO_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Option<Vec<IpAddr>>,
    /// The regular Japanese font of printed documents (紹介状): an OpenType file or collection
    /// with a Japanese face first (default: Debian's Noto Sans CJK).
    #[arg(long, env = "SHIGOTO_FONT_REGULAR")]
    pub font_regular: Option<PathBuf>,
    /// The bold face to go with it.
    #[arg(long, env = "SHIGOTO_FONT_BOLD")]
    pub font_bold: Option<PathBuf>,
    /// TOML file with any of the settings above (keys as in the README).
    #[arg(long, env = "SHIGOTO_CONFIG")]
    pub config: Option<PathBuf>,
}

/// The same settings read from a TOML file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    bind: Option<SocketAddr>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    demo_jobs: Option<usize>,
    demo_seed: Option<u64>,
    db_connections: Option<u32>,
    index_memory_mb: Option<usize>,
    index_compact_idle_secs: Option<u64>,
    smtp_host: Option<String>,
    smtp_port: Option<u16>,
    smtp_tls: Option<String>,
    smtp_username: Option<String>,
    smtp_password: Option<String>,
    mail_from: Option<String>,
    trusted_proxies: Option<Vec<IpAddr>>,
    font_regular: Option<PathBuf>,
    font_bold: Option<PathBuf>,
}

/// How outgoing mail leaves the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailConfig {
    Smtp {
        host: String,
        port: u16,
        tls: SmtpTls,
        username: Option<String>,
        password: Option<String>,
    },
    /// No SMTP server: `.eml` files in this folder.
    Outbox(PathBuf),
}

/// TLS on the SMTP connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    None,
    StartTls,
    Tls,
}

/// Settings in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub demo_jobs: usize,
    pub demo_seed: u64,
    pub db_connections: u32,
    pub index_memory_mb: usize,
    /// How long the index goes without a change before it is compacted (`None`: never).
    pub index_compact_after_idle: Option<Duration>,
    pub mail: MailConfig,
    pub mail_from: String,
    /// Proxies whose `X-Forwarded-For` names the client (see [`crate::client_address`]).
    pub trusted_proxies: Vec<IpAddr>,
    /// The fonts printed documents are set in (regular, bold).
    pub fonts: (PathBuf, PathBuf),
}

/// Why the settings could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path:?}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path:?} is not valid: {source}")]
    Parse {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("smtp_tls must be none, starttls or tls, not {0:?}")]
    SmtpTls(String),
}

const DEFAULT_DATA_DIR: &str = "shigoto-data";
const DEFAULT_DEMO_SEED: u64 = 20_261_125;
const DEFAULT_MAIL_FROM: &str = "Shigoto <no-reply@shigoto.invalid>";

impl Settings {
    /// Merges flags/environment with the optional file, then defaults.
    pub fn resolve(args: SettingsArgs) -> Result<Self, ConfigError> {
        let file = match &args.config {
            Some(path) => read_file(path)?,
            None => FileSettings::default(),
        };
        let data_dir = args
            .data_dir
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR));
        let database_url = args.database_url.or(file.database_url).unwrap_or_else(|| {
            data_dir
                .join("shigoto.sqlite3")
                .to_string_lossy()
                .into_owned()
        });
        let mail = match args.smtp_host.or(file.smtp_host) {
            Some(host) => {
                let tls = match args.smtp_tls.or(file.smtp_tls).as_deref() {
                    None | Some("starttls") => SmtpTls::StartTls,
                    Some("tls") => SmtpTls::Tls,
                    Some("none") => SmtpTls::None,
                    Some(other) => return Err(ConfigError::SmtpTls(other.to_owned())),
                };
                let default_port = match tls {
                    SmtpTls::StartTls => 587,
                    SmtpTls::Tls => 465,
                    SmtpTls::None => 25,
                };
                MailConfig::Smtp {
                    host,
                    port: args.smtp_port.or(file.smtp_port).unwrap_or(default_port),
                    tls,
                    username: args.smtp_username.or(file.smtp_username),
                    password: args.smtp_password.or(file.smtp_password),
                }
            }
            None => MailConfig::Outbox(data_dir.join("outbox")),
        };
        Ok(Self {
            mail,
            mail_from: args
                .mail_from
                .or(file.mail_from)
                .unwrap_or_else(|| DEFAULT_MAIL_FROM.to_owned()),
            bind: args
                .bind
                .or(file.bind)
                .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080))),
            database_url,
            demo_jobs: args.demo_jobs.or(file.demo_jobs).unwrap_or(0),
            demo_seed: args
                .demo_seed
                .or(file.demo_seed)
                .unwrap_or(DEFAULT_DEMO_SEED),
            db_connections: args.db_connections.or(file.db_connections).unwrap_or(8),
            index_memory_mb: args.index_memory_mb.or(file.index_memory_mb).unwrap_or(64),
            index_compact_after_idle: compact_after_idle(
                args.index_compact_idle_secs
                    .or(file.index_compact_idle_secs)
                    .unwrap_or(DEFAULT_COMPACT_IDLE_SECS),
            ),
            trusted_proxies: args
                .trusted_proxies
                .or(file.trusted_proxies)
                .unwrap_or_default(),
            fonts: (
                args.font_regular
                    .or(file.font_regular)
                    .unwrap_or_else(|| PathBuf::from(shigoto_documents::fonts::DEFAULT_REGULAR)),
                args.font_bold
                    .or(file.font_bold)
                    .unwrap_or_else(|| PathBuf::from(shigoto_documents::fonts::DEFAULT_BOLD)),
            ),
            data_dir,
        })
    }

    /// Settings for a test or local run in `data_dir`, on any free loopback port.
    pub fn for_local(data_dir: &Path) -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir: data_dir.to_path_buf(),
            database_url: data_dir
                .join("shigoto.sqlite3")
                .to_string_lossy()
                .into_owned(),
            demo_jobs: 0,
            demo_seed: DEFAULT_DEMO_SEED,
            db_connections: 4,
            index_memory_mb: 32,
            index_compact_after_idle: compact_after_idle(DEFAULT_COMPACT_IDLE_SECS),
            mail: MailConfig::Outbox(data_dir.join("outbox")),
            mail_from: DEFAULT_MAIL_FROM.to_owned(),
            trusted_proxies: Vec::new(),
            fonts: (
                PathBuf::from(shigoto_documents::fonts::DEFAULT_REGULAR),
                PathBuf::from(shigoto_documents::fonts::DEFAULT_BOLD),
            ),
        }
    }

    /// Folder of this instance's search index.
    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }
}

/// Ten minutes without a posting accepted, changed or stopped: at night, or between the day's
/// batches. Compacting two million postings takes about 20 s of one core (`cargo xtask bench`),
/// so even a change every few minutes costs a few percent of a core.
const DEFAULT_COMPACT_IDLE_SECS: u64 = 600;

fn compact_after_idle(seconds: u64) -> Option<Duration> {
    (seconds > 0).then(|| Duration::from_secs(seconds))
}

fn read_file(path: &Path) -> Result<FileSettings, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    toml::from_str(&text).map_err(|source| ConfigError::Parse {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_win_over_the_file_and_defaults_fill_the_rest() {
        let dir = std::env::temp_dir().join(format!("shigoto-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("shigoto.toml");
        std::fs::write(
            &file,
            "bind = \"127.0.0.1:9000\"\ndemo_jobs = 10\ndata_dir = \"/srv/x\"\n",
        )
        .unwrap();
        let args = SettingsArgs {
            demo_jobs: Some(5),
            config: Some(file),
            ..Default::default()
        };
        let settings = Settings::resolve(args).unwrap();
        assert_eq!(settings.bind.port(), 9000);
        assert_eq!(settings.demo_jobs, 5);
        assert_eq!(settings.database_url, "/srv/x/shigoto.sqlite3");
        assert_eq!(settings.index_dir(), PathBuf::from("/srv/x/index"));
    }

    #[test]
    fn unknown_keys_in_the_file_are_refused() {
        let dir = std::env::temp_dir().join(format!("shigoto-config-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("bad.toml");
        std::fs::write(&file, "bnid = \"127.0.0.1:9000\"\n").unwrap();
        let args = SettingsArgs {
            config: Some(file),
            ..Default::default()
        };
        assert!(matches!(
            Settings::resolve(args),
            Err(ConfigError::Parse { .. })
        ));
    }
}
