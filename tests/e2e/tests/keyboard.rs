//! The keyboard alone: a job seeker signs in, searches, opens a 求人票, keeps it as a favorite,
//! goes back to the results and opens お気に入り求人, with Tab, Enter, Escape and typing only —
//! no click. Every element Tab reaches shows where the focus is (an outline or a ring).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{seeker_account, support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

const EMAIL: &str = "kibodo@example.jp";
const PASSWORD: &str = "Kibodo#Shigoto3";

/// Whether the focused element matches `css`, and whether its focus can be seen.
const FOCUS: &str = r#"
const el = document.activeElement;
const style = getComputedStyle(el);
const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
const ring = style.boxShadow && style.boxShadow !== 'none';
return {
    matches: el.matches(arguments[0]),
    visible: outline || ring,
    what: el.outerHTML.slice(0, 120),
};
"#;

/// Presses `key` on the focused element.
async fn press(app: &AppSession, key: impl Into<TypingData>) {
    app.driver
        .active_element()
        .await
        .unwrap()
        .send_keys(key)
        .await
        .unwrap();
}

/// Tabs until the focus is on `css` (at most 60 steps), checking each stop shows its focus.
async fn tab_to(app: &AppSession, css: &str) {
    tab_until(app, css, false).await;
}

/// Tabs backwards (Shift+Tab) until the focus is on `css`, as [`tab_to`] does forwards.
async fn tab_back_to(app: &AppSession, css: &str) {
    tab_until(app, css, true).await;
}

async fn tab_until(app: &AppSession, css: &str, backwards: bool) {
    for _ in 0..60 {
        if backwards {
            press(app, Key::Shift + Key::Tab).await;
        } else {
            press(app, Key::Tab).await;
        }
        let focus = app
            .driver
            .execute(FOCUS, vec![serde_json::json!(css)])
            .await
            .unwrap();
        let focus = focus.json();
        assert_eq!(
            focus["visible"],
            serde_json::json!(true),
            "focus not visible on {}",
            focus["what"]
        );
        if focus["matches"] == serde_json::json!(true) {
            return;
        }
    }
    panic!("Tab never reached {css}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seeker_searches_and_keeps_a_job_with_the_keyboard_alone() {
    let service = support::start_with_jobs_and_smtp(support::TestDatabase::Sqlite, 300)
        .await
        .unwrap();
    seeker_account(&service, EMAIL, PASSWORD, "木場 奏", "キバ カナデ")
        .await
        .unwrap();
    let keyring = TestKeyring::fresh("keyboard").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();
    app.wait_for("#keyword").await.unwrap();

    // ログイン: to the button in the header, Enter; the form takes the focus.
    tab_to(&app, "#open-login").await;
    press(&app, Key::Enter).await;
    app.wait_for("#login-email").await.unwrap();
    press(&app, EMAIL).await;
    tab_to(&app, "#login-password").await;
    press(&app, PASSWORD).await;
    app.screenshot("182-keyboard-login").await.unwrap();
    press(&app, Key::Enter).await;
    app.wait_text("#account-name", |t| t.contains("木場 奏"))
        .await
        .unwrap();

    // 求人検索: a keyword, Enter in the box searches.
    tab_to(&app, "#keyword").await;
    press(&app, "事務").await;
    press(&app, Key::Enter).await;
    app.wait_for(".result-item").await.unwrap();
    app.screenshot("183-keyboard-results").await.unwrap();

    // The first result's 求人票, kept as a favorite, then Escape back to the list.
    tab_to(&app, ".result-item .open-job").await;
    press(&app, Key::Enter).await;
    let number = app
        .wait_for("#job-number")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    tab_to(&app, "#sheet-favorite").await;
    press(&app, Key::Enter).await;
    app.wait_for("#sheet-favorite[data-favorite=\"true\"]")
        .await
        .unwrap();
    app.screenshot("184-keyboard-sheet").await.unwrap();
    press(&app, Key::Escape).await;
    app.wait_for(".result-item").await.unwrap();

    // お気に入り求人 from the menu above lists it.
    tab_back_to(&app, "#nav-favorites").await;
    press(&app, Key::Enter).await;
    app.wait_for(&format!(".favorite-item[data-job-number=\"{number}\"]"))
        .await
        .unwrap();
    app.screenshot("185-keyboard-favorites").await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
