//! `cargo xtask setup`: installs what the project needs and is missing, and skips what is
//! there: Debian/Ubuntu packages (as root, or through sudo), the wasm target, wasm-bindgen-cli
//! at the version Cargo.lock pins, binaryen's wasm-opt (from npm, pinned, under the build folder)
//! for the release wasm, tauri-driver for the end-to-end test, and schemathesis (from PyPI,
//! pinned, in its own virtual environment under the build folder) for the API check.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::process::{self, find_tool, is_root};

/// What a task needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Building and running the app and the service.
    Run,
    /// Everything `Run` needs plus the test tools (Xvfb, WebDriver, PostgreSQL).
    Test,
}

const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libgtk-3-dev",
    "libwebkit2gtk-4.1-dev",
    "libjavascriptcoregtk-4.1-dev",
    "libsoup-3.0-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libxdo-dev",
    "libpq-dev",
    "libdbus-1-dev",
    "fonts-noto-cjk",
];

const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "postgresql",
    "python3-aiosmtpd",
    "openssl",
    "gnome-keyring",
    "dbus-daemon",
    "dbus-bin",
    "keyutils",
    "imagemagick",
    "poppler-utils",
    "dunst",
    "python3-venv",
    "desktop-file-utils",
];

/// The schemathesis release the API conformance test runs.
pub const SCHEMATHESIS_VERSION: &str = "4.32.5";

/// The `st` command of the pinned schemathesis, installed into a virtual environment under the
/// build folder when it is missing.
pub fn ensure_schemathesis(root: &Path) -> Result<std::path::PathBuf> {
    let venv =
        crate::frontend::target_dir(root).join(format!("schemathesis-{SCHEMATHESIS_VERSION}"));
    let st = venv.join("bin/st");
    let installed = process::output(Command::new(&st).arg("--version"))
        .is_ok_and(|version| version.contains(SCHEMATHESIS_VERSION));
    if !installed {
        eprintln!("xtask: installing schemathesis {SCHEMATHESIS_VERSION} into {venv:?}");
        process::run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
        process::run(
            Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet"])
                .arg(format!("schemathesis=={SCHEMATHESIS_VERSION}")),
        )?;
    }
    Ok(st)
}

/// The binaryen release (npm package `binaryen`, which ships wasm-opt as a node program) that
/// optimizes the front end's wasm.
pub const BINARYEN_VERSION: &str = "123.0.0";

fn binaryen_dir(root: &Path) -> std::path::PathBuf {
    crate::frontend::target_dir(root).join(format!("tools/binaryen-{BINARYEN_VERSION}"))
}

/// Where [`ensure_wasm_opt`] installs wasm-opt.
pub fn wasm_opt(root: &Path) -> std::path::PathBuf {
    npm_bin(&binaryen_dir(root), "wasm-opt")
}

/// The command `name` of the npm packages installed under `dir` (a `.cmd` on Windows).
pub fn npm_bin(dir: &Path, name: &str) -> std::path::PathBuf {
    let bin = dir.join("node_modules/.bin");
    if cfg!(windows) {
        bin.join(format!("{name}.cmd"))
    } else {
        bin.join(name)
    }
}

/// Installs the pinned binaryen from the npm registry under the build folder when it is
/// missing.
fn ensure_wasm_opt(root: &Path) -> Result<()> {
    ensure_npm_package(
        &binaryen_dir(root),
        "binaryen",
        BINARYEN_VERSION,
        &wasm_opt(root),
    )
}

/// Installs npm package `name` at `version` into `dir` unless that version is there with the
/// file `needed`.
fn ensure_npm_package(dir: &Path, name: &str, version: &str, needed: &Path) -> Result<()> {
    let manifest = dir.join("node_modules").join(name).join("package.json");
    let installed = std::fs::read_to_string(manifest)
        .is_ok_and(|package| package.contains(&format!("\"version\": \"{version}\"")));
    if installed && needed.is_file() {
        return Ok(());
    }
    npm_install(dir, &format!("{name}@{version}"))
}

/// The axe-core release the end-to-end tests check every screen with.
pub const AXE_CORE_VERSION: &str = "4.10.3";

fn axe_dir(root: &Path) -> std::path::PathBuf {
    crate::frontend::target_dir(root).join(format!("tools/axe-core-{AXE_CORE_VERSION}"))
}

/// The axe-core script the end-to-end tests inject into the app's window.
pub fn axe_script(root: &Path) -> std::path::PathBuf {
    axe_dir(root).join("node_modules/axe-core/axe.min.js")
}

/// Installs the pinned axe-core from the npm registry under the build folder when it is
/// missing.
fn ensure_axe(root: &Path) -> Result<()> {
    ensure_npm_package(
        &axe_dir(root),
        "axe-core",
        AXE_CORE_VERSION,
        &axe_script(root),
    )
}

/// Installs the npm package `spec` (`name@version`) into a folder of its own, `dir` (npm and
/// node first, from Debian, if there is no npm).
pub fn npm_install(dir: &Path, spec: &str) -> Result<()> {
    if find_tool("npm").is_none() {
        install_packages(&["nodejs", "npm"])?;
    }
    eprintln!("xtask: installing {spec} from npm into {dir:?}");
    std::fs::create_dir_all(dir)?;
    process::run(
        process::npm()
            .args(NPM_INSTALL_FLAGS)
            .arg("--prefix")
            .arg(dir)
            .arg(spec),
    )
}

/// Installs whatever is missing for `purpose`.
pub fn ensure(root: &Path, purpose: Purpose) -> Result<()> {
    let mut wanted: Vec<&str> = BUILD_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        wanted.extend(TEST_PACKAGES);
    }
    install_packages(&wanted)?;
    ensure_wasm_target()?;
    ensure_wasm_bindgen(root)?;
    ensure_wasm_opt(root)?;
    if purpose == Purpose::Test && find_tool("tauri-driver").is_none() {
        process::run(Command::new("cargo").args([
            "install",
            "--locked",
            "tauri-driver",
            "--version",
            "^2",
        ]))?;
    }
    if purpose == Purpose::Test {
        ensure_schemathesis(root)?;
        ensure_axe(root)?;
    }
    Ok(())
}

fn installed(package: &str) -> bool {
    process::output(Command::new("dpkg-query").args(["-W", "-f=${Status}", package]))
        .is_ok_and(|status| status.contains("install ok installed"))
}

/// How the pinned npm tools are installed: into a folder of their own, nothing recorded.
const NPM_INSTALL_FLAGS: &[&str] = &[
    "install",
    "--no-save",
    "--no-package-lock",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
];

/// Installs the Debian/Ubuntu packages of `wanted` that are missing (as root, or through sudo).
pub fn install_packages(wanted: &[&str]) -> Result<()> {
    if find_tool("dpkg-query").is_none() {
        eprintln!(
            "xtask: not a Debian/Ubuntu system; install these yourself: {}",
            wanted.join(" ")
        );
        return Ok(());
    }
    let missing: Vec<&str> = wanted.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("xtask: installing Debian packages: {}", missing.join(" "));
    let why = format!("install {}", missing.join(" "));
    let elevate = |program: &str| as_root(program, &why);
    process::run(elevate("apt-get")?.args(["update", "-qq"]))?;
    process::run(
        elevate("apt-get")?
            .env("DEBIAN_FRONTEND", "noninteractive")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(&missing),
    )
}

/// `program` run as root: directly when this is root, else through sudo (`why` says what for
/// when neither is possible).
pub fn as_root(program: &str, why: &str) -> Result<Command> {
    if is_root() {
        Ok(Command::new(program))
    } else if find_tool("sudo").is_some() {
        let mut command = Command::new("sudo");
        command.arg(program);
        Ok(command)
    } else {
        bail!("need root or sudo to {why}")
    }
}

fn ensure_wasm_target() -> Result<()> {
    let installed = process::output(Command::new("rustup").args(["target", "list", "--installed"]))
        .context("rustup is needed to add the wasm32 target")?;
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        process::run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

/// The wasm-bindgen version Cargo.lock pins (the CLI must match it exactly).
pub fn locked_wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    bail!("Cargo.lock has no wasm-bindgen entry")
}

fn ensure_wasm_bindgen(root: &Path) -> Result<()> {
    let version = locked_wasm_bindgen_version(root)?;
    let current = find_tool("wasm-bindgen")
        .and_then(|path| process::output(Command::new(path).arg("--version")).ok())
        .unwrap_or_default();
    if current.split_whitespace().nth(1) == Some(version.as_str()) {
        return Ok(());
    }
    process::run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version]))
}

/// Whether a display server is available for windows.
pub fn has_display() -> bool {
    std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
}
