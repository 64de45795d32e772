//! Sync figures against a real service on loopback (SQLite, 2,000 demo postings):
//!
//! - a sync pass with nothing changed: requests, JSON bytes on the wire, latency;
//! - the first sync of a device that finds 300 favorites with their full 求人票: JSON bytes,
//!   bytes on the wire (the service gzips, the client accepts it), time;
//! - opening the favorites list from the cache with 300 entries;
//! - opening a thread of 1,000 messages from the cache;
//! - how long a message written on the service takes to reach a running app's cache, sent
//!   right after a pass (the worst case: the next pass comes one sync interval later).
//!
//! Run with `cargo bench -p shigoto-desktop-core --bench sync` (or `cargo xtask bench sync`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark that fails should stop

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_cache::Cache;
use shigoto_desktop_core::sync::runner::{wait_for_synced, SYNC_INTERVAL};
use shigoto_desktop_core::sync::{SyncEngine, SyncRunner, SyncTransport};
use shigoto_shared::{
    JobSearchParams, MessageSide, NewMessage, PullResponse, PushRequest, PushResponse, SyncCursor,
    ThreadMessage, ThreadParty, ThreadSummary,
};
use shigoto_test_support::{
    add_counselor, registered_seeker, sign_up_seeker, start_with_jobs_and_smtp, TestDatabase,
    TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
};

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

    async fn pull(
        &self,
        token: &str,
        cursor: SyncCursor,
        new_postings: bool,
    ) -> Result<PullResponse, ClientError> {
        let answer = self
            .client
            .pull_changes_with(token, cursor, new_postings)
            .await?;
        self.count(&answer);
        Ok(answer)
    }

    async fn send_message(
        &self,
        token: &str,
        thread_id: i64,
        message: &NewMessage,
    ) -> Result<ThreadMessage, ClientError> {
        self.count(message);
        self.client.send_message(token, thread_id, message).await
    }

    async fn mark_read(&self, token: &str, thread_id: i64, up_to: i64) -> Result<(), ClientError> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        self.client.mark_read(token, thread_id, up_to).await
    }
}

/// A thread of `count` messages as a pull brings them, alternating sides, each about the
/// length of a real one.
fn long_thread(count: i64) -> PullResponse {
    let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let messages = (1..=count)
        .map(|id| ThreadMessage {
            id,
            job_number: None,
            thread_id: 1,
            side: if id % 2 == 0 {
                MessageSide::Seeker
            } else {
                MessageSide::Employer
            },
            sender_name: "株式会社しごと商事".into(),
            body: format!(
                "お世話になっております。面接日程の件でご連絡いたしました（{id}通目）。ご都合のよい日時を三つほどお知らせください。"
            ),
            sent_at: at + chrono::TimeDelta::minutes(id),
        })
        .collect();
    PullResponse {
        cursor: format!("{count}.0"),
        favorites: vec![],
        saved_searches: vec![],
        closed: vec![],
        applications: vec![],
        threads: vec![ThreadSummary {
            id: 1,
            party: ThreadParty::Employer,
            title: "株式会社しごと商事".into(),
            last_message_at: Some(at + chrono::TimeDelta::minutes(count)),
            unread: 0,
            can_write: true,
            side: MessageSide::Seeker,
            read_up_to: count - 10,
        }],
        messages,
        introductions: vec![],
        new_postings: None,
        reminders: vec![],
        profile: None,
        requests: vec![],
        hidden_employers: vec![],
    }
}

/// Opens a thread of 1,000 messages from a cache `rounds` times; sorted times.
fn open_long_thread(folder: &std::path::Path, rounds: usize) -> Vec<Duration> {
    let mut cache = Cache::open(&folder.join("thread/cache.sqlite3")).unwrap();
    cache
        .apply_pull(&long_thread(1_000), chrono::Utc::now().naive_utc())
        .unwrap();
    let mut times = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let started = Instant::now();
        let thread = cache.thread(1).unwrap().unwrap();
        times.push(started.elapsed());
        assert_eq!(thread.messages.len(), 1_000);
        assert_eq!(thread.thread.unread, 5);
    }
    times.sort();
    times
}

/// A counselor writes to a seeker whose app runs with the real sync interval, right after a
/// pass: how long until the message is in the app's cache.
async fn message_arrival(server: &TestServer, folder: &std::path::Path) -> Duration {
    add_counselor(server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let counselor = server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let (seeker, number) =
        registered_seeker(server, &counselor, "arrival@example.jp", "Bench#Sync2026")
            .await
            .unwrap();
    let cache = std::sync::Arc::new(Mutex::new(
        Cache::open(&folder.join("arrival/cache.sqlite3")).unwrap(),
    ));
    let engine = std::sync::Arc::new(SyncEngine::new(ApiClient::new(&server.base_url()).unwrap()));
    let notices = tokio::sync::broadcast::channel(8).0;
    let runner = SyncRunner::start(
        engine,
        cache.clone(),
        seeker,
        SYNC_INTERVAL,
        notices,
        || shigoto_shared::Lang::Ja,
    );
    wait_for_synced(runner.watch()).await;
    let message = NewMessage {
        key: uuid::Uuid::new_v4().to_string(),
        body: "職業相談の日程のご案内です。".into(),
    };
    let sent = Instant::now();
    server
        .client
        .message_seeker(&counselor, &number, &message)
        .await
        .unwrap();
    loop {
        if cache.lock().unwrap().unread_messages().unwrap() > 0 {
            return sent.elapsed();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
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
    let thread = open_long_thread(folder.path(), rounds);
    println!(
        "a thread of 1,000 messages from the cache: p50 {} p99 {} over {rounds} openings",
        millis(percentile(&thread, 0.5)),
        millis(percentile(&thread, 0.99))
    );
    let arrival = message_arrival(&server, folder.path()).await;
    println!(
        "a message written right after a pass reached the running app's cache after {:.1} s (sync interval {} s: the worst case)",
        arrival.as_secs_f64(),
        SYNC_INTERVAL.as_secs()
    );
    server.stop().await.unwrap();
}
