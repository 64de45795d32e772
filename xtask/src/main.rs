//! `cargo xtask <task>`: the project's task runner. See `cargo xtask help`.

mod bench_app;
mod dist;
mod frontend;
mod postgres;
mod process;
mod refdata;
mod run;
mod setup;
mod stages;
mod test;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

const HELP: &str = "cargo xtask <task>
  run [--demo-jobs N] [--fresh]  build, start the local service (SQLite + demo data) and open the app
  test                           every check and test (what CI runs)
  setup [--test]                 install missing system packages and tools only
  frontend                       build the Yew front end into frontend/dist (wasm-opt -Oz)
  dist [--appimage] [--target T] [--service-url URL]
                                 the installers (Linux: .deb, and .AppImage; Windows: .msi and
                                 .exe; macOS: .dmg) in target/release/bundle
  bench [N]                      search benchmark over N postings (default 1000000): the index
                                 beside FTS5 and LIKE, an HTTP load run (wrk), freshness under
                                 50 writes a second on two service instances
  bench sync                     MyPage sync benchmark (loopback service, 300 favorites)
  bench app [--debug] [--runs N] the app window: start to search form, idle memory (Xvfb)
  refdata [DIR]                  regenerate crates/refdata/data from the official lists";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let task = args.first().map(String::as_str);
    let rest = args.get(1..).unwrap_or_default();
    match task {
        Some("run") => run::run(&root, run_options(rest)?),
        Some("test") => test::test(&root),
        Some("setup") => {
            let purpose = if rest.iter().any(|a| a == "--test") {
                setup::Purpose::Test
            } else {
                setup::Purpose::Run
            };
            setup::ensure(&root, purpose)
        }
        Some("frontend") => frontend::build_and_optimize(&root),
        Some("dist") => dist::dist(&root, &dist::DistOptions::parse(rest)?),
        Some("bench") if rest.first().map(String::as_str) == Some("sync") => process::run(
            std::process::Command::new("cargo")
                .current_dir(&root)
                .args([
                    "bench",
                    "--package",
                    "shigoto-desktop-core",
                    "--bench",
                    "sync",
                ]),
        ),
        Some("bench") if rest.first().map(String::as_str) == Some("app") => {
            bench_app::bench_app(&root, &bench_app_options(&rest[1..])?)
        }
        Some("bench") => {
            let count = rest
                .first()
                .map(|n| n.parse())
                .transpose()
                .context("N must be a number")?;
            bench(&root, count.unwrap_or(1_000_000))
        }
        Some("refdata") => {
            let source = rest
                .first()
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("../shared/refdata"));
            refdata::generate(&source, &root.join("crates/refdata/data"))
        }
        Some("help" | "--help" | "-h") | None => {
            println!("{HELP}");
            Ok(())
        }
        Some(other) => bail!("unknown task {other:?}\n{HELP}"),
    }
}

fn run_options(args: &[String]) -> Result<run::RunOptions> {
    let mut options = run::RunOptions {
        demo_jobs: run::DEFAULT_DEMO_JOBS,
        fresh: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--fresh" => options.fresh = true,
            "--demo-jobs" => {
                options.demo_jobs = args
                    .next()
                    .context("--demo-jobs needs a number")?
                    .parse()
                    .context("--demo-jobs needs a number")?;
            }
            other => bail!("unknown option {other:?} for run"),
        }
    }
    Ok(options)
}

fn bench_app_options(args: &[String]) -> Result<bench_app::Options> {
    let mut options = bench_app::Options {
        release: true,
        runs: 5,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--debug" => options.release = false,
            "--runs" => {
                options.runs = args
                    .next()
                    .context("--runs needs a number")?
                    .parse()
                    .context("--runs needs a number")?;
            }
            other => bail!("unknown option {other:?} for bench app"),
        }
    }
    Ok(options)
}

/// The search benchmark: its load run needs wrk and the release service beside the benchmark.
fn bench(root: &Path, count: usize) -> Result<()> {
    setup::install_packages(&["wrk"])?;
    process::run(std::process::Command::new("cargo").current_dir(root).args([
        "build",
        "--release",
        "--package",
        "shigoto-server",
        "--bins",
    ]))?;
    let bench = frontend::target_dir(root).join("release/search-bench");
    process::run(std::process::Command::new(bench).arg(count.to_string()))
}

/// The checkout `cargo xtask` was run in. `cargo run` sets `CARGO_MANIFEST_DIR` when it starts
/// the binary; the compile-time value would name whichever checkout built a binary that
/// another checkout sharing the build folder then reuses.
fn workspace_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}
