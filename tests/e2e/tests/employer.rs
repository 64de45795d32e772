//! The 求人者マイページ through the real app window, against the real service and a real SMTP
//! server: an employer opens a MyPage with the 認証キー from the mail and the 事業所情報 (a wrong
//! phone number refused in Japanese at its box first), signs in and sees the registration 審査中;
//! a counselor returns it (返戻) with a reason; the employer reads the reason, corrects the
//! address and files it again; the counselor accepts it (受理) and sees the new 事業所番号; the
//! employer signs in and sees 登録済み with that 事業所番号.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{support, AppSession, TestKeyring};
use thirtyfour::components::SelectElement;

const COUNSELOR: &str = "kimura@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Jimusho#2026";
const EMPLOYER: &str = "saiyo@hinode-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Hinode#Saiyo26";
const RETURN_REASON: &str =
    "所在地に建物名と階数がありません。建物名と階数まで入力して再申請してください。";
const CORRECTED_ADDRESS: &str = "霞が関1-2-2 ひのでビル3階";

/// Fills the 事業所情報 of the opening (the phone number as given).
async fn fill_office(app: &AppSession, phone: &str) {
    app.type_into("#employer-opening-office-name", "株式会社ひので商事")
        .await
        .unwrap();
    // Hiragana becomes katakana when the box is left.
    app.type_into(
        "#employer-opening-office-kana",
        "かぶしきがいしゃひのでしょうじ",
    )
    .await
    .unwrap();
    app.type_into("#employer-opening-postal-code", "100-0013")
        .await
        .unwrap();
    let prefecture = app
        .wait_for("#employer-opening-office-prefecture")
        .await
        .unwrap();
    SelectElement::new(&prefecture)
        .await
        .unwrap()
        .select_by_value("13")
        .await
        .unwrap();
    app.choose("#employer-opening-office-municipality", "13101")
        .await
        .unwrap();
    app.type_into("#employer-opening-address", "霞が関1-2-2")
        .await
        .unwrap();
    app.type_into("#employer-opening-phone", phone)
        .await
        .unwrap();
    app.type_into("#employer-opening-representative", "日野出 太郎")
        .await
        .unwrap();
    app.type_into("#employer-opening-industry", "卸売業，小売業")
        .await
        .unwrap();
    app.type_into("#employer-opening-employees", "25")
        .await
        .unwrap();
    app.type_into(
        "#employer-opening-business",
        "文房具・事務用品の卸売、オフィス向け通信販売",
    )
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_employer_opens_a_mypage_and_a_counselor_returns_then_accepts_it() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    support::add_counselor(&service, COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let smtp = service.smtp.as_ref().unwrap();
    let keyring = TestKeyring::fresh("employer").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();

    // The employer opens a 求人者マイページ from the login screen.
    app.click("#open-login").await.unwrap();
    app.wait_for("#open-employer-opening").await.unwrap();
    app.screenshot("80-login-employer-opening").await.unwrap();
    app.click("#open-employer-opening").await.unwrap();
    app.click("#employer-opening-agree-terms").await.unwrap();
    app.click("#employer-opening-agree-privacy").await.unwrap();
    app.click("#employer-opening-next").await.unwrap();
    app.type_into("#employer-opening-email", EMPLOYER)
        .await
        .unwrap();
    app.click("#employer-opening-send-key").await.unwrap();
    let (_, body) = smtp.take_mail(EMPLOYER).await.unwrap();
    let key = support::smtp::key_in(&body).expect("key in the mail");
    app.wait_for("#employer-opening-key-sent").await.unwrap();
    app.type_into("#employer-opening-key", &key).await.unwrap();
    app.type_into("#employer-opening-password", EMPLOYER_PASSWORD)
        .await
        .unwrap();
    app.type_into("#employer-opening-password-confirmation", EMPLOYER_PASSWORD)
        .await
        .unwrap();
    fill_office(&app, "03-1234-567").await;
    assert_eq!(
        app.wait_for("#employer-opening-office-kana")
            .await
            .unwrap()
            .value()
            .await
            .unwrap()
            .as_deref(),
        Some("カブシキガイシャヒノデショウジ"),
        "hiragana made katakana"
    );

    // A phone number one digit short is refused in Japanese under its box.
    app.click("#employer-opening-complete").await.unwrap();
    let refusal = app.text("#employer-opening-phone-error").await.unwrap();
    assert!(refusal.contains("電話番号"), "refusal: {refusal}");
    app.screenshot("81-employer-opening-refused").await.unwrap();
    app.set_value("#employer-opening-phone", "03-1234-5678")
        .await
        .unwrap();
    app.click("#employer-opening-complete").await.unwrap();
    let done = app.text("#employer-opening-done").await.unwrap();
    assert!(done.contains("事業所登録"), "done: {done}");
    app.screenshot("82-employer-opening-done").await.unwrap();

    // Signed in, the employer sees the registration under review.
    app.click("#employer-opening-go-to-login").await.unwrap();
    let notice = app.text("#login-notice").await.unwrap();
    assert!(notice.contains("求人者マイページ"), "notice: {notice}");
    app.type_into("#login-email", EMPLOYER).await.unwrap();
    app.type_into("#login-password", EMPLOYER_PASSWORD)
        .await
        .unwrap();
    app.click("#login-submit").await.unwrap();
    let status = app
        .text("#employer-status[data-status=\"provisional\"]")
        .await
        .unwrap();
    assert!(status.contains("審査中"), "status: {status}");
    let profile = app.text("#employer-profile").await.unwrap();
    assert!(profile.contains("株式会社ひので商事"), "profile: {profile}");
    app.screenshot("83-employer-provisional").await.unwrap();
    app.sign_out().await.unwrap();

    // The counselor returns it with a reason; the list is read again and is empty.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-employer-review").await.unwrap();
    let card = app.text(".employer-application").await.unwrap();
    assert!(
        card.contains("株式会社ひので商事") && card.contains(EMPLOYER),
        "card: {card}"
    );
    app.click(".employer-application .return-employer")
        .await
        .unwrap();
    let refusal = app
        .text(".employer-application .field-error")
        .await
        .unwrap();
    assert!(refusal.contains("返戻の理由"), "refusal: {refusal}");
    app.type_into(".employer-application .return-reason-input", RETURN_REASON)
        .await
        .unwrap();
    app.screenshot("84-employer-review").await.unwrap();
    app.click(".employer-application .return-employer")
        .await
        .unwrap();
    let result = app.text("#employer-review-result").await.unwrap();
    assert!(result.contains("返戻しました"), "result: {result}");
    app.wait_for("#no-employer-applications").await.unwrap();
    let (_, returned_mail) = smtp.take_mail(EMPLOYER).await.unwrap();
    assert!(
        returned_mail.contains("建物名と階数"),
        "the reason is mailed: {returned_mail}"
    );
    app.sign_out().await.unwrap();

    // The employer reads the reason, corrects the address and files it again.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    app.wait_for("#employer-status[data-status=\"returned\"]")
        .await
        .unwrap();
    let reason = app.text("#employer-return-reason").await.unwrap();
    assert_eq!(reason, RETURN_REASON);
    app.set_value("#employer-refile-address", CORRECTED_ADDRESS)
        .await
        .unwrap();
    app.screenshot("85-employer-returned").await.unwrap();
    app.click("#employer-refile-submit").await.unwrap();
    app.wait_for("#employer-notice").await.unwrap();
    let status = app
        .text("#employer-status[data-status=\"provisional\"]")
        .await
        .unwrap();
    assert!(status.contains("審査中"), "status: {status}");
    let profile = app.text("#employer-profile").await.unwrap();
    assert!(profile.contains("ひのでビル3階"), "profile: {profile}");
    app.screenshot("86-employer-refiled").await.unwrap();
    app.sign_out().await.unwrap();

    // The counselor accepts it: a 事業所番号 of the Tokyo office.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-employer-review").await.unwrap();
    let card = app.text(".employer-application").await.unwrap();
    assert!(card.contains("ひのでビル3階"), "card: {card}");
    app.click(".employer-application .accept-employer")
        .await
        .unwrap();
    let number = app.text("#accepted-office-number").await.unwrap();
    assert!(
        number.starts_with("1301-") && number.len() == "1301-000001-9".len(),
        "事業所番号: {number}"
    );
    app.wait_for("#no-employer-applications").await.unwrap();
    app.screenshot("87-employer-accepted").await.unwrap();
    let (_, accepted_mail) = smtp.take_mail(EMPLOYER).await.unwrap();
    assert!(
        accepted_mail.contains(&number),
        "the number is mailed: {accepted_mail}"
    );
    app.sign_out().await.unwrap();

    // The employer sees the registration accepted, with its 事業所番号.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    let status = app
        .text("#employer-status[data-status=\"accepted\"]")
        .await
        .unwrap();
    assert!(status.contains("登録済み"), "status: {status}");
    assert_eq!(app.text("#employer-office-number").await.unwrap(), number);
    app.screenshot("88-employer-registered").await.unwrap();
    app.sign_out().await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
