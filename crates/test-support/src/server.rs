//! The real service for one test: started on a random loopback port with a fresh database, a
//! hand-moved clock and, when asked, a real SMTP server; stopped and started again for outages.

use std::sync::Arc;

use chrono::NaiveDate;
use shigoto_api_client::ApiClient;
use shigoto_server::clock::ManualClock;
use shigoto_server::config::{MailConfig, SmtpTls};
use shigoto_server::{RunningServer, Settings};
use tempfile::TempDir;

use crate::backends::{fresh_postgres_database, TestDatabase};
use crate::smtp;

/// The date tests run "on", so demo data and 新着 are stable.
pub fn test_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default()
}

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

    /// Signs `email` in and returns the new session's token.
    pub async fn session_token(&self, email: &str, password: &str) -> anyhow::Result<String> {
        Ok(self.client.sign_in(email, password).await?.token)
    }

    /// The SMTP server the service mails through; an error for a service started without one.
    pub fn mail(&self) -> anyhow::Result<&smtp::SmtpServer> {
        self.smtp
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("the server was started without an SMTP server"))
    }

    /// The service's clock's now (UTC).
    pub fn now_utc(&self) -> chrono::NaiveDateTime {
        use shigoto_server::clock::Clock;
        self.clock.now_utc()
    }

    /// Moves the service's clock forward to `at` (UTC).
    pub fn move_clock_to(&self, at: chrono::NaiveDateTime) {
        use shigoto_server::clock::Clock;
        self.clock.advance(at - self.clock.now_utc());
    }

    /// Sends the once-a-day mails due at the service's clock's now, as its background task
    /// does every few minutes; what it sent.
    pub async fn send_daily_mails(&self) -> anyhow::Result<shigoto_server::daily::DailySent> {
        Ok(shigoto_server::daily::send_due(&self.server.state).await?)
    }

    /// `looks` concurrent looks for the once-a-day mails due now, as many instances would make;
    /// what they sent together.
    pub async fn send_daily_mails_at_once(
        &self,
        looks: usize,
    ) -> anyhow::Result<shigoto_server::daily::DailySent> {
        let mut running = tokio::task::JoinSet::new();
        for _ in 0..looks {
            let state = self.server.state.clone();
            running.spawn(async move { shigoto_server::daily::send_due(&state).await });
        }
        let mut sent = shigoto_server::daily::DailySent::default();
        while let Some(look) = running.join_next().await {
            let look = look??;
            sent.digests += look.digests;
            sent.reminders += look.reminders;
        }
        Ok(sent)
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

/// Starts a service with `demo_jobs` demo postings on a fresh database (mail to the outbox).
pub async fn start(database: TestDatabase, demo_jobs: usize) -> anyhow::Result<TestServer> {
    start_configured(database, demo_jobs, false, |_| {}).await
}

/// Starts a service whose mail goes through a real SMTP server (aiosmtpd).
pub async fn start_with_smtp(database: TestDatabase) -> anyhow::Result<TestServer> {
    start_configured(database, 0, true, |_| {}).await
}

/// Starts a service with `demo_jobs` demo postings whose mail goes through a real SMTP server.
pub async fn start_with_jobs_and_smtp(
    database: TestDatabase,
    demo_jobs: usize,
) -> anyhow::Result<TestServer> {
    start_configured(database, demo_jobs, true, |_| {}).await
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
