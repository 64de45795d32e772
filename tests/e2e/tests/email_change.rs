//! メールアドレス変更 through the real app window, against the real service and a real SMTP
//! server: a signed-in job seeker asks for the change (a wrong current password refused in
//! Japanese first), enters the 認証キー mailed to the new address, sees the new address in the
//! header, and after signing out can sign in with the new address but not the old one.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{seeker_account, support, AppSession, TestKeyring};

const OLD_EMAIL: &str = "kitagawa@example.jp";
const NEW_EMAIL: &str = "haruna.kitagawa@example.jp";
const PASSWORD: &str = "Kitagawa#Haru5";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_email_changes_with_the_key_mailed_to_the_new_address() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    seeker_account(
        &service,
        OLD_EMAIL,
        PASSWORD,
        "北川 陽菜",
        "キタガワ ハルナ",
    )
    .await
    .unwrap();
    let smtp = service.smtp.as_ref().unwrap();
    let keyring = TestKeyring::fresh("email-change").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();

    app.sign_in(OLD_EMAIL, PASSWORD).await.unwrap();
    assert_eq!(app.text("#account-email").await.unwrap(), OLD_EMAIL);
    app.click("#open-email-change").await.unwrap();
    assert_eq!(
        app.text("#email-change-current-email").await.unwrap(),
        OLD_EMAIL
    );

    // A wrong current password is refused in Japanese under its box.
    app.type_into("#email-change-new", NEW_EMAIL).await.unwrap();
    app.type_into("#email-change-password", "Wrong#pass9")
        .await
        .unwrap();
    app.click("#email-change-send-key").await.unwrap();
    let refusal = app.text("#email-change-password-error").await.unwrap();
    assert!(
        refusal.contains("現在のパスワードが正しくありません"),
        "refusal: {refusal}"
    );
    app.screenshot("90-email-change-refused").await.unwrap();

    // The key goes to the new address.
    app.type_into("#email-change-password", PASSWORD)
        .await
        .unwrap();
    app.click("#email-change-send-key").await.unwrap();
    app.wait_for("#email-change-key-sent").await.unwrap();
    let (_, body) = smtp.take_mail(NEW_EMAIL).await.unwrap();
    let key = support::smtp::key_in(&body).expect("key in the mail");
    assert_eq!(app.text("#email-change-new-memo").await.unwrap(), NEW_EMAIL);
    app.type_into("#email-change-key", &key).await.unwrap();
    app.screenshot("91-email-change-key").await.unwrap();
    app.click("#email-change-confirm").await.unwrap();

    // Done: back on the earlier screen with the message; the header shows the new address.
    let notice = app.text("#app-notice").await.unwrap();
    assert!(notice.contains(NEW_EMAIL), "notice: {notice}");
    assert_eq!(app.text("#account-email").await.unwrap(), NEW_EMAIL);
    app.screenshot("92-email-change-done").await.unwrap();
    let (_, told) = smtp.take_mail(OLD_EMAIL).await.unwrap();
    assert!(told.contains(NEW_EMAIL), "the old address is told: {told}");
    app.sign_out().await.unwrap();

    // The old address no longer signs in; the new one does.
    app.type_into("#login-email", OLD_EMAIL).await.unwrap();
    app.type_into("#login-password", PASSWORD).await.unwrap();
    app.click("#login-submit").await.unwrap();
    app.wait_for("#login-error").await.unwrap();
    app.set_value("#login-email", NEW_EMAIL).await.unwrap();
    app.type_into("#login-password", PASSWORD).await.unwrap();
    app.click("#login-submit").await.unwrap();
    app.wait_for("#sign-out").await.unwrap();
    assert_eq!(app.text("#account-email").await.unwrap(), NEW_EMAIL);
    let name = app.text("#account-name").await.unwrap();
    assert!(name.contains("北川 陽菜"), "signed in as {name}");
    app.sign_out().await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
