//! The SQL baselines the index is measured against, over the same SQLite database: a plain
//! `LIKE` scan of the stored sheets, and SQLite FTS5 with its trigram tokenizer over the very
//! text the index searches (title and body). A trigram index cannot find a word shorter than
//! three characters (`MATCH` finds nothing for 事務), so the FTS5 baseline falls back to `LIKE`
//! on its own text for those, as an FTS5 deployment would have to.

use chrono::NaiveDate;
use diesel::connection::Connection;
use diesel::sql_types::{BigInt, Date, Text};
use diesel::{QueryableByName, RunQueryDsl};
use shigoto_server_db::Database;
use shigoto_shared::{JobSearchParams, JobSheet};

/// Sheets read and written per transaction while the FTS5 table is filled.
const FILL_BATCH: i64 = 5_000;

/// The postings a search may list (the index applies the same rules).
const LISTED: &str =
    "jobs.status = 'open' AND jobs.publication <> 'not_published' AND jobs.referral_deadline >= ?";

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

#[derive(QueryableByName)]
struct StoredSheet {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    sheet: String,
}

/// Up to `limit` 求人番号 of postings a search lists today, oldest first.
pub fn listed_job_numbers(
    db: &Database,
    today: NaiveDate,
    limit: i64,
) -> anyhow::Result<Vec<String>> {
    let mut conn = db.connection()?;
    let rows: Vec<Number> = diesel::sql_query(format!(
        "SELECT jobs.job_number FROM jobs WHERE {LISTED} ORDER BY jobs.id LIMIT ?"
    ))
    .bind::<Date, _>(today)
    .bind::<BigInt, _>(limit)
    .load(&mut *conn)?;
    Ok(rows.into_iter().map(|r| r.job_number).collect())
}

/// Creates the FTS5 trigram table `jobs_fts` (rowid = `jobs.id`) holding the title and body
/// text of every open, published posting, as the index's schema makes them.
pub fn build_fts5(db: &Database) -> anyhow::Result<()> {
    let mut conn = db.connection()?;
    diesel::sql_query(
        "CREATE VIRTUAL TABLE jobs_fts USING fts5(title, body, tokenize = 'trigram')",
    )
    .execute(&mut *conn)?;
    let mut after = 0_i64;
    loop {
        let rows: Vec<StoredSheet> = diesel::sql_query(
            "SELECT id, sheet FROM jobs WHERE id > ? AND status = 'open' AND publication <> 'not_published' ORDER BY id LIMIT ?",
        )
        .bind::<BigInt, _>(after)
        .bind::<BigInt, _>(FILL_BATCH)
        .load(&mut *conn)?;
        let Some(last) = rows.last().map(|row| row.id) else {
            return Ok(());
        };
        conn.transaction(|conn| {
            for row in &rows {
                let sheet: JobSheet = serde_json::from_str(&row.sheet)?;
                diesel::sql_query("INSERT INTO jobs_fts (rowid, title, body) VALUES (?, ?, ?)")
                    .bind::<BigInt, _>(row.id)
                    .bind::<Text, _>(&sheet.work.title)
                    .bind::<Text, _>(shigoto_search::schema::body_text(&sheet))
                    .execute(conn)?;
            }
            Ok::<_, anyhow::Error>(())
        })?;
        after = last;
    }
}

/// How a baseline finds the keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextSearch {
    /// `LIKE '%word%'` over the title and the stored sheet.
    Like,
    /// FTS5 trigram `MATCH`, or `LIKE` over the FTS5 text for words under three characters.
    Fts5,
    /// FTS5 trigram `MATCH` alone (finds nothing for words under three characters).
    Fts5MatchOnly,
}

/// Runs the search of `params` (keyword, one prefecture, one 求人番号, or the fixed filter mix
/// of the benchmark) the way `how` finds text: counts every match and reads the first page of
/// 30 newest. Returns the count.
pub fn search(
    db: &Database,
    how: TextSearch,
    params: &JobSearchParams,
    today: NaiveDate,
) -> anyhow::Result<i64> {
    let mut conn = db.connection()?;
    let mut from = String::from("jobs");
    let mut filter = String::from(LISTED);
    if !params.keyword.is_empty() {
        let word = params.keyword.replace('\'', "''");
        let short = word.chars().count() < 3;
        match how {
            TextSearch::Like => filter.push_str(&format!(
                " AND (jobs.title LIKE '%{word}%' OR jobs.sheet LIKE '%{word}%')"
            )),
            TextSearch::Fts5 if short => {
                from.push_str(" JOIN jobs_fts ON jobs_fts.rowid = jobs.id");
                filter.push_str(&format!(
                    " AND (jobs_fts.title LIKE '%{word}%' OR jobs_fts.body LIKE '%{word}%')"
                ));
            }
            TextSearch::Fts5 | TextSearch::Fts5MatchOnly => {
                let phrase = word.replace('"', "\"\"");
                from.push_str(" JOIN jobs_fts ON jobs_fts.rowid = jobs.id");
                filter.push_str(&format!(" AND jobs_fts MATCH '\"{phrase}\"'"));
            }
        }
    }
    if let Some(prefecture) = params.prefectures.first() {
        filter.push_str(&format!(" AND jobs.prefecture_code = '{prefecture}'"));
    }
    if let Some(number) = params.job_numbers.first() {
        filter.push_str(&format!(" AND jobs.job_number = '{number}'"));
    }
    if !params.employment_types.is_empty() {
        filter.push_str(" AND jobs.sheet LIKE '%\"employment_type\":\"regular\"%' AND jobs.sheet LIKE '%\"car_commute\":true%'");
        filter.push_str(" AND jobs.sheet LIKE '%\"kind\":\"monthly\"%'");
    }
    let total: Vec<Total> = diesel::sql_query(format!(
        "SELECT COUNT(*) AS total FROM {from} WHERE {filter}"
    ))
    .bind::<Date, _>(today)
    .load(&mut *conn)?;
    let page: Vec<Number> = diesel::sql_query(format!(
        "SELECT jobs.job_number FROM {from} WHERE {filter} ORDER BY jobs.received_on DESC LIMIT 30"
    ))
    .bind::<Date, _>(today)
    .load(&mut *conn)?;
    std::hint::black_box(page);
    Ok(total.first().map_or(0, |t| t.total))
}
