//! New-job alerts (新着をお知らせ) through the real app window, against the real service, with a
//! real notification daemon (dunst) on the session bus and a real SMTP server: a job seeker
//! saves a search, runs it and marks it 新着をお知らせ; a posting matching it is published; at
//! the next sync the OS tells of it, the menu counts it by 求人検索 and the saved search shows
//! it, and a click on the notification opens the search screen; the seeker asks for the daily mail in 各種設定 and the next morning's mail lists the new
//! posting by number and title.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::time::Duration;

use shigoto_e2e::desk::{desk, People};
use shigoto_e2e::notifications::NotificationDaemon;
use shigoto_e2e::{support, AppSession, TestKeyring};

/// How long a notification may take (a sync pass, then the daemon).
const WITHIN: Duration = Duration::from_secs(20);

const SEEKER: &str = "kenta.ono@example.jp";
const SEEKER_PASSWORD: &str = "Ono#Kenta2026";
const COUNSELOR: &str = "hayashi@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Jimusho#2026";
const EMPLOYER: &str = "saiyo@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Shigoto#Saiyo26";
const TITLE: &str = "受発注事務（文具）";
const NEW_TITLE: &str = "受発注事務（文具・新規）";
const SEARCH_NAME: &str = "文具の事務";

const PEOPLE: People = People {
    counselor: (COUNSELOR, COUNSELOR_PASSWORD),
    employer: (EMPLOYER, EMPLOYER_PASSWORD),
    seeker: (SEEKER, SEEKER_PASSWORD),
    seeker_name: ("小野 健太", "オノ ケンタ"),
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_marked_saved_search_tells_of_new_postings() {
    let desk = desk(support::sample_posting(TITLE), &PEOPLE).await.unwrap();
    let daemon = NotificationDaemon::start().unwrap();
    let keyring = TestKeyring::fresh("new-job-alerts").unwrap();
    let app = AppSession::start_with_keyring(&desk.service.base_url(), &keyring)
        .await
        .unwrap();
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();

    // The seeker saves the search for the stationery word, runs it and marks it.
    app.type_into("#keyword", support::SAMPLE_KEYWORD)
        .await
        .unwrap();
    app.click("#open-save-search").await.unwrap();
    // The name starts as the keyword; it is replaced the way typing over it would (a clear()
    // fires no input event, so a redraw, such as the form's counts arriving, would put the
    // old name back).
    app.set_value("#saved-search-name", SEARCH_NAME)
        .await
        .unwrap();
    app.click("#save-search-submit").await.unwrap();
    app.wait_for(".saved-item .run-saved-search").await.unwrap();
    app.show("#saved-searches").await.unwrap();
    app.click(".saved-item .run-saved-search").await.unwrap();
    app.wait_for(".saved-item .saved-last").await.unwrap();
    app.click(".saved-item .saved-search-alert").await.unwrap();
    app.wait_for(".saved-item .saved-search-alert:checked")
        .await
        .unwrap();
    app.show("#sync-status").await.unwrap();
    app.wait_for("#sync-status.sync-up-to-date").await.unwrap();

    // A minute later a matching posting is published.
    desk.service.clock.advance(chrono::TimeDelta::minutes(1));
    let number = desk
        .publish(&PEOPLE, support::sample_posting(NEW_TITLE))
        .await
        .unwrap();

    // 今すぐ同期 counts it: the OS tells, the menu and the saved search count it.
    // (The saved searches' panel takes the focus back as the sync redraws it, so a press that
    // found the button scrolled away is tried again.)
    let deadline = std::time::Instant::now() + WITHIN;
    let told = loop {
        assert!(
            std::time::Instant::now() < deadline,
            "no notice of new postings"
        );
        app.show("#sync-status").await.unwrap();
        if app.click("#sync-now:not([disabled])").await.is_err() {
            tokio::time::sleep(Duration::from_millis(200)).await;
            continue;
        }
        if let Ok(told) = daemon.wait_for("新着求人のお知らせ", WITHIN / 4).await {
            break told;
        }
    };
    assert_eq!(
        told.body,
        format!("保存した検索条件「{SEARCH_NAME}」に新着求人が1件あります。")
    );
    assert_eq!(app.text("#nav-search-new").await.unwrap(), "1");
    app.show("#saved-searches").await.unwrap();
    let count = app.text(".saved-item .saved-new-count").await.unwrap();
    assert_eq!(count, "新着 1件");
    app.screenshot("150-saved-search-new-postings")
        .await
        .unwrap();

    // The seeker asks for the daily mail in 各種設定.
    app.click("#nav-seeker-info").await.unwrap();
    app.click("#open-seeking-settings").await.unwrap();
    app.click("#new-jobs-digest:not([disabled])").await.unwrap();
    let saved = app.text("#notification-mails-saved").await.unwrap();
    assert!(saved.contains("新着求人のお知らせメール"), "{saved}");
    app.show("#mail-notifications").await.unwrap();
    app.screenshot("151-seeker-new-jobs-digest-on")
        .await
        .unwrap();
    app.quit().await.unwrap();

    // Just after seven the next morning in Japan, the mail lists both postings of the day.
    desk.service.clock.advance(chrono::TimeDelta::hours(21));
    let sent = desk.service.send_daily_mails().await.unwrap();
    assert_eq!(sent.digests, 1);
    let (subject, body) = desk
        .service
        .mail()
        .unwrap()
        .take_mail_about(SEEKER, "新着求人")
        .await
        .unwrap();
    assert_eq!(subject, "【Shigoto】新着求人のお知らせ（11月25日公開分）");
    assert!(body.contains(&format!("「{SEARCH_NAME}」　2件")), "{body}");
    assert!(body.contains(&format!("{number}　{NEW_TITLE}")), "{body}");
    assert!(
        body.contains(&format!("{}　{TITLE}", desk.number)),
        "{body}"
    );
    desk.service.stop().await.unwrap();
}
