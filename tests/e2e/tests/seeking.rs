//! 求職状態 through the real app window, against the real service on its own clock: a job seeker
//! whose registration ran out last week sees 無効 and the advice on 求職活動状況, goes
//! 求職者情報・設定 → 各種設定 → 求職有効 → 完了 and is 有効 to 翌々月末日; two weeks before the
//! new end the banner warns; months after that end the online switch is refused with
//! 「最寄りのハローワークまで来所ください」, and a counselor opens the seeker's record by 求職番号
//! (typed with full-width digits) and makes it 有効 at the counter; in its last month the
//! counselor records a 職業相談 and the registration runs a month longer.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use chrono::{NaiveDate, TimeDelta};
use shigoto_e2e::{registered_seeker_account, support, AppSession, TestKeyring};
use shigoto_shared::JobSeekingState;

const SEEKER: &str = "minato.aoi@example.jp";
const SEEKER_PASSWORD: &str = "Minato#Aoi2026";
const COUNSELOR: &str = "kimura@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Jimusho#2026";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Moves the service's clock forward to `to`.
fn move_clock(service: &support::TestServer, today: &mut NaiveDate, to: NaiveDate) {
    service
        .clock
        .advance(TimeDelta::days((to - *today).num_days()));
    *today = to;
}

/// The IME's full-width form of a 求職番号, as a counselor may type it.
fn full_width(number: &str) -> String {
    number
        .chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap(),
            '-' => '－',
            other => other,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lapsed_registration_is_switched_back_online_or_at_the_counter() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    let mut today = support::test_today();
    let counselor = support::signed_in_counselor(&service, COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let number = registered_seeker_account(
        &service,
        &counselor,
        (SEEKER, SEEKER_PASSWORD),
        ("湊 葵", "ミナト アオイ"),
    )
    .await
    .unwrap();
    let seeker = service
        .session_token(SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    let until = service
        .client
        .me(&seeker)
        .await
        .unwrap()
        .seeking
        .unwrap()
        .valid_until;
    assert_eq!(until, day(2027, 1, 31), "申込日 {today} の翌々月末日");

    // A week after the last valid day.
    move_clock(&service, &mut today, day(2027, 2, 7));
    let keyring = TestKeyring::fresh("seeking").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.click("#nav-activity").await.unwrap();
    app.wait_for("#seeking-advice[data-urgency=\"lapsed\"]")
        .await
        .unwrap();
    let line = app.text("#activity-seeking").await.unwrap();
    assert!(line.contains("無効（2027年1月31日で期限切れ）"), "{line}");
    app.screenshot("100-seeking-lapsed-activity").await.unwrap();

    // 求職者情報・設定 → 各種設定 → 求職有効 → 完了.
    app.click("#nav-seeker-info").await.unwrap();
    app.wait_for("#seeking-state[data-state=\"invalid\"]")
        .await
        .unwrap();
    assert_eq!(app.text("#seeker-info-number").await.unwrap(), number);
    app.screenshot("101-seeker-info-lapsed").await.unwrap();
    app.click("#open-seeking-settings").await.unwrap();
    app.click("#seeking-switch").await.unwrap();
    app.wait_for("#seeking-confirm").await.unwrap();
    app.screenshot("102-seeking-confirm").await.unwrap();
    app.click("#seeking-complete").await.unwrap();
    app.wait_for("#seeking-done").await.unwrap();
    assert_eq!(
        app.text("#seeking-done-until").await.unwrap(),
        "2027年4月30日"
    );
    app.screenshot("103-seeking-done").await.unwrap();
    let status = service
        .client
        .me(&service
            .session_token(SEEKER, SEEKER_PASSWORD)
            .await
            .unwrap())
        .await
        .unwrap()
        .seeking
        .unwrap();
    assert_eq!(status.state, JobSeekingState::Valid);
    assert_eq!(status.valid_until, day(2027, 4, 30));
    // The app holds the new status: 求職者情報・設定 and 求職活動状況 say 有効.
    app.click("#back-to-seeker-info").await.unwrap();
    app.wait_for("#seeking-state[data-state=\"valid\"]")
        .await
        .unwrap();
    assert_eq!(
        app.text("#seeking-valid-until").await.unwrap(),
        "2027年4月30日"
    );
    app.click("#nav-activity").await.unwrap();
    let line = app.text("#activity-seeking").await.unwrap();
    assert!(line.contains("有効（2027年4月30日まで）"), "{line}");
    app.sign_out().await.unwrap();

    // Ten days before the new end the seeker is warned.
    move_clock(&service, &mut today, day(2027, 4, 20));
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.click("#nav-activity").await.unwrap();
    let warning = app
        .wait_for("#seeking-advice[data-urgency=\"soon\"]")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(warning.contains("2027年4月30日"), "{warning}");
    app.screenshot("104-seeking-expires-soon").await.unwrap();
    app.sign_out().await.unwrap();

    // Months after it ran out the online switch is refused: visit an office.
    move_clock(&service, &mut today, day(2027, 8, 2));
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.click("#nav-seeker-info").await.unwrap();
    app.click("#open-seeking-settings").await.unwrap();
    let advice = app.text("#seeking-visit-office").await.unwrap();
    assert!(
        advice.contains("最寄りのハローワークまで来所ください"),
        "{advice}"
    );
    let switches = app
        .driver
        .find_all(thirtyfour::By::Css("#seeking-switch"))
        .await
        .unwrap();
    assert!(switches.is_empty(), "no 求職有効 button");
    app.screenshot("105-seeking-visit-office").await.unwrap();
    app.sign_out().await.unwrap();

    // At the counter: the counselor opens the record and makes it 有効.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-seeker-desk").await.unwrap();
    app.type_into("#seeker-desk-number", "13010").await.unwrap();
    app.click("#seeker-desk-open").await.unwrap();
    let refused = app.text("#seeker-desk-number-error").await.unwrap();
    assert!(refused.contains("12345-12345678"), "{refused}");
    app.set_value("#seeker-desk-number", &full_width(&number))
        .await
        .unwrap();
    app.click("#seeker-desk-open").await.unwrap();
    app.wait_for("#seeking-state[data-state=\"invalid\"]")
        .await
        .unwrap();
    assert_eq!(app.text("#seeker-record-number").await.unwrap(), number);
    app.screenshot("106-seeker-record-lapsed").await.unwrap();
    app.click("#reactivate-seeker").await.unwrap();
    let notice = app.text("#seeker-record-notice").await.unwrap();
    assert!(notice.contains("2027年10月31日"), "{notice}");
    app.wait_for("#seeking-state[data-state=\"valid\"]")
        .await
        .unwrap();
    app.screenshot("107-seeker-record-reactivated")
        .await
        .unwrap();
    let status = service
        .client
        .me(&service
            .session_token(SEEKER, SEEKER_PASSWORD)
            .await
            .unwrap())
        .await
        .unwrap()
        .seeking
        .unwrap();
    assert_eq!(status.valid_until, day(2027, 10, 31));
    app.sign_out().await.unwrap();

    // In the registration's last month the counselor records a 職業相談: a month more.
    move_clock(&service, &mut today, day(2027, 10, 5));
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-seeker-desk").await.unwrap();
    app.type_into("#seeker-desk-number", &number).await.unwrap();
    app.click("#seeker-desk-open").await.unwrap();
    app.wait_for("#no-counselling").await.unwrap();
    app.set_date("#counselling-held-on", "2027-10-05")
        .await
        .unwrap();
    app.click("#record-counselling").await.unwrap();
    let refused = app.text("#counselling-topic-error").await.unwrap();
    assert!(refused.contains("相談の内容"), "{refused}");
    let topic = app.wait_for("#counselling-topic").await.unwrap();
    thirtyfour::components::SelectElement::new(&topic)
        .await
        .unwrap()
        .select_by_value("interview_practice")
        .await
        .unwrap();
    app.type_into("#counselling-note", "面接での志望動機の話し方を練習した。")
        .await
        .unwrap();
    app.click("#record-counselling").await.unwrap();
    let notice = app.text("#counselling-notice").await.unwrap();
    assert!(
        notice.contains("面接の練習") && notice.contains("2027年11月30日"),
        "{notice}"
    );
    let session = app
        .wait_for(".counselling-session[data-topic=\"interview_practice\"]")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        session.contains("2027年10月5日") && session.contains("田中 一郎"),
        "{session}"
    );
    assert_eq!(
        app.text("#seeking-valid-until").await.unwrap(),
        "2027年11月30日"
    );
    app.show("#seeker-counselling-heading").await.unwrap();
    app.screenshot("108-seeker-record-counselling")
        .await
        .unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
