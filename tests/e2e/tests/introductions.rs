//! オンライン職業紹介 through the real app window, against the real service, with a real
//! notification daemon (dunst) on the session bus: a counselor finds a seeker by フリガナ (typed
//! in hiragana), opens the record and sends
//! a posting as an online introduction with a note; when the seeker signs in again on the same
//! computer the OS shows the introduction and the message; the seeker finds it in the Hello Work
//! thread (the 求人票 opens from the message) and on 求職活動状況, applies from it after
//! confirming, and the employer has the applicant as a referral with its 紹介状; the employer's
//! result reaches the running app as an OS notification at the next sync, and a click on the
//! notice of the employer's next message opens its thread; the seeker turns the mails about
//! events off.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::desk::{desk, People};
use shigoto_e2e::notifications::NotificationDaemon;
use shigoto_e2e::{support, AppSession, TestKeyring};
use std::time::Duration;

/// How long a notification may take (a sync pass, then the daemon).
const WITHIN: Duration = Duration::from_secs(20);
use shigoto_shared::ApplicationKind;

const SEEKER: &str = "sakura.mori@example.jp";
const SEEKER_PASSWORD: &str = "Mori#Sakura2026";
const COUNSELOR: &str = "kimura@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Jimusho#2026";
const EMPLOYER: &str = "saiyo@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Shigoto#Saiyo26";
const TITLE: &str = "受発注事務（文具）";
const NOTE: &str = "文具の販売経験が活かせる求人です。";

const PEOPLE: People = People {
    counselor: (COUNSELOR, COUNSELOR_PASSWORD),
    employer: (EMPLOYER, EMPLOYER_PASSWORD),
    seeker: (SEEKER, SEEKER_PASSWORD),
    seeker_name: ("森 さくら", "モリ サクラ"),
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seeker_applies_from_an_online_introduction() {
    let desk = desk(support::sample_posting(TITLE), &PEOPLE).await.unwrap();
    let daemon = NotificationDaemon::start().unwrap();
    let keyring = TestKeyring::fresh("introductions").unwrap();
    let app = AppSession::start_with_keyring(&desk.service.base_url(), &keyring)
        .await
        .unwrap();

    // The seeker has used this computer before: their copy is here.
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.wait_for("#sync-status.sync-up-to-date").await.unwrap();
    app.sign_out().await.unwrap();

    // The counselor sends the posting from the seeker's record.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    // The counselor finds the seeker by フリガナ typed in hiragana.
    app.click("#nav-seeker-desk").await.unwrap();
    app.click("#seeker-find-submit").await.unwrap();
    let refused = app.text("#seeker-find-words-error").await.unwrap();
    assert!(refused.contains("氏名またはフリガナ"), "{refused}");
    app.type_into("#seeker-find-words", "もり　さくら")
        .await
        .unwrap();
    app.click("#seeker-find-submit").await.unwrap();
    let found = format!(
        ".seeker-match[data-seeker-number=\"{}\"]",
        desk.seeker_number
    );
    let line = app.text(&found).await.unwrap();
    assert!(
        line.contains("森 さくら") && line.contains("利用登録済み"),
        "{line}"
    );
    app.show("#seeker-find").await.unwrap();
    app.screenshot("139-counselor-finds-seeker-by-kana")
        .await
        .unwrap();
    app.click(&format!("{found} .open-seeker-match"))
        .await
        .unwrap();
    app.type_into("#introduce-job-number", "13010-1")
        .await
        .unwrap();
    app.click("#send-introduction").await.unwrap();
    let refused = app.text("#introduce-job-number-error").await.unwrap();
    assert!(!refused.is_empty());
    let number_box = app.wait_for("#introduce-job-number").await.unwrap();
    number_box.clear().await.unwrap();
    app.type_into("#introduce-job-number", &desk.number)
        .await
        .unwrap();
    app.type_into("#introduce-note", NOTE).await.unwrap();
    app.click("#send-introduction").await.unwrap();
    let sent = app.text("#introduce-notice").await.unwrap();
    assert!(
        sent.contains(TITLE) && sent.contains("オンライン職業紹介"),
        "{sent}"
    );
    app.show("#seeker-introduce-heading").await.unwrap();
    app.screenshot("140-counselor-introduction-sent")
        .await
        .unwrap();
    // 操作の記録 lists it, newest first.
    app.click("#nav-counselor-actions").await.unwrap();
    let newest = app
        .text(".action-row:first-child .action-kind")
        .await
        .unwrap();
    assert_eq!(newest, "オンライン職業紹介・おすすめ求人");
    let subject = app
        .text(".action-row:first-child .action-subject")
        .await
        .unwrap();
    assert_eq!(
        subject,
        format!("求職番号 {} → 求人番号 {}", desk.seeker_number, desk.number)
    );
    app.screenshot("140b-counselor-actions").await.unwrap();
    app.sign_out().await.unwrap();

    // The seeker signs in again: the OS tells of the introduction and the message.
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    let told = daemon
        .wait_for("ハローワークからのオンライン職業紹介", WITHIN)
        .await
        .unwrap();
    assert!(told.body.contains(TITLE), "{told:?}");
    let message = daemon.wait_for("新しいメッセージ", WITHIN).await.unwrap();
    assert_eq!(
        message.body,
        "ハローワーク千代田から1件のメッセージが届きました。"
    );
    // The menu counts it beside 求職活動状況 and メッセージ.
    assert_eq!(app.text("#nav-activity-new").await.unwrap(), "1");
    assert_eq!(app.text("#nav-messages-unread").await.unwrap(), "1");

    // The seeker reads it in the Hello Work thread; the 求人票 opens from the message.
    app.click("#nav-messages").await.unwrap();
    app.click(".thread-row[data-party=\"hello_work\"] .thread-open")
        .await
        .unwrap();
    let body = app
        .text(".message[data-side=\"hello_work\"] .message-body")
        .await
        .unwrap();
    assert!(
        body.starts_with("【オンライン職業紹介】") && body.contains(NOTE),
        "{body}"
    );
    app.screenshot("141-seeker-introduction-message")
        .await
        .unwrap();
    app.click(&format!(
        ".message-job[data-job-number=\"{}\"]",
        desk.number
    ))
    .await
    .unwrap();
    let heading = app.text("#job-sheet-heading").await.unwrap();
    assert!(heading.contains(TITLE), "{heading}");

    // On 求職活動状況 the seeker applies from it, after confirming; seen, it is no longer
    // counted.
    app.click("#nav-activity").await.unwrap();
    let row = ".introduction-row[data-kind=\"referral\"]";
    let line = app.text(row).await.unwrap();
    assert!(line.contains(TITLE) && line.contains(NOTE), "{line}");
    app.wait_gone("#nav-activity-new").await.unwrap();
    app.click(&format!("{row} .apply-from-introduction"))
        .await
        .unwrap();
    app.show("#activity-introductions").await.unwrap();
    app.screenshot("142-seeker-introduction-confirm")
        .await
        .unwrap();
    app.click(&format!("{row} .confirm-introduction-apply"))
        .await
        .unwrap();
    let done = app.text("#introductions-notice").await.unwrap();
    assert!(done.contains("応募しました"), "{done}");
    app.wait_for(&format!("{row} .introduction-applied"))
        .await
        .unwrap();
    app.wait_for("#activity-in-progress .application-row")
        .await
        .unwrap();
    app.show("#activity-introductions").await.unwrap();
    app.screenshot("143-seeker-applied-from-introduction")
        .await
        .unwrap();

    // The employer has the applicant as a referral, with its 紹介状.
    let client = &desk.service.client;
    let applicants = client
        .applicants(&desk.employer, &desk.number)
        .await
        .unwrap();
    assert_eq!(applicants.len(), 1);
    assert_eq!(applicants[0].kind, ApplicationKind::Referred);
    let letter = client
        .applicant_referral_letter(&desk.employer, applicants[0].id)
        .await
        .unwrap();
    assert!(letter.starts_with(b"%PDF-"));

    // The employer records 採用: the running app shows it at its next sync.
    let result = shigoto_shared::ApplicationResult {
        status: shigoto_shared::ApplicationStatus::Hired,
        reason: String::new(),
    };
    client
        .record_result(&desk.employer, applicants[0].id, &result)
        .await
        .unwrap();
    app.show("#sync-status").await.unwrap();
    app.click("#sync-now").await.unwrap();
    let decided = daemon.wait_for("選考結果のお知らせ", WITHIN).await.unwrap();
    assert!(decided.body.contains(TITLE), "{decided:?}");
    assert_eq!(
        daemon
            .shown()
            .iter()
            .filter(|s| s.summary == "新しいメッセージ")
            .count(),
        1,
        "each news once: {:?}",
        daemon.shown()
    );

    // The employer writes: that notification, clicked, opens the thread.
    daemon.close_all().unwrap();
    let thread = client.threads(&desk.employer).await.unwrap()[0].id;
    let line = "ご入社の手続きについてご案内します。";
    let message = shigoto_shared::NewMessage {
        key: "e2e-after-hired".into(),
        body: line.into(),
    };
    client
        .send_message(&desk.employer, thread, &message)
        .await
        .unwrap();
    let from_employer = "株式会社しごと商事から1件のメッセージが届きました。";
    let deadline = std::time::Instant::now() + WITHIN;
    while !daemon.shown().iter().any(|s| s.body == from_employer) {
        assert!(std::time::Instant::now() < deadline, "{:?}", daemon.shown());
        // 今すぐ同期 (a press while a pass runs is tried again).
        app.show("#sync-status").await.unwrap();
        let _ = app.click("#sync-now:not([disabled])").await;
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    daemon.click_top().unwrap();
    let shown = app
        .text(".message[data-side=\"employer\"] .message-body")
        .await
        .unwrap();
    assert_eq!(shown, line);
    app.screenshot("145-thread-opened-from-notification")
        .await
        .unwrap();

    // The seeker turns the mails about events off in 各種設定.
    app.click("#nav-seeker-info").await.unwrap();
    app.click("#open-seeking-settings").await.unwrap();
    app.click("#notification-mails:not([disabled])")
        .await
        .unwrap();
    let saved = app.text("#notification-mails-saved").await.unwrap();
    assert!(saved.contains("停止"), "{saved}");
    app.show("#mail-notifications").await.unwrap();
    app.screenshot("144-seeker-mails-off").await.unwrap();
    let seeker = desk
        .service
        .session_token(SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    assert!(!client.notification_settings(&seeker).await.unwrap().mails);
    app.quit().await.unwrap();
    desk.service.stop().await.unwrap();
}
