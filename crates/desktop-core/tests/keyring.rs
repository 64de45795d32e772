//! The desktop core against the real service and the real OS keyring (Secret Service through
//! gnome-keyring under `dbus-run-session`, which `cargo xtask test` sets up): the token is
//! stored there on sign-in, resumed by a restarted app, and deleted on sign-out and, for
//! counselors and on a shared workstation, on exit. The app killed with SIGKILL while a job
//! seeker is signed in (a child process of this test binary) leaves its sign-in and cache; a
//! shared workstation's next start deletes both before anything is shown (and the service
//! revokes the session), a private computer's resumes the user. Signing out deletes the local
//! secrets before the service is asked (seen by a proxy in front of it), and with the service
//! gone too. A job seeker's search says from when postings are new to them (the end of their
//! previous visit on this computer), the public's never.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_desktop_core::credentials::TokenStore;
use shigoto_desktop_core::{DesktopConfig, DesktopCore};
use shigoto_shared::{ErrorCode, Role};
use shigoto_test_support::{add_counselor, start, TestDatabase, TestServer};

const EMAIL: &str = "suzuki@hellowork.example.jp";
const PASSWORD: &str = "Madoguchi#77";

/// The service with one counselor, and a config with a keyring name of its own (`test`: tests
/// run in parallel) and a settings folder (kept while the returned folder lives).
async fn setup(test: &str) -> (TestServer, DesktopConfig, tempfile::TempDir) {
    let server = start(TestDatabase::Sqlite, 0).await.unwrap();
    add_counselor(&server, EMAIL, PASSWORD).await.unwrap();
    let settings = tempfile::tempdir().unwrap();
    let config = DesktopConfig {
        service_url: server.base_url(),
        keyring_service: format!("jp.shigoto.test.{}.{test}", std::process::id()),
        shared_workstation_forced: false,
        config_dir: settings.path().to_owned(),
        data_dir: settings.path().join("data"),
        downloads_dir: settings.path().join("data"),
        downloads_dir_forced: false,
        system_language: shigoto_shared::Lang::Ja,
    };
    TokenStore::new(config.keyring_service.clone())
        .delete()
        .unwrap();
    (server, config, settings)
}

/// A service with `jobs` demo postings and the job seeker `seeker` signed up, and a config of
/// its own (`test`: tests run in parallel) with its folders (kept while the folder lives).
async fn seeker_setup(
    test: &str,
    seeker: &str,
    password: &str,
    jobs: usize,
) -> (TestServer, DesktopConfig, tempfile::TempDir) {
    let server = shigoto_test_support::start_with_jobs_and_smtp(TestDatabase::Sqlite, jobs)
        .await
        .unwrap();
    shigoto_test_support::sign_up_seeker(&server, seeker, password)
        .await
        .unwrap();
    let folders = tempfile::tempdir().unwrap();
    let config = DesktopConfig {
        service_url: server.base_url(),
        keyring_service: format!("jp.shigoto.test.{}.{test}", std::process::id()),
        shared_workstation_forced: false,
        config_dir: folders.path().join("config"),
        data_dir: folders.path().join("data"),
        downloads_dir: folders.path().join("data"),
        downloads_dir_forced: false,
        system_language: shigoto_shared::Lang::Ja,
    };
    (server, config, folders)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn the_token_lives_in_the_keyring_from_sign_in_to_sign_out() {
    let (server, config, _settings) = setup("sign-in-to-sign-out").await;
    let store = TokenStore::new(config.keyring_service.clone());
    let core = DesktopCore::new(&config);
    assert_eq!(core.current_account().await.unwrap(), None);

    let account = core.sign_in(EMAIL, PASSWORD).await.unwrap();
    assert_eq!(account.role, Role::Counselor);
    let token = store.load().unwrap().expect("token in the keyring");
    assert_eq!(
        server.client.me(&token).await.unwrap().email,
        EMAIL,
        "it is the live token"
    );

    // A restarted app resumes the session from the keyring.
    let restarted = DesktopCore::new(&config);
    assert_eq!(restarted.current_account().await.unwrap(), Some(account));

    restarted.sign_out().await.unwrap();
    assert_eq!(store.load().unwrap(), None, "the keyring entry is gone");
    let err = server.client.me(&token).await.unwrap_err();
    assert!(
        err.to_string().contains("unauthenticated"),
        "revoked on the service: {err}"
    );
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn a_dead_token_left_in_the_keyring_is_removed() {
    let (server, config, _settings) = setup("dead-token").await;
    let store = TokenStore::new(config.keyring_service.clone());
    store.save("revoked-or-made-up-token").unwrap();
    let core = DesktopCore::new(&config);
    assert_eq!(core.current_account().await.unwrap(), None);
    assert_eq!(store.load().unwrap(), None);
    let err = core
        .register_seeker(&shigoto_shared::CounterRegistration {
            name: "x".into(),
            name_kana: "エックス".into(),
            birth_date: chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
            email: "x@example.jp".into(),
            prefecture_code: "13".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Unauthenticated);
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn counselors_leave_nothing_behind_when_the_app_exits() {
    let (server, config, _settings) = setup("counselor-exit").await;
    let store = TokenStore::new(config.keyring_service.clone());
    let core = DesktopCore::new(&config);
    core.sign_in(EMAIL, PASSWORD).await.unwrap();
    let token = store.load().unwrap().expect("token in the keyring");
    core.on_exit().await;
    assert_eq!(store.load().unwrap(), None);
    assert!(server.client.me(&token).await.is_err());
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn only_a_shared_workstation_forgets_a_kept_sign_in_on_exit() {
    let (server, config, _settings) = setup("shared-exit").await;
    let store = TokenStore::new(config.keyring_service.clone());

    // A private computer keeps the sign-in for the next start.
    store.save("kept-from-an-earlier-run").unwrap();
    DesktopCore::new(&config).on_exit().await;
    assert_eq!(
        store.load().unwrap().as_deref(),
        Some("kept-from-an-earlier-run")
    );

    // Marked shared in the settings: the next exit removes it.
    let core = DesktopCore::new(&config);
    core.set_shared_workstation(true).unwrap();
    core.on_exit().await;
    assert_eq!(store.load().unwrap(), None);
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn favorites_are_read_offline_and_offline_edits_reach_the_service_later() {
    use shigoto_shared::{JobSearchParams, SyncCursor, SyncState};
    let seeker = "offline@example.jp";
    let password = "Hanako#Kyuj1n";
    let (server, config, _folders) = seeker_setup("offline", seeker, password, 100).await;
    let jobs: Vec<String> = server
        .client
        .search_jobs(&JobSearchParams::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .take(3)
        .map(|i| i.job_number)
        .collect();

    let core = DesktopCore::new(&config);
    core.sign_in(seeker, password).await.unwrap();
    for job in &jobs {
        core.add_favorite(job).await.unwrap();
    }
    let synced = core.wait_until_synced().await.unwrap();
    assert_eq!(synced.pending, 0);
    assert!(synced.last_success_at.is_some());
    drop(core); // the app quits on a personal computer: the sign-in is kept

    let stopped = server.stop_for_a_while().await.unwrap();
    let offline = DesktopCore::new(&config);
    let account = offline
        .current_account()
        .await
        .unwrap()
        .expect("the last user");
    assert_eq!(account.role, Role::Seeker);
    let favorites = offline.favorites().unwrap();
    assert_eq!(favorites.len(), 3);
    assert!(favorites.iter().all(|f| f.summary.is_some() && !f.pending));
    let sheet = offline
        .job(&jobs[0])
        .await
        .expect("the 求人票 opens offline");
    assert_eq!(sheet.job_number, jobs[0]);
    let err = offline
        .search_jobs(&JobSearchParams::default())
        .await
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::ServiceUnreachable);

    offline.remove_favorite(&jobs[1]).unwrap();
    assert_eq!(
        offline.favorites().unwrap().len(),
        2,
        "the removal shows at once"
    );
    let status =
        shigoto_desktop_core::sync::runner::wait_until(offline.sync_watch().unwrap(), |s| {
            // The pass the removal asked for, not an earlier one.
            s.state == SyncState::Offline && s.pending == 1
        })
        .await;
    assert_eq!(status.pending, 1);
    assert!(status.message.is_some(), "the offline state says why");

    let server = stopped.start_again().await.unwrap();
    offline.sync_now();
    let synced = offline.wait_until_synced().await.unwrap();
    assert_eq!(synced.pending, 0);
    let token = server.client.sign_in(seeker, password).await.unwrap().token;
    let on_service = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    let kept: Vec<&str> = on_service
        .favorites
        .iter()
        .filter(|f| !f.removed)
        .map(|f| f.job_number.as_str())
        .collect();
    assert_eq!(kept.len(), 2);
    assert!(
        !kept.contains(&jobs[1].as_str()),
        "the offline removal reached the service"
    );
    offline.sign_out().await.unwrap();
    server.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn signing_out_of_a_shared_workstation_erases_the_mypage_cache() {
    let seeker = "shared@example.jp";
    let password = "Hanako#Kyuj1n";
    let (server, mut config, _folders) = seeker_setup("shared-cache", seeker, password, 20).await;
    config.shared_workstation_forced = true;
    let job = server
        .client
        .search_jobs(&shigoto_shared::JobSearchParams::default())
        .await
        .unwrap()
        .items
        .remove(0)
        .job_number;
    let core = DesktopCore::new(&config);
    core.sign_in(seeker, password).await.unwrap();
    core.add_favorite(&job).await.unwrap();
    core.wait_until_synced().await.unwrap();
    let users = config.data_dir.join("users");
    let caches = || -> Vec<_> {
        std::fs::read_dir(&users)
            .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    assert_eq!(caches().len(), 1, "a cache while signed in");
    assert!(
        !config.data_dir.join("last-user.json").exists(),
        "a shared workstation does not remember the last user"
    );

    core.sign_out().await.unwrap();
    assert!(
        caches().is_empty(),
        "nothing of the user stays: {:?}",
        caches()
    );
    assert!(!config.data_dir.join("last-user.json").exists());
    let restarted = DesktopCore::new(&config);
    assert_eq!(restarted.current_account().await.unwrap(), None);
    server.stop().await.unwrap();
}

// ---------------------------------------------------------------------------------------------
// A shared workstation never hands one person's sign-in to the next: the app is killed
// (SIGKILL: no exit clean-up runs) while a job seeker is signed in, and started again.

/// Set in the environment of a child process of this test binary: it plays the app.
const CHILD_ENV: &str = "SHIGOTO_TEST_CHILD_APP";
/// What the child prints once it is signed in with its cache synced.
const CHILD_READY: &str = "child app: signed in and synced";
/// The test that plays the app in the child.
const CHILD_TEST: &str = "child_app_signed_in_until_killed";

/// The app in a child process (does nothing when run as a test): starts the core from the
/// environment as the app does, signs the job seeker in, adds a favorite, waits until it is
/// synced, says so, and waits to be killed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn child_app_signed_in_until_killed() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    let var = |name: &str| std::env::var(name).expect(name);
    let mut config = DesktopConfig::from_env(var("SHIGOTO_TEST_CONFIG_DIR"));
    config.data_dir = var("SHIGOTO_TEST_DATA_DIR").into();
    let core = DesktopCore::new(&config);
    core.sign_in(&var("SHIGOTO_TEST_EMAIL"), &var("SHIGOTO_TEST_PASSWORD"))
        .await
        .unwrap();
    core.add_favorite(&var("SHIGOTO_TEST_JOB")).await.unwrap();
    assert_eq!(core.wait_until_synced().await.unwrap().pending, 0);
    println!("{CHILD_READY}");
    std::future::pending::<()>().await;
}

const SEEKER: &str = "crash@example.jp";
const SEEKER_PASSWORD: &str = "Hanako#Kyuj1n";

/// A service with demo postings and a job seeker, the config of a device of its own, and one
/// posting to add to the favorites.
async fn seeker_device(
    test: &str,
    shared_forced: bool,
) -> (TestServer, DesktopConfig, tempfile::TempDir, String) {
    let (server, mut config, folders) = seeker_setup(test, SEEKER, SEEKER_PASSWORD, 20).await;
    config.shared_workstation_forced = shared_forced;
    TokenStore::new(config.keyring_service.clone())
        .delete()
        .unwrap();
    let job = server
        .client
        .search_jobs(&shigoto_shared::JobSearchParams::default())
        .await
        .unwrap()
        .items
        .remove(0)
        .job_number;
    (server, config, folders, job)
}

/// Runs the app in a child process of this test binary, signed in as the job seeker, and kills
/// it with SIGKILL once its favorite is synced.
async fn kill_the_app_while_signed_in(config: &DesktopConfig, job: &str) {
    use std::io::BufRead as _;
    use std::os::unix::process::ExitStatusExt as _;
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([CHILD_TEST, "--exact", "--ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env(CHILD_ENV, "1")
        .env("SHIGOTO_SERVICE_URL", &config.service_url)
        .env("SHIGOTO_KEYRING_SERVICE", &config.keyring_service)
        .env(
            "SHIGOTO_SHARED_WORKSTATION",
            if config.shared_workstation_forced {
                "1"
            } else {
                "0"
            },
        )
        .env("SHIGOTO_TEST_CONFIG_DIR", &config.config_dir)
        .env("SHIGOTO_TEST_DATA_DIR", &config.data_dir)
        .env("SHIGOTO_TEST_EMAIL", SEEKER)
        .env("SHIGOTO_TEST_PASSWORD", SEEKER_PASSWORD)
        .env("SHIGOTO_TEST_JOB", job)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let ready = tokio::task::spawn_blocking(move || {
        std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|line| line.contains(CHILD_READY))
    });
    let ready = tokio::time::timeout(std::time::Duration::from_secs(120), ready).await;
    child.kill().unwrap(); // SIGKILL: the app gets no chance to clean up
    let status = child.wait().unwrap();
    assert!(
        matches!(ready, Ok(Ok(true))),
        "the child app did not sign in: {status}"
    );
    assert_eq!(status.signal(), Some(9), "killed by SIGKILL: {status}");
}

/// The job seekers' cache files under the data folder.
fn cache_files(data_dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let Ok(users) = std::fs::read_dir(data_dir.join("users")) else {
        return files;
    };
    for folder in users.filter_map(Result::ok) {
        if let Ok(inside) = std::fs::read_dir(folder.path()) {
            files.extend(inside.filter_map(Result::ok).map(|e| e.path()));
        }
    }
    files
}

/// Waits until the service no longer accepts `token` (revoked in the background).
async fn wait_until_revoked(server: &TestServer, token: &str) {
    for _ in 0..100 {
        if server.client.me(token).await.is_err() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the left session was not revoked on the service");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn a_shared_workstation_killed_while_signed_in_starts_with_nothing_of_that_user() {
    // Once marked shared by the person (端末の設定), once by the administrator's variable.
    for by_setting in [true, false] {
        let test = if by_setting {
            "killed-shared-setting"
        } else {
            "killed-shared-forced"
        };
        let (server, config, _folders, job) = seeker_device(test, !by_setting).await;
        if by_setting {
            shigoto_desktop_core::settings::SettingsStore::new(&config.config_dir)
                .save(&shigoto_desktop_core::settings::StoredSettings {
                    shared_workstation: true,
                    language: None,
                })
                .unwrap();
        }
        let store = TokenStore::new(config.keyring_service.clone());

        kill_the_app_while_signed_in(&config, &job).await;
        let token = store
            .load()
            .unwrap()
            .expect("the killed app left its sign-in");
        assert_eq!(server.client.me(&token).await.unwrap().email, SEEKER);
        assert!(
            cache_files(&config.data_dir)
                .iter()
                .any(|f| f.ends_with("cache.sqlite3")),
            "the killed app left its cache: {:?}",
            cache_files(&config.data_dir)
        );

        // The next start deletes both before anything can be shown or asked.
        let core = DesktopCore::new(&config);
        assert_eq!(
            store.load().unwrap(),
            None,
            "{test}: the keyring entry is gone"
        );
        assert_eq!(
            cache_files(&config.data_dir),
            Vec::<std::path::PathBuf>::new()
        );
        assert!(!config.data_dir.join("users").exists(), "{test}");
        assert!(!config.data_dir.join("last-user.json").exists(), "{test}");
        assert_eq!(core.current_account().await.unwrap(), None, "{test}");
        assert!(core.sync_status().is_none());
        wait_until_revoked(&server, &token).await;
        server.stop().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn a_private_computer_killed_while_signed_in_resumes_the_same_user() {
    use std::os::unix::fs::PermissionsExt as _;
    let (server, config, _folders, job) = seeker_device("killed-private", false).await;
    let store = TokenStore::new(config.keyring_service.clone());

    kill_the_app_while_signed_in(&config, &job).await;
    let token = store
        .load()
        .unwrap()
        .expect("the killed app left its sign-in");
    let files = cache_files(&config.data_dir);
    assert!(files.iter().any(|f| f.ends_with("cache.sqlite3")));
    // What the app left on disk is its user's only.
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    for file in files
        .iter()
        .cloned()
        .chain([config.data_dir.join("last-user.json")])
    {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    assert_eq!(mode(&config.data_dir), 0o700);
    assert_eq!(mode(&config.data_dir.join("users")), 0o700);
    assert_eq!(mode(files[0].parent().unwrap()), 0o700);

    let core = DesktopCore::new(&config);
    assert_eq!(store.load().unwrap().as_deref(), Some(token.as_str()));
    let account = core.current_account().await.unwrap().expect("resumed");
    assert_eq!(account.email, SEEKER);
    let favorites = core.favorites().unwrap();
    assert_eq!(
        favorites.len(),
        1,
        "read from the cache the killed app left"
    );
    assert_eq!(favorites[0].job_number, job);
    core.sign_out().await.unwrap();
    assert_eq!(store.load().unwrap(), None);
    server.stop().await.unwrap();
}

/// For each sign-out request the service got: (was the keyring entry still there, were MyPage
/// caches still there).
type Witnessed = std::sync::Arc<std::sync::Mutex<Vec<(bool, bool)>>>;

/// A loopback proxy in front of the service that notes, each time a request to end the
/// session passes, whether the keyring entry and the MyPage caches were still there.
fn sign_out_witness(
    service: &str,
    store: TokenStore,
    data_dir: std::path::PathBuf,
) -> (String, Witnessed) {
    use std::io::{Read as _, Write as _};
    use std::net::{TcpListener, TcpStream};
    let upstream = service
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let noted = seen.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().map_while(Result::ok) {
            let Ok(server) = TcpStream::connect(&upstream) else {
                continue;
            };
            let (mut from_server, mut to_client) =
                (server.try_clone().unwrap(), client.try_clone().unwrap());
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut from_server, &mut to_client);
                let _ = to_client.shutdown(std::net::Shutdown::Write);
            });
            let (mut from_client, mut to_server) = (client, server);
            let (store, data_dir, noted) = (store.clone(), data_dir.clone(), noted.clone());
            std::thread::spawn(move || {
                let mut buffer = [0_u8; 16 * 1024];
                while let Ok(read) = from_client.read(&mut buffer) {
                    if read == 0 {
                        break;
                    }
                    let chunk = &buffer[..read];
                    if chunk
                        .windows(31)
                        .any(|w| w == b"DELETE /api/v1/sessions/current")
                    {
                        let in_keyring = store.load().unwrap().is_some();
                        let cached = !cache_files(&data_dir).is_empty();
                        noted.lock().unwrap().push((in_keyring, cached));
                    }
                    if to_server.write_all(chunk).is_err() {
                        break;
                    }
                }
                let _ = to_server.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    (url, seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn signing_out_deletes_the_local_secrets_before_the_service_hears_of_it() {
    let (server, mut config, _folders, job) = seeker_device("sign-out-order", true).await;
    let store = TokenStore::new(config.keyring_service.clone());
    let (proxy, seen) =
        sign_out_witness(&config.service_url, store.clone(), config.data_dir.clone());
    config.service_url = proxy;

    // Through the witness: when the service is asked to end the session, this computer
    // already holds neither the token nor the cache.
    let core = DesktopCore::new(&config);
    core.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    core.add_favorite(&job).await.unwrap();
    core.wait_until_synced().await.unwrap();
    let token = store.load().unwrap().expect("signed in");
    assert!(!cache_files(&config.data_dir).is_empty());
    core.sign_out().await.unwrap();
    assert_eq!(*seen.lock().unwrap(), vec![(false, false)]);
    assert!(server.client.me(&token).await.is_err(), "revoked");

    // With the service gone, signing out still leaves nothing here.
    core.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    core.add_favorite(&job).await.unwrap();
    core.wait_until_synced().await.unwrap();
    let stopped = server.stop_for_a_while().await.unwrap();
    core.sign_out().await.unwrap();
    assert_eq!(store.load().unwrap(), None);
    assert!(cache_files(&config.data_dir).is_empty());
    assert!(!config.data_dir.join("last-user.json").exists());
    stopped.start_again().await.unwrap().stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a Secret Service on a session bus: run through `cargo xtask test`"]
async fn a_seekers_search_marks_what_is_new_since_their_last_visit() {
    use shigoto_shared::JobSearchParams;
    let seeker = "visits@example.jp";
    let password = "Hanako#Kyuj1n";
    let (server, config, folders) = seeker_setup("visits", seeker, password, 30).await;
    let core = DesktopCore::new(&config);
    core.sign_in(seeker, password).await.unwrap();
    drop(core);

    // This computer's last search was two hours ago.
    let cache_file = std::fs::read_dir(folders.path().join("data/users"))
        .unwrap()
        .map(|entry| entry.unwrap().path().join("cache.sqlite3"))
        .find(|path| path.exists())
        .expect("the seeker's cache");
    let two_hours_ago = chrono::Utc::now().naive_utc() - chrono::TimeDelta::hours(2);
    let mut cache = shigoto_cache::Cache::open(&cache_file).unwrap();
    assert_eq!(
        cache.searched(two_hours_ago).unwrap(),
        None,
        "the first visit marks nothing"
    );
    drop(cache);

    let back = DesktopCore::new(&config);
    back.current_account().await.unwrap().expect("resumed");
    let results = back.search_jobs(&JobSearchParams::default()).await.unwrap();
    let since = results
        .new_since
        .expect("a new visit counts from the last one");
    assert_eq!(
        since.and_utc().timestamp(),
        two_hours_ago.and_utc().timestamp()
    );
    // The public search (signed out) marks nothing.
    back.sign_out().await.unwrap();
    let public = back.search_jobs(&JobSearchParams::default()).await.unwrap();
    assert_eq!(public.new_since, None);
    server.stop().await.unwrap();
}
