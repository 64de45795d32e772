//! Favorites offline, through the real app window: a job seeker signs in, keeps two postings
//! as お気に入り (one from the result list, one from its 求人票) and saves a search condition;
//! the sync indicator reaches 「最新」. Then the service goes down and the app is quit and
//! started again: it resumes the seeker offline (token in the keyring, data in the local cache),
//! shows お気に入り求人 and a favorite's full 求人票 without the network, and takes a removal
//! (「オフライン」, 「未送信 1件」). Once the service is back, 「今すぐ同期」 sends the removal,
//! which the service's own API then shows.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::time::{Duration, Instant};

use shigoto_e2e::{seeker_account, support, AppSession, TestKeyring};
use shigoto_shared::SyncCursor;
use thirtyfour::prelude::*;

const EMAIL: &str = "kitano@example.jp";
const PASSWORD: &str = "Kitano#Hoshi8";
/// How long the sync may take to settle (the app polls its status every few seconds).
const SYNC_TIMEOUT: Duration = Duration::from_secs(60);

/// Waits until the text of the first element matching `css` satisfies `want`.
async fn wait_text(app: &AppSession, css: &str, want: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + SYNC_TIMEOUT;
    let mut last = None;
    loop {
        if let Ok(found) = app.driver.find_all(By::Css(css)).await {
            if let Some(element) = found.first() {
                if let Ok(text) = element.text().await {
                    if want(&text) {
                        return text;
                    }
                    last = Some(text);
                }
            }
        }
        assert!(
            Instant::now() < deadline,
            "{css}: the expected text did not appear (last: {last:?})"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits until nothing matches `css`.
async fn wait_gone(app: &AppSession, css: &str) {
    let deadline = Instant::now() + SYNC_TIMEOUT;
    while !app.driver.find_all(By::Css(css)).await.unwrap().is_empty() {
        assert!(Instant::now() < deadline, "{css} is still shown");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits until the お気に入り button matching `css` says the posting is a favorite.
async fn wait_favorite(app: &AppSession, css: &str) {
    let deadline = Instant::now() + SYNC_TIMEOUT;
    loop {
        let button = app.wait_for(css).await.unwrap();
        if button.attr("data-favorite").await.unwrap().as_deref() == Some("true") {
            return;
        }
        assert!(Instant::now() < deadline, "{css} did not become a favorite");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits for 「最新」 with nothing left to send.
async fn wait_up_to_date(app: &AppSession) {
    wait_text(app, "#sync-state", |text| text == "最新").await;
    wait_gone(app, "#sync-pending").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn favorites_are_read_and_edited_offline_and_synced_afterwards() {
    let service = support::start_with_jobs_and_smtp(support::TestDatabase::Sqlite, 300)
        .await
        .unwrap();
    seeker_account(&service, EMAIL, PASSWORD, "北野 星子", "キタノ ホシコ")
        .await
        .unwrap();
    let keyring = TestKeyring::fresh("offline").unwrap();
    // The app's data folder (its MyPage cache) must outlive the first run.
    let data_home = tempfile::Builder::new()
        .prefix("shigoto-e2e-data-")
        .tempdir()
        .unwrap();
    let data_home_path = data_home.path().to_str().unwrap().to_owned();
    let env = [("XDG_DATA_HOME", data_home_path.as_str())];
    let app = AppSession::start_with_keyring_and_env(&service.base_url(), &keyring, &env)
        .await
        .unwrap();

    // Online: sign in, search, keep the first posting from the result list.
    app.sign_in(EMAIL, PASSWORD).await.unwrap();
    app.wait_for("#sync-status").await.unwrap();
    app.click("#search-button").await.unwrap();
    app.wait_for(".result-item .favorite-toggle").await.unwrap();
    let items = app.driver.find_all(By::Css(".result-item")).await.unwrap();
    assert!(items.len() >= 2, "at least two results");
    let from_list = items[0].attr("data-job-number").await.unwrap().unwrap();
    let from_sheet = items[1].attr("data-job-number").await.unwrap().unwrap();
    let list_button = format!("[data-job-number=\"{from_list}\"] .favorite-toggle");
    app.click(&list_button).await.unwrap();
    wait_favorite(&app, &list_button).await;
    app.screenshot("60-favorite-in-results").await.unwrap();

    // The second from its 求人票, a minute later on the service's (hand-moved) clock.
    service.clock.advance(chrono::TimeDelta::minutes(1));
    app.click(&format!("[data-job-number=\"{from_sheet}\"] .open-job"))
        .await
        .unwrap();
    let shown = app.text("#job-number").await.unwrap();
    assert!(shown.contains(&from_sheet), "{shown} vs {from_sheet}");
    let sheet_button = app.wait_for("#sheet-favorite").await.unwrap();
    assert!(sheet_button
        .text()
        .await
        .unwrap()
        .contains("お気に入りに追加"));
    sheet_button.click().await.unwrap();
    wait_favorite(&app, "#sheet-favorite").await;
    let label = app.text("#sheet-favorite").await.unwrap();
    assert!(label.contains("お気に入りから削除"), "{label}");
    app.screenshot("61-favorite-on-sheet").await.unwrap();
    app.click("#back-to-results").await.unwrap();

    // A saved search, run again in one click.
    app.type_into("#keyword", "事務").await.unwrap();
    app.click("#open-save-search").await.unwrap();
    let name = app.wait_for("#saved-search-name").await.unwrap();
    assert_eq!(name.value().await.unwrap().as_deref(), Some("事務"));
    let limit = app.text(".saved-limit").await.unwrap();
    assert!(limit.contains("3件まで保存できます"), "{limit}");
    app.show("#save-search-form").await.unwrap();
    app.screenshot("62-save-search-form").await.unwrap();
    app.click("#save-search-submit").await.unwrap();
    wait_text(&app, ".saved-item .saved-name", |text| text == "事務").await;
    let count = app.text("#saved-search-count").await.unwrap();
    assert!(count.contains("1件"), "{count}");
    let all = app.text("#result-count").await.unwrap();
    app.show("#clear-button").await.unwrap();
    app.click("#clear-button").await.unwrap();
    app.show("#saved-searches").await.unwrap();
    app.click(".saved-item .run-saved-search").await.unwrap();
    let deadline = Instant::now() + SYNC_TIMEOUT;
    loop {
        let keyword = app.wait_for("#keyword").await.unwrap();
        if keyword.value().await.unwrap().as_deref() == Some("事務") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the saved keyword is back in the form"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // The results are those of the saved conditions.
    wait_text(&app, "#result-count", |count| count != all).await;
    app.show("#saved-searches").await.unwrap();
    app.screenshot("63-saved-searches").await.unwrap();

    // Everything reaches the service.
    wait_up_to_date(&app).await;
    let last = app.text("#sync-last").await.unwrap();
    assert!(last.starts_with("最終同期 "), "{last}");
    app.click("#nav-activity").await.unwrap();
    wait_text(&app, "#activity-favorites-count", |t| t == "2件／300件").await;
    wait_text(&app, "#activity-searches-count", |t| t == "1件／3件").await;
    app.screenshot("64-activity").await.unwrap();
    app.click("#show-all-favorites").await.unwrap();
    wait_text(&app, "#favorites-count", |t| t == "2件／300件").await;
    let first = app.wait_for(".favorite-item").await.unwrap();
    assert_eq!(
        first.attr("data-job-number").await.unwrap().as_deref(),
        Some(from_sheet.as_str()),
        "newest first"
    );
    app.screenshot("65-favorites-online").await.unwrap();

    // The service goes down; the app is quit and started again, offline.
    let service_url = service.base_url();
    let stopped = service.stop_for_a_while().await.unwrap();
    app.quit_app().await.unwrap();
    assert!(
        keyring.token().unwrap().is_some(),
        "the token stays in the keyring"
    );
    let app = AppSession::start_with_keyring_and_env(&service_url, &keyring, &env)
        .await
        .unwrap();
    app.wait_for("#sign-out").await.unwrap();
    wait_text(&app, "#sync-state", |text| text == "オフライン").await;
    app.click("#nav-favorites").await.unwrap();
    wait_text(&app, "#favorites-count", |t| t == "2件／300件").await;
    app.wait_for("#favorites-offline").await.unwrap();
    app.screenshot("66-favorites-offline").await.unwrap();

    // A favorite's 求人票, from this computer's copy.
    app.click(&format!("[data-job-number=\"{from_list}\"] .open-job"))
        .await
        .unwrap();
    let shown = app.text("#job-number").await.unwrap();
    assert!(shown.contains(&from_list), "{shown} vs {from_list}");
    let description = app.text("#job-description").await.unwrap();
    assert!(
        description.chars().count() > 20,
        "仕事内容 is shown offline: {description}"
    );
    let back = app.text("#back-to-results").await.unwrap();
    assert!(back.contains("お気に入り求人に戻る"), "{back}");
    app.wait_for("#connection-status.connection-offline")
        .await
        .unwrap();
    app.screenshot("67-sheet-offline").await.unwrap();
    app.click("#back-to-results").await.unwrap();

    // Removed offline: waits in the outbox.
    app.click(&format!(
        "[data-job-number=\"{from_list}\"] .remove-favorite"
    ))
    .await
    .unwrap();
    wait_gone(
        &app,
        &format!(".favorite-item[data-job-number=\"{from_list}\"]"),
    )
    .await;
    wait_text(&app, "#favorites-count", |t| t == "1件／300件").await;
    wait_text(&app, "#sync-pending", |t| t == "未送信 1件").await;
    let state = app.text("#sync-state").await.unwrap();
    assert_eq!(state, "オフライン");
    app.screenshot("68-removed-offline").await.unwrap();

    // The service is back: 今すぐ同期 sends the removal.
    let service = stopped.start_again().await.unwrap();
    app.click("#sync-now").await.unwrap();
    wait_up_to_date(&app).await;
    app.screenshot("69-synced-again").await.unwrap();

    let token = service.client.sign_in(EMAIL, PASSWORD).await.unwrap().token;
    let changes = service
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    let kept: Vec<&str> = changes
        .favorites
        .iter()
        .filter(|f| !f.removed)
        .map(|f| f.job_number.as_str())
        .collect();
    assert_eq!(
        kept,
        vec![from_sheet.as_str()],
        "the removal reached the service"
    );
    assert_eq!(changes.saved_searches.len(), 1);
    assert_eq!(changes.saved_searches[0].name, "事務");

    app.sign_out().await.unwrap();
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
