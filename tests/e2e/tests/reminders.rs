//! Expiry reminders through the real app window, against the real service (its clock moved to
//! three days before the last day) and a real notification daemon (dunst) on the session bus:
//! the employer is told by the OS that a posting's 紹介期限日 is near, finds it above 求人一覧
//! and extends it from there, after which it is no longer listed; the job seeker is told that
//! the registration ends and sees the advice on 求職者情報・設定.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::time::Duration;

use shigoto_e2e::desk::{desk, People};
use shigoto_e2e::notifications::NotificationDaemon;
use shigoto_e2e::{support, AppSession, TestKeyring};

/// How long a notification may take (a sync pass, then the daemon).
const WITHIN: Duration = Duration::from_secs(20);

const SEEKER: &str = "haruka.ito@example.jp";
const SEEKER_PASSWORD: &str = "Ito#Haruka2026";
const COUNSELOR: &str = "yamada@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Jimusho#2026";
const EMPLOYER: &str = "saiyo@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Shigoto#Saiyo26";
const TITLE: &str = "受発注事務（文具）";

const PEOPLE: People = People {
    counselor: (COUNSELOR, COUNSELOR_PASSWORD),
    employer: (EMPLOYER, EMPLOYER_PASSWORD),
    seeker: (SEEKER, SEEKER_PASSWORD),
    seeker_name: ("伊藤 はるか", "イトウ ハルカ"),
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registrations_and_postings_remind_before_they_end() {
    let desk = desk(support::sample_posting(TITLE), &PEOPLE).await.unwrap();
    // Both end on 2027-01-31; it is now 07:30 on the 28th in Japan.
    let morning = chrono::NaiveDate::from_ymd_opt(2027, 1, 27)
        .unwrap()
        .and_hms_opt(22, 30, 0)
        .unwrap();
    desk.service.move_clock_to(morning);
    let daemon = NotificationDaemon::start().unwrap();
    let keyring = TestKeyring::fresh("reminders").unwrap();
    let app = AppSession::start_with_keyring(&desk.service.base_url(), &keyring)
        .await
        .unwrap();

    // The employer is told, and extends the posting from 求人一覧.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    let told = daemon
        .wait_for("紹介期限日のお知らせ", WITHIN)
        .await
        .unwrap();
    assert!(
        told.body.contains(TITLE) && told.body.contains("2027年1月31日（あと3日）"),
        "{told:?}"
    );
    app.click("#nav-employer-postings").await.unwrap();
    let line = format!(".posting-reminder[data-posting-id=\"{}\"]", desk.posting);
    let text = app.text(&line).await.unwrap();
    assert!(
        text.contains(&desk.number) && text.contains("あと3日"),
        "{text}"
    );
    app.show("#posting-reminders").await.unwrap();
    app.screenshot("155-employer-posting-reminder")
        .await
        .unwrap();
    app.click(&format!("{line} .reminder-extend"))
        .await
        .unwrap();
    let done = app.text("#posting-reminders-notice").await.unwrap();
    assert_eq!(done, "紹介期限日を2027年2月28日まで延長しました。");
    app.wait_gone(&line).await.unwrap();
    let deadline = app
        .text(&format!("#posting-{} .posting-deadline", desk.posting))
        .await
        .unwrap();
    assert!(deadline.contains("延長済み"), "{deadline}");
    app.show("#posting-reminders").await.unwrap();
    app.screenshot("156-employer-posting-extended")
        .await
        .unwrap();
    app.sign_out().await.unwrap();

    // The seeker is told, and 求職者情報・設定 says how to extend it.
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    let told = daemon.wait_for("求職登録の有効期限", WITHIN).await.unwrap();
    assert!(told.body.contains("2027年1月31日（あと3日）"), "{told:?}");
    app.click("#nav-seeker-info").await.unwrap();
    let advice = app.text("#seeking-advice").await.unwrap();
    assert!(advice.contains("有効期限"), "{advice}");
    app.screenshot("157-seeker-registration-reminder")
        .await
        .unwrap();
    assert_eq!(
        daemon
            .shown()
            .iter()
            .filter(|s| s.summary == "紹介期限日のお知らせ")
            .count(),
        1,
        "each reminder once: {:?}",
        daemon.shown()
    );
    app.quit().await.unwrap();
    desk.service.stop().await.unwrap();
}
