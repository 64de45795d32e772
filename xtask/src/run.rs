//! `cargo xtask run`: builds everything, starts the hosted service on loopback with its SQLite
//! database and demo data in `.shigoto/service`, makes sure the demo accounts of the three roles
//! exist (`shigoto-server admin seed-demo-accounts`) and prints their sign-in details, and opens
//! the desktop app pointed at it. The service stops when the app window is closed.

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command};
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::frontend::{self, target_dir};
use crate::process::{self, free_port, terminate, wait_for_health};
use crate::setup::{self, Purpose};
use crate::stages::Stages;

/// Options of `run`.
pub struct RunOptions {
    pub demo_jobs: usize,
    pub fresh: bool,
}

/// Default demo size for a local run.
pub const DEFAULT_DEMO_JOBS: usize = 5_000;

pub fn run(root: &Path, options: RunOptions) -> Result<()> {
    let mut stages = Stages::new("cargo xtask run");
    let started = start(root, &options, &mut stages);
    let (mut service, addr, accounts) = stages.finish("until the app opens", started)?;
    eprintln!("xtask: service ready at http://{addr}; opening the app");
    eprintln!("xtask: demo sign-ins (email, password):\n{accounts}");
    let app = Command::new(target_dir(root).join("debug/shigoto"))
        .env("SHIGOTO_SERVICE_URL", format!("http://{addr}"))
        .status();
    terminate(&mut service, Duration::from_secs(10));
    let status = app.context("starting the desktop app")?;
    if !status.success() {
        bail!("the desktop app exited with {status}");
    }
    Ok(())
}

/// Everything before the window: builds, the service started, the demo accounts. Returns the
/// service, its address and the demo accounts' sign-in details.
fn start(
    root: &Path,
    options: &RunOptions,
    stages: &mut Stages,
) -> Result<(Child, SocketAddr, String)> {
    stages.run("setup", || setup::ensure(root, Purpose::Run))?;
    if !setup::has_display() {
        bail!("no display (DISPLAY/WAYLAND_DISPLAY unset): run this from a desktop session, or under `xvfb-run -a cargo xtask run`");
    }
    stages.run("frontend build", || frontend::build(root))?;
    stages.run("wasm-opt", || frontend::optimize(root))?;
    stages.run("build", || {
        process::run(Command::new("cargo").current_dir(root).args([
            "build",
            "--package",
            "shigoto-server",
            "--package",
            "shigoto-app",
        ]))
    })?;
    let server = target_dir(root).join("debug/shigoto-server");
    let data_dir = root.join(".shigoto/service");
    if options.fresh && data_dir.exists() {
        std::fs::remove_dir_all(&data_dir)?;
    }
    std::fs::create_dir_all(&data_dir)?;
    let with_data = |command: &mut Command| {
        command
            .arg("--data-dir")
            .arg(&data_dir)
            .arg("--demo-jobs")
            .arg(options.demo_jobs.to_string());
    };

    let port = free_port()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let mut service = stages.run("service start", || {
        let mut command = Command::new(&server);
        command.arg("--bind").arg(addr.to_string());
        with_data(&mut command);
        let mut service = command.spawn().context("starting shigoto-server")?;
        eprintln!(
            "xtask: waiting for the service on {addr} (the first start writes the demo data)…"
        );
        if let Err(err) = wait_for_health(addr, &mut service, Duration::from_secs(300)) {
            terminate(&mut service, Duration::from_secs(5));
            return Err(err);
        }
        Ok(service)
    })?;
    // The demo accounts of the three roles: created on a fresh data folder, left alone after.
    let accounts = stages.run("demo accounts", || {
        let mut command = Command::new(&server);
        with_data(&mut command);
        process::output(command.args(["admin", "seed-demo-accounts"]))
    });
    match accounts {
        Ok(accounts) => Ok((service, addr, accounts)),
        Err(err) => {
            terminate(&mut service, Duration::from_secs(5));
            Err(err)
        }
    }
}
