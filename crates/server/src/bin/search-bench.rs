//! `cargo xtask bench [N]` (or `cargo run --release -p shigoto-server --bin search-bench -- N`):
//! builds N demo postings in a SQLite database, indexes them the way the service does, and
//! prints p50/p99 server-side latency of a fixed query mix on the tantivy index, without and
//! with the facet counts, with a plain SQL `LIKE` scan of the same database as the baseline,
//! plus index size and build times.

use std::path::Path;
use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;
use diesel::sql_types::{BigInt, Date, Text};
use diesel::{QueryableByName, RunQueryDsl};
use shigoto_search::timing::{heading, row};
use shigoto_search::JobIndex;
use shigoto_server_db::Database;
use shigoto_shared::{EmploymentType, JobFeature, JobSearchParams};

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
/// Builds the i-th query of one kind.
type QueryMaker = Box<dyn Fn(usize) -> JobSearchParams>;

/// Index queries measured per kind.
const INDEX_RUNS: usize = 200;
/// LIKE queries measured per kind (each scans the whole table).
const LIKE_RUNS: usize = 10;

fn main() -> anyhow::Result<()> {
    let count: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(1_000_000);
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).context("date")?;
    let dir = tempfile_dir()?;
    println!(
        "search benchmark: {count} postings, data in {}",
        dir.display()
    );

    let db = Database::open(&dir.join("bench.sqlite3").to_string_lossy(), 2)?;
    let started = Instant::now();
    shigoto_server::demo::ensure_offices(&db)?;
    let loaded = shigoto_server::demo::load_if_empty(
        &db,
        7,
        count,
        today,
        today.and_hms_opt(0, 0, 0).unwrap_or_default(),
    )?;
    println!(
        "database: {loaded} postings written in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let index = JobIndex::open_in_dir(&dir.join("index"), 512 << 20)?;
    shigoto_server::indexer::catch_up(&db, &index)?;
    println!(
        "index: {} postings listed, built in {:.1} s, {:.1} MiB on disk",
        index.listed_count(),
        started.elapsed().as_secs_f64(),
        dir_size(&dir.join("index"))? as f64 / (1 << 20) as f64
    );

    let numbers = sample_job_numbers(&db)?;
    let kinds: Vec<(&str, QueryMaker)> = vec![
        ("no condition", Box::new(|_| JobSearchParams::default())),
        (
            "keyword + prefecture",
            Box::new(|i| JobSearchParams {
                keyword: KEYWORDS[i % KEYWORDS.len()].into(),
                prefectures: vec![format!("{:02}", i % 47 + 1)],
                ..Default::default()
            }),
        ),
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
    ];

    println!("\n{}", heading(&["index", "+facets", "LIKE"]));
    for (name, make) in &kinds {
        let mut index_times = Vec::with_capacity(INDEX_RUNS);
        let mut facet_times = Vec::with_capacity(INDEX_RUNS);
        for i in 0..INDEX_RUNS {
            let params = make(i);
            let started = Instant::now();
            let query = shigoto_domain::search::validate(&params, today)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let hits = index.search(&query, today)?;
            std::hint::black_box(hits);
            index_times.push(started.elapsed());

            let started = Instant::now();
            let query = shigoto_domain::search::validate(&params, today)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let answer = index.search_with_fresh_facets(&query, today)?;
            std::hint::black_box(answer);
            facet_times.push(started.elapsed());
        }
        let mut like_times = Vec::with_capacity(LIKE_RUNS);
        for i in 0..LIKE_RUNS {
            let params = make(i);
            let started = Instant::now();
            like_search(&db, &params, today)?;
            like_times.push(started.elapsed());
        }
        println!("{}", row(name, &mut [index_times, facet_times, like_times]));
    }
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

#[derive(QueryableByName)]
struct Number {
    #[diesel(sql_type = Text)]
    job_number: String,
}

#[derive(QueryableByName)]
struct Total {
    #[diesel(sql_type = BigInt)]
    total: i64,
}

fn sample_job_numbers(db: &Database) -> anyhow::Result<Vec<String>> {
    let mut conn = db.connection()?;
    let rows: Vec<Number> = diesel::sql_query(
        "SELECT job_number FROM jobs WHERE status = 'open' AND publication <> 'not_published' ORDER BY id LIMIT 500",
    )
    .load(&mut *conn)?;
    Ok(rows.into_iter().map(|r| r.job_number).collect())
}

/// The baseline: the same conditions as plain SQL over the stored sheets (count + first page).
fn like_search(db: &Database, params: &JobSearchParams, today: NaiveDate) -> anyhow::Result<()> {
    let mut conn = db.connection()?;
    let mut filter = String::from(
        "status = 'open' AND publication <> 'not_published' AND referral_deadline >= ?",
    );
    if !params.keyword.is_empty() {
        let word = params.keyword.replace('\'', "''");
        filter.push_str(&format!(
            " AND (title LIKE '%{word}%' OR sheet LIKE '%{word}%')"
        ));
    }
    if let Some(prefecture) = params.prefectures.first() {
        filter.push_str(&format!(" AND prefecture_code = '{prefecture}'"));
    }
    if let Some(number) = params.job_numbers.first() {
        filter.push_str(&format!(" AND job_number = '{number}'"));
    }
    if !params.employment_types.is_empty() {
        filter.push_str(" AND sheet LIKE '%\"employment_type\":\"regular\"%' AND sheet LIKE '%\"car_commute\":true%'");
        filter.push_str(" AND sheet LIKE '%\"kind\":\"monthly\"%'");
    }
    let total: Vec<Total> =
        diesel::sql_query(format!("SELECT COUNT(*) AS total FROM jobs WHERE {filter}"))
            .bind::<Date, _>(today)
            .load(&mut *conn)?;
    let page: Vec<Number> = diesel::sql_query(format!(
        "SELECT job_number FROM jobs WHERE {filter} ORDER BY received_on DESC LIMIT 30"
    ))
    .bind::<Date, _>(today)
    .load(&mut *conn)?;
    std::hint::black_box((total.first().map(|t| t.total), page));
    Ok(())
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("shigoto-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn dir_size(dir: &Path) -> anyhow::Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let meta = entry?.metadata()?;
        if meta.is_file() {
            total += meta.len();
        }
    }
    Ok(total)
}
