//! `cargo bench -p shigoto-search --bench facets [-- N [KIND]]`: N demo postings (default 300,000) in
//! an index in memory, and the p50/p99 of a query mix searched without and with the facet
//! counts (only the kinds whose name holds KIND, when given): counted afresh, with the passes searches share (the keyword + prefecture searches go
//! through the prefectures in turn), and again from the cache of repeated searches. Quicker to
//! run than `cargo xtask bench` (no database), for working on the counting.

use std::time::Instant;

use chrono::NaiveDate;
use shigoto_search::timing::{heading, row};
use shigoto_search::{Counting, JobIndex};
use shigoto_shared::{EmploymentType, JobFeature, JobSearchParams};

const RUNS: usize = 100;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .collect();
    let count: usize = args
        .first()
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(300_000);
    // Only the kinds whose name holds this (for profiling one of them).
    let only = args.get(1).cloned().unwrap_or_default();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("date")?;
    let config = shigoto_demo::DemoConfig {
        seed: 7,
        count,
        today,
    };
    let started = Instant::now();
    let index = JobIndex::in_memory(512 << 20)?;
    let at = today.and_hms_opt(9, 0, 0).ok_or("time")?;
    let mut batch = Vec::with_capacity(10_000);
    for (i, job) in shigoto_demo::jobs(&config).enumerate() {
        batch.push(job.sheet);
        if batch.len() == 10_000 || i + 1 == count {
            index.apply(batch.iter().map(|sheet| (sheet, at)), i as i64)?;
            batch.clear();
        }
    }
    println!(
        "{} postings listed of {count}, indexed in {:.1} s",
        index.listed_count(),
        started.elapsed().as_secs_f64()
    );

    type Maker = Box<dyn Fn(usize) -> JobSearchParams>;
    let prefecture = |i: usize| format!("{:02}", i % 47 + 1);
    let kinds: Vec<(&str, Maker)> = vec![
        ("no condition", Box::new(|_| JobSearchParams::default())),
        (
            "keyword + prefecture",
            Box::new(move |i| JobSearchParams {
                keyword: "事務".into(),
                prefectures: vec![prefecture(i)],
                ..Default::default()
            }),
        ),
        (
            "keyword only",
            Box::new(|_| JobSearchParams {
                keyword: "事務".into(),
                ..Default::default()
            }),
        ),
        (
            "filters only",
            Box::new(move |i| JobSearchParams {
                prefectures: vec![prefecture(i)],
                employment_types: vec![EmploymentType::Regular],
                features: vec![JobFeature::CarCommute],
                monthly_wage_min: Some(200_000),
                ..Default::default()
            }),
        ),
    ];
    println!("\n{}", heading(&["index", "+facets", "shared", "cached"]));
    for (name, make) in kinds.iter().filter(|(name, _)| name.contains(&only)) {
        let mut plain = Vec::with_capacity(RUNS);
        let mut faceted = Vec::with_capacity(RUNS);
        let mut shared = Vec::with_capacity(RUNS);
        let mut cached = Vec::with_capacity(RUNS);
        for i in 0..RUNS {
            let query =
                shigoto_domain::search::validate(&make(i), today).map_err(|e| e.to_string())?;
            let started = Instant::now();
            std::hint::black_box(index.search(&query, today)?);
            plain.push(started.elapsed());
            let started = Instant::now();
            std::hint::black_box(index.search_with_fresh_facets(&query, today)?);
            faceted.push(started.elapsed());
            let started = Instant::now();
            std::hint::black_box(index.search_counting(&query, today, Counting::SharedPasses)?);
            shared.push(started.elapsed());
            // The same search again: its counts come from the cache.
            index.search_with_facets(&query, today)?;
            let started = Instant::now();
            std::hint::black_box(index.search_with_facets(&query, today)?);
            cached.push(started.elapsed());
        }
        println!("{}", row(name, &mut [plain, faceted, shared, cached]));
    }
    Ok(())
}
