//! Helpers shared by integration tests: start the real service on a random loopback port with a
//! fresh database (SQLite in a temporary folder, or a new database on a PostgreSQL cluster), and
//! a client pointed at it. Nothing here stands in for a real part.

pub mod smtp;

use std::sync::Arc;

use chrono::NaiveDate;
use diesel::{Connection, RunQueryDsl};
use shigoto_api_client::ApiClient;
use shigoto_server::clock::ManualClock;
use shigoto_server::config::{MailConfig, SmtpTls};
use shigoto_server::{RunningServer, Settings};
use tempfile::TempDir;

/// The date tests run "on", so demo data and 新着 are stable.
pub fn test_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default()
}

/// Environment variable naming a PostgreSQL server (a maintenance database URL such as
/// `postgres://postgres@127.0.0.1:5433/postgres`); `cargo xtask test` starts one and sets it.
pub const POSTGRES_ENV: &str = "SHIGOTO_TEST_POSTGRES_URL";

/// A running service and what it needs to stay alive.
pub struct TestServer {
    pub server: RunningServer,
    pub client: ApiClient,
    pub data_dir: TempDir,
    /// The service's clock; tests move it forward.
    pub clock: Arc<ManualClock>,
    /// The SMTP server receiving the service's mail, when started with one.
    pub smtp: Option<smtp::SmtpServer>,
    /// The settings the service runs with (for admin commands against its database).
    pub settings: Settings,
}

impl TestServer {
    pub fn base_url(&self) -> String {
        self.server.base_url()
    }

    /// Stops the service gracefully.
    pub async fn stop(self) -> anyhow::Result<()> {
        self.server.stop().await
    }

    /// Stops the service but keeps its data, clock and mail server, to start it again on the
    /// same address (a service outage).
    pub async fn stop_for_a_while(self) -> anyhow::Result<StoppedServer> {
        let mut settings = self.settings;
        settings.bind = self.server.addr;
        self.server.stop().await?;
        Ok(StoppedServer {
            data_dir: self.data_dir,
            clock: self.clock,
            smtp: self.smtp,
            settings,
        })
    }
}

/// A test service stopped by [`TestServer::stop_for_a_while`].
pub struct StoppedServer {
    data_dir: TempDir,
    clock: Arc<ManualClock>,
    smtp: Option<smtp::SmtpServer>,
    settings: Settings,
}

impl StoppedServer {
    /// Starts the service again on the same address with the same database.
    pub async fn start_again(self) -> anyhow::Result<TestServer> {
        let server = shigoto_server::spawn(self.settings.clone(), self.clock.clone()).await?;
        let client = ApiClient::new(&server.base_url())?;
        Ok(TestServer {
            server,
            client,
            data_dir: self.data_dir,
            clock: self.clock,
            smtp: self.smtp,
            settings: self.settings,
        })
    }
}

/// Which database a test server uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestDatabase {
    Sqlite,
    Postgres,
}

/// Starts a service with `demo_jobs` demo postings on a fresh database (mail to the outbox).
pub async fn start(database: TestDatabase, demo_jobs: usize) -> anyhow::Result<TestServer> {
    start_with(database, demo_jobs, false).await
}

/// Starts a service whose mail goes through a real SMTP server (aiosmtpd).
pub async fn start_with_smtp(database: TestDatabase) -> anyhow::Result<TestServer> {
    start_with(database, 0, true).await
}

/// Starts a service with `demo_jobs` demo postings whose mail goes through a real SMTP server.
pub async fn start_with_jobs_and_smtp(
    database: TestDatabase,
    demo_jobs: usize,
) -> anyhow::Result<TestServer> {
    start_with(database, demo_jobs, true).await
}

async fn start_with(
    database: TestDatabase,
    demo_jobs: usize,
    smtp: bool,
) -> anyhow::Result<TestServer> {
    start_configured(database, demo_jobs, smtp, |_| {}).await
}

/// Starts a service like [`start`], with mail through a real SMTP server when `smtp` is set,
/// after `configure` has changed its settings (e.g. trusted proxies).
pub async fn start_configured(
    database: TestDatabase,
    demo_jobs: usize,
    smtp: bool,
    configure: impl FnOnce(&mut Settings),
) -> anyhow::Result<TestServer> {
    if let Ok(filter) = std::env::var("SHIGOTO_TEST_LOG") {
        // Service logs in test output, for debugging (`SHIGOTO_TEST_LOG=debug`).
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_test_writer()
            .try_init();
    }
    let data_dir = tempfile::Builder::new().prefix("shigoto-test-").tempdir()?;
    let mut settings = Settings::for_local(data_dir.path());
    settings.demo_jobs = demo_jobs;
    if database == TestDatabase::Postgres {
        settings.database_url = fresh_postgres_database().await?;
    }
    let smtp = if smtp {
        Some(smtp::SmtpServer::start()?)
    } else {
        None
    };
    if let Some(server) = &smtp {
        settings.mail = MailConfig::Smtp {
            host: "127.0.0.1".into(),
            port: server.port,
            tls: SmtpTls::None,
            username: None,
            password: None,
        };
    }
    configure(&mut settings);
    // 10:00 in Japan on the test day.
    let start = test_today().and_hms_opt(1, 0, 0).unwrap_or_default();
    let clock = Arc::new(ManualClock::new(start));
    let server = shigoto_server::spawn(settings.clone(), clock.clone()).await?;
    let client = ApiClient::new(&server.base_url())?;
    Ok(TestServer {
        server,
        client,
        data_dir,
        clock,
        smtp,
        settings,
    })
}

/// Creates an empty database with a unique name on the PostgreSQL server of [`POSTGRES_ENV`]
/// and returns its URL.
pub async fn fresh_postgres_database() -> anyhow::Result<String> {
    let admin_url = std::env::var(POSTGRES_ENV).map_err(|_| {
        anyhow::anyhow!(
            "{POSTGRES_ENV} is not set: run PostgreSQL tests through `cargo xtask test`"
        )
    })?;
    let name = format!("shigoto_test_{}", uuid::Uuid::new_v4().simple());
    let url = admin_url
        .rsplit_once('/')
        .map(|(server, _)| format!("{server}/{name}"))
        .ok_or_else(|| anyhow::anyhow!("{POSTGRES_ENV} must end with /DATABASE"))?;
    let create = format!("CREATE DATABASE {name}");
    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut admin = diesel::PgConnection::establish(&admin_url)?;
        diesel::sql_query(create).execute(&mut admin)?;
        Ok(())
    })
    .await??;
    Ok(url)
}

/// Adds a counselor account at office 13010 through the administrator command.
pub async fn add_counselor(server: &TestServer, email: &str, password: &str) -> anyhow::Result<()> {
    add_counselor_at(server, email, password, "13010").await
}

/// Adds a counselor working at the office `office_code`.
pub async fn add_counselor_at(
    server: &TestServer,
    email: &str,
    password: &str,
    office_code: &str,
) -> anyhow::Result<()> {
    shigoto_server::admin::add_counselor(
        &server.settings,
        server.clock.as_ref(),
        email,
        "田中 一郎",
        office_code,
        password,
    )
    .await?;
    Ok(())
}

/// The error code of a failed call (`None` when it failed without a service answer).
pub fn code_of(err: &shigoto_api_client::ClientError) -> Option<shigoto_shared::ErrorCode> {
    match err {
        shigoto_api_client::ClientError::Api { error, .. } => Some(error.code),
        _ => None,
    }
}

/// The field a refusal names.
pub fn field_of(err: &shigoto_api_client::ClientError) -> Option<String> {
    match err {
        shigoto_api_client::ClientError::Api { error, .. } => error.field.clone(),
        _ => None,
    }
}

/// The first step of a sign-up that starts from an email: both texts agreed, current version.
pub fn sign_up_request(email: &str) -> shigoto_shared::RegistrationKeyRequest {
    shigoto_shared::RegistrationKeyRequest {
        email: email.into(),
        agreed_terms: true,
        agreed_privacy: true,
        terms_version: shigoto_domain::account::TERMS_VERSION.into(),
    }
}

/// Takes the next 認証キー mail to `email` from the server's SMTP server and returns its key.
pub async fn mailed_key(server: &TestServer, email: &str) -> anyhow::Result<String> {
    let smtp = server
        .smtp
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("the server has no SMTP server"))?;
    let (_, body) = smtp.take_mail_about(email, "認証キー").await?;
    smtp::key_in(&body).ok_or_else(|| anyhow::anyhow!("no key in the mail to {email}"))
}

/// Opens a job seeker's MyPage by online registration (the key read from the SMTP server) and
/// signs in; returns the session token. Needs a server started with SMTP.
pub async fn sign_up_seeker(
    server: &TestServer,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    server
        .client
        .request_registration_key(&sign_up_request(email))
        .await?;
    let key = mailed_key(server, email).await?;
    server
        .client
        .complete_registration(&shigoto_shared::RegistrationCompletion {
            email: email.into(),
            key,
            password: password.into(),
            password_confirmation: password.into(),
            name: "山田 花子".into(),
            name_kana: "ヤマダ ハナコ".into(),
            birth_date: chrono::NaiveDate::from_ymd_opt(1990, 4, 1).unwrap_or_default(),
            prefecture_code: "13".into(),
        })
        .await?;
    Ok(server.client.sign_in(email, password).await?.token)
}

/// Declares each listed `async fn name(TestDatabase)` as two tests: `sqlite::name`, and
/// `postgres::name`, which is `#[ignore]`d for a plain `cargo test` (`cargo xtask test` runs it
/// against a throwaway PostgreSQL cluster).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::TestDatabase::Sqlite).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[ignore = "needs PostgreSQL: run through `cargo xtask test`"]
                async fn $name() {
                    super::$name($crate::TestDatabase::Postgres).await;
                }
            )+
        }
    };
}

/// The 事業所情報 of a fictional company in Tokyo that passes every check.
pub fn sample_office() -> shigoto_shared::EmployerProfile {
    shigoto_shared::EmployerProfile {
        name: "株式会社しごと商事".into(),
        name_kana: "カブシキガイシャシゴトショウジ".into(),
        postal_code: "1000013".into(),
        prefecture_code: "13".into(),
        address: "千代田区霞が関1-2-2".into(),
        phone: "03-1234-5678".into(),
        representative: "仕事 太郎".into(),
        industry: "卸売業".into(),
        employees: 25,
        business: "事務用品の卸売".into(),
        homepage: None,
    }
}

/// Opens a 求人者マイページ for `email` with [`sample_office`] (the key read from the SMTP
/// server) and signs in; returns the session token. Needs a server started with SMTP.
pub async fn open_employer(
    server: &TestServer,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    server
        .client
        .request_employer_opening_key(&sign_up_request(email))
        .await?;
    let key = mailed_key(server, email).await?;
    server
        .client
        .complete_employer_opening(&shigoto_shared::EmployerOpeningCompletion {
            email: email.into(),
            key,
            password: password.into(),
            password_confirmation: password.into(),
            office: sample_office(),
        })
        .await?;
    Ok(server.client.sign_in(email, password).await?.token)
}
