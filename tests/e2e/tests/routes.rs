//! The screens as routes, through the real app window: a signed-out person who opens a job
//! seeker's screen by its address is sent to the login and, once signed in, lands on that
//! screen; an account of another role is sent to the search; an unknown address shows the
//! not-found page; signing out shows the login with its note.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{seeker_account, support, AppSession, TestKeyring};

const EMAIL: &str = "minato@example.jp";
const PASSWORD: &str = "Minato#Route5";

/// Shows the screen at `path` (`/mypage/favorites`) as a typed address would.
async fn open(app: &AppSession, path: &str) {
    app.driver
        .execute(
            "window.location.hash = arguments[0];",
            vec![serde_json::json!(path)],
        )
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guarded_screen_asks_for_the_login_and_comes_back_after_it() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    seeker_account(&service, EMAIL, PASSWORD, "港 健太", "ミナト ケンタ")
        .await
        .unwrap();
    let keyring = TestKeyring::fresh("routes").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();
    app.wait_for("#search-form").await.unwrap();

    // Signed out, お気に入り求人 by its address: the login instead.
    open(&app, "/mypage/favorites").await;
    app.wait_for("#login-email").await.unwrap();
    app.type_into("#login-email", EMAIL).await.unwrap();
    app.type_into("#login-password", PASSWORD).await.unwrap();
    app.click("#login-submit").await.unwrap();
    // Signed in: the screen that was asked for, marked in the menu.
    app.wait_for("#favorites-heading").await.unwrap();
    let entry = app.wait_for("#nav-favorites").await.unwrap();
    assert_eq!(
        entry.attr("aria-current").await.unwrap().as_deref(),
        Some("page")
    );
    app.screenshot("90-route-after-login").await.unwrap();

    // A counselor's screen is not a job seeker's: the search instead.
    open(&app, "/counselor/counter").await;
    app.wait_for("#search-form").await.unwrap();
    assert!(app
        .driver
        .find_all(thirtyfour::By::Css("#seeker-name"))
        .await
        .unwrap()
        .is_empty());

    // An address the app does not have.
    open(&app, "/no/such/screen").await;
    let heading = app.text("#not-found-heading").await.unwrap();
    assert!(heading.contains("ページが見つかりません"), "{heading}");
    app.screenshot("91-route-not-found").await.unwrap();

    // Signing out shows the login with its note.
    app.sign_out().await.unwrap();
    let note = app.text("#login-notice").await.unwrap();
    assert!(note.contains("ログアウトしました"), "{note}");
    app.quit().await.unwrap();
}
