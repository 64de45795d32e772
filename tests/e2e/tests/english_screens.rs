//! Every role's screens in English through the real app window: on an English system a job
//! seeker's MyPage (求職者情報・設定, お気に入り, 求職活動状況 with an application, メッセージ), an
//! employer's (求人者マイページ, 求人一覧, 応募者一覧 and one applicant, a new 求人申込み) and a
//! counselor's desk (窓口での求職登録, 求職者の記録 of the seeker, 求人受理, 操作の記録) are written
//! in English: each screen's heading and buttons hold no Japanese (what people wrote, names and
//! place names stay as written), nothing runs off the window's edge, and axe-core checks each
//! screenshot.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::desk::{desk, People};
use shigoto_e2e::{support, AppSession};

const COUNSELOR: &str = "shokuin@hellowork-chiyoda.example.jp";
const COUNSELOR_PASSWORD: &str = "Madoguchi#Tanto1";
const EMPLOYER: &str = "saiyo@english-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#English1";
const SEEKER: &str = "aoi.english@example.jp";
const SEEKER_PASSWORD: &str = "Kyushoku#English1";
const TITLE: &str = "受発注事務（文具）";

const PEOPLE: People = People {
    counselor: (COUNSELOR, COUNSELOR_PASSWORD),
    employer: (EMPLOYER, EMPLOYER_PASSWORD),
    seeker: (SEEKER, SEEKER_PASSWORD),
    seeker_name: ("湊 葵", "ミナト アオイ"),
};

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff01}'..='\u{ff5e}')
}

/// Opens the menu entry `nav`, waits for the screen's `heading` and checks it is English, then
/// takes the screenshot `name`.
async fn english_screen(app: &AppSession, nav: &str, heading: &str, name: &str) -> String {
    app.show(nav).await.unwrap();
    app.click(nav).await.unwrap();
    let text = app
        .wait_text(heading, |t| !t.trim().is_empty())
        .await
        .unwrap();
    assert!(!text.chars().any(is_japanese), "{heading}: {text}");
    // Longer English words wrap: nothing runs off the window's edge.
    let fits = app
        .driver
        .execute(
            "const page = document.documentElement; return page.scrollWidth <= page.clientWidth;",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .as_bool();
    assert_eq!(
        fits,
        Some(true),
        "{name}: the page is wider than the window"
    );
    app.screenshot(name).await.unwrap();
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_roles_screens_are_in_english_on_an_english_system() {
    let desk = desk(support::sample_posting(TITLE), &PEOPLE).await.unwrap();
    let service = &desk.service;
    let seeker = service
        .session_token(SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    service
        .client
        .apply(&seeker, &support::plain_application(&desk.number))
        .await
        .unwrap();
    let config_home = tempfile::tempdir().unwrap();
    let english_system = [
        ("LANGUAGE", "en_US"),
        ("XDG_CONFIG_HOME", config_home.path().to_str().unwrap()),
    ];
    let app = AppSession::start_with_env(&service.base_url(), &english_system)
        .await
        .unwrap();
    app.wait_for("#keyword").await.unwrap();

    // A job seeker's MyPage.
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    english_screen(
        &app,
        "#nav-seeker-info",
        "#seeker-info-heading",
        "187-seeker-info-in-english",
    )
    .await;
    english_screen(
        &app,
        "#nav-favorites",
        "#favorites-heading",
        "188-favorites-in-english",
    )
    .await;
    english_screen(
        &app,
        "#nav-activity",
        "#activity-heading",
        "189-activity-in-english",
    )
    .await;
    let row = app
        .wait_for(".application-row[data-status=\"in_progress\"]")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(row.contains(TITLE) && row.contains("In selection"), "{row}");
    english_screen(
        &app,
        "#nav-messages",
        "#messages-heading",
        "190-messages-in-english",
    )
    .await;
    app.sign_out().await.unwrap();

    // An employer's 求人者マイページ, its postings and the applicant.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    english_screen(
        &app,
        "#nav-employer-home",
        "#employer-home-heading",
        "191-employer-home-in-english",
    )
    .await;
    english_screen(
        &app,
        "#nav-employer-postings",
        "#postings-heading",
        "192-postings-in-english",
    )
    .await;
    app.click(&format!("#posting-{}-open", desk.posting))
        .await
        .unwrap();
    app.click("#posting-applicants").await.unwrap();
    let applicant = app
        .wait_for(".applicant-row[data-status=\"in_progress\"]")
        .await
        .unwrap();
    assert!(applicant.text().await.unwrap().contains("湊 葵"));
    app.screenshot("193-applicants-in-english").await.unwrap();
    app.click(".applicant-row .open-applicant").await.unwrap();
    app.wait_for("#result-form").await.unwrap();
    let form = app.text("#result-form").await.unwrap();
    assert!(!form.chars().any(is_japanese), "{form}");
    let status = app.text("#applicant-status").await.unwrap();
    assert!(status.contains("In selection"), "{status}");
    app.screenshot("194-applicant-in-english").await.unwrap();
    english_screen(
        &app,
        "#nav-employer-postings",
        "#postings-heading",
        "192-postings-in-english",
    )
    .await;
    app.click("#new-posting").await.unwrap();
    let step = app
        .wait_text("#posting-step-heading", |t| !t.trim().is_empty())
        .await
        .unwrap();
    assert!(!step.chars().any(is_japanese), "{step}");
    app.screenshot("195-new-posting-in-english").await.unwrap();
    app.sign_out().await.unwrap();

    // A counselor's desk.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    english_screen(
        &app,
        "#nav-counter",
        "#counter-heading",
        "196-counter-in-english",
    )
    .await;
    english_screen(
        &app,
        "#nav-seeker-desk",
        "#seeker-desk-heading",
        "197-seeker-desk-in-english",
    )
    .await;
    english_screen(
        &app,
        "#nav-posting-queue",
        "#posting-queue-heading",
        "198-posting-queue-in-english",
    )
    .await;
    english_screen(
        &app,
        "#nav-counselor-actions",
        "#counselor-actions-heading",
        "199-actions-in-english",
    )
    .await;
    app.quit().await.unwrap();
    desk.service.stop().await.unwrap();
}
