//! 端末の設定 through the real app window: ticking 「この端末を共用端末として使う」 is kept in the
//! app's settings file, and when the app is then quit the way the OS does at logout (SIGTERM),
//! the signed-in job seeker's keyring entry is gone and the session revoked. With the
//! administrator's `SHIGOTO_SHARED_WORKSTATION=1` the box is ticked and cannot be changed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_desktop_core::settings::SETTINGS_FILE;
use shigoto_e2e::{seeker_account, support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

const EMAIL: &str = "higashi@example.jp";
const PASSWORD: &str = "Higashi#Kyoyo3";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shared_workstation_forgets_the_sign_in_when_the_app_quits() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    seeker_account(&service, EMAIL, PASSWORD, "東 結衣", "ヒガシ ユイ")
        .await
        .unwrap();
    let keyring = TestKeyring::fresh("shared").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();

    // Signed out, from the menu: off by default; tick and save.
    app.click("#nav-settings").await.unwrap();
    let shared = app.wait_for("#shared-workstation").await.unwrap();
    assert!(!shared.is_selected().await.unwrap(), "off by default");
    let hint = app.text("#shared-workstation-hint").await.unwrap();
    assert!(hint.contains("ログイン情報（キーリング）"), "hint: {hint}");
    app.screenshot("40-settings").await.unwrap();
    shared.click().await.unwrap();
    app.click("#settings-save").await.unwrap();
    let saved = app.text("#settings-saved").await.unwrap();
    assert!(saved.contains("共用端末に設定しました"), "saved: {saved}");
    app.screenshot("41-settings-saved").await.unwrap();
    let file = app.config_dir().unwrap().join(SETTINGS_FILE);
    let stored: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(stored["shared_workstation"], serde_json::json!(true));

    // A job seeker signs in and quits without signing out.
    app.sign_in(EMAIL, PASSWORD).await.unwrap();
    let token = keyring
        .token()
        .unwrap()
        .expect("the token is in the keyring");
    assert!(service.client.me(&token).await.is_ok());
    app.quit_app().await.unwrap();
    assert_eq!(
        keyring.token().unwrap(),
        None,
        "the keyring entry is gone after the app quit"
    );
    assert!(
        service.client.me(&token).await.is_err(),
        "and the session is revoked"
    );

    // Fixed by the administrator: ticked, and the box cannot be changed.
    let app = AppSession::start_with_keyring_and_env(
        &service.base_url(),
        &keyring,
        &[("SHIGOTO_SHARED_WORKSTATION", "1")],
    )
    .await
    .unwrap();
    app.click("#nav-settings").await.unwrap();
    app.wait_for("#shared-workstation-fixed").await.unwrap();
    let shared = app.wait_for("#shared-workstation").await.unwrap();
    assert!(shared.is_selected().await.unwrap());
    assert!(!shared.is_enabled().await.unwrap());
    assert!(app
        .driver
        .find_all(By::Css("#settings-save"))
        .await
        .unwrap()
        .is_empty());
    app.screenshot("42-settings-fixed").await.unwrap();
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
