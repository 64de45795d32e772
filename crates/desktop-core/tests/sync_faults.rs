//! Property test of the sync engine against the real service: two devices of one job seeker
//! make random favorite and saved-search edits while the network between them and the service
//! loses requests, loses answers, duplicates and reorders them, and the app is killed between
//! committing an edit and hearing back; meanwhile the service itself changes the seeker's
//! applications (a counselor's referrals, the seeker's 辞退). Both devices also write messages
//! to an employer (online or not) and mark the thread read, while the employer writes too.
//! Once the faults stop, both devices and the service must hold the same data, with no
//! duplicate and no lost edit: every message written is stored exactly once.
//!
//! Each device owns some favorites and one saved search that only it edits (their final state
//! is known: the device's last edit) and shares others with the other device (their final
//! state depends on arrival order, so only agreement is checked).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

#[path = "sync_faults/transport.rs"]
mod transport;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::Utc;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use shigoto_api_client::ApiClient;
use shigoto_cache::Cache;
use shigoto_desktop_core::sync::SyncEngine;
use shigoto_shared::{
    ApplicationRequest, ApplicationStatus, ErrorCode, JobSearchParams, NewMessage, PullResponse,
    ReferralRequest, SyncCursor,
};
use shigoto_test_support::{
    accepted_employer, add_counselor, code_of, published_posting, registered_seeker,
    sample_posting, start_with_jobs_and_smtp, TestDatabase, TestServer, COUNSELOR_EMAIL,
    COUNSELOR_PASSWORD,
};
use transport::{Fault, FaultyTransport};

const PASSWORD: &str = "Hanako#Kyuj1n";
/// Favorites 0..4 belong to device 0, 4..8 to device 1, 8..10 are shared.
const JOBS: usize = 10;
/// Saved searches: device 0 owns 0, device 1 owns 1, 2 is shared.
const SEARCH_IDS: [&str; 3] = [
    "6f1c1a52-0d3b-4c55-9a70-1f4e3f2b0a01",
    "6f1c1a52-0d3b-4c55-9a70-1f4e3f2b0a02",
    "6f1c1a52-0d3b-4c55-9a70-1f4e3f2b0a03",
];
const NAMES: [&str; 3] = ["事務", "介護", "経理"];

#[derive(Debug, Clone)]
enum Step {
    Add {
        device: usize,
        job: usize,
    },
    Remove {
        device: usize,
        job: usize,
    },
    Save {
        device: usize,
        search: usize,
        name: usize,
    },
    Delete {
        device: usize,
        search: usize,
    },
    Sync {
        device: usize,
        faults: Vec<Fault>,
    },
    /// On the service: a counselor refers the seeker to a job (refused if applied already).
    Refer {
        job: usize,
    },
    /// On the service: the seeker withdraws (辞退) the application to a job, if there is one
    /// still 選考中.
    Withdraw {
        job: usize,
    },
    /// The device writes a message to the employer (once it has the thread).
    Write {
        device: usize,
    },
    /// The device marks the thread read up to its newest message.
    Read {
        device: usize,
    },
    /// On the service: the employer writes to the seeker.
    EmployerWrites,
}

/// The employer the seeker of every case applies to, and its posting.
struct Employer {
    email: &'static str,
    password: &'static str,
    job_number: String,
}

const EMPLOYER_EMAIL: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";

fn owner_of_job(job: usize) -> Option<usize> {
    match job {
        0..4 => Some(0),
        4..8 => Some(1),
        _ => None,
    }
}

fn owner_of_search(search: usize) -> Option<usize> {
    (search < 2).then_some(search)
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        4 => Just(Fault::None),
        1 => Just(Fault::RequestLost),
        1 => Just(Fault::AnswerLost),
        1 => Just(Fault::Duplicated),
        1 => Just(Fault::Reordered),
        1 => Just(Fault::Killed),
    ]
}

/// A job this device may edit: its own or a shared one.
fn job_for(device: usize) -> impl Strategy<Value = usize> {
    let own = device * 4;
    prop_oneof![own..own + 4, 8..JOBS]
}

fn search_for(device: usize) -> impl Strategy<Value = usize> {
    prop_oneof![Just(device), Just(2)]
}

fn step() -> impl Strategy<Value = Step> {
    (0..2usize).prop_flat_map(|device| {
        prop_oneof![
            4 => job_for(device).prop_map(move |job| Step::Add { device, job }),
            2 => job_for(device).prop_map(move |job| Step::Remove { device, job }),
            2 => (search_for(device), 0..NAMES.len())
                .prop_map(move |(search, name)| Step::Save { device, search, name }),
            1 => search_for(device).prop_map(move |search| Step::Delete { device, search }),
            3 => proptest::collection::vec(fault(), 1..4)
                .prop_map(move |faults| Step::Sync { device, faults }),
            1 => (0..JOBS).prop_map(|job| Step::Refer { job }),
            1 => (0..JOBS).prop_map(|job| Step::Withdraw { job }),
            2 => Just(Step::Write { device }),
            1 => Just(Step::Read { device }),
            1 => Just(Step::EmployerWrites),
        ]
    })
}

struct Device {
    path: PathBuf,
    cache: Mutex<Cache>,
    engine: SyncEngine<FaultyTransport>,
    token: String,
    next_key: u64,
    id: usize,
}

impl Device {
    fn key(&mut self) -> String {
        self.next_key += 1;
        // Distinct per device and per edit, stable across "restarts" of the app.
        uuid::Uuid::from_u128((self.id as u128) << 64 | u128::from(self.next_key)).to_string()
    }

    fn restart(&mut self) {
        // The app dies: only what was committed to the cache file survives.
        let reopened = Cache::open(&self.path).unwrap();
        self.cache = Mutex::new(reopened);
    }
}

fn favorites_of(cache: &Mutex<Cache>) -> BTreeSet<String> {
    cache
        .lock()
        .unwrap()
        .favorite_numbers()
        .unwrap()
        .into_iter()
        .collect()
}

fn searches_of(cache: &Mutex<Cache>) -> BTreeMap<String, String> {
    cache
        .lock()
        .unwrap()
        .saved_searches()
        .unwrap()
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect()
}

/// The seeker's thread with the employer as device `cache` holds it: its id, its messages'
/// ids, those waiting, and how far it is read.
fn thread_of(cache: &Mutex<Cache>) -> Option<(i64, Vec<i64>, usize, i64)> {
    let mut cache = cache.lock().unwrap();
    let id = cache.threads().unwrap().first()?.id;
    let thread = cache.thread(id).unwrap()?;
    Some((
        id,
        thread.messages.iter().map(|m| m.id).collect(),
        thread.waiting.len(),
        thread.thread.read_up_to,
    ))
}

async fn run_case(
    server: &TestServer,
    (jobs, employer): (&[String], &Employer),
    case: usize,
    steps: Vec<Step>,
    root: &std::path::Path,
) -> Result<(), TestCaseError> {
    let email = format!("case{case}@example.jp");
    // Past the sign-in throttle's window: each case signs in three times.
    server.clock.advance(chrono::TimeDelta::minutes(11));
    // 本登録 at the counter, so that counselors may refer the seeker.
    let counselor = server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let (seeker, number) = registered_seeker(server, &counselor, &email, PASSWORD)
        .await
        .unwrap();
    // The application opens the thread with the employer.
    let application = ApplicationRequest {
        job_number: employer.job_number.clone(),
        confirmed_disputes: true,
        confirmed_benefits: true,
        message: String::new(),
        documents: Vec::new(),
    };
    server.client.apply(&seeker, &application).await.unwrap();
    let employer_token = server
        .client
        .sign_in(employer.email, employer.password)
        .await
        .unwrap()
        .token;
    // Every message written, by its text (each text is written once).
    let mut written: BTreeSet<String> = BTreeSet::new();
    let mut devices: Vec<Device> = Vec::new();
    for id in 0..2 {
        let token = server.client.sign_in(&email, PASSWORD).await.unwrap().token;
        let path = root.join(format!("case{case}/device{id}/cache.sqlite3"));
        devices.push(Device {
            cache: Mutex::new(Cache::open(&path).unwrap()),
            path,
            engine: SyncEngine::new(FaultyTransport::new(
                ApiClient::new(&server.base_url()).unwrap(),
            )),
            token,
            next_key: 0,
            id,
        });
    }
    // The last edit each device made on what it owns.
    let mut owned_favorites: BTreeMap<usize, bool> = BTreeMap::new();
    let mut owned_searches: BTreeMap<usize, Option<&str>> = BTreeMap::new();
    let now = || Utc::now().naive_utc();

    for step in steps {
        match step {
            Step::Add { device, job } => {
                let d = &mut devices[device];
                let key = d.key();
                d.cache
                    .lock()
                    .unwrap()
                    .add_favorite(&jobs[job], None, &key, now())
                    .unwrap();
                if owner_of_job(job) == Some(device) {
                    owned_favorites.insert(job, true);
                }
            }
            Step::Remove { device, job } => {
                let d = &mut devices[device];
                let key = d.key();
                d.cache
                    .lock()
                    .unwrap()
                    .remove_favorite(&jobs[job], &key, now())
                    .unwrap();
                if owner_of_job(job) == Some(device) {
                    owned_favorites.insert(job, false);
                }
            }
            Step::Save {
                device,
                search,
                name,
            } => {
                let d = &mut devices[device];
                let key = d.key();
                d.cache
                    .lock()
                    .unwrap()
                    .save_search(
                        SEARCH_IDS[search],
                        NAMES[name],
                        &JobSearchParams::default(),
                        &key,
                        now(),
                    )
                    .unwrap();
                if owner_of_search(search) == Some(device) {
                    owned_searches.insert(search, Some(NAMES[name]));
                }
            }
            Step::Delete { device, search } => {
                let d = &mut devices[device];
                let key = d.key();
                let deleted =
                    d.cache
                        .lock()
                        .unwrap()
                        .delete_search(SEARCH_IDS[search], &key, now());
                if deleted.is_ok() && owner_of_search(search) == Some(device) {
                    owned_searches.insert(search, None);
                }
            }
            Step::Refer { job } => {
                let referral = ReferralRequest {
                    job_number: jobs[job].clone(),
                };
                if let Err(err) = server
                    .client
                    .refer_seeker(&counselor, &number, &referral)
                    .await
                {
                    prop_assert_eq!(code_of(&err), Some(ErrorCode::Conflict), "{}", err);
                }
            }
            Step::Withdraw { job } => {
                let mine = server.client.my_applications(&seeker).await.unwrap();
                let open = mine.iter().find(|a| {
                    a.job_number == jobs[job] && a.status == ApplicationStatus::InProgress
                });
                if let Some(application) = open {
                    server
                        .client
                        .withdraw_application(&seeker, application.id)
                        .await
                        .unwrap();
                }
            }
            Step::Write { device } => {
                let d = &mut devices[device];
                let key = d.key();
                let text = format!("端末{device}からのメッセージ{key}");
                let thread = thread_of(&d.cache).map(|t| t.0);
                if let Some(thread) = thread {
                    d.cache
                        .lock()
                        .unwrap()
                        .write_message(thread, &text, &key, now())
                        .unwrap();
                    written.insert(text);
                }
            }
            Step::Read { device } => {
                let d = &devices[device];
                if let Some((thread, ids, _, _)) = thread_of(&d.cache) {
                    if let Some(&newest) = ids.last() {
                        d.cache.lock().unwrap().mark_read(thread, newest).unwrap();
                    }
                }
            }
            Step::EmployerWrites => {
                let thread = server.client.threads(&seeker).await.unwrap()[0].id;
                let n = written.len();
                let text = format!("求人者からのメッセージ{case}-{n}");
                let message = NewMessage {
                    key: uuid::Uuid::new_v4().to_string(),
                    body: text.clone(),
                };
                server
                    .client
                    .send_message(&employer_token, thread, &message)
                    .await
                    .unwrap();
                written.insert(text);
            }
            Step::Sync { device, faults } => {
                let d = &mut devices[device];
                *d.engine.transport().faults.lock().unwrap() = faults.into();
                let _ = d.engine.sync_once(&d.cache, &d.token).await;
                if std::mem::take(&mut *d.engine.transport().killed.lock().unwrap()) {
                    d.restart();
                }
            }
        }
    }

    // The network heals: late copies arrive, then each device syncs until it has nothing left.
    for d in &mut devices {
        d.engine.transport().faults.lock().unwrap().clear();
        d.engine.transport().deliver_held(&d.token).await;
    }
    for round in 0..2 {
        for d in &devices {
            d.engine
                .sync_once(&d.cache, &d.token)
                .await
                .unwrap_or_else(|err| panic!("final sync {round} failed: {err}"));
        }
    }

    let service: PullResponse = server
        .client
        .pull_changes(&devices[0].token, SyncCursor::default())
        .await
        .unwrap();
    let kept: Vec<String> = service
        .favorites
        .iter()
        .filter(|f| !f.removed)
        .map(|f| f.job_number.clone())
        .collect();
    let service_favorites: BTreeSet<String> = kept.iter().cloned().collect();
    prop_assert_eq!(
        kept.len(),
        service_favorites.len(),
        "a duplicate on the service"
    );
    let service_searches: BTreeMap<String, String> = service
        .saved_searches
        .iter()
        .filter(|s| !s.removed)
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();

    for d in &devices {
        prop_assert!(d.cache.lock().unwrap().pending(1000).unwrap().is_empty());
        prop_assert_eq!(
            &favorites_of(&d.cache),
            &service_favorites,
            "device {} favorites",
            d.id
        );
        prop_assert_eq!(
            &searches_of(&d.cache),
            &service_searches,
            "device {} searches",
            d.id
        );
        prop_assert!(d
            .cache
            .lock()
            .unwrap()
            .take_rejections()
            .unwrap()
            .is_empty());
    }
    // Applications are written on the service alone: every device holds them as they are.
    let service_applications: BTreeMap<i64, ApplicationStatus> = server
        .client
        .my_applications(&seeker)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.id, a.status))
        .collect();
    for d in &devices {
        let held = d.cache.lock().unwrap().applications().unwrap();
        let by_id: BTreeMap<i64, ApplicationStatus> =
            held.iter().map(|a| (a.id, a.status)).collect();
        prop_assert_eq!(held.len(), by_id.len(), "a duplicate application");
        prop_assert_eq!(
            &by_id,
            &service_applications,
            "device {} applications",
            d.id
        );
    }
    // Messages: each written exactly once on the service, and every device holds the service's
    // thread as it is, nothing waiting, read as far as the service says.
    let thread = server.client.threads(&seeker).await.unwrap()[0].clone();
    let stored = server.client.thread(&seeker, thread.id).await.unwrap();
    let texts: Vec<&str> = stored.messages.iter().map(|m| m.body.as_str()).collect();
    let distinct: BTreeSet<String> = texts.iter().map(|t| (*t).to_owned()).collect();
    prop_assert_eq!(texts.len(), distinct.len(), "a message stored twice");
    prop_assert_eq!(&distinct, &written, "messages lost or invented");
    let stored_ids: Vec<i64> = stored.messages.iter().map(|m| m.id).collect();
    for d in &devices {
        let held = thread_of(&d.cache);
        prop_assert_eq!(
            held,
            Some((thread.id, stored_ids.clone(), 0, thread.read_up_to)),
            "device {} thread",
            d.id
        );
    }
    for (job, kept) in owned_favorites {
        prop_assert_eq!(
            service_favorites.contains(&jobs[job]),
            kept,
            "owned favorite {}",
            job
        );
    }
    for (search, name) in owned_searches {
        prop_assert_eq!(
            service_searches.get(SEARCH_IDS[search]).map(String::as_str),
            name,
            "owned saved search {}",
            search
        );
    }
    Ok(())
}

#[test]
fn two_devices_converge_through_lost_duplicated_and_reordered_requests() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = runtime
        .block_on(start_with_jobs_and_smtp(TestDatabase::Sqlite, 200))
        .unwrap();
    runtime
        .block_on(add_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD))
        .unwrap();
    let jobs: Vec<String> = runtime.block_on(async {
        let params = JobSearchParams {
            per_page: Some(30),
            ..JobSearchParams::default()
        };
        let results = server.client.search_jobs(&params).await.unwrap();
        results
            .items
            .into_iter()
            .take(JOBS)
            .map(|i| i.job_number)
            .collect()
    });
    assert_eq!(jobs.len(), JOBS);
    let employer = runtime.block_on(async {
        let counselor = server
            .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
            .await
            .unwrap();
        let token = accepted_employer(&server, &counselor, EMPLOYER_EMAIL, EMPLOYER_PASSWORD)
            .await
            .unwrap();
        let (_, job_number) = published_posting(
            &server,
            &token,
            &counselor,
            sample_posting("受発注事務（文具）"),
        )
        .await
        .unwrap();
        Employer {
            email: EMPLOYER_EMAIL,
            password: EMPLOYER_PASSWORD,
            job_number,
        }
    });
    let root = tempfile::tempdir().unwrap();
    let cases = std::env::var("SHIGOTO_SYNC_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(32);
    let mut runner = TestRunner::new(Config {
        cases,
        ..Config::default()
    });
    let counter = Arc::new(Mutex::new(0usize));
    runner
        .run(&proptest::collection::vec(step(), 1..30), |steps| {
            let case = {
                let mut n = counter.lock().unwrap();
                *n += 1;
                *n
            };
            runtime.block_on(run_case(
                &server,
                (&jobs, &employer),
                case,
                steps,
                root.path(),
            ))
        })
        .unwrap();
    runtime.block_on(server.stop()).unwrap();
}
