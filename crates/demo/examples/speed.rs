//! Measures generation speed: `cargo run --release -p shigoto-demo --example speed [count]`.
//! Prints postings per second and a checksum so the work cannot be optimised away; with
//! `--show N` it prints the first N postings as JSON instead.

use std::time::Instant;

use chrono::NaiveDate;
use shigoto_demo::{jobs, DemoConfig};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let today = NaiveDate::from_ymd_opt(2025, 6, 18).unwrap_or_default();
    if args.first().map(String::as_str) == Some("--show") {
        let count = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(3);
        let config = DemoConfig {
            seed: 42,
            count,
            today,
        };
        for job in jobs(&config) {
            println!(
                "{}",
                serde_json::to_string_pretty(&job.sheet).unwrap_or_default()
            );
        }
        return;
    }
    let count = args
        .first()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let config = DemoConfig {
        seed: 42,
        count,
        today,
    };
    let started = Instant::now();
    let mut bytes = 0usize;
    for job in jobs(&config) {
        bytes += job.sheet.work.description.len() + job.sheet.job_number.len();
    }
    let elapsed = started.elapsed();
    println!(
        "{count} postings in {:.2} s ({:.0} per second, {:.1} µs each; checksum {bytes})",
        elapsed.as_secs_f64(),
        count as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / count as f64
    );
}
