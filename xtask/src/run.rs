//! `cargo xtask run`: builds everything, starts the hosted service on loopback with its SQLite
//! database and demo data in `.shigoto/service`, and opens the desktop app pointed at it. The
//! service stops when the app window is closed.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::frontend::{self, target_dir};
use crate::process::{self, free_port, terminate, wait_for_health};
use crate::setup::{self, Purpose};

/// Options of `run`.
pub struct RunOptions {
    pub demo_jobs: usize,
    pub fresh: bool,
}

/// Default demo size for a local run.
pub const DEFAULT_DEMO_JOBS: usize = 5_000;

pub fn run(root: &Path, options: RunOptions) -> Result<()> {
    setup::ensure(root, Purpose::Run)?;
    if !setup::has_display() {
        bail!("no display (DISPLAY/WAYLAND_DISPLAY unset): run this from a desktop session, or under `xvfb-run -a cargo xtask run`");
    }
    frontend::build(root)?;
    process::run(Command::new("cargo").current_dir(root).args([
        "build",
        "--package",
        "shigoto-server",
        "--package",
        "shigoto-app",
    ]))?;
    let bin = target_dir(root).join("debug");
    let data_dir = root.join(".shigoto/service");
    if options.fresh && data_dir.exists() {
        std::fs::remove_dir_all(&data_dir)?;
    }
    std::fs::create_dir_all(&data_dir)?;

    let port = free_port()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let mut service = Command::new(bin.join("shigoto-server"))
        .arg("--bind")
        .arg(addr.to_string())
        .arg("--data-dir")
        .arg(&data_dir)
        .arg("--demo-jobs")
        .arg(options.demo_jobs.to_string())
        .spawn()
        .context("starting shigoto-server")?;
    eprintln!("xtask: waiting for the service on {addr} (the first start writes the demo data)…");
    if let Err(err) = wait_for_health(addr, &mut service, Duration::from_secs(300)) {
        terminate(&mut service, Duration::from_secs(5));
        return Err(err);
    }
    eprintln!("xtask: service ready at http://{addr}; opening the app");
    let app = Command::new(bin.join("shigoto"))
        .env("SHIGOTO_SERVICE_URL", format!("http://{addr}"))
        .status();
    terminate(&mut service, Duration::from_secs(10));
    let status = app.context("starting the desktop app")?;
    if !status.success() {
        bail!("the desktop app exited with {status}");
    }
    Ok(())
}
