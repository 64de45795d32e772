//! `cargo xtask frontend`: builds the Yew front end into `frontend/dist` (what trunk would do):
//! the wasm crate in release mode, wasm-bindgen's JS glue, and the static files.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::process::{self, find_tool};

/// The cargo target folder in use.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// Builds `frontend/dist`.
pub fn build(root: &Path) -> Result<()> {
    process::run(Command::new("cargo").current_dir(root).args([
        "build",
        "--package",
        "shigoto-frontend",
        "--target",
        "wasm32-unknown-unknown",
        "--release",
    ]))?;
    let wasm = target_dir(root).join("wasm32-unknown-unknown/release/shigoto-frontend.wasm");
    let dist = root.join("frontend/dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist)?;
    }
    std::fs::create_dir_all(&dist)?;
    let bindgen =
        find_tool("wasm-bindgen").context("wasm-bindgen is missing: run `cargo xtask setup`")?;
    process::run(
        Command::new(bindgen)
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                "shigoto_frontend",
                "--out-dir",
            ])
            .arg(&dist)
            .arg(&wasm),
    )?;
    for entry in std::fs::read_dir(root.join("frontend/static"))? {
        let entry = entry?;
        std::fs::copy(entry.path(), dist.join(entry.file_name()))?;
    }
    Ok(())
}
