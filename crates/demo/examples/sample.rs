//! Prints a look at a demo set: `cargo run -p shigoto-demo --example sample [count] [seed]`
//! lists one line per posting, then the mix of 職業分類 major groups overall and in 東京都.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use shigoto_demo::{jobs, DemoConfig};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count = args.first().and_then(|n| n.parse().ok()).unwrap_or(3_000);
    let seed = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(42);
    let today = NaiveDate::from_ymd_opt(2025, 6, 18).unwrap_or_default();
    let config = DemoConfig { seed, count, today };
    let mut all: BTreeMap<String, usize> = BTreeMap::new();
    let mut tokyo: BTreeMap<String, usize> = BTreeMap::new();
    let mut tokyo_jimu = 0;
    for job in jobs(&config) {
        let sheet = &job.sheet;
        if count <= 200 {
            println!(
                "{} | {} | {} | {} | {} {}〜{} | {}",
                sheet.job_number,
                sheet.work.title,
                job.employer.name,
                sheet.work.place.locality,
                sheet.wage.kind.label(),
                sheet.wage.base_min,
                sheet.wage.base_max,
                sheet.work.description
            );
        }
        let major = shigoto_refdata::occupation_path(&sheet.work.occupation_code)
            .first()
            .map_or("?", |o| o.name)
            .to_owned();
        *all.entry(major.clone()).or_default() += 1;
        if sheet.work.place.prefecture_code == "13" {
            *tokyo.entry(major).or_default() += 1;
            if sheet.work.title.contains("事務") || sheet.work.description.contains("事務") {
                tokyo_jimu += 1;
            }
        }
    }
    println!("all: {all:?}");
    println!("東京都: {tokyo:?}");
    println!("東京都 with 事務: {tokyo_jimu}");
}
