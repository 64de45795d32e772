//! 求職者情報 through the real app window, against the real service: a registered job seeker
//! sees on 求職者情報・設定 that nothing is registered yet and what to do next, fills in 連絡先,
//! 学歴, 職歴, 免許・資格 and 希望する仕事, is shown a wrong 電話番号 at its box, saves, and reads the
//! summary; publishes the anonymous profile after its preview (nothing personal in it) and
//! consent; with the service down the seeker changes the phone, the save waits on this computer
//! and reaches the service once it is back; a counselor opens the record and reads the profile.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::time::{Duration, Instant};

use shigoto_e2e::{registered_seeker_account, support, AppSession, TestKeyring};
use shigoto_shared::SyncCursor;

const SEEKER: &str = "hoshino.ren@example.jp";
const SEEKER_PASSWORD: &str = "Hoshino#Ren2026";
const COUNSELOR: &str = "sato@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Madoguchi#2026";

/// Presses 今すぐ同期 (retrying while the button is busy) and waits for 最新.
async fn sync_now(app: &AppSession) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.click("#sync-now:not([disabled])").await.is_err() {
        assert!(
            Instant::now() < deadline,
            "今すぐ同期 never became pressable"
        );
    }
    app.wait_text("#sync-state", |t| t == "最新").await.unwrap();
}

/// The phone the service keeps for the seeker.
async fn kept_phone(service: &support::TestServer) -> Option<String> {
    let token = service
        .session_token(SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    let pulled = service
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    pulled.profile.map(|kept| kept.profile.contact.phone)
}

async fn fill_in(app: &AppSession) {
    app.set_value("#profile-contact-phone", "12345")
        .await
        .unwrap();
    app.set_value("#profile-contact-postal-code", "1000013")
        .await
        .unwrap();
    app.choose("#profile-contact-prefecture-code", "13")
        .await
        .unwrap();
    app.set_value("#profile-contact-address", "千代田区霞が関1-2-2")
        .await
        .unwrap();
    app.click("#profile-add-education").await.unwrap();
    app.set_value("#profile-education-0-school", "東京都立大学")
        .await
        .unwrap();
    app.set_value("#profile-education-0-department", "経済学部")
        .await
        .unwrap();
    app.choose("#profile-education-0-status", "graduated")
        .await
        .unwrap();
    app.set_value("#profile-education-0-finished", "2015年3月")
        .await
        .unwrap();
    app.click("#profile-add-work").await.unwrap();
    app.set_value("#profile-work-history-0-employer", "株式会社みなと商事")
        .await
        .unwrap();
    app.choose("#profile-work-history-0-occupation-code", "25")
        .await
        .unwrap();
    app.choose("#profile-work-history-0-employment-type", "regular")
        .await
        .unwrap();
    app.set_value("#profile-work-history-0-from", "2019/4")
        .await
        .unwrap();
    app.set_value("#profile-work-history-0-duties", "総務と経理の事務")
        .await
        .unwrap();
    app.set_value(
        "#profile-licences",
        "普通自動車第一種運転免許\n日商簿記検定2級",
    )
    .await
    .unwrap();
    app.choose("#occupation-major", "C").await.unwrap();
    app.choose("#occupation-middle", "25").await.unwrap();
    app.click("#occupation-add").await.unwrap();
    app.wait_for(".occupation-chip[data-code=\"25\"]")
        .await
        .unwrap();
    app.choose("#prefecture-1", "13").await.unwrap();
    app.click("#profile-desired-employment-regular")
        .await
        .unwrap();
    app.choose("#profile-desired-wage-kind", "monthly")
        .await
        .unwrap();
    app.set_value("#profile-desired-wage-min", "250000")
        .await
        .unwrap();
    app.choose("#profile-desired-start", "immediately")
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seeker_fills_in_the_profile_online_and_off_and_the_counselor_reads_it() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    let counselor = support::signed_in_counselor(&service, COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let number = registered_seeker_account(
        &service,
        &counselor,
        (SEEKER, SEEKER_PASSWORD),
        ("星野 蓮", "ホシノ レン"),
    )
    .await
    .unwrap();
    let keyring = TestKeyring::fresh("profile").unwrap();
    let service_url = service.base_url();
    let app = AppSession::start_with_keyring(&service_url, &keyring)
        .await
        .unwrap();
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();

    // Nothing registered yet: the next steps say so.
    app.click("#nav-seeker-info").await.unwrap();
    let steps = app.text("#seeker-next-steps").await.unwrap();
    assert!(steps.contains("求職者情報を変更する"), "{steps}");
    let office = app.text("#seeker-info-office").await.unwrap();
    assert!(office.starts_with("ハローワーク"), "{office}");
    let phone = app
        .text("#seeker-profile-summary [data-part=\"電話番号\"] td")
        .await
        .unwrap();
    assert_eq!(phone, "未登録");
    app.show("#seeker-next-steps").await.unwrap();
    app.screenshot("158-seeker-info-empty-profile")
        .await
        .unwrap();

    // Filled in, with a wrong phone: shown at its box, nothing saved.
    app.click("#open-seeker-profile").await.unwrap();
    app.wait_for("#profile-save").await.unwrap();
    fill_in(&app).await;
    app.click("#profile-save").await.unwrap();
    let refused = app.text("#profile-contact-phone-error").await.unwrap();
    assert!(refused.contains("10桁か11桁"), "{refused}");
    app.wait_for("#profile-problems").await.unwrap();
    app.screenshot("159-profile-wrong-phone").await.unwrap();
    assert_eq!(kept_phone(&service).await, None);

    app.set_value("#profile-contact-phone", "03-1234-5678")
        .await
        .unwrap();
    app.wait_gone("#profile-contact-phone-error").await.unwrap();
    app.click("#profile-save").await.unwrap();
    app.wait_text("#profile-status", |t| t.contains("保存しました"))
        .await
        .unwrap();
    app.screenshot("160-profile-saved").await.unwrap();
    sync_now(&app).await;
    assert_eq!(kept_phone(&service).await.as_deref(), Some("03-1234-5678"));

    // The summary on 求職者情報・設定.
    app.click("#profile-back").await.unwrap();
    let work = app
        .text("#seeker-profile-summary [data-part=\"職歴\"] td")
        .await
        .unwrap();
    assert!(
        work.contains("2019年4月〜在職中 株式会社みなと商事"),
        "{work}"
    );
    let address = app
        .text("#seeker-profile-summary [data-part=\"住所\"] td")
        .await
        .unwrap();
    assert_eq!(address, "100-0013 東京都千代田区霞が関1-2-2");
    let wish = app
        .text("#seeker-profile-summary [data-part=\"希望職種\"] td")
        .await
        .unwrap();
    assert!(wish.contains("一般事務の職業"), "{wish}");
    app.screenshot("161-seeker-info-profile").await.unwrap();

    // 求職情報公開: the preview shows nothing personal; publishing needs the consent box.
    app.click("#open-publication").await.unwrap();
    let preview = app.text("#publication-preview").await.unwrap();
    assert!(preview.contains("一般事務の職業"), "{preview}");
    assert!(preview.contains("30代"), "{preview}");
    for personal in [
        "星野",
        "03-1234-5678",
        "霞が関",
        "みなと商事",
        "東京都立大学",
    ] {
        assert!(!preview.contains(personal), "{personal} in {preview}");
    }
    let publish = app.wait_for("#publication-publish").await.unwrap();
    assert!(
        !publish.is_enabled().await.unwrap(),
        "not before the consent"
    );
    app.show("#publication-agree").await.unwrap();
    app.screenshot("162-publication-preview").await.unwrap();
    app.click("#publication-agree").await.unwrap();
    app.click("#publication-publish:not([disabled])")
        .await
        .unwrap();
    app.wait_for("#publication-state[data-state=\"published\"]")
        .await
        .unwrap();
    let done = app.text("#publication-done").await.unwrap();
    assert_eq!(done, "求職情報を公開しました。");
    app.screenshot("163-publication-published").await.unwrap();
    let token = service
        .session_token(SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    let published = service.client.publication(&token).await.unwrap().published;
    assert!(published.is_some(), "the service keeps the consent");
    app.click("#publication-back").await.unwrap();

    // With the service down the phone changes on this computer; it is sent once it is back.
    let stopped = service.stop_for_a_while().await.unwrap();
    app.click("#open-seeker-profile").await.unwrap();
    app.wait_for("#profile-save").await.unwrap();
    app.set_value("#profile-contact-phone", "090-1111-2222")
        .await
        .unwrap();
    app.click("#profile-save").await.unwrap();
    app.wait_text("#profile-status", |t| t.contains("この端末に保存しました"))
        .await
        .unwrap();
    app.wait_text("#sync-pending", |t| t == "未送信 1件")
        .await
        .unwrap();
    app.screenshot("164-profile-saved-offline").await.unwrap();
    let service = stopped.start_again().await.unwrap();
    sync_now(&app).await;
    assert_eq!(kept_phone(&service).await.as_deref(), Some("090-1111-2222"));

    // At the counter: the record shows the profile.
    app.sign_out().await.unwrap();
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-seeker-desk").await.unwrap();
    app.type_into("#seeker-desk-number", &number).await.unwrap();
    app.click("#seeker-desk-open").await.unwrap();
    let phone = app
        .text("#record-profile [data-part=\"電話番号\"] td")
        .await
        .unwrap();
    assert_eq!(phone, "090-1111-2222");
    let licences = app
        .text("#record-profile [data-part=\"免許・資格\"] td")
        .await
        .unwrap();
    assert!(licences.contains("日商簿記検定2級"), "{licences}");
    app.show("#record-profile").await.unwrap();
    app.screenshot("165-record-profile").await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
