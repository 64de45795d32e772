//! `shigoto-server`: runs the hosted service, or an administrator command.
//! `shigoto-server --help` lists the settings and commands.

use std::io::BufRead as _;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use shigoto_server::clock::SystemClock;
use shigoto_server::config::{Settings, SettingsArgs};

/// A search answer allocates many small strings and vectors on several threads at once;
/// mimalloc's per-thread heaps take them with less locking than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The Shigoto hosted service.
#[derive(Debug, Parser)]
#[command(name = "shigoto-server", version, about)]
struct Cli {
    #[command(flatten)]
    settings: SettingsArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the HTTP API (the default).
    Serve,
    /// Administrator commands against the configured database.
    #[command(subcommand)]
    Admin(Admin),
}

#[derive(Debug, Subcommand)]
enum Admin {
    /// Add a counselor (ハローワーク職員) account. The password is read from standard input.
    AddCounselor {
        /// Sign-in email of the counselor.
        #[arg(long)]
        email: String,
        /// Name shown in the app.
        #[arg(long)]
        name: String,
        /// 5-digit code of the Hello Work office they work at.
        #[arg(long)]
        office: String,
    },
    /// Local demo only: create the demo accounts of the three roles (a job seeker with 本登録,
    /// favorites and a saved search; an employer whose 事業所登録 is accepted; a counselor of
    /// office 13010) with fixed, printed passwords. Loads the demo postings first when the
    /// database has none and `--demo-jobs` asks for them. Accounts that exist are left alone.
    SeedDemoAccounts,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SHIGOTO_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tantivy=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let settings = Settings::resolve(cli.settings)?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            // The database URL may carry a password: it is not logged.
            tracing::info!(bind = %settings.bind, data_dir = ?settings.data_dir, demo_jobs = settings.demo_jobs, "starting");
            let server = shigoto_server::spawn(settings, Arc::new(SystemClock)).await?;
            server.wait_for_signal_then_stop().await
        }
        Command::Admin(Admin::AddCounselor {
            email,
            name,
            office,
        }) => {
            eprintln!("Password for {email} (one line on standard input):");
            let mut password = String::new();
            std::io::stdin().lock().read_line(&mut password)?;
            let password = password.trim_end_matches(['\r', '\n']);
            shigoto_server::admin::add_counselor(
                &settings,
                &SystemClock,
                &email,
                &name,
                &office,
                password,
            )
            .await?;
            println!("counselor {email} added at office {office}");
            Ok(())
        }
        Command::Admin(Admin::SeedDemoAccounts) => {
            let report = shigoto_server::demo_accounts::seed(&settings, &SystemClock).await?;
            eprintln!(
                "{}",
                if report.nothing_new() {
                    "demo accounts were already there"
                } else {
                    "demo accounts created"
                }
            );
            print!(
                "{}",
                shigoto_server::demo_accounts::sign_in_details(&report)
            );
            Ok(())
        }
    }
}
