//! `shigoto-server`: runs the hosted service. `shigoto-server --help` lists the settings.

use std::sync::Arc;

use clap::Parser;
use shigoto_server::clock::SystemClock;
use shigoto_server::config::{Settings, SettingsArgs};

/// The Shigoto hosted service.
#[derive(Debug, Parser)]
#[command(name = "shigoto-server", version, about)]
struct Cli {
    #[command(flatten)]
    settings: SettingsArgs,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SHIGOTO_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tantivy=warn")),
        )
        .init();
    let cli = Cli::parse();
    let settings = Settings::resolve(cli.settings)?;
    // The database URL may carry a password: it is not logged.
    tracing::info!(bind = %settings.bind, data_dir = ?settings.data_dir, demo_jobs = settings.demo_jobs, "starting");
    let server = shigoto_server::spawn(settings, Arc::new(SystemClock)).await?;
    server.wait_for_signal_then_stop().await
}
