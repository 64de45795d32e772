//! 応募検討依頼 through the real app window, against the real service: an employer whose posting
//! already asked nine seekers finds a job seeker's published 求職情報 by licence, sends the tenth
//! request, and is refused the eleventh in the window; the seeker is told by the OS (a real
//! notification daemon on the session bus), sees the request on 求職活動状況, opens the 求人票 from it and applies; the employer sees 応募 on the
//! posting's 応募者一覧.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::time::{Duration, Instant};

use shigoto_e2e::desk::{desk, People};
use shigoto_e2e::notifications::NotificationDaemon;
use shigoto_e2e::{support, AppSession, TestKeyring};
use shigoto_shared::{ProfileSearch, RequestToConsider, SeekerProfile};
use thirtyfour::prelude::*;

const SEEKER: &str = "kitano.yui@example.jp";
const SEEKER_PASSWORD: &str = "Kitano#Yui2026";
const COUNSELOR: &str = "ono@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Soudan#Madoguchi1";
const EMPLOYER: &str = "jinji@sakura-keiri.example.jp";
const EMPLOYER_PASSWORD: &str = "Sakura#Keiri2026";
const OTHERS_PASSWORD: &str = "Hokano#Hito2026";
const NOTE: &str = "宅建の資格を活かして、経理と契約事務をお願いしたいと考えています。";

/// An edit key (a UUID) made from `n`.
fn key(n: u32) -> String {
    format!("{n:08x}-0000-4000-8000-000000000000")
}

fn profile(licence: &str) -> SeekerProfile {
    let mut profile = SeekerProfile::default();
    profile.desired.occupations = vec!["25".into()];
    profile.desired.areas = vec!["13".into()];
    profile.licences = vec![licence.into()];
    profile
}

/// Searches 求職者を探す by licence and waits for the count.
async fn search_by_licence(app: &AppSession, licence: &str, total: &str) {
    app.set_value("#seeker-search-licence", licence)
        .await
        .unwrap();
    app.show("#seeker-search-submit").await.unwrap();
    app.click("#seeker-search-submit").await.unwrap();
    app.wait_text("#seeker-search-total", |t| t.starts_with(total))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_employer_asks_a_published_seeker_who_applies_and_the_eleventh_is_refused() {
    let people = People {
        counselor: (COUNSELOR, COUNSELOR_PASSWORD),
        employer: (EMPLOYER, EMPLOYER_PASSWORD),
        seeker: (SEEKER, SEEKER_PASSWORD),
        seeker_name: ("北野 結衣", "キタノ ユイ"),
    };
    let desk = desk(support::sample_posting("経理・契約事務"), &people)
        .await
        .unwrap();
    let service = &desk.service;
    let counselor = service
        .session_token(COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let seeker = service
        .session_token(SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    support::publish_profile(service, &seeker, profile("宅地建物取引士"), &key(100))
        .await
        .unwrap();

    // Ten others publish; the employer asked nine of them already.
    for i in 0..10 {
        let email = format!("hoka{i}@example.jp");
        let (token, _) = support::registered_seeker(service, &counselor, &email, OTHERS_PASSWORD)
            .await
            .unwrap();
        support::publish_profile(service, &token, profile("日商簿記検定2級"), &key(i))
            .await
            .unwrap();
    }
    let others = service
        .client
        .search_published_profiles(
            &desk.employer,
            &ProfileSearch {
                licence: Some("簿記".into()),
                ..ProfileSearch::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(others.total, 10);
    for other in &others.items[1..] {
        let request = RequestToConsider {
            job_number: desk.number.clone(),
            public_id: other.public_id.clone(),
            note: String::new(),
        };
        service
            .client
            .send_direct_request(&desk.employer, &request)
            .await
            .unwrap();
    }
    let unasked = others.items[0].public_id.clone();

    let daemon = NotificationDaemon::start().unwrap();
    let keyring = TestKeyring::fresh("direct-requests").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();
    // The seeker has used this computer before: its copy is there, so what comes next is news.
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.wait_text("#sync-state", |t| t == "最新").await.unwrap();
    app.sign_out().await.unwrap();

    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    app.click("#nav-employer-seekers").await.unwrap();
    app.wait_for(&format!("#request-job option[value=\"{}\"]", desk.number))
        .await
        .unwrap();
    search_by_licence(&app, "宅地建物", "1件").await;
    let shown = app.text(".published-profile").await.unwrap();
    assert!(shown.contains("宅地建物取引士"), "{shown}");
    assert!(!shown.contains("北野"), "{shown}");
    app.set_value("#request-note", NOTE).await.unwrap();
    app.click(".published-profile .send-request").await.unwrap();
    app.wait_text(".published-profile .request-sent", |t| {
        t.contains("送りました")
    })
    .await
    .unwrap();
    app.screenshot("166-request-sent").await.unwrap();

    // The eleventh: refused in the window, with the reason.
    search_by_licence(&app, "簿記", "10件").await;
    let row = format!(".published-profile[data-public-id=\"{unasked}\"]");
    app.click(&format!("{row} .send-request")).await.unwrap();
    let refused = app.text(&format!("{row} .request-refused")).await.unwrap();
    assert!(refused.contains("10人まで"), "{refused}");
    app.show(&row).await.unwrap();
    app.screenshot("167-eleventh-request-refused")
        .await
        .unwrap();
    app.sign_out().await.unwrap();

    // The seeker: told by the OS, the request on 求職活動状況, the 求人票 from it, 応募する.
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    let told = daemon
        .wait_for("応募検討依頼", Duration::from_secs(30))
        .await
        .unwrap();
    assert!(told.body.contains(&desk.number), "{told:?}");
    app.click("#nav-activity").await.unwrap();
    let row = app.text("#activity-requests .request-row").await.unwrap();
    assert!(row.contains(&desk.number), "{row}");
    assert!(row.contains("回答待ち"), "{row}");
    assert!(row.contains(NOTE), "{row}");
    app.show("#activity-requests").await.unwrap();
    app.screenshot("168-request-received").await.unwrap();
    app.click("#activity-requests .open-requested-job")
        .await
        .unwrap();
    app.click("#sheet-apply").await.unwrap();
    app.click("#apply-confirm-disputes").await.unwrap();
    app.click("#apply-confirm-benefits").await.unwrap();
    app.click("#apply-next").await.unwrap();
    app.click("#apply-submit").await.unwrap();
    app.wait_for("#apply-done").await.unwrap();
    app.click("#nav-activity").await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !app
        .text("#activity-requests .request-row .request-state")
        .await
        .unwrap_or_default()
        .contains("応募済み")
    {
        assert!(
            Instant::now() < deadline,
            "the request never showed 応募済み"
        );
        let _ = app.click("#sync-now:not([disabled])").await;
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.sign_out().await.unwrap();

    // The employer sees the answer on the posting's 応募者一覧.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    app.click("#nav-employer-postings").await.unwrap();
    app.click(&format!("#posting-{}-open", desk.posting))
        .await
        .unwrap();
    app.click("#posting-applicants").await.unwrap();
    let remaining = app.text("#sent-requests-remaining").await.unwrap();
    assert!(remaining.contains("あと0人"), "{remaining}");
    let mut answers = Vec::new();
    for cell in app
        .driver
        .find_all(By::Css(".sent-request-answer"))
        .await
        .unwrap()
    {
        answers.push(cell.text().await.unwrap());
    }
    assert_eq!(answers.len(), 10);
    assert_eq!(
        answers.iter().filter(|a| a.starts_with("応募")).count(),
        1,
        "{answers:?}"
    );
    app.show("#sent-requests").await.unwrap();
    app.screenshot("169-sent-requests").await.unwrap();

    app.quit().await.unwrap();
    desk.service.stop().await.unwrap();
}
