//! Japanese and English through the real app window: an English system gets the app in English
//! (menu, search form, results and 求人票, `<html lang="en">`); choosing 日本語 on 端末の設定 switches every screen at
//! once and is kept when the app starts again; 「このパソコンの言語に合わせる」 goes back to the
//! system's. ヘルプ shows the help desk, how-to and the terms in either language.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{support, AppSession};

async fn page_language(app: &AppSession) -> String {
    app.driver
        .execute("return document.documentElement.lang;", Vec::new())
        .await
        .unwrap()
        .json()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_follows_the_system_language_and_keeps_the_one_chosen() {
    let service = support::start(support::TestDatabase::Sqlite, 50)
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

    // An English system: the menu and the search form in English.
    app.wait_for("#keyword").await.unwrap();
    assert_eq!(app.text("#nav-search").await.unwrap(), "Job search");
    assert_eq!(app.text("#search-heading").await.unwrap(), "Job search");
    assert_eq!(app.text("#search-button").await.unwrap(), "Search");
    assert_eq!(page_language(&app).await, "en");
    app.show("#toggle-advanced").await.unwrap();
    app.click("#toggle-advanced").await.unwrap();
    app.wait_for("#advanced-conditions").await.unwrap();
    app.screenshot("172-search-in-english").await.unwrap();

    // The results and a 求人票 in English (what employers wrote stays as written).
    app.show("#search-button").await.unwrap();
    app.click("#search-button").await.unwrap();
    app.wait_for(".result-item").await.unwrap();
    let heading = app.text("#results-heading").await.unwrap();
    assert!(heading.ends_with("jobs found"), "{heading}");
    app.show("#results").await.unwrap();
    app.screenshot("175-results-in-english").await.unwrap();
    app.show(".result-item .open-job").await.unwrap();
    app.click(".result-item .open-job").await.unwrap();
    app.wait_for("#job-description").await.unwrap();
    assert_eq!(app.text(".sheet-kind").await.unwrap(), "Job sheet");
    assert!(app
        .text("#sheet-wage-heading")
        .await
        .unwrap()
        .ends_with("Wage and allowances"));
    assert_eq!(
        app.text("#back-to-results").await.unwrap(),
        "‹ Back to the search results"
    );
    app.screenshot("176-sheet-in-english").await.unwrap();
    app.click("#back-to-results").await.unwrap();
    app.wait_for(".result-item").await.unwrap();

    // 端末の設定: following the system (English); choosing 日本語 switches at once.
    app.click("#nav-settings").await.unwrap();
    let auto = app.wait_for("#language-auto").await.unwrap();
    assert!(auto.is_selected().await.unwrap());
    let settings_heading = app.text("#settings-heading").await.unwrap();
    assert_eq!(settings_heading, "Settings");
    app.screenshot("173-settings-in-english").await.unwrap();
    app.click("#language-ja").await.unwrap();
    app.wait_text("#settings-heading", |t| t == "端末の設定")
        .await
        .unwrap();
    assert_eq!(app.text("#nav-search").await.unwrap(), "求人検索");
    assert_eq!(
        app.text("#settings-saved").await.unwrap(),
        "表示言語を変更しました。"
    );
    assert_eq!(page_language(&app).await, "ja");
    app.screenshot("174-settings-switched-to-japanese")
        .await
        .unwrap();

    // ヘルプ, open to everyone: the help desk, how-to, the terms.
    app.click("#nav-help").await.unwrap();
    app.wait_text("#help-heading", |t| t == "ヘルプ")
        .await
        .unwrap();
    assert!(app
        .text("#help-desk")
        .await
        .unwrap()
        .contains("0570-077450"));
    app.click("#help-apply-topic summary").await.unwrap();
    let apply = app.text("#help-apply-topic").await.unwrap();
    assert!(apply.contains("再就職手当"), "{apply}");
    app.screenshot("177-help").await.unwrap();

    // The office directory, from ヘルプ: a prefecture's offices, then the one covering a town.
    app.click("#help-open-offices").await.unwrap();
    app.wait_for("#offices-empty").await.unwrap();
    app.choose("#offices-prefecture", "01").await.unwrap();
    let count = app
        .wait_text("#offices-count", |t| t.contains("北海道"))
        .await
        .unwrap();
    assert!(count.contains("か所"), "{count}");
    let sapporo = app.text("#office-01010").await.unwrap();
    for part in [
        "ハローワーク札幌",
        "デモ用",
        "開庁時間",
        "管轄区域",
        "札幌市中央区",
    ] {
        assert!(sapporo.contains(part), "{part} in {sapporo}");
    }
    app.screenshot("179-offices").await.unwrap();
    app.choose("#offices-municipality", "01202").await.unwrap();
    let covering = app
        .wait_text("#offices-covering", |t| !t.is_empty())
        .await
        .unwrap();
    assert!(
        covering.starts_with("函館市を管轄するのはハローワーク"),
        "{covering}"
    );
    let cards = app
        .driver
        .find_all(thirtyfour::By::Css("#offices-list .office-card"))
        .await
        .unwrap();
    assert_eq!(cards.len(), 1);
    assert!(cards[0].text().await.unwrap().contains("函館市"));
    app.screenshot("180-offices-covering").await.unwrap();
    app.quit().await.unwrap();

    // Started again on the same English system: the choice is kept.
    let app = AppSession::start_with_env(&service.base_url(), &english_system)
        .await
        .unwrap();
    app.wait_for("#keyword").await.unwrap();
    assert_eq!(app.text("#search-heading").await.unwrap(), "求人検索");
    assert_eq!(page_language(&app).await, "ja");

    // Back to the system's language.
    app.click("#nav-settings").await.unwrap();
    app.wait_for("#language-ja").await.unwrap();
    assert!(app
        .wait_for("#language-ja")
        .await
        .unwrap()
        .is_selected()
        .await
        .unwrap());
    let auto_label = app.text("label[for=\"language-auto\"]").await.unwrap();
    assert!(auto_label.contains("English"), "{auto_label}");
    app.click("#language-auto").await.unwrap();
    app.wait_text("#settings-heading", |t| t == "Settings")
        .await
        .unwrap();
    assert_eq!(app.text("#nav-search").await.unwrap(), "Job search");
    app.click("#nav-help").await.unwrap();
    app.wait_text("#help-heading", |t| t == "Help")
        .await
        .unwrap();
    app.click("#help-keep-topic summary").await.unwrap();
    let keep = app.text("#help-keep-topic").await.unwrap();
    assert!(keep.contains("up to 300 jobs"), "{keep}");
    app.screenshot("178-help-in-english").await.unwrap();
    app.click("#help-open-offices").await.unwrap();
    app.choose("#offices-prefecture", "47").await.unwrap();
    let count = app
        .wait_text("#offices-count", |t| t.starts_with("Hello Work offices in"))
        .await
        .unwrap();
    assert!(count.contains("沖縄県"), "{count}");
    assert!(app
        .text("#offices-demo-note")
        .await
        .unwrap()
        .contains("made up for the demo"));
    app.screenshot("181-offices-in-english").await.unwrap();
    app.click("#open-login").await.unwrap();
    app.wait_text("#login-heading", |t| t == "Sign in to MyPage")
        .await
        .unwrap();
    assert_eq!(app.text("#login-submit").await.unwrap(), "Sign in");
    app.screenshot("186-login-in-english").await.unwrap();
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
