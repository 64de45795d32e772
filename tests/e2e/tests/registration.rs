//! Online registration through the real app window (マイページを開設して求職申込みをする): the
//! terms, the email, the 認証キー from the mail (real SMTP) with a password and the person's
//! details; then the new job seeker signs in and is told the application is provisional (仮登録).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{support, AppSession, TestKeyring};
use thirtyfour::components::SelectElement;

const EMAIL: &str = "nishino@example.jp";
const PASSWORD: &str = "Nishino#Shigoto5";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn online_registration_ends_in_a_provisional_mypage() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    let keyring = TestKeyring::fresh("registration").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();

    app.click("#open-login").await.unwrap();
    app.click("#open-registration").await.unwrap();
    app.click("#registration-agree-terms").await.unwrap();
    app.click("#registration-agree-privacy").await.unwrap();
    app.click("#registration-next").await.unwrap();
    app.type_into("#registration-email", EMAIL).await.unwrap();
    app.click("#registration-send-key").await.unwrap();
    let (_, body) = service
        .smtp
        .as_ref()
        .unwrap()
        .take_mail(EMAIL)
        .await
        .unwrap();
    let key = support::smtp::key_in(&body).expect("key in the mail");

    app.wait_for("#registration-key-sent").await.unwrap();
    app.type_into("#registration-key", &key).await.unwrap();
    app.type_into("#registration-password", PASSWORD)
        .await
        .unwrap();
    app.type_into("#registration-password-confirmation", PASSWORD)
        .await
        .unwrap();
    app.type_into("#registration-name", "西野 彩")
        .await
        .unwrap();
    app.type_into("#registration-kana", "ニシノ アヤ")
        .await
        .unwrap();
    app.set_date("#registration-birth-date", "1998-09-30")
        .await
        .unwrap();
    let prefecture = app.wait_for("#registration-prefecture").await.unwrap();
    SelectElement::new(&prefecture)
        .await
        .unwrap()
        .select_by_value("27")
        .await
        .unwrap();
    // 堺市堺区: its office receives the application.
    app.choose("#registration-municipality", "27141")
        .await
        .unwrap();
    app.screenshot("50-registration-key").await.unwrap();
    app.click("#registration-complete").await.unwrap();
    app.wait_for("#registration-done").await.unwrap();
    app.screenshot("51-registration-done").await.unwrap();

    app.click("#registration-go-to-login").await.unwrap();
    app.type_into("#login-email", EMAIL).await.unwrap();
    app.type_into("#login-password", PASSWORD).await.unwrap();
    app.click("#login-submit").await.unwrap();
    let notice = app.text("#provisional-notice").await.unwrap();
    assert!(notice.contains("仮登録"), "provisional notice: {notice}");
    let name = app.text("#account-name").await.unwrap();
    assert!(name.contains("西野 彩"), "signed in as {name}");
    app.screenshot("52-registration-provisional").await.unwrap();
    app.sign_out().await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
