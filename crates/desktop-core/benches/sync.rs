//! Sync figures against a real service on loopback (SQLite, 2,000 demo postings):
//!
//! - a sync pass with nothing changed: requests, JSON bytes on the wire, latency;
//! - the first sync of a device that finds 300 favorites with their full 求人票: JSON bytes,
//!   bytes on the wire (the service gzips, the client accepts it), time;
//! - opening the favorites list from the cache with 300 entries.
//!
//! Run with `cargo bench -p shigoto-desktop-core --bench sync` (or `cargo xtask bench sync`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark that fails should stop

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_cache::Cache;
use shigoto_desktop_core::sync::{SyncEngine, SyncTransport};
use shigoto_shared::{JobSearchParams, PullResponse, PushRequest, PushResponse, SyncCursor};
use shigoto_test_support::{sign_up_seeker, start_with_jobs_and_smtp, TestDatabase};

/// The real client, counting requests and JSON body bytes both ways.
struct Counting {
    client: ApiClient,
    requests: AtomicUsize,
    bytes: AtomicUsize,
}

impl Counting {
    fn new(client: ApiClient) -> Self {
        Self {
            client,
            requests: AtomicUsize::new(0),
            bytes: AtomicUsize::new(0),
        }
    }

    fn take(&self) -> (usize, usize) {
        (
            self.requests.swap(0, Ordering::Relaxed),
            self.bytes.swap(0, Ordering::Relaxed),
        )
    }

    fn count(&self, body: &impl serde::Serialize) {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let size = serde_json::to_vec(body).map(|b| b.len()).unwrap_or(0);
        self.bytes.fetch_add(size, Ordering::Relaxed);
    }
}

impl SyncTransport for Counting {
    async fn push(&self, token: &str, request: &PushRequest) -> Result<PushResponse, ClientError> {
        let answer = self.client.push_mutations(token, request).await?;
        self.count(request);
        self.bytes.fetch_add(
            serde_json::to_vec(&answer).map(|b| b.len()).unwrap_or(0),
            Ordering::Relaxed,
        );
        Ok(answer)
    }

    async fn pull(&self, token: &str, cursor: SyncCursor) -> Result<PullResponse, ClientError> {
        let answer = self.client.pull_changes(token, cursor).await?;
        self.count(&answer);
        Ok(answer)
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn millis(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(run());
}

async fn run() {
    let server = start_with_jobs_and_smtp(TestDatabase::Sqlite, 2_000)
        .await
        .unwrap();
    let token = sign_up_seeker(&server, "bench@example.jp", "Bench#Sync2026")
        .await
        .unwrap();
    let mut jobs = Vec::new();
    let mut page = 1;
    while jobs.len() < 300 {
        let params = JobSearchParams {
            page: Some(page),
            per_page: Some(50),
            ..JobSearchParams::default()
        };
        let found = server.client.search_jobs(&params).await.unwrap();
        assert!(!found.items.is_empty(), "not enough open postings");
        jobs.extend(found.items.into_iter().map(|i| i.job_number));
        page += 1;
    }
    jobs.truncate(300);
    let folder = tempfile::tempdir().unwrap();
    let client = ApiClient::new(&server.base_url()).unwrap();

    // Device A adds the 300 favorites offline, then syncs them up.
    let device_a = Mutex::new(Cache::open(&folder.path().join("a/cache.sqlite3")).unwrap());
    let now = chrono::Utc::now().naive_utc();
    for (n, job) in jobs.iter().enumerate() {
        device_a
            .lock()
            .unwrap()
            .add_favorite(job, None, &uuid::Uuid::new_v4().to_string(), now)
            .unwrap_or_else(|err| panic!("favorite {n}: {err}"));
    }
    let engine_a = SyncEngine::new(Counting::new(client.clone()));
    let started = Instant::now();
    let report = engine_a.sync_once(&device_a, &token).await.unwrap();
    let push_time = started.elapsed();
    let (push_requests, push_bytes) = engine_a.transport().take();
    assert_eq!(report.pushed, 300);

    // Device B starts empty and receives all 300 with their sheets.
    let device_b = Mutex::new(Cache::open(&folder.path().join("b/cache.sqlite3")).unwrap());
    let engine_b = SyncEngine::new(Counting::new(client.clone()));
    let started = Instant::now();
    let report = engine_b.sync_once(&device_b, &token).await.unwrap();
    let first_time = started.elapsed();
    let (first_requests, first_bytes) = engine_b.transport().take();
    assert_eq!(report.pulled_favorites, 300);
    // The same pull as bytes on the wire: gzip, as the API client asks for it.
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let wire = raw
        .get(format!(
            "{}/api/v1/mypage/changes?since=0.0",
            server.base_url()
        ))
        .bearer_auth(&token)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(wire.headers().get("content-encoding").unwrap(), "gzip");
    let first_wire = wire.bytes().await.unwrap().len();

    // Nothing changed.
    let rounds = 200;
    let mut quiet = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        engine_b.sync_once(&device_b, &token).await.unwrap();
        quiet.push(started.elapsed());
    }
    let (quiet_requests, quiet_bytes) = engine_b.transport().take();
    quiet.sort();

    // The favorites list from the cache.
    let mut opening = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        let list = device_b.lock().unwrap().favorites().unwrap();
        opening.push(started.elapsed());
        assert_eq!(list.len(), 300);
        assert!(list.iter().all(|f| f.summary.is_some()));
    }
    opening.sort();
    let sheet_start = Instant::now();
    let sheet = device_b.lock().unwrap().sheet(&jobs[150]).unwrap();
    let sheet_time = sheet_start.elapsed();
    assert!(sheet.is_some());

    println!("sync benchmark (loopback, SQLite service, 2,000 demo postings)");
    println!(
        "push 300 favorites made offline: {push_requests} requests, {:.1} KiB JSON, {}",
        push_bytes as f64 / 1024.0,
        millis(push_time)
    );
    println!(
        "first sync of a new device (300 favorites with full 求人票): {first_requests} request(s), {:.1} KiB JSON, {:.1} KiB on the wire (gzip), {}",
        first_bytes as f64 / 1024.0,
        first_wire as f64 / 1024.0,
        millis(first_time)
    );
    println!(
        "sync with nothing changed: {:.1} request(s) and {:.0} bytes JSON per pass, p50 {} p99 {} over {rounds} passes",
        quiet_requests as f64 / rounds as f64,
        quiet_bytes as f64 / rounds as f64,
        millis(percentile(&quiet, 0.5)),
        millis(percentile(&quiet, 0.99))
    );
    println!(
        "favorites list from the cache (300 entries, summaries from the cached sheets): p50 {} p99 {}",
        millis(percentile(&opening, 0.5)),
        millis(percentile(&opening, 0.99))
    );
    println!("one cached 求人票: {}", millis(sheet_time));
    server.stop().await.unwrap();
}
