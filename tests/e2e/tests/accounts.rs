//! Accounts through the real app window: a counselor registers a job seeker at the counter; the
//! seeker opens a MyPage with the 認証キー from the mail (real SMTP), signs in, and signs out;
//! the session token is in the OS keyring while signed in and gone afterwards.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

const COUNSELOR: &str = "sato@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Madoguchi#2026";
const SEEKER: &str = "minami@example.jp";
const SEEKER_PASSWORD: &str = "Minami#Sagasu7";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counter_registration_mypage_opening_sign_in_and_sign_out() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    support::add_counselor(&service, COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let keyring = TestKeyring::fresh("accounts").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();

    // The counselor signs in and registers a job seeker at the counter.
    app.click("#open-login").await.unwrap();
    app.type_into("#login-email", COUNSELOR).await.unwrap();
    app.type_into("#login-password", COUNSELOR_PASSWORD)
        .await
        .unwrap();
    app.click("#login-submit").await.unwrap();
    app.wait_for("#counter-form").await.unwrap();
    assert!(
        keyring.token().unwrap().is_some(),
        "the counselor's token is in the keyring"
    );
    app.type_into("#seeker-name", "南 美咲").await.unwrap();
    app.type_into("#seeker-kana", "ミナミ ミサキ")
        .await
        .unwrap();
    app.set_date("#seeker-birth-date", "1995-06-15")
        .await
        .unwrap();
    app.type_into("#seeker-email", SEEKER).await.unwrap();
    let prefecture = app.wait_for("#seeker-prefecture").await.unwrap();
    thirtyfour::components::SelectElement::new(&prefecture)
        .await
        .unwrap()
        .select_by_value("13")
        .await
        .unwrap();
    app.click("#register-seeker").await.unwrap();
    let number = app
        .wait_for("#registered-seeker-number")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(number.contains("13010-"), "求職番号 shown: {number}");
    app.screenshot("10-counter-registration").await.unwrap();
    app.click("#sign-out").await.unwrap();
    app.wait_for("#open-login").await.unwrap();
    assert_eq!(
        keyring.token().unwrap(),
        None,
        "signed out: the keyring entry is gone"
    );

    // The seeker opens a MyPage with the key from the mail.
    app.click("#open-login").await.unwrap();
    app.click("#open-mypage-opening").await.unwrap();
    app.wait_for("#opening-terms").await.unwrap();
    app.click("#agree-terms").await.unwrap();
    app.click("#agree-privacy").await.unwrap();
    app.screenshot("11-opening-terms").await.unwrap();
    app.click("#opening-next").await.unwrap();
    app.type_into("#opening-email", SEEKER).await.unwrap();
    app.set_date("#opening-birth-date", "1995-06-15")
        .await
        .unwrap();
    app.click("#opening-send-key").await.unwrap();
    let (_, body) = service
        .smtp
        .as_ref()
        .unwrap()
        .take_mail(SEEKER)
        .await
        .unwrap();
    let key = support::smtp::key_in(&body).expect("key in the mail");
    app.type_into("#opening-key", &key).await.unwrap();
    app.type_into("#opening-password", SEEKER_PASSWORD)
        .await
        .unwrap();
    app.type_into("#opening-password-confirmation", SEEKER_PASSWORD)
        .await
        .unwrap();
    app.screenshot("12-opening-key").await.unwrap();
    app.click("#opening-complete").await.unwrap();
    app.wait_for("#opening-done").await.unwrap();
    app.click("#go-to-login").await.unwrap();

    // The seeker signs in: greeted by name, token in the keyring; then signs out.
    app.type_into("#login-email", SEEKER).await.unwrap();
    app.type_into("#login-password", SEEKER_PASSWORD)
        .await
        .unwrap();
    app.click("#login-submit").await.unwrap();
    app.wait_for("#sign-out").await.unwrap();
    let header = app
        .driver
        .find(By::Css("header"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(header.contains("南 美咲"), "greeted by name: {header}");
    let token = keyring
        .token()
        .unwrap()
        .expect("the seeker's token is in the keyring");
    assert!(service.client.me(&token).await.is_ok());
    app.screenshot("13-signed-in").await.unwrap();
    app.click("#sign-out").await.unwrap();
    app.wait_for("#open-login").await.unwrap();
    assert_eq!(
        keyring.token().unwrap(),
        None,
        "signed out: the keyring entry is gone"
    );
    assert!(
        service.client.me(&token).await.is_err(),
        "and the session is revoked"
    );

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
