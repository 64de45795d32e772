//! The desktop core against the real service and the real OS keyring (Secret Service through
//! gnome-keyring under `dbus-run-session`, which `cargo xtask test` sets up): the token is
//! stored there on sign-in, resumed by a restarted app, and deleted on sign-out and, for
//! counselors and on a shared workstation, on exit.

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
    };
    TokenStore::new(config.keyring_service.clone())
        .delete()
        .unwrap();
    (server, config, settings)
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
    let server = shigoto_test_support::start_with_jobs_and_smtp(TestDatabase::Sqlite, 100)
        .await
        .unwrap();
    shigoto_test_support::sign_up_seeker(&server, seeker, password)
        .await
        .unwrap();
    let folders = tempfile::tempdir().unwrap();
    let config = DesktopConfig {
        service_url: server.base_url(),
        keyring_service: format!("jp.shigoto.test.{}.offline", std::process::id()),
        shared_workstation_forced: false,
        config_dir: folders.path().join("config"),
        data_dir: folders.path().join("data"),
    };
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
    let server = shigoto_test_support::start_with_jobs_and_smtp(TestDatabase::Sqlite, 20)
        .await
        .unwrap();
    shigoto_test_support::sign_up_seeker(&server, seeker, password)
        .await
        .unwrap();
    let folders = tempfile::tempdir().unwrap();
    let config = DesktopConfig {
        service_url: server.base_url(),
        keyring_service: format!("jp.shigoto.test.{}.shared-cache", std::process::id()),
        shared_workstation_forced: true,
        config_dir: folders.path().join("config"),
        data_dir: folders.path().join("data"),
    };
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
