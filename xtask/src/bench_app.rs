//! `cargo xtask bench app [--debug] [--runs N]`: the desktop app as a person meets it. Builds the
//! front end (wasm-opt included) and the app (release unless `--debug`), then runs
//! `tests/e2e`'s `app-bench` under a private Xvfb display and Secret Service: the time from
//! starting the app binary to the search form shown, and the idle memory (PSS) of the app's
//! whole process tree with the search screen open. It also prints the size of the wasm the
//! window loads. The measuring program and the service it starts are debug builds (they are
//! not what is measured); the app is the release build people install.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::frontend::{self, target_dir};
use crate::process::{self, find_tool};
use crate::setup::{self, Purpose};
use crate::test::{in_keyring_session, with_xvfb};

pub struct Options {
    pub release: bool,
    pub runs: usize,
}

pub fn bench_app(root: &Path, options: &Options) -> Result<()> {
    setup::ensure(root, Purpose::Test)?;
    frontend::build_and_optimize(root)?;
    let wasm = root.join("frontend/dist/shigoto_frontend_bg.wasm");
    let wasm_bytes = std::fs::metadata(&wasm)
        .with_context(|| format!("reading {}", wasm.display()))?
        .len();
    let mut build = Command::new("cargo");
    build
        .current_dir(root)
        .args(["build", "--package", "shigoto-app"]);
    if options.release {
        build.arg("--release");
    }
    process::run(&mut build)?;
    let profile = if options.release { "release" } else { "debug" };
    let app = target_dir(root).join(profile).join("shigoto");
    let driver =
        find_tool("tauri-driver").context("tauri-driver is missing: run `cargo xtask setup`")?;
    println!("wasm loaded by the window: {wasm_bytes} bytes ({profile} app)");
    with_xvfb(|display| {
        in_keyring_session(
            root,
            Command::new("cargo")
                .current_dir(root)
                .env("DISPLAY", format!(":{display}"))
                .env("SHIGOTO_APP_BINARY", &app)
                .env("SHIGOTO_TAURI_DRIVER", &driver)
                .args([
                    "run",
                    "--package",
                    "shigoto-e2e",
                    "--bin",
                    "app-bench",
                    "--",
                    "--runs",
                ])
                .arg(options.runs.to_string()),
        )
    })
}
