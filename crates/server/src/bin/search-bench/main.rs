//! `cargo xtask bench [N]` (or `cargo build --release -p shigoto-server --bins` and
//! `target/release/search-bench N [--no-sql]`): builds N demo postings in a SQLite database, indexes them
//! the way the service does, and prints
//! - index build time and size (stored summaries apart from the rest, per posting);
//! - p50/p99 server-side latency of a fixed query mix on the index (after one untimed round of
//!   each kind, which reads its pages into memory), without and with the facet
//!   counts (counted afresh, and with the passes searches share, as the service does), beside
//!   the same queries on SQLite FTS5 (trigram, `LIKE` for two-character words) and on plain
//!   `LIKE`, over the same database in the same run, with the ratios (`--no-sql` leaves the
//!   baselines out, for a quicker run while working on the index);
//! - the result counts of each for every keyword of the mix (a baseline that finds nothing is a
//!   miss, not speed);
//! - an HTTP load run (wrk) of keyword + prefecture searches with facets against the release
//!   service serving that index: requests per second and p99, over the index as built, then
//!   compacted into one segment (as an idle service does, timed), then again after the
//!   freshness run's changes;
//! - freshness under write load: a second instance with a copy of the index joins, postings
//!   are accepted, changed and stopped at 50 a second, and the delay until each change shows
//!   in each instance's search is measured (p50/p99/max).
//!
//! `--keep` leaves the data folder (database and index) in place, to serve it again or profile
//! the service on it.

mod fresh;
mod load;
mod sizes;
mod sql;

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use shigoto_search::timing::{heading, padded, percentile, row};
use shigoto_search::{Counting, JobIndex};
use shigoto_server_db::Database;
use shigoto_shared::{EmploymentType, JobFeature, JobSearchParams};
use sql::TextSearch;

const KEYWORDS: &[&str] = &[
    "事務",
    "介護",
    "経理",
    "営業",
    "ドライバー",
    "看護",
    "保育",
    "製造",
    "販売",
    "調理",
];
/// The demo data's seed.
const DEMO_SEED: u64 = 7;
/// The freshness run: changes a second, for this long.
const WRITES: fresh::WriteLoad = fresh::WriteLoad {
    per_second: 50,
    duration: Duration::from_secs(60),
};
/// Words of several bigrams, counted too: the body keeps no positions, so these show how far
/// "all its bigrams" strays from "as written" (FTS5 `MATCH` finds exactly the substring).
const LONGER_WORDS: &[&str] = &[
    "看護師",
    "介護福祉士",
    "経理事務",
    "営業事務",
    "フォークリフト",
    "医療事務",
    "施工管理",
];
/// Builds the i-th query of one kind.
type QueryMaker = Box<dyn Fn(usize) -> JobSearchParams>;

/// Index queries measured per kind.
const INDEX_RUNS: usize = 200;
/// SQL queries measured per kind and baseline (a `LIKE` scans the whole table).
const SQL_RUNS: usize = 10;
/// The HTTP load: one wrk thread (the service has the other core), 8 connections.
const LOAD: load::Load = load::Load {
    threads: 1,
    connections: 8,
    duration: Duration::from_secs(30),
};
/// Before the measured load: the page cache and the service's threads warm up.
const WARM_UP: load::Load = load::Load {
    threads: 1,
    connections: 8,
    duration: Duration::from_secs(5),
};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: usize = args
        .iter()
        .find(|arg| !arg.starts_with('-'))
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let baselines = !args.iter().any(|arg| arg == "--no-sql");
    let keep = args.iter().any(|arg| arg == "--keep");
    // The service started for the load run reads the real date, so the data is made for it.
    let now = chrono::Utc::now().naive_utc();
    let today = now.date();
    let dir = std::env::temp_dir().join(format!("shigoto-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    println!(
        "search benchmark: {count} postings, data in {}",
        dir.display()
    );
    let outcome = run(&dir, count, baselines, today, now);
    if keep {
        println!(
            "kept {} (its database and index, to serve or profile again)",
            dir.display()
        );
    } else {
        std::fs::remove_dir_all(&dir)?;
    }
    outcome
}

fn run(
    dir: &std::path::Path,
    count: usize,
    baselines: bool,
    today: NaiveDate,
    now: chrono::NaiveDateTime,
) -> anyhow::Result<()> {
    let database = dir.join("bench.sqlite3");
    let db = Database::open(&database.to_string_lossy(), 2)?;
    let started = Instant::now();
    shigoto_server::demo::ensure_offices(&db)?;
    let loaded = shigoto_server::demo::load_if_empty(&db, DEMO_SEED, count, today, now)?;
    println!(
        "database: {loaded} postings written in {:.1} s, {}",
        started.elapsed().as_secs_f64(),
        sizes::mib(sizes::file_size(&database))
    );

    let started = Instant::now();
    let index = JobIndex::open_in_dir(&dir.join("index"), 512 << 20)?;
    shigoto_server::indexer::catch_up(&db, &index)?;
    let built = started.elapsed();
    let size = sizes::index_size(&dir.join("index"))?;
    let listed = index.listed_count().max(1);
    println!(
        "index: {listed} postings listed in {} segments, built in {:.1} s, {} on disk: stored summaries {} ({} bytes a posting), the rest {} ({} bytes a posting)",
        index.segment_count(),
        built.as_secs_f64(),
        sizes::mib(size.total()),
        sizes::mib(size.stored),
        size.stored / listed,
        sizes::mib(size.rest),
        size.rest / listed,
    );

    if baselines {
        let before = sizes::file_size(&database);
        let started = Instant::now();
        sql::build_fts5(&db)?;
        println!(
            "FTS5 trigram table: built in {:.1} s, the database grew by {}",
            started.elapsed().as_secs_f64(),
            sizes::mib(sizes::file_size(&database).saturating_sub(before))
        );
    }

    let numbers = sql::listed_job_numbers(&db, today, 500)?;
    let kinds = query_kinds(numbers);
    println!(
        "\n{}",
        heading(&["index", "+facets", "shared", "FTS5", "LIKE"])
    );
    let mut ratios = Vec::new();
    for (name, make) in &kinds {
        // One untimed round first: the index's pages this kind reads come into memory (the
        // database writes and the FTS5 build before push them out), as in a running service.
        for i in 0..INDEX_RUNS {
            std::hint::black_box(index.search(&validated(&make(i), today)?, today)?);
        }
        let mut index_times = Vec::with_capacity(INDEX_RUNS);
        let mut facet_times = Vec::with_capacity(INDEX_RUNS);
        let mut shared_times = Vec::with_capacity(INDEX_RUNS);
        for i in 0..INDEX_RUNS {
            let params = make(i);
            let started = Instant::now();
            let query = validated(&params, today)?;
            std::hint::black_box(index.search(&query, today)?);
            index_times.push(started.elapsed());

            let started = Instant::now();
            let query = validated(&params, today)?;
            std::hint::black_box(index.search_with_fresh_facets(&query, today)?);
            facet_times.push(started.elapsed());

            let started = Instant::now();
            let query = validated(&params, today)?;
            std::hint::black_box(index.search_counting(&query, today, Counting::SharedPasses)?);
            shared_times.push(started.elapsed());
        }
        let has_keyword = !make(0).keyword.is_empty();
        let mut fts_times = Vec::new();
        let mut like_times = Vec::with_capacity(SQL_RUNS);
        for i in (0..SQL_RUNS).filter(|_| baselines) {
            let params = make(i);
            if has_keyword {
                let started = Instant::now();
                sql::search(&db, TextSearch::Fts5, &params, today)?;
                fts_times.push(started.elapsed());
            }
            let started = Instant::now();
            sql::search(&db, TextSearch::Like, &params, today)?;
            like_times.push(started.elapsed());
        }
        let index_p50 = percentile(&mut index_times, 50);
        let fts_p50 = (!fts_times.is_empty()).then(|| percentile(&mut fts_times, 50));
        if baselines {
            let like_p50 = percentile(&mut like_times, 50);
            ratios.push((name, index_p50, fts_p50, like_p50));
        }
        let columns = &mut [
            index_times,
            facet_times,
            shared_times,
            fts_times,
            like_times,
        ];
        println!("{}", row(name, columns));
    }

    if baselines {
        print_ratios(ratios);
        print_counts(&db, &index, today)?;
    }
    // The service takes the index's writer lock.
    drop(index);
    // As committed: merges may have ended since the reader was last reloaded.
    let segments = sizes::segment_count(&dir.join("index"))?;
    let paths = load_paths()?;
    println!(
        "\nHTTP load (wrk, {} thread, {} connections, {} s; {} distinct keyword + prefecture searches in turn, each with its facets; release service over the {count} postings):",
        LOAD.threads,
        LOAD.connections,
        LOAD.duration.as_secs(),
        paths.len(),
    );
    let as_built = load::start_service(dir, &database)?;
    measure_load(
        &as_built,
        dir,
        &paths,
        &format!("as built, {segments} segments"),
    )?;
    drop(as_built);

    let index = JobIndex::open_in_dir(&dir.join("index"), 512 << 20)?;
    if let Some(done) = index.compact()? {
        println!(
            "compaction (as the service does when idle): {} segments into one, {} deleted postings left out, in {:.1} s; {} on disk",
            done.segments,
            done.deleted,
            done.took.as_secs_f64(),
            sizes::mib(sizes::index_size(&dir.join("index"))?.total()),
        );
    }
    drop(index);
    let first = load::start_service(dir, &database)?;
    measure_load(&first, dir, &paths, "compacted, 1 segment")?;

    let second_dir = dir.join("second");
    copy_index(&dir.join("index"), &second_dir.join("index"))?;
    let second = load::start_service(&second_dir, &database)?;
    let config = shigoto_demo::DemoConfig {
        seed: DEMO_SEED,
        count,
        today,
    };
    fresh::measure(&db, &[&first, &second], &config, WRITES)?;
    drop(second);
    let segments = sizes::segment_count(&dir.join("index"))?;
    println!();
    measure_load(
        &first,
        dir,
        &paths,
        &format!("after the changes above, {segments} segments"),
    )
}

/// How many times longer than the index without facets each baseline took (p50).
fn print_ratios(ratios: Vec<(&&str, Duration, Option<Duration>, Duration)>) {
    println!("\np50 ratios (how many times longer than the index without facets)");
    println!("{:<22} {:>10} {:>10}", "query", "FTS5", "LIKE");
    for (name, index_p50, fts_p50, like_p50) in ratios {
        let ratio = |baseline: Duration| {
            let times = baseline.as_secs_f64() / index_p50.as_secs_f64().max(1e-9);
            if times < 10.0 {
                format!("{times:.2}x")
            } else {
                format!("{times:.0}x")
            }
        };
        println!(
            "{} {:>10} {:>10}",
            padded(name, 22),
            fts_p50.map_or_else(|| "-".to_owned(), ratio),
            ratio(like_p50)
        );
    }
}

/// Another instance's index: a copy of the segment files (the source is not being written).
fn copy_index(from: &std::path::Path, to: &std::path::Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if entry.metadata()?.is_file() && !name.to_string_lossy().ends_with(".lock") {
            std::fs::copy(entry.path(), to.join(name))?;
        }
    }
    Ok(())
}

/// The query mix: each kind makes its i-th query.
fn query_kinds(numbers: Vec<String>) -> Vec<(&'static str, QueryMaker)> {
    vec![
        ("no condition", Box::new(|_| JobSearchParams::default())),
        ("keyword + prefecture", Box::new(keyword_and_prefecture)),
        (
            "keyword only",
            Box::new(|i| JobSearchParams {
                keyword: KEYWORDS[i % KEYWORDS.len()].into(),
                ..Default::default()
            }),
        ),
        (
            "filters only",
            Box::new(|i| JobSearchParams {
                prefectures: vec![format!("{:02}", i % 47 + 1)],
                employment_types: vec![EmploymentType::Regular],
                features: vec![JobFeature::CarCommute],
                monthly_wage_min: Some(200_000),
                ..Default::default()
            }),
        ),
        (
            "求人番号",
            Box::new(move |i| JobSearchParams {
                job_numbers: vec![numbers[i % numbers.len()].clone()],
                ..Default::default()
            }),
        ),
    ]
}

/// The i-th keyword + prefecture search: every keyword in every prefecture, 470 in all.
fn keyword_and_prefecture(i: usize) -> JobSearchParams {
    JobSearchParams {
        keyword: KEYWORDS[i % KEYWORDS.len()].into(),
        prefectures: vec![format!("{:02}", i / KEYWORDS.len() % 47 + 1)],
        ..Default::default()
    }
}

fn validated(
    params: &JobSearchParams,
    today: NaiveDate,
) -> anyhow::Result<shigoto_domain::search::JobQuery> {
    shigoto_domain::search::validate(params, today).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Each keyword over the whole country: how many postings each way of searching finds.
fn print_counts(db: &Database, index: &JobIndex, today: NaiveDate) -> anyhow::Result<()> {
    println!("\npostings found per keyword (whole country)");
    println!(
        "{:<12} {:>10} {:>14} {:>14} {:>10}",
        "keyword", "index", "FTS5 MATCH", "FTS5 (+LIKE)", "LIKE"
    );
    for keyword in KEYWORDS.iter().chain(LONGER_WORDS) {
        let params = JobSearchParams {
            keyword: (*keyword).into(),
            ..Default::default()
        };
        let found = index.search(&validated(&params, today)?, today)?.total;
        let matched = sql::search(db, TextSearch::Fts5MatchOnly, &params, today)?;
        let fts = sql::search(db, TextSearch::Fts5, &params, today)?;
        let like = sql::search(db, TextSearch::Like, &params, today)?;
        let matched = if matched == 0 && found > 0 {
            "0 (miss)".to_owned()
        } else {
            matched.to_string()
        };
        println!(
            "{} {found:>10} {matched:>14} {fts:>14} {like:>10}",
            padded(keyword, 12)
        );
    }
    Ok(())
}

/// The load run's searches: every keyword in every prefecture.
fn load_paths() -> anyhow::Result<Vec<String>> {
    (0..KEYWORDS.len() * 47)
        .map(|i| {
            serde_urlencoded::to_string(keyword_and_prefecture(i))
                .map(|query| format!("/api/v1/jobs?{query}"))
                .map_err(anyhow::Error::from)
        })
        .collect()
}

/// Warms `service` up, then measures it under the load run and prints one line.
fn measure_load(
    service: &load::Service,
    dir: &std::path::Path,
    paths: &[String],
    label: &str,
) -> anyhow::Result<()> {
    load::run_wrk(service, dir, paths, WARM_UP)?;
    let measured = load::run_wrk(service, dir, paths, LOAD)?;
    println!(
        "{label}: {} requests, {:.0} req/s, p50 {}, p99 {}, {} failed",
        measured.requests,
        measured.requests_per_second,
        shigoto_search::timing::ms(measured.p50),
        shigoto_search::timing::ms(measured.p99),
        measured.failed
    );
    Ok(())
}
