//! Passwords through the real app window, against the real service with real SMTP: a job seeker
//! who forgot the password sets a new one with the 認証キー from the mail and signs in with it;
//! a signed-in job seeker changes the password on パスワード変更, first refused for a wrong
//! current password (in Japanese, at its box), then accepted, and signs in with the new one.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{seeker_account, support, AppSession, TestKeyring};

const NAME: &str = "北川 陽菜";
const KANA: &str = "キタガワ ヒナ";
const OLD_PASSWORD: &str = "Kitagawa#2026";
const NEW_PASSWORD: &str = "Hinata-Sora77";

/// The service with one job seeker, and the app on a keyring entry of its own.
async fn setup(email: &str, keyring: &str) -> (support::TestServer, AppSession) {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    seeker_account(&service, email, OLD_PASSWORD, NAME, KANA)
        .await
        .unwrap();
    let keyring = TestKeyring::fresh(keyring).unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();
    (service, app)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_password_is_reset_with_the_key_from_the_mail() {
    let email = "kitagawa.reset@example.jp";
    let (service, app) = setup(email, "reset").await;

    app.click("#open-login").await.unwrap();
    app.click("#open-password-reset").await.unwrap();
    app.type_into("#reset-email", email).await.unwrap();
    app.click("#reset-send-key").await.unwrap();
    let (subject, body) = service
        .smtp
        .as_ref()
        .unwrap()
        .take_mail(email)
        .await
        .unwrap();
    assert!(subject.contains("認証キー"), "subject: {subject}");
    let key = support::smtp::key_in(&body).expect("key in the mail");
    app.wait_for("#reset-key-sent").await.unwrap();
    app.type_into("#reset-key", &key).await.unwrap();
    app.type_into("#reset-password", NEW_PASSWORD)
        .await
        .unwrap();
    app.type_into("#reset-password-confirmation", NEW_PASSWORD)
        .await
        .unwrap();
    app.screenshot("20-password-reset-key").await.unwrap();
    app.click("#reset-complete").await.unwrap();
    app.wait_for("#reset-done").await.unwrap();
    app.screenshot("21-password-reset-done").await.unwrap();

    app.click("#reset-go-to-login").await.unwrap();
    let notice = app.text("#login-notice").await.unwrap();
    assert!(
        notice.contains("新しいパスワード"),
        "login notice: {notice}"
    );
    app.type_into("#login-email", email).await.unwrap();
    app.type_into("#login-password", NEW_PASSWORD)
        .await
        .unwrap();
    app.click("#login-submit").await.unwrap();
    let name = app.text("#account-name").await.unwrap();
    assert!(name.contains(NAME), "signed in as {name}");
    assert!(
        service.client.sign_in(email, OLD_PASSWORD).await.is_err(),
        "the old password no longer works"
    );
    app.sign_out().await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_in_seeker_changes_the_password() {
    let email = "kitagawa.change@example.jp";
    let (service, app) = setup(email, "change").await;
    app.sign_in(email, OLD_PASSWORD).await.unwrap();

    // A wrong current password is refused at its box, in Japanese.
    app.click("#open-password-change").await.unwrap();
    let shown = app.text("#password-change-email").await.unwrap();
    assert_eq!(shown, email);
    app.type_into("#password-change-current", "Wrong#pass99")
        .await
        .unwrap();
    app.type_into("#password-change-password", NEW_PASSWORD)
        .await
        .unwrap();
    app.type_into("#password-change-password-confirmation", NEW_PASSWORD)
        .await
        .unwrap();
    app.click("#password-change-submit").await.unwrap();
    let refusal = app.text("#password-change-current-error").await.unwrap();
    assert!(
        refusal.contains("現在のパスワードが正しくありません"),
        "refusal: {refusal}"
    );
    app.screenshot("30-password-change-refused").await.unwrap();

    // The right one: back to the search with the service's message, still signed in.
    app.type_into("#password-change-current", OLD_PASSWORD)
        .await
        .unwrap();
    app.click("#password-change-submit").await.unwrap();
    let notice = app.text("#app-notice").await.unwrap();
    assert!(
        notice.contains("パスワードを変更しました"),
        "notice: {notice}"
    );
    app.wait_for("#keyword").await.unwrap();
    app.screenshot("31-password-change-done").await.unwrap();
    assert!(service.client.sign_in(email, OLD_PASSWORD).await.is_err());

    // The new password signs in.
    app.sign_out().await.unwrap();
    app.sign_in(email, NEW_PASSWORD).await.unwrap();
    app.sign_out().await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
