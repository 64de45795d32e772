//! Freshness under write load: service instances follow one database, each with its own
//! index, while this process accepts, changes and stops postings in that database at a steady
//! rate, through the database functions the service's own routes write with
//! (`jobs::insert_all`, `jobs::update`, `jobs::set_status`). For every change it asks each
//! instance's search API (`job_numbers=`, up to five at a time, oldest unseen first) until
//! the change shows: an accepted posting is found, a changed one is found with its new title, a
//! stopped one is no longer found. The time from the write's commit to the answer that shows it
//! is the change's delay on that instance, overstated by at most the probes' pause and one
//! request.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use shigoto_demo::DemoConfig;
use shigoto_search::timing::{ms, percentile};
use shigoto_server_db::{employers, jobs, Database};
use shigoto_shared::{JobSearchResults, JobStatus, JobSummary, PublicationRange};

use crate::load::Service;

/// How the writes are made.
#[derive(Debug, Clone, Copy)]
pub struct WriteLoad {
    pub per_second: u32,
    pub duration: Duration,
}

/// A probe that found nothing new waits this long before asking again.
const PROBE_PAUSE: Duration = Duration::from_millis(20);
/// A change not seen this long after its write counts as never seen.
const GIVE_UP: Duration = Duration::from_secs(15);
/// 求人番号 asked per probe (the search's limit).
const PER_PROBE: usize = shigoto_domain::limits::MAX_JOB_NUMBERS;

/// One planned write.
enum Write {
    /// A new posting (made open, published and current).
    Accept(Box<shigoto_demo::DemoJob>),
    /// A listed posting given this 職種.
    Retitle(String),
    /// A listed posting stopped (募集終了).
    Stop,
}

/// One planned write and when it committed.
struct Change {
    job_number: String,
    write: Write,
    written: OnceLock<Instant>,
}

impl Change {
    /// Whether a search answer for this 求人番号 shows the change.
    fn shows(&self, found: Option<&JobSummary>) -> bool {
        match (&self.write, found) {
            (Write::Accept(job), Some(item)) => item.title == job.sheet.work.title,
            (Write::Retitle(title), Some(item)) => &item.title == title,
            (Write::Stop, None) => true,
            _ => false,
        }
    }
}

/// What one instance showed.
struct Seen {
    delays: Vec<Duration>,
    never: usize,
}

/// Plans and makes the writes while probing `services`; prints what each showed.
pub fn measure(
    db: &Database,
    services: &[&Service],
    config: &DemoConfig,
    load: WriteLoad,
) -> anyhow::Result<()> {
    let total = (f64::from(load.per_second) * load.duration.as_secs_f64()) as usize;
    let changes = Arc::new(plan(db, config, total)?);
    let writing_done = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, changes, done) = (db.clone(), changes.clone(), writing_done.clone());
        std::thread::spawn(move || {
            let outcome = write_all(&db, &changes, load.per_second);
            done.store(true, Ordering::SeqCst);
            outcome
        })
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let seen = runtime.block_on(async {
        let client = reqwest::Client::new();
        let probes: Vec<_> = services
            .iter()
            .map(|service| {
                tokio::spawn(probe(
                    client.clone(),
                    format!("http://{}/api/v1/jobs", service.addr),
                    changes.clone(),
                    writing_done.clone(),
                ))
            })
            .collect();
        let mut seen = Vec::new();
        for probe in probes {
            seen.push(probe.await?);
        }
        anyhow::Ok(seen)
    })?;
    let written = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the writer panicked"))??;

    let count = |kind: fn(&Write) -> bool| changes.iter().filter(|c| kind(&c.write)).count();
    println!(
        "\nfreshness: {} changes ({} accepted, {} changed, {} stopped) written at {:.1} a second, each looked for on {} instances:",
        changes.len(),
        count(|w| matches!(w, Write::Accept(_))),
        count(|w| matches!(w, Write::Retitle(_))),
        count(|w| matches!(w, Write::Stop)),
        written,
        services.len()
    );
    let mut all = Vec::new();
    for (number, seen) in seen.into_iter().enumerate() {
        let mut seen = seen?;
        println!(
            "instance {}: visible after p50 {}, p99 {}, max {}; never seen {}",
            number + 1,
            ms(percentile(&mut seen.delays, 50)),
            ms(percentile(&mut seen.delays, 99)),
            ms(seen.delays.iter().max().copied().unwrap_or_default()),
            seen.never
        );
        all.extend(seen.delays);
    }
    println!(
        "every instance: p99 {} (a probe that saw nothing new waits {} before asking again)",
        ms(percentile(&mut all, 99)),
        ms(PROBE_PAUSE)
    );
    Ok(())
}

/// The changes in the order they will be written: accepted, changed and stopped in turn. New
/// postings are the demo's next ones (past `config.count`); changed and stopped ones are
/// distinct listed postings.
fn plan(db: &Database, config: &DemoConfig, total: usize) -> anyhow::Result<Vec<Change>> {
    let targets = crate::sql::listed_job_numbers(db, config.today, total as i64)?;
    let mut targets = targets.into_iter();
    let mut next_target = || {
        targets
            .next()
            .ok_or_else(|| anyhow::anyhow!("too few postings"))
    };
    let mut changes = Vec::with_capacity(total);
    for i in 0..total {
        let (job_number, write) = match i % 3 {
            0 => {
                let mut job = shigoto_demo::job(config, config.count + i);
                job.sheet.status = JobStatus::Open;
                if job.sheet.publication == PublicationRange::NotPublished {
                    job.sheet.publication = PublicationRange::Full;
                }
                job.sheet.received_on = config.today;
                job.sheet.referral_deadline = config.today + chrono::Days::new(60);
                (job.sheet.job_number.clone(), Write::Accept(Box::new(job)))
            }
            1 => (
                next_target()?,
                Write::Retitle(format!("freshness change {i}")),
            ),
            _ => (next_target()?, Write::Stop),
        };
        changes.push(Change {
            job_number,
            write,
            written: OnceLock::new(),
        });
    }
    Ok(changes)
}

/// Writes the changes at `per_second`, each in its own transaction; returns the rate achieved.
fn write_all(db: &Database, changes: &[Change], per_second: u32) -> anyhow::Result<f64> {
    let mut conn = db.connection()?;
    let gap = Duration::from_secs(1) / per_second.max(1);
    let started = Instant::now();
    for (i, change) in changes.iter().enumerate() {
        let due = started + gap * u32::try_from(i)?;
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        let now = chrono::Utc::now().naive_utc();
        match &change.write {
            Write::Accept(job) => {
                let employer = employers::ensure(
                    &mut conn,
                    &job.employer.office_number,
                    &job.employer.name,
                    now,
                )?;
                jobs::insert_all(&mut conn, &[(employer, &job.sheet)], now)?;
            }
            Write::Retitle(title) => {
                let mut stored = jobs::find(&mut conn, &change.job_number)?
                    .ok_or_else(|| anyhow::anyhow!("{} vanished", change.job_number))?;
                stored.sheet.work.title = title.clone();
                jobs::update(&mut conn, &stored.sheet, now)?;
            }
            Write::Stop => {
                jobs::set_status(&mut conn, &change.job_number, JobStatus::Closed, now)?;
            }
        }
        let _ = change.written.set(Instant::now());
    }
    Ok(changes.len() as f64 / started.elapsed().as_secs_f64().max(1e-9))
}

/// Asks one instance about the oldest changes it has not shown yet until every change is
/// seen or given up on.
async fn probe(
    client: reqwest::Client,
    url: String,
    changes: Arc<Vec<Change>>,
    writing_done: Arc<AtomicBool>,
) -> anyhow::Result<Seen> {
    let mut shown = vec![false; changes.len()];
    let mut seen = Seen {
        delays: Vec::with_capacity(changes.len()),
        never: 0,
    };
    let mut oldest = 0;
    while oldest < changes.len() {
        let window: Vec<usize> = (oldest..changes.len())
            .filter(|&i| !shown[i] && changes[i].written.get().is_some())
            .take(PER_PROBE)
            .collect();
        if window.is_empty() {
            if writing_done.load(Ordering::SeqCst) && changes[oldest].written.get().is_none() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
            continue;
        }
        let numbers: Vec<&str> = window
            .iter()
            .map(|&i| changes[i].job_number.as_str())
            .collect();
        let answer: JobSearchResults = client
            .get(&url)
            .query(&[("job_numbers", numbers.join(","))])
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let answered = Instant::now();
        let mut any = false;
        for &i in &window {
            let change = &changes[i];
            let found = answer
                .items
                .iter()
                .find(|item| item.job_number == change.job_number);
            let visible = change.shows(found);
            let written = change.written.get().copied().unwrap_or(answered);
            if visible {
                seen.delays.push(answered.duration_since(written));
                shown[i] = true;
                any = true;
            } else if answered.duration_since(written) > GIVE_UP {
                seen.never += 1;
                shown[i] = true;
            }
        }
        while oldest < changes.len() && shown[oldest] {
            oldest += 1;
        }
        if !any {
            tokio::time::sleep(PROBE_PAUSE).await;
        }
    }
    Ok(seen)
}
