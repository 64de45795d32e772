//! One instance: a second start of the app, while a window is open, brings that window forward
//! and ends, instead of opening a second app on the same MyPage cache.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use shigoto_e2e::{processes, required_env, support, AppSession};

/// The running processes whose program is `binary`.
fn instances_of(binary: &Path) -> Vec<u32> {
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| processes::is_running(*pid))
        .filter(|pid| processes::executable(*pid).is_some_and(|exe| exe == binary))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_start_brings_the_running_window_forward() {
    let service = support::start(support::TestDatabase::Sqlite, 50)
        .await
        .unwrap();
    let app = AppSession::start(&service.base_url()).await.unwrap();
    let keyword = app.wait_for("#keyword").await.unwrap();
    keyword.send_keys("介護").await.unwrap();

    let binary = std::fs::canonicalize(required_env("SHIGOTO_APP_BINARY").unwrap()).unwrap();
    let mut second = Command::new(&binary)
        .env("SHIGOTO_SERVICE_URL", service.base_url())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = second.kill();
            panic!("the second start opened an app of its own and kept running");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "the second start ended with {status}");
    println!(
        "the second start handed over and ended in {} ms",
        started.elapsed().as_millis()
    );

    // The first window is the one still open, with what was typed into it.
    assert_eq!(instances_of(&binary), vec![app.app_pid().unwrap()]);
    assert_eq!(
        keyword.prop("value").await.unwrap().as_deref(),
        Some("介護")
    );
    app.screenshot("170-after-second-start").await.unwrap();
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
