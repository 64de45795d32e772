//! Measures the desktop app as a person meets it: how long from starting the app binary until
//! the search form is shown, and how much memory the whole process tree holds while the search
//! screen sits idle.
//!
//! Runs under an existing X display (`DISPLAY`, e.g. Xvfb) with the same environment as the
//! end-to-end tests (`SHIGOTO_APP_BINARY`, `SHIGOTO_TAURI_DRIVER`, and a Secret Service on the
//! session bus for the keyring): it starts the real service on loopback with demo postings, as
//! the search test does, then starts the app through tauri-driver `--runs` times. Each run:
//!
//! - time to the search form: the app's window is polled through WebDriver for
//!   `#search-form`; the time is counted from the start of the app's process (its start time in
//!   `/proc`, to 10 ms) and, for comparison, from the WebDriver request that launched it (which
//!   adds WebKitWebDriver's start);
//! - idle memory: after `--settle` seconds on the search screen, the PSS of the app and every
//!   process below it (WebKitWebProcess, WebKitNetworkProcess, …) from `/proc/<pid>/smaps_rollup`.
//!
//! Prints the median, minimum and maximum of each figure.
//!
//! ```text
//! app-bench [--runs N] [--settle SECONDS]
//! ```

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use shigoto_e2e::{processes, required_env, support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

/// What the search screen shows first.
const SEARCH_FORM: &str = "#search-form";
/// How often the window is asked for the form.
const POLL: Duration = Duration::from_millis(20);
/// Postings the service holds (as in the search test).
const DEMO_JOBS: usize = 3_000;

struct Options {
    runs: usize,
    settle: Duration,
}

fn options() -> Result<Options> {
    let mut options = Options {
        runs: 5,
        settle: Duration::from_secs(10),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--runs" => options.runs = value()?.parse().context("--runs")?,
            "--settle" => {
                options.settle = Duration::from_secs_f64(value()?.parse().context("--settle")?);
            }
            "-h" | "--help" => {
                println!("app-bench [--runs N] [--settle SECONDS]");
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?} (app-bench [--runs N] [--settle SECONDS])"),
        }
    }
    if options.runs == 0 {
        bail!("--runs must be at least 1");
    }
    Ok(options)
}

/// One start of the app.
struct Run {
    /// From the start of the app's process to the search form.
    from_process: Duration,
    /// From the WebDriver request that launched the app to the search form.
    from_request: Duration,
    /// PSS in KiB per process name, when idle on the search screen.
    memory: BTreeMap<String, u64>,
}

impl Run {
    fn total_kib(&self) -> u64 {
        self.memory.values().sum()
    }
}

async fn one_run(
    service_url: &str,
    keyring: Option<&TestKeyring>,
    settle: Duration,
) -> Result<Run> {
    let app = match keyring {
        Some(keyring) => AppSession::start_with_keyring(service_url, keyring).await?,
        None => AppSession::start(service_url).await?,
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    let shown = loop {
        if !app.driver.find_all(By::Css(SEARCH_FORM)).await?.is_empty() {
            break Instant::now();
        }
        if Instant::now() > deadline {
            bail!("{SEARCH_FORM} was not shown within two minutes");
        }
        tokio::time::sleep(POLL).await;
    };
    let from_request = shown - app.launched_at;
    let pid = app.app_pid()?;
    let age = processes::age(pid).context("the app's start time")?;
    let from_process = age.saturating_sub(shown.elapsed());

    tokio::time::sleep(settle).await;
    let mut memory = BTreeMap::new();
    for pid in std::iter::once(pid).chain(processes::descendants(pid)) {
        if let Some(pss) = processes::pss_kib(pid) {
            let name = processes::name(pid).unwrap_or_else(|| format!("pid {pid}"));
            *memory.entry(name).or_insert(0) += pss;
        }
    }
    app.quit().await?;
    Ok(Run {
        from_process,
        from_request,
        memory,
    })
}

/// Median, minimum and maximum (the median of an even count is the mean of the middle two).
fn spread<T: Copy + Ord + Into<f64>>(values: &[T]) -> (f64, f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort();
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2].into()
    } else {
        (sorted[n / 2 - 1].into() + sorted[n / 2].into()) / 2.0
    };
    (median, sorted[0].into(), sorted[n - 1].into())
}

fn millis(duration: Duration) -> u32 {
    u32::try_from(duration.as_millis()).unwrap_or(u32::MAX)
}

fn mib(kib: f64) -> f64 {
    kib / 1024.0
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    let options = options()?;
    let binary = required_env("SHIGOTO_APP_BINARY")?;
    required_env("DISPLAY")?;
    let service = support::start(support::TestDatabase::Sqlite, DEMO_JOBS).await?;
    let keyring = match TestKeyring::fresh("bench") {
        Ok(keyring) => Some(keyring),
        Err(err) => {
            eprintln!("app-bench: no keyring ({err:#}); the app starts without one");
            None
        }
    };
    let mut runs = Vec::new();
    for i in 1..=options.runs {
        let run = one_run(&service.base_url(), keyring.as_ref(), options.settle).await?;
        eprintln!(
            "run {i}/{}: search form {} ms after the process started ({} ms after the request), idle {:.1} MiB PSS",
            options.runs,
            millis(run.from_process),
            millis(run.from_request),
            mib(run.total_kib() as f64),
        );
        runs.push(run);
    }
    service.stop().await?;

    println!("app: {binary}");
    println!(
        "runs: {}, idle memory read {:?} after the form was shown",
        runs.len(),
        options.settle
    );
    let from_process: Vec<u32> = runs.iter().map(|r| millis(r.from_process)).collect();
    let from_request: Vec<u32> = runs.iter().map(|r| millis(r.from_request)).collect();
    for (label, values) in [
        (
            "start to search form (from the app process's start)",
            &from_process,
        ),
        (
            "start to search form (from the WebDriver request)",
            &from_request,
        ),
    ] {
        let (median, min, max) = spread(values);
        println!(
            "{label}: median {:.2} s, min {:.2} s, max {:.2} s",
            median / 1000.0,
            min / 1000.0,
            max / 1000.0
        );
    }
    let mut names: Vec<&String> = runs.iter().flat_map(|r| r.memory.keys()).collect();
    names.sort();
    names.dedup();
    println!("idle memory, PSS of the process tree:");
    for name in names {
        let values: Vec<u32> = runs
            .iter()
            .map(|r| u32::try_from(r.memory.get(name).copied().unwrap_or(0)).unwrap_or(u32::MAX))
            .collect();
        let (median, min, max) = spread(&values);
        println!(
            "  {name:<16} median {:7.1} MiB (min {:.1}, max {:.1})",
            mib(median),
            mib(min),
            mib(max)
        );
    }
    let totals: Vec<u32> = runs
        .iter()
        .map(|r| u32::try_from(r.total_kib()).unwrap_or(u32::MAX))
        .collect();
    let (median, min, max) = spread(&totals);
    println!(
        "  {:<16} median {:7.1} MiB (min {:.1}, max {:.1})",
        "total",
        mib(median),
        mib(min),
        mib(max)
    );
    Ok(())
}
