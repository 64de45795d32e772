//! Demo data: on first start with `demo_jobs > 0`, fills an empty database with the
//! deterministic data set of `shigoto-demo` (employers and postings dated from today). The
//! office directory it uses is loaded on every start by [`ensure_offices`].

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_demo::{DemoConfig, DemoJob};
use shigoto_server_db::{employers, jobs, offices, settings, Database};

use crate::error::AppError;

/// Name of the setting that records which demo set was loaded.
const LOADED: &str = "demo_data";
/// Postings written per transaction.
const BATCH: usize = 2_000;

/// Loads `count` demo postings unless the database already holds demo data or any posting.
/// Returns how many postings were loaded. Blocking.
pub fn load_if_empty(
    db: &Database,
    seed: u64,
    count: usize,
    today: NaiveDate,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    if count == 0 {
        return Ok(0);
    }
    let mut conn = db.connection()?;
    if settings::get(&mut conn, LOADED)
        .map_err(AppError::internal)?
        .is_some()
        || jobs::count(&mut conn).map_err(AppError::internal)? > 0
    {
        return Ok(0);
    }

    let config = DemoConfig { seed, count, today };
    let mut employer_ids: HashMap<u64, i64> = HashMap::new();
    let mut batch: Vec<DemoJob> = Vec::with_capacity(BATCH);
    let mut loaded = 0;
    for job in shigoto_demo::jobs(&config) {
        batch.push(job);
        if batch.len() == BATCH {
            loaded += write_batch(&mut conn, &mut employer_ids, &batch, now)?;
            batch.clear();
        }
    }
    loaded += write_batch(&mut conn, &mut employer_ids, &batch, now)?;
    settings::set(
        &mut conn,
        LOADED,
        &format!("seed={seed} count={count} today={today}"),
    )
    .map_err(AppError::internal)?;
    tracing::info!(loaded, "demo data loaded");
    Ok(loaded)
}

/// Makes sure the Hello Work office directory and its jurisdictions are in the database (every
/// start, demo or not): postings, registrations and counselors refer to offices by code, and
/// online filings go to the office covering a municipality. The offices are the demo's
/// invented ones and marked as such.
pub fn ensure_offices(db: &Database) -> Result<usize, AppError> {
    let mut conn = db.connection()?;
    let rows: Vec<offices::Office> = shigoto_demo::offices()
        .into_iter()
        .map(|o| offices::Office {
            code: o.code,
            name: o.name,
            prefecture_code: o.prefecture_code,
            address: o.address,
            phone: o.phone,
            hours: o.hours,
            demo: true,
        })
        .collect();
    let jurisdictions: Vec<offices::Jurisdiction> = shigoto_demo::office_jurisdictions()
        .into_iter()
        .map(|(municipality_code, office_code)| offices::Jurisdiction {
            municipality_code,
            office_code,
        })
        .collect();
    offices::insert_missing(&mut conn, &rows, &jurisdictions).map_err(AppError::internal)
}

fn write_batch(
    conn: &mut shigoto_server_db::AnyConnection,
    employer_ids: &mut HashMap<u64, i64>,
    batch: &[DemoJob],
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let mut rows = Vec::with_capacity(batch.len());
    for job in batch {
        let id = match employer_ids.get(&job.employer.key) {
            Some(id) => *id,
            None => {
                let id =
                    employers::ensure(conn, &job.employer.office_number, &job.employer.name, now)
                        .map_err(AppError::internal)?;
                employer_ids.insert(job.employer.key, id);
                id
            }
        };
        rows.push((id, &job.sheet));
    }
    jobs::insert_all(conn, &rows, now)?;
    Ok(rows.len())
}
