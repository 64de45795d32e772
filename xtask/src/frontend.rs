//! `cargo xtask frontend`: builds the Yew front end into `frontend/dist` (what trunk would do):
//! the wasm crate in release mode, wasm-bindgen's JS glue, the static files ([`build`]), then
//! the wasm shrunk by binaryen's wasm-opt ([`optimize`]).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::process::{self, find_tool};
use crate::setup;

/// The cargo target folder in use.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// Builds `frontend/dist` and optimizes its wasm (`cargo xtask frontend`).
pub fn build_and_optimize(root: &Path) -> Result<()> {
    build(root)?;
    optimize(root)
}

/// Builds `frontend/dist` (the wasm as wasm-bindgen leaves it).
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

/// What wasm-opt is asked for: the smallest code (the app loads the wasm from disk, so size
/// is start-up time and memory).
const WASM_OPT_FLAGS: &[&str] = &["-Oz"];

/// Runs wasm-opt (binaryen, installed by `cargo xtask setup` from npm at
/// [`setup::BINARYEN_VERSION`]) over `frontend/dist`'s wasm. wasm-opt takes about a minute on
/// two cores, so its answer is kept under the build folder and reused while wasm-bindgen's
/// output stays the same byte for byte.
pub fn optimize(root: &Path) -> Result<()> {
    let wasm = root.join("frontend/dist/shigoto_frontend_bg.wasm");
    let wasm_opt = setup::wasm_opt(root);
    if !wasm_opt.is_file() {
        bail!("wasm-opt is missing ({wasm_opt:?}): run `cargo xtask setup`");
    }
    let input = std::fs::read(&wasm).with_context(|| format!("reading {wasm:?}"))?;
    let cache = target_dir(root).join(format!(
        "wasm-opt-{}{}",
        setup::BINARYEN_VERSION,
        WASM_OPT_FLAGS.concat()
    ));
    let (cached_input, cached_output) = (cache.join("input.wasm"), cache.join("output.wasm"));
    let reusable =
        cached_output.is_file() && std::fs::read(&cached_input).is_ok_and(|cached| cached == input);
    if reusable {
        eprintln!("xtask: wasm-opt: the wasm is unchanged, reusing the optimized one");
    } else {
        std::fs::create_dir_all(&cache)?;
        let _ = std::fs::remove_file(&cached_input);
        let fresh = cache.join("output.wasm.partial");
        process::run(
            Command::new(&wasm_opt)
                .args(WASM_OPT_FLAGS)
                .arg(&wasm)
                .arg("-o")
                .arg(&fresh),
        )?;
        std::fs::rename(&fresh, &cached_output)?;
        std::fs::write(&cached_input, &input)?;
    }
    std::fs::copy(&cached_output, &wasm)?;
    let output = std::fs::metadata(&wasm)?.len();
    eprintln!(
        "xtask: wasm-opt {}: {} → {output} bytes",
        WASM_OPT_FLAGS.join(" "),
        input.len()
    );
    Ok(())
}
