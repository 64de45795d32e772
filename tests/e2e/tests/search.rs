//! The public search through the real app window: the real service on loopback, the real app
//! binary, driven like a person would (select 東京都, type 事務, search, open a result).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{support, AppSession};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_jimu_in_tokyo_and_open_the_job_sheet() {
    let service = support::start(support::TestDatabase::Sqlite, 3_000)
        .await
        .unwrap();
    let app = AppSession::start(&service.base_url()).await.unwrap();

    let keyword = app.wait_for("#keyword").await.unwrap();
    app.screenshot("01-search-form").await.unwrap();
    let prefecture = app.wait_for("#prefecture-1").await.unwrap();
    SelectElement::new(&prefecture)
        .await
        .unwrap()
        .select_by_value("13")
        .await
        .unwrap();
    keyword.send_keys("事務").await.unwrap();
    app.wait_for("#search-button")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    let first = app.wait_for(".result-item").await.unwrap();
    app.screenshot("02-results").await.unwrap();
    let items = app.driver.find_all(By::Css(".result-item")).await.unwrap();
    assert!(items.len() >= 10, "a page of results, got {}", items.len());
    let job_number = first
        .attr("data-job-number")
        .await
        .unwrap()
        .expect("data-job-number");
    let listed = first.text().await.unwrap();
    assert!(
        listed.contains("東京都"),
        "first result is in Tokyo: {listed}"
    );

    first
        .find(By::Css(".open-job"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let shown_number = app
        .wait_for("#job-number")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        shown_number.contains(&job_number),
        "{shown_number} vs {job_number}"
    );
    let description = app
        .wait_for("#job-description")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        description.chars().count() > 20,
        "仕事内容 is shown: {description}"
    );
    let sheet = app
        .wait_for("#job-sheet")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        sheet.contains("仕事内容") && sheet.contains("賃金"),
        "sheet sections: {sheet}"
    );
    app.screenshot("03-job-sheet").await.unwrap();

    app.wait_for("#back-to-results")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let again = app.wait_for(".result-item").await.unwrap();
    assert_eq!(
        again.attr("data-job-number").await.unwrap(),
        Some(job_number)
    );

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_service_is_reported_in_japanese() {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = AppSession::start(&format!("http://127.0.0.1:{port}"))
        .await
        .unwrap();
    app.wait_for("#keyword")
        .await
        .unwrap()
        .send_keys("介護")
        .await
        .unwrap();
    app.wait_for("#search-button")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let banner = app
        .driver
        .query(By::XPath("//*[contains(text(), '接続できません')]"))
        .wait(
            shigoto_e2e::UI_TIMEOUT,
            std::time::Duration::from_millis(100),
        )
        .first()
        .await
        .unwrap();
    assert!(banner.is_displayed().await.unwrap());
    app.screenshot("04-service-unreachable").await.unwrap();
    app.quit().await.unwrap();
}
