//! Start-up and shared state: open and migrate the database, load demo data on first start,
//! bring the search index up to date, then serve until told to stop.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use shigoto_search::JobIndex;
use shigoto_server_db::Database;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::auth::passwords::Hasher;
use crate::clock::Clock;
use crate::config::{MailConfig, Settings, SmtpTls};
use crate::{demo, http, indexer, pruner, routes};
use shigoto_mail::{MailSettings, Mailer, SmtpSettings, TlsMode};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub index: Arc<JobIndex>,
    pub clock: Arc<dyn Clock>,
    pub hasher: Hasher,
    pub mailer: Mailer,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// The faces printed documents are set in.
    pub fonts: shigoto_documents::Fonts,
    /// The gate of requests carrying 応募書類.
    pub uploads: crate::admission::Gate,
}

impl AppState {
    /// Sends `mail` in the background: the answer never waits for SMTP, and a failure is
    /// logged (without the body, which may hold a key).
    pub fn send_later(&self, mail: shigoto_mail::Mail, what: &'static str) {
        let mailer = self.mailer.clone();
        tokio::spawn(async move {
            if let Err(err) = mailer.send(&mail).await {
                tracing::error!(code = "mail_failed", error = %err, what, "could not send a mail");
            }
        });
    }
}

/// The mailer the settings ask for.
fn mailer(settings: &Settings) -> anyhow::Result<Mailer> {
    let mail = match &settings.mail {
        MailConfig::Smtp {
            host,
            port,
            tls,
            username,
            password,
        } => MailSettings::Smtp(SmtpSettings {
            host: host.clone(),
            port: *port,
            tls: match tls {
                SmtpTls::None => TlsMode::None,
                SmtpTls::StartTls => TlsMode::StartTls,
                SmtpTls::Tls => TlsMode::Tls,
            },
            username: username.clone(),
            password: password.clone(),
            from: settings.mail_from.clone(),
        }),
        MailConfig::Outbox(dir) => MailSettings::Outbox {
            dir: dir.clone(),
            from: settings.mail_from.clone(),
        },
    };
    Mailer::new(mail).context("setting up mail")
}

/// A started service.
pub struct RunningServer {
    /// The address actually bound (the port is chosen by the OS when 0 was asked for).
    pub addr: SocketAddr,
    pub state: AppState,
    stop: watch::Sender<bool>,
    task: JoinHandle<std::io::Result<()>>,
}

impl RunningServer {
    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops accepting connections, lets requests in flight finish, and waits.
    pub async fn stop(self) -> anyhow::Result<()> {
        let _ = self.stop.send(true);
        self.task
            .await
            .context("server task panicked")?
            .context("server failed")?;
        Ok(())
    }

    /// Serves until Ctrl-C or SIGTERM, then stops gracefully.
    pub async fn wait_for_signal_then_stop(self) -> anyhow::Result<()> {
        shutdown_signal().await;
        tracing::info!("shutting down");
        self.stop().await
    }
}

/// Starts a service with `settings`, reading the date from `clock`.
pub async fn spawn(settings: Settings, clock: Arc<dyn Clock>) -> anyhow::Result<RunningServer> {
    std::fs::create_dir_all(&settings.data_dir)
        .with_context(|| format!("cannot create data folder {:?}", settings.data_dir))?;
    let started = std::time::Instant::now();

    let prepared = {
        let settings = settings.clone();
        let clock = clock.clone();
        tokio::task::spawn_blocking(move || -> anyhow::Result<(Database, JobIndex)> {
            let db = Database::open(&settings.database_url, settings.db_connections)
                .context("opening the database")?;
            demo::ensure_offices(&db)?;
            let loaded = demo::load_if_empty(
                &db,
                settings.demo_seed,
                settings.demo_jobs,
                clock.today(),
                clock.now_utc(),
            )?;
            if loaded > 0 {
                tracing::info!(loaded, "demo postings written");
            }
            let index = JobIndex::open_in_dir(
                &settings.index_dir(),
                settings.index_memory_mb.saturating_mul(1 << 20),
            )
            .context("opening the search index")?;
            let applied = indexer::catch_up(&db, &index)?;
            tracing::info!(applied, listed = index.listed_count(), "search index ready");
            Ok((db, index))
        })
        .await
        .context("start-up task panicked")??
    };
    let (db, index) = prepared;
    let state = AppState {
        db: db.clone(),
        index: Arc::new(index),
        clock,
        hasher: Hasher::new()?,
        mailer: mailer(&settings)?,
        trusted_proxies: settings
            .trusted_proxies
            .iter()
            .map(|proxy| proxy.to_canonical())
            .collect(),
        fonts: shigoto_documents::Fonts::load(&settings.fonts.0, &settings.fonts.1)
            .context("the fonts of printed documents (SHIGOTO_FONT_REGULAR, SHIGOTO_FONT_BOLD)")?,
        uploads: crate::admission::Gate::uploads(crate::http::MAX_BODY_BYTES),
    };

    let (stop, stopped) = watch::channel(false);
    indexer::follow(
        db.clone(),
        state.index.clone(),
        settings.index_compact_after_idle,
        stopped.clone(),
    );
    pruner::run(db, state.clock.clone(), stopped.clone());
    crate::daily::run(state.clone(), stopped.clone());

    let listener = tokio::net::TcpListener::bind(settings.bind)
        .await
        .with_context(|| format!("cannot listen on {}", settings.bind))?;
    let addr = listener.local_addr()?;
    let app = routes::router(state.clone());
    let task = tokio::spawn(http::serve(listener, app, stopped));
    tracing::info!(%addr, backend = ?state.db.backend(), elapsed_ms = started.elapsed().as_millis() as u64, "listening");
    Ok(RunningServer {
        addr,
        state,
        stop,
        task,
    })
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        _ = terminate => {}
    }
}
