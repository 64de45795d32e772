//! 求人申込み through the real app window, against the real service and a real SMTP server: an
//! employer whose 事業所登録 was accepted writes a posting in the eight steps (a step with a
//! missing 仕事の内容 is refused at its box), saves it (一時保存), quits the app and starts it
//! again, resumes the draft from the 求人一覧 and files it (申込み); a counselor returns it (返戻)
//! with a reason; the employer's home says so, the employer reads the reason, corrects the wage
//! and files it again; the counselor accepts it (受理) and sees its 求人番号; signed out, the
//! search finds it by a word of its 仕事の内容 and opens its 求人票; the employer stops it
//! (募集停止) and the search no longer finds it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::time::Duration;

use shigoto_e2e::{support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

const COUNSELOR: &str = "kimura@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Jimusho#2026";
const EMPLOYER: &str = "saiyo@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Shigoto#Saiyo26";
const TITLE: &str = "受発注事務（文具）";
/// A word of the 仕事の内容 no demo posting uses.
const KEYWORD: &str = "霞文具";
const RETURN_REASON: &str =
    "賃金の上限が下限と同じです。昇給の幅が分かるよう上限を見直してください。";

/// 「次へ」, then waits for the step `step` (or the 確認 page for `"confirm"`).
async fn next_to(app: &AppSession, step: &str) {
    app.click("#posting-next").await.unwrap();
    let shown = if step == "confirm" {
        "#posting-confirm".to_owned()
    } else {
        format!("li[aria-current=\"step\"] #posting-step-{step}")
    };
    app.wait_for(&shown).await.unwrap();
}

/// Steps 1 to 4: 求人区分, 事業所, 仕事内容 (refused once without its 仕事の内容), 賃金.
async fn write_first_steps(app: &AppSession) {
    app.wait_for("li[aria-current=\"step\"] #posting-step-category")
        .await
        .unwrap();
    app.click("#posting-category-category-general")
        .await
        .unwrap();
    app.click("#posting-category-work-style-full-time")
        .await
        .unwrap();
    app.screenshot("90-posting-category").await.unwrap();
    next_to(app, "employer").await;
    app.type_into("#posting-employer-employees-site", "18")
        .await
        .unwrap();
    app.type_into("#posting-employer-founded-year", "1979")
        .await
        .unwrap();
    next_to(app, "work").await;

    app.type_into("#posting-work-title", TITLE).await.unwrap();
    app.choose("#posting-work-occupation-major", "C")
        .await
        .unwrap();
    app.choose("#posting-work-occupation-middle", "25")
        .await
        .unwrap();
    app.choose("#posting-work-occupation-code", "251")
        .await
        .unwrap();
    app.choose("#posting-work-employment-type", "regular")
        .await
        .unwrap();
    app.choose("#posting-work-place-prefecture-code", "13")
        .await
        .unwrap();
    app.choose("#posting-work-place-municipality-code", "13101")
        .await
        .unwrap();
    app.type_into("#posting-work-place-address-line", "霞が関1-2-2")
        .await
        .unwrap();
    app.type_into("#posting-work-place-nearest-station", "霞ケ関駅")
        .await
        .unwrap();
    app.type_into("#posting-work-place-station-minutes", "3")
        .await
        .unwrap();
    app.choose("#posting-work-remote-work", "none")
        .await
        .unwrap();
    // Without its 仕事の内容 the step stays, and says so at the box.
    app.click("#posting-next").await.unwrap();
    let refusal = app.text("#posting-work-description-error").await.unwrap();
    assert!(refusal.contains("仕事の内容"), "refusal: {refusal}");
    app.screenshot("91-posting-work-refused").await.unwrap();
    app.type_into(
        "#posting-work-description",
        &format!("{KEYWORD}ブランドの事務用品の受発注入力、電話応対、来客応対をお願いします。"),
    )
    .await
    .unwrap();
    next_to(app, "wage").await;

    app.click("#posting-wage-kind-monthly").await.unwrap();
    app.type_into("#posting-wage-base-min", "215000")
        .await
        .unwrap();
    app.type_into("#posting-wage-base-max", "215000")
        .await
        .unwrap();
    for (field, text) in [
        ("commute-allowance", "実費支給（上限あり）月額30,000円"),
        ("closing-day", "月末"),
        ("pay-day", "翌月25日"),
        ("raise", "あり"),
        ("bonus", "あり（年2回）"),
    ] {
        app.type_into(&format!("#posting-wage-{field}"), text)
            .await
            .unwrap();
    }
}

/// Steps 5 to 8: 労働時間, 保険・年金・定年, 求人PR, 選考方法; ends on the 確認 page.
async fn write_last_steps(app: &AppSession) {
    app.click("#posting-hours-shifts-add").await.unwrap();
    app.type_into("#posting-hours-shifts-0-start", "9:00")
        .await
        .unwrap();
    app.type_into("#posting-hours-shifts-0-end", "18:00")
        .await
        .unwrap();
    app.type_into("#posting-hours-overtime-hours", "8")
        .await
        .unwrap();
    app.type_into("#posting-hours-break-minutes", "60")
        .await
        .unwrap();
    app.type_into("#posting-hours-days-off", "土 日 祝日")
        .await
        .unwrap();
    app.click("#posting-hours-weekends-off").await.unwrap();
    app.choose("#posting-hours-two-days-off", "every_week")
        .await
        .unwrap();
    app.type_into("#posting-hours-annual-holidays", "125")
        .await
        .unwrap();
    app.screenshot("93-posting-hours").await.unwrap();
    next_to(app, "insurance").await;

    for insurance in [
        "employment-insurance",
        "workers-compensation",
        "health-insurance",
        "pension",
    ] {
        app.click(&format!("#posting-insurance-{insurance}"))
            .await
            .unwrap();
    }
    app.type_into("#posting-insurance-retirement-age", "65")
        .await
        .unwrap();
    next_to(app, "pr").await;
    app.type_into(
        "#posting-pr-special",
        "未経験の方も歓迎します。入社後1か月は先輩社員がついて仕事を教えます。",
    )
    .await
    .unwrap();
    next_to(app, "selection").await;

    app.type_into("#posting-selection-openings", "1")
        .await
        .unwrap();
    app.click("#posting-selection-methods-documents")
        .await
        .unwrap();
    app.click("#posting-selection-methods-interview")
        .await
        .unwrap();
    app.type_into("#posting-selection-result-within-days", "7")
        .await
        .unwrap();
    app.type_into("#posting-selection-documents", "履歴書（写真貼付）")
        .await
        .unwrap();
    app.type_into("#posting-selection-contact", "総務課 見本")
        .await
        .unwrap();
    app.click("#posting-selection-notice-by-mail")
        .await
        .unwrap();
    app.click("#posting-selection-publication-full")
        .await
        .unwrap();
    app.screenshot("94-posting-selection").await.unwrap();
    next_to(app, "confirm").await;
}

/// Searches signed out for [`KEYWORD`] until the results show the posting `wanted` (a 求人番号)
/// or, with `None`, until nothing is found: the index follows a 受理 or a stop within seconds, so
/// the search is asked again until it does (a click that lands while the screen is still
/// settling is asked again too).
async fn search_until(app: &AppSession, wanted: Option<&str>) {
    app.click("#nav-search").await.unwrap();
    app.set_value("#keyword", KEYWORD).await.unwrap();
    let answer = match wanted {
        Some(number) => format!(".result-item[data-job-number=\"{number}\"]"),
        None => "#no-results".to_owned(),
    };
    for _ in 0..20 {
        app.click("#search-button").await.unwrap();
        let shown = app
            .driver
            .query(By::Css(&answer))
            .wait(Duration::from_secs(2), Duration::from_millis(100))
            .exists()
            .await
            .unwrap();
        if shown {
            return;
        }
    }
    panic!("the search for {KEYWORD} did not show {answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_employer_files_a_posting_that_is_returned_accepted_found_and_stopped() {
    let service = support::start_with_smtp(support::TestDatabase::Sqlite)
        .await
        .unwrap();
    let counselor = support::signed_in_counselor(&service, COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    support::accepted_employer(&service, &counselor, EMPLOYER, EMPLOYER_PASSWORD)
        .await
        .unwrap();
    let smtp = service.smtp.as_ref().unwrap();
    let keyring = TestKeyring::fresh("postings").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();

    // A new posting, written up to the 賃金 and saved.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    app.click("#nav-employer-postings").await.unwrap();
    app.wait_for("#no-postings").await.unwrap();
    app.click("#new-posting").await.unwrap();
    write_first_steps(&app).await;
    app.screenshot("92-posting-wage").await.unwrap();
    app.click("#posting-save").await.unwrap();
    app.wait_for("#posting-saved").await.unwrap();

    // The app is quit and started again; the session is in the keyring, the draft on the
    // service: it opens from the 求人一覧 with what was typed.
    app.quit_app().await.unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();
    app.click("#nav-employer-postings").await.unwrap();
    let line = app.text("#postings [data-status=\"draft\"]").await.unwrap();
    assert!(line.contains(TITLE), "draft line: {line}");
    assert!(app
        .text("#postings-count-draft")
        .await
        .unwrap()
        .contains('1'));
    app.screenshot("95-postings-draft").await.unwrap();
    let draft = app
        .wait_for("#postings [data-status=\"draft\"]")
        .await
        .unwrap();
    let id = draft.attr("id").await.unwrap().expect("id of the line");
    app.click(&format!("#{id}-edit")).await.unwrap();
    app.click("#posting-step-wage").await.unwrap();
    let base_max = app.wait_for("#posting-wage-base-max").await.unwrap();
    assert_eq!(base_max.value().await.unwrap().as_deref(), Some("215000"));
    next_to(&app, "hours").await;
    write_last_steps(&app).await;
    let sheet = app.text("#posting-confirm").await.unwrap();
    assert!(
        sheet.contains(TITLE) && sheet.contains(KEYWORD),
        "confirm: {sheet}"
    );
    app.screenshot("96-posting-confirm").await.unwrap();
    app.click("#posting-submit").await.unwrap();
    let notice = app.text("#app-notice").await.unwrap();
    assert!(notice.contains("申し込みました"), "notice: {notice}");
    app.wait_for("#postings [data-status=\"submitted\"]")
        .await
        .unwrap();
    app.screenshot("97-postings-submitted").await.unwrap();
    app.sign_out().await.unwrap();

    // The counselor returns it: without a reason it is refused at the box.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-posting-queue").await.unwrap();
    app.click("[id^=\"review-posting-\"]").await.unwrap();
    let review = app.text("#posting-review").await.unwrap();
    assert!(review.contains(TITLE), "review: {review}");
    app.click("#posting-return").await.unwrap();
    let refusal = app
        .text("#posting-return-reason-input-error")
        .await
        .unwrap();
    assert!(refusal.contains("理由"), "refusal: {refusal}");
    app.type_into("#posting-return-reason-input", RETURN_REASON)
        .await
        .unwrap();
    app.screenshot("98-posting-review").await.unwrap();
    app.click("#posting-return").await.unwrap();
    let result = app.text("#posting-review-result").await.unwrap();
    assert!(result.contains("返戻"), "result: {result}");
    let (_, returned_mail) = smtp.take_mail(EMPLOYER).await.unwrap();
    assert!(
        returned_mail.contains("賃金の上限"),
        "the reason is mailed: {returned_mail}"
    );
    app.sign_out().await.unwrap();

    // The employer's home says a posting came back; the employer reads the reason, raises the
    // upper wage and files it again.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    let returned = app.text("#employer-postings-returned").await.unwrap();
    assert!(returned.contains("返戻された求人が1件"), "home: {returned}");
    let summary = app.text("#employer-postings-summary").await.unwrap();
    assert!(summary.contains("返戻 1件"), "home: {summary}");
    app.screenshot("98a-employer-home-returned").await.unwrap();
    app.click("#nav-employer-postings").await.unwrap();
    app.click(&format!("#{id}-edit")).await.unwrap();
    assert_eq!(
        app.text("#posting-return-reason").await.unwrap().trim(),
        RETURN_REASON
    );
    app.click("#posting-step-wage").await.unwrap();
    app.set_value("#posting-wage-base-max", "260000")
        .await
        .unwrap();
    app.screenshot("99-posting-returned").await.unwrap();
    app.click("#posting-step-selection").await.unwrap();
    next_to(&app, "confirm").await;
    app.click("#posting-submit").await.unwrap();
    app.wait_for("#postings [data-status=\"submitted\"]")
        .await
        .unwrap();
    app.sign_out().await.unwrap();

    // The counselor accepts it: a 求人番号 of the Tokyo office, mailed to the employer.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-posting-queue").await.unwrap();
    app.click("[id^=\"review-posting-\"]").await.unwrap();
    app.click("#posting-accept").await.unwrap();
    let number = app.text("#posting-accepted-number").await.unwrap();
    assert!(
        number.starts_with("13010-") && number.len() == "13010-00000001".len(),
        "求人番号: {number}"
    );
    app.screenshot("9a-posting-accepted").await.unwrap();
    let (_, accepted_mail) = smtp.take_mail(EMPLOYER).await.unwrap();
    assert!(
        accepted_mail.contains(&number),
        "the number is mailed: {accepted_mail}"
    );
    app.sign_out().await.unwrap();

    // Signed out, the search finds it by a word of its 仕事の内容 and opens its 求人票.
    search_until(&app, Some(&number)).await;
    app.click(&format!("[data-job-number=\"{number}\"] .open-job"))
        .await
        .unwrap();
    assert_eq!(app.text("#job-number").await.unwrap(), number);
    let sheet = app.text("#job-sheet").await.unwrap();
    assert!(sheet.contains("260,000"), "the corrected wage: {sheet}");
    app.screenshot("9b-posting-in-search").await.unwrap();

    // The employer stops it; the search no longer finds it.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    app.click("#nav-employer-postings").await.unwrap();
    app.click(&format!("#{id}-open")).await.unwrap();
    app.wait_for("#posting-status[data-status=\"published\"]")
        .await
        .unwrap();
    assert_eq!(app.text("#posting-job-number").await.unwrap(), number);
    app.click("#posting-stop").await.unwrap();
    app.click("#posting-stop-confirm").await.unwrap();
    app.wait_for("#posting-action-notice").await.unwrap();
    app.screenshot("9c-posting-stopped").await.unwrap();
    app.sign_out().await.unwrap();
    search_until(&app, None).await;

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
