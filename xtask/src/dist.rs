//! `cargo xtask dist`: the installers of the desktop app. Builds the front end, then runs the
//! Tauri bundler (the prebuilt tauri CLI from the npm registry, pinned at
//! [`TAURI_CLI_VERSION`], installed under the build folder; never a `cargo install`), which
//! builds the app in release mode and packs it. On Linux that is the .deb (and the .AppImage
//! with `--appimage`: its tools come from GitHub, so it needs the internet), packed again with
//! xz; Windows and macOS
//! installers are built by `.github/workflows/dist.yml` on those systems. Prints each package's
//! path and size and how long the build took.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use anyhow::{bail, Context, Result};

use crate::frontend::{self, target_dir};
use crate::process;
use crate::setup::{self, Purpose};
use crate::stages::Stages;

/// The tauri CLI release (npm package `@tauri-apps/cli`, which ships the CLI prebuilt).
pub const TAURI_CLI_VERSION: &str = "2.12.6";

/// Options of `dist`.
#[derive(Debug, Default, Clone)]
pub struct DistOptions {
    /// Also the AppImage on Linux (its tools are downloaded from GitHub).
    pub appimage: bool,
    /// A Rust target other than the host's (`universal-apple-darwin` for one macOS app for
    /// Intel and Apple silicon).
    pub target: Option<String>,
    /// The service address built into the app (else the local one of `cargo xtask run`); an
    /// installation can still name another in its `service-url` file.
    pub service_url: Option<String>,
}

impl DistOptions {
    /// Reads `--appimage`, `--target T` and `--service-url URL`.
    pub fn parse(args: &[String]) -> Result<Self> {
        let mut options = Self::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--appimage" => options.appimage = true,
                "--target" => {
                    options.target = Some(args.next().context("--target needs a target")?.clone())
                }
                "--service-url" => {
                    options.service_url = Some(
                        args.next()
                            .context("--service-url needs an address")?
                            .clone(),
                    )
                }
                other => bail!("unknown dist option {other:?}"),
            }
        }
        Ok(options)
    }

    /// The bundler's formats for this system.
    fn bundles(&self) -> Vec<&'static str> {
        if cfg!(target_os = "windows") {
            vec!["nsis", "msi"]
        } else if cfg!(target_os = "macos") {
            vec!["app", "dmg"]
        } else if self.appimage {
            vec!["deb", "appimage"]
        } else {
            vec!["deb"]
        }
    }
}

fn tauri_cli_dir(root: &Path) -> PathBuf {
    target_dir(root).join(format!("tools/tauri-cli-{TAURI_CLI_VERSION}"))
}

/// The tauri CLI, installed from npm under the build folder when it is missing.
pub fn ensure_tauri_cli(root: &Path) -> Result<PathBuf> {
    let dir = tauri_cli_dir(root);
    let cli = setup::npm_bin(&dir, "tauri");
    let installed = process::output(Command::new(&cli).arg("--version"))
        .is_ok_and(|version| version.trim() == format!("tauri-cli {TAURI_CLI_VERSION}"));
    if installed {
        return Ok(cli);
    }
    setup::npm_install(&dir, &format!("@tauri-apps/cli@{TAURI_CLI_VERSION}"))?;
    Ok(cli)
}

/// Builds the installers (`cargo xtask dist`).
pub fn dist(root: &Path, options: &DistOptions) -> Result<()> {
    let mut stages = Stages::new("cargo xtask dist");
    let result = build(root, options, &mut stages);
    for package in stages.finish("whole command", result)? {
        let bytes = std::fs::metadata(&package)?.len();
        eprintln!(
            "xtask: {} — {:.1} MiB ({bytes} bytes)",
            package.display(),
            bytes as f64 / (1024.0 * 1024.0)
        );
    }
    Ok(())
}

/// The stages of `dist`, for `dist` itself and for the test command; returns the packages made.
pub fn build(root: &Path, options: &DistOptions, stages: &mut Stages) -> Result<Vec<PathBuf>> {
    stages.run("setup", || setup::ensure(root, Purpose::Run))?;
    let cli = stages.run("tauri CLI", || ensure_tauri_cli(root))?;
    stages.run("frontend build", || frontend::build(root))?;
    stages.run("wasm-opt", || frontend::optimize(root))?;
    let bundles = options.bundles();
    let started = SystemTime::now();
    stages.run("release build and bundle", || {
        let mut tauri = Command::new(&cli);
        tauri
            .current_dir(root.join("src-tauri"))
            .args(["build", "--ci", "--bundles"])
            .args(&bundles);
        if let Some(target) = &options.target {
            tauri.args(["--target", target]);
        }
        if let Some(url) = &options.service_url {
            tauri.env("SHIGOTO_DIST_SERVICE_URL", url);
        }
        process::run(&mut tauri)
    })?;
    let mut release = target_dir(root);
    if let Some(target) = &options.target {
        release.push(target);
    }
    let bundle_dir = release.join("release/bundle");
    let mut packages = Vec::new();
    for format in bundles.iter().filter(|format| **format != "app") {
        packages.extend(made_since(&bundle_dir.join(format), started)?);
    }
    for deb in packages
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "deb"))
    {
        stages.run("xz the .deb", || recompress_deb(deb))?;
    }
    Ok(packages)
}

/// Packs the .deb again with xz, as Debian's own packages are: the bundler writes gzip, which
/// leaves the package about 40% bigger.
fn recompress_deb(deb: &Path) -> Result<()> {
    let unpacked = deb.with_extension("unpacked");
    if unpacked.exists() {
        std::fs::remove_dir_all(&unpacked)?;
    }
    process::run(
        Command::new("dpkg-deb")
            .arg("--raw-extract")
            .arg(deb)
            .arg(&unpacked),
    )?;
    process::run(
        Command::new("dpkg-deb")
            .args(["--root-owner-group", "-Zxz", "-z9", "--build"])
            .arg(&unpacked)
            .arg(deb),
    )?;
    std::fs::remove_dir_all(&unpacked)?;
    Ok(())
}

/// The packages in `dir` written since `since` (the ones this build made: WiX makes one .msi a
/// language).
fn made_since(dir: &Path, since: SystemTime) -> Result<Vec<PathBuf>> {
    let mut made: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {dir:?}"))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_file())
        .filter(|path| {
            std::fs::metadata(path)
                .and_then(|meta| meta.modified())
                .is_ok_and(|modified| modified >= since)
        })
        .collect();
    made.sort();
    if made.is_empty() {
        bail!("the bundler made no package in {dir:?}");
    }
    Ok(made)
}
