//! 「この事業所の求人を表示しない」 through the real app window: a signed-in job seeker hides the
//! employer of the first result; its postings leave the list, the notice names it with 「元に
//! 戻す」, the header says 「非表示の事業所 1社」 and what the hiding left out; 「元に戻す」 brings
//! them back. Hidden again, the employer is listed on MyPage's 「非表示の事業所」, where 「表示
//! する」 shows it again, and the search has its postings back. Near-duplicates share one card:
//! 「ほか n件の類似求人」 opens the n others, and one of them opens its 求人票.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{axe, seeker_account, support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

const EMAIL: &str = "minami@example.jp";
const PASSWORD: &str = "Minami#Kaze7";

/// The 求人番号 on the result page, in order.
async fn listed(app: &AppSession) -> Vec<String> {
    let mut numbers = Vec::new();
    for item in app.driver.find_all(By::Css(".result-item")).await.unwrap() {
        numbers.push(item.attr("data-job-number").await.unwrap().unwrap());
    }
    numbers
}

fn count_of(text: &str) -> u64 {
    text.replace(',', "").trim().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seeker_hides_an_employer_undoes_it_and_shows_it_again_from_mypage() {
    let service = support::start_with_jobs_and_smtp(support::TestDatabase::Sqlite, 300)
        .await
        .unwrap();
    seeker_account(&service, EMAIL, PASSWORD, "南 風子", "ミナミ フウコ")
        .await
        .unwrap();
    let keyring = TestKeyring::fresh("hidden-employers").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();
    app.sign_in(EMAIL, PASSWORD).await.unwrap();
    app.wait_for("#sync-status").await.unwrap();
    app.click("#search-button").await.unwrap();
    app.wait_for(".result-item .hide-employer").await.unwrap();
    let before = count_of(&app.text("#result-count").await.unwrap());
    assert!(app
        .driver
        .find_all(By::Css("#hidden-employers-link"))
        .await
        .unwrap()
        .is_empty());
    let first = listed(&app).await[0].clone();
    let item = format!("[data-job-number=\"{first}\"]");
    let name = app.text(&format!("{item} .result-employer")).await.unwrap();

    app.click(&format!("{item} .hide-employer")).await.unwrap();
    let notice = app
        .wait_text("#hidden-notice", |text| {
            text.contains("表示しないようにしました")
        })
        .await
        .unwrap();
    // Named by its name, or by the posting when the name is not public.
    let named_by = if name.trim() == "事業所名非公開" {
        first.as_str()
    } else {
        name.trim()
    };
    assert!(notice.contains(named_by), "{notice} names {named_by}");
    app.wait_text("#hidden-employers-link", |text| {
        text == "非表示の事業所 1社"
    })
    .await
    .unwrap();
    app.wait_gone(&item).await.unwrap();
    let after = count_of(&app.text("#result-count").await.unwrap());
    assert!(after < before, "{after} of {before} left");
    let removed = app.text("#results-removed").await.unwrap();
    assert!(
        removed.contains(&format!("非表示の事業所 {}件", before - after)),
        "{removed}"
    );
    app.screenshot("210-employer-hidden").await.unwrap();
    axe::check(&app.driver, "hidden notice").await.unwrap();

    // 「元に戻す」: everything is back.
    app.click("#undo-hide").await.unwrap();
    app.wait_for(&item).await.unwrap();
    app.wait_gone("#hidden-employers-link").await.unwrap();
    app.wait_text("#result-count", |text| {
        !text.is_empty() && count_of(text) == before
    })
    .await
    .unwrap();

    // Hidden again, then shown from MyPage's list.
    app.click(&format!("{item} .hide-employer")).await.unwrap();
    app.wait_gone(&item).await.unwrap();
    app.click("#hidden-employers-link").await.unwrap();
    let line = format!(".hidden-employer[data-job-number=\"{first}\"]");
    let shown = app.text(&line).await.unwrap();
    assert!(shown.contains(name.trim()), "{shown}");
    assert!(shown.contains(&first), "{shown}");
    app.wait_text("#hidden-employers-count", |text| text == "1社／100社")
        .await
        .unwrap();
    app.screenshot("211-hidden-employers").await.unwrap();
    axe::check(&app.driver, "hidden employers").await.unwrap();
    app.click(&format!("{line} .show-employer")).await.unwrap();
    app.wait_for("#no-hidden-employers").await.unwrap();

    app.click("#nav-search").await.unwrap();
    app.wait_for(&item).await.unwrap();
    app.wait_text("#result-count", |text| {
        !text.is_empty() && count_of(text) == before
    })
    .await
    .unwrap();
    assert!(app
        .driver
        .find_all(By::Css("#hidden-employers-link"))
        .await
        .unwrap()
        .is_empty());
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn similar_postings_share_a_card_and_open_under_it() {
    let service = support::start_with_jobs_and_smtp(support::TestDatabase::Sqlite, 300)
        .await
        .unwrap();
    let app = AppSession::start(&service.base_url()).await.unwrap();
    app.click("#search-button").await.unwrap();
    app.wait_for(".result-item").await.unwrap();
    let distinct = app.text("#result-distinct").await.unwrap();
    assert!(distinct.contains("類似求人をまとめて"), "{distinct}");
    // Fifty lines a page, so a card with similar postings is on the first one.
    app.choose("#per-page", "50").await.unwrap();
    app.wait_text(".results-range", |text| text.starts_with("1〜50"))
        .await
        .unwrap();
    let toggle = app.wait_for(".result-item .similar-toggle").await.unwrap();
    let said = toggle.text().await.unwrap();
    let count: usize = said
        .trim_end_matches([' ', '▾'])
        .trim_start_matches("ほか")
        .trim_end_matches("件の類似求人")
        .parse()
        .unwrap();
    assert_eq!(
        toggle.attr("aria-expanded").await.unwrap().as_deref(),
        Some("false")
    );
    toggle.scroll_into_view().await.unwrap();
    toggle.click().await.unwrap();
    app.wait_for(".similar-list .similar-item").await.unwrap();
    let items = app
        .driver
        .find_all(By::Css(".similar-list .similar-item"))
        .await
        .unwrap();
    assert_eq!(items.len(), count, "{said}");
    let toggle = app.wait_for(".result-item .similar-toggle").await.unwrap();
    assert_eq!(
        toggle.attr("aria-expanded").await.unwrap().as_deref(),
        Some("true")
    );
    app.screenshot("212-similar-postings").await.unwrap();
    axe::check(&app.driver, "similar postings").await.unwrap();

    let similar = items[0].attr("data-job-number").await.unwrap().unwrap();
    app.click(&format!(
        ".similar-item[data-job-number=\"{similar}\"] .open-job"
    ))
    .await
    .unwrap();
    let shown = app.text("#job-number").await.unwrap();
    assert!(shown.contains(&similar), "{shown} vs {similar}");
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
