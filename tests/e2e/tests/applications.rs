//! オンライン自主応募 and 採否 through the real app window, against the real service (on its own
//! clock) and a real SMTP server: a job seeker whose registration ran out finds a posting by a
//! word of its 仕事の内容, presses 「応募する」, cannot go on before confirming both warnings,
//! sees the profile that will be sent, is refused because the 求職状態 is 無効, switches it to
//! 有効 from the refusal, attaches a 履歴書 PDF (a picture is refused), applies, and sees the
//! application under 応募中の求人; the employer opens the posting's 応募者一覧, reads the
//! applicant, saves the 履歴書 (the same bytes) and records 不採用 with a reason; the
//! seeker is told by mail and sees it under 選考が終わった求人 with the reason, still there when
//! the app starts again while the service is down. A counselor opens a
//! seeker's record and refers them (紹介) to a posting without online applications; the
//! employer saves the 紹介状 PDF (rendered to PNG and read back), and the seeker sees the
//! referral and saves the letter too, then the 求職活動実績 of the month as PDF and CSV. The
//! employer writes to an applicant in メッセージ and the seeker answers; a counselor writes from
//! the seeker's record and the seeker reads it with no way to answer Hello Work; with the
//! service down the seeker reads the thread and writes again (送信待ち), and once the service
//! is back the message is sent, once.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::time::Duration;

use chrono::TimeDelta;
use shigoto_e2e::desk::{Desk, People};
use shigoto_e2e::{support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

const SEEKER: &str = "minato.aoi@example.jp";
const SEEKER_PASSWORD: &str = "Minato#Aoi2026";
const COUNSELOR: &str = "kimura@hellowork.example.jp";
const COUNSELOR_PASSWORD: &str = "Jimusho#2026";
const EMPLOYER: &str = "saiyo@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Shigoto#Saiyo26";
const TITLE: &str = "受発注事務（文具）";
const MESSAGE: &str = "文具店での販売経験が3年あります。";
const REASON: &str = "今回は受発注業務の経験がある方を優先させていただきました。";
const INVITATION: &str =
    "ご応募ありがとうございます。\n面接は12月10日（木）14時からでいかがでしょうか。";
const ANSWER: &str = "ご連絡ありがとうございます。12月10日14時に伺います。";
const LATE_ANSWER: &str = "追伸：当日は職務経歴書もお持ちします。";
const NOTICE: &str = "お仕事探しの状況はいかがですか。窓口でのご相談もお待ちしています。";
/// A small PDF standing in for the seeker's 履歴書.
const RESUME: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// Searches for the sample posting's word until `number` is listed (the index follows the
/// database within seconds), then opens its 求人票.
async fn open_from_search(app: &AppSession, number: &str) {
    app.click("#nav-search").await.unwrap();
    app.set_value("#keyword", support::SAMPLE_KEYWORD)
        .await
        .unwrap();
    let item = format!(".result-item[data-job-number=\"{number}\"]");
    for _ in 0..20 {
        app.click("#search-button").await.unwrap();
        let shown = app
            .driver
            .query(By::Css(&item))
            .wait(Duration::from_secs(2), Duration::from_millis(100))
            .exists()
            .await
            .unwrap();
        if shown {
            app.click(&format!("{item} .open-job")).await.unwrap();
            app.wait_for(&format!("#job-sheet[data-job-number=\"{number}\"]"))
                .await
                .unwrap();
            return;
        }
    }
    panic!("the search did not list {number}");
}

/// 「応募する」 on the 求人票, both warnings confirmed (「次へ」 waits for both), then the
/// message.
async fn apply_through_the_warnings(app: &AppSession) {
    app.click("#sheet-apply").await.unwrap();
    app.wait_for("#apply-confirm-disputes").await.unwrap();
    let next = app.wait_for("#apply-next").await.unwrap();
    assert!(
        !next.is_enabled().await.unwrap(),
        "「次へ」 before confirming"
    );
    app.click("#apply-confirm-disputes").await.unwrap();
    assert!(
        !app.wait_for("#apply-next")
            .await
            .unwrap()
            .is_enabled()
            .await
            .unwrap(),
        "one warning is not enough"
    );
    app.click("#apply-confirm-benefits").await.unwrap();
    app.click("#apply-next").await.unwrap();
    app.wait_for("#apply-profile").await.unwrap();
    app.type_into("#apply-message", MESSAGE).await.unwrap();
}

/// The people of these tests.
const PEOPLE: People = People {
    counselor: (COUNSELOR, COUNSELOR_PASSWORD),
    employer: (EMPLOYER, EMPLOYER_PASSWORD),
    seeker: (SEEKER, SEEKER_PASSWORD),
    seeker_name: ("湊 葵", "ミナト アオイ"),
};

async fn desk(form: shigoto_shared::PostingForm) -> Desk {
    shigoto_e2e::desk::desk(form, &PEOPLE).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seeker_applies_and_the_employer_records_the_result() {
    let Desk {
        service,
        employer,
        posting,
        number,
        seeker_number,
    } = desk(support::sample_posting(TITLE)).await;
    let smtp = service.smtp.as_ref().unwrap();
    // The posting runs a month longer than the seeker's registration.
    service
        .client
        .extend_posting(&employer, posting)
        .await
        .unwrap();
    // A week after the registration's last day (2027-01-31); the posting is open to 02-28.
    service.clock.advance(TimeDelta::days(74));

    let files = tempfile::tempdir().unwrap();
    let resume = files.path().join("履歴書_湊葵.pdf");
    std::fs::write(&resume, RESUME).unwrap();
    let picture = files.path().join("証明写真.png");
    std::fs::write(&picture, b"\x89PNG\r\n\x1a\n").unwrap();
    let downloads = tempfile::tempdir().unwrap();
    // The app's data folder (the MyPage cache) outlives the first run.
    let data_home = tempfile::tempdir().unwrap();
    let env = [
        ("SHIGOTO_DOWNLOAD_DIR", downloads.path().to_str().unwrap()),
        ("XDG_DATA_HOME", data_home.path().to_str().unwrap()),
    ];
    let keyring = TestKeyring::fresh("applications").unwrap();
    let app = AppSession::start_with_keyring_and_env(&service.base_url(), &keyring, &env)
        .await
        .unwrap();
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    open_from_search(&app, &number).await;
    apply_through_the_warnings(&app).await;
    let profile = app.text("#apply-profile").await.unwrap();
    assert!(
        profile.contains("湊 葵") && profile.contains(&seeker_number),
        "{profile}"
    );
    app.screenshot("110-apply-details").await.unwrap();

    // 無効: refused, with the way to 各種設定; switched, then applied.
    app.click("#apply-submit").await.unwrap();
    let refused = app.text("#apply-error").await.unwrap();
    assert!(refused.contains("求職状態が無効"), "{refused}");
    app.screenshot("111-apply-refused-lapsed").await.unwrap();
    app.click("#apply-to-settings").await.unwrap();
    app.click("#seeking-switch").await.unwrap();
    app.click("#seeking-complete").await.unwrap();
    app.wait_for("#seeking-done").await.unwrap();
    open_from_search(&app, &number).await;
    apply_through_the_warnings(&app).await;
    // 応募書類: a picture is refused, the 履歴書 PDF is attached as such.
    let choose = |path: &std::path::Path| {
        let path = path.display().to_string();
        let app = &app;
        async move {
            app.wait_for("#apply-document-file")
                .await
                .unwrap()
                .send_keys(path)
                .await
                .unwrap();
        }
    };
    choose(&picture).await;
    let refused = app.text("#apply-documents-error").await.unwrap();
    assert!(
        refused.contains("証明写真.png") && refused.contains("PDF"),
        "{refused}"
    );
    choose(&resume).await;
    let attached = app.text(".apply-document").await.unwrap();
    assert!(attached.contains("履歴書_湊葵.pdf"), "{attached}");
    let kind = app
        .wait_for("#apply-document-kind-1")
        .await
        .unwrap()
        .value()
        .await
        .unwrap();
    assert_eq!(kind.as_deref(), Some("resume"));
    app.show("#apply-documents").await.unwrap();
    app.screenshot("112-apply-documents").await.unwrap();
    app.click("#apply-submit").await.unwrap();
    let done = app.text("#apply-done").await.unwrap();
    assert!(done.contains(TITLE), "{done}");
    app.screenshot("112b-apply-done").await.unwrap();
    app.click("#apply-to-activity").await.unwrap();
    let row = app
        .wait_for("#activity-in-progress .application-row[data-status=\"in_progress\"]")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(row.contains(TITLE) && row.contains("選考中"), "{row}");
    app.screenshot("113-activity-in-progress").await.unwrap();
    app.sign_out().await.unwrap();

    // The employer reads the applicant and records 不採用 with a reason.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    open_applicants(&app, posting).await;
    let row = app
        .wait_for(".applicant-row[data-status=\"in_progress\"]")
        .await
        .unwrap();
    assert!(row.text().await.unwrap().contains("湊 葵"));
    app.screenshot("114-applicants").await.unwrap();
    app.click(".applicant-row .open-applicant").await.unwrap();
    let message = app.text("#applicant-message").await.unwrap();
    assert_eq!(message, MESSAGE);
    // The 履歴書 the seeker sent, saved byte for byte.
    let listed = app.text("#application-documents").await.unwrap();
    assert!(
        listed.contains("履歴書") && listed.contains("履歴書_湊葵.pdf"),
        "{listed}"
    );
    app.click("#save-document-1").await.unwrap();
    let saved = app.text("#document-saved-1").await.unwrap();
    let copy = saved_pdf(downloads.path());
    assert!(saved.contains(&copy.display().to_string()), "{saved}");
    assert_eq!(std::fs::read(&copy).unwrap(), RESUME);
    app.show("#application-documents").await.unwrap();
    app.screenshot("115a-applicant-documents").await.unwrap();
    app.click("#result-rejected").await.unwrap();
    app.type_into("#result-reason", REASON).await.unwrap();
    app.screenshot("115-applicant-result").await.unwrap();
    app.click("#record-result").await.unwrap();
    app.wait_for("#applicant-status[data-status=\"rejected\"]")
        .await
        .unwrap();
    let notice = app.text("#applicant-notice").await.unwrap();
    assert!(notice.contains("不採用"), "{notice}");
    app.screenshot("116-applicant-rejected").await.unwrap();
    app.sign_out().await.unwrap();

    // The seeker is told by mail and sees it among the ended selections.
    let (_, mail) = smtp.take_mail_about(SEEKER, "選考結果").await.unwrap();
    assert!(mail.contains("不採用") && mail.contains(&number), "{mail}");
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.click("#nav-activity").await.unwrap();
    let ended = app
        .wait_for("#activity-ended .application-row[data-status=\"rejected\"]")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(ended.contains(TITLE) && ended.contains(REASON), "{ended}");
    app.screenshot("117-activity-ended").await.unwrap();

    // The service goes down and the app starts again: the applications are on this computer.
    let service_url = service.base_url();
    service.stop().await.unwrap();
    app.quit_app().await.unwrap();
    let app = AppSession::start_with_keyring_and_env(&service_url, &keyring, &env)
        .await
        .unwrap();
    app.wait_for("#sign-out").await.unwrap();
    app.click("#nav-activity").await.unwrap();
    let offline = app
        .wait_for("#activity-ended .application-row[data-status=\"rejected\"]")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        offline.contains(TITLE) && offline.contains(REASON),
        "{offline}"
    );
    app.screenshot("118-activity-offline").await.unwrap();
    app.quit().await.unwrap();
}

/// The employer's 応募者一覧 of `posting`, from the menu.
async fn open_applicants(app: &AppSession, posting: i64) {
    app.click("#nav-employer-postings").await.unwrap();
    app.click(&format!("#posting-{posting}-open"))
        .await
        .unwrap();
    app.click("#posting-applicants").await.unwrap();
}

/// The PDF the app saved in the (otherwise empty) downloads folder `dir`.
fn saved_pdf(dir: &std::path::Path) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.extension().is_some_and(|ext| ext == "pdf"))
        .expect("a PDF in the downloads folder")
}

/// Renders the first page of `pdf` to `SHIGOTO_SCREENSHOT_DIR/<name>.png` with poppler, to look
/// at; answers the PDF's text.
fn render_pdf(pdf: &std::path::Path, name: &str) -> String {
    if let Ok(dir) = std::env::var("SHIGOTO_SCREENSHOT_DIR") {
        let out = std::path::Path::new(&dir).join(name);
        let status = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "80", "-singlefile"])
            .arg(pdf)
            .arg(&out)
            .status()
            .expect("pdftoppm (poppler-utils) is needed: cargo xtask setup --test installs it");
        assert!(status.success());
    }
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(text.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_counselor_refers_and_the_employer_saves_the_letter() {
    // Not open to online applications: only a referral reaches it.
    let mut form = support::sample_posting(TITLE);
    form.selection.online_application = false;
    let Desk {
        service,
        posting,
        number,
        seeker_number,
        ..
    } = desk(form).await;

    let downloads = tempfile::tempdir().unwrap();
    let keyring = TestKeyring::fresh("referrals").unwrap();
    let app = AppSession::start_with_keyring_and_env(
        &service.base_url(),
        &keyring,
        &[("SHIGOTO_DOWNLOAD_DIR", downloads.path().to_str().unwrap())],
    )
    .await
    .unwrap();

    // The counselor opens the seeker's record and refers them to the posting.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-seeker-desk").await.unwrap();
    app.type_into("#seeker-desk-number", &seeker_number)
        .await
        .unwrap();
    app.click("#seeker-desk-open").await.unwrap();
    app.wait_for("#no-record-applications").await.unwrap();
    app.type_into("#referral-job-number", &number)
        .await
        .unwrap();
    app.click("#refer-seeker").await.unwrap();
    let notice = app.text("#referral-notice").await.unwrap();
    assert!(notice.contains(&number), "{notice}");
    app.wait_for(".record-application[data-kind=\"referred\"][data-status=\"in_progress\"]")
        .await
        .unwrap();
    app.screenshot("120-counselor-referred").await.unwrap();
    app.sign_out().await.unwrap();

    // The employer sees the referred applicant and saves the 紹介状.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    open_applicants(&app, posting).await;
    app.click(".applicant-row .open-applicant").await.unwrap();
    app.click("#save-referral-letter").await.unwrap();
    let saved = app.text("#referral-letter-saved").await.unwrap();
    app.screenshot("121-employer-letter-saved").await.unwrap();
    let letter = saved_pdf(downloads.path());
    assert!(saved.contains(&letter.display().to_string()), "{saved}");
    assert!(std::fs::read(&letter).unwrap().starts_with(b"%PDF-"));
    // pdftotext spaces the layout as it likes: compare without blanks.
    let text: String = render_pdf(&letter, "122-referral-letter")
        .split_whitespace()
        .collect();
    for expected in [
        "紹介状",
        "株式会社しごと商事御中",
        "湊葵",
        "ミナトアオイ",
        seeker_number.as_str(),
        number.as_str(),
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    app.sign_out().await.unwrap();

    // The seeker sees the referral among their applications and keeps the letter too.
    std::fs::remove_file(&letter).unwrap();
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.click("#nav-activity").await.unwrap();
    let row = app
        .wait_for("#activity-in-progress .application-row[data-status=\"in_progress\"]")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(row.contains("紹介") && row.contains(TITLE), "{row}");
    app.click(".application-row .save-referral-letter")
        .await
        .unwrap();
    app.wait_for("#referral-letter-saved").await.unwrap();
    app.screenshot("123-seeker-letter-saved").await.unwrap();
    assert!(letter.exists(), "the seeker's copy is saved");

    // The 求職活動実績 of November, as a PDF and as a CSV.
    app.set_date("#report-from", "2026-11-01").await.unwrap();
    app.set_date("#report-to", "2026-11-30").await.unwrap();
    app.click("#report-pdf").await.unwrap();
    let saved = app.text("#report-saved").await.unwrap();
    let report = downloads
        .path()
        .join("求職活動実績_2026-11-01_2026-11-30.pdf");
    assert!(saved.contains(&report.display().to_string()), "{saved}");
    let text: String = render_pdf(&report, "124-activity-report")
        .split_whitespace()
        .collect();
    for expected in [
        "求職活動実績",
        "職業紹介（ハローワーク）",
        number.as_str(),
        "選考中",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    app.click("#report-csv").await.unwrap();
    let csv = downloads
        .path()
        .join("求職活動実績_2026-11-01_2026-11-30.csv");
    for _ in 0..50 {
        if csv.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(
        csv.contains(&number) && csv.contains("2026年11月25日"),
        "{csv}"
    );
    app.screenshot("125-activity-report-saved").await.unwrap();

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_employer_and_the_applicant_write_and_hello_work_writes_one_way() {
    let Desk {
        service,
        employer,
        number,
        seeker_number,
        ..
    } = desk(support::sample_posting(TITLE)).await;
    let seeker = service
        .session_token(SEEKER, SEEKER_PASSWORD)
        .await
        .unwrap();
    let request = shigoto_shared::ApplicationRequest {
        job_number: number.clone(),
        confirmed_disputes: true,
        confirmed_benefits: true,
        message: MESSAGE.to_owned(),
        documents: Vec::new(),
    };
    service.client.apply(&seeker, &request).await.unwrap();
    let keyring = TestKeyring::fresh("messages").unwrap();
    let app = AppSession::start_with_keyring(&service.base_url(), &keyring)
        .await
        .unwrap();

    // The employer writes to the applicant.
    app.sign_in(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    app.click("#nav-messages").await.unwrap();
    let row = app
        .text(".thread-row[data-party=\"employer\"]")
        .await
        .unwrap();
    assert!(row.contains("湊 葵"), "{row}");
    app.click(".thread-row .thread-open").await.unwrap();
    app.wait_for("#no-messages").await.unwrap();
    // Two lines, as a person types them (Enter makes a line break in the box).
    let (first_line, second_line) = INVITATION.split_once('\n').unwrap();
    app.type_into("#message-body", first_line).await.unwrap();
    let body = app.wait_for("#message-body").await.unwrap();
    body.send_keys(Key::Enter + second_line).await.unwrap();
    app.click("#send-message").await.unwrap();
    let sent = app
        .text(".message[data-side=\"employer\"] .message-body")
        .await
        .unwrap();
    assert_eq!(sent, INVITATION);
    // Sent by the background sync, then shown as the service stored it.
    app.wait_gone(".message-waiting").await.unwrap();
    app.screenshot("130-employer-message-sent").await.unwrap();
    app.sign_out().await.unwrap();

    // A counselor writes from the seeker's record.
    app.sign_in(COUNSELOR, COUNSELOR_PASSWORD).await.unwrap();
    app.click("#nav-seeker-desk").await.unwrap();
    app.type_into("#seeker-desk-number", &seeker_number)
        .await
        .unwrap();
    app.click("#seeker-desk-open").await.unwrap();
    app.type_into("#seeker-message-body", NOTICE).await.unwrap();
    app.click("#send-seeker-message").await.unwrap();
    let sent = app
        .text("#seeker-messages .message[data-side=\"hello_work\"] .message-body")
        .await
        .unwrap();
    assert_eq!(sent, NOTICE);
    app.show("#seeker-messages-heading").await.unwrap();
    app.screenshot("131-counselor-message-sent").await.unwrap();
    app.sign_out().await.unwrap();

    // The seeker sees two unread, answers the employer, and cannot answer Hello Work.
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    assert_eq!(app.text("#nav-messages-unread").await.unwrap(), "2");
    app.click("#nav-messages").await.unwrap();
    let unread = app.text("#messages-unread").await.unwrap();
    assert!(unread.contains("2件"), "{unread}");
    app.screenshot("132-seeker-threads").await.unwrap();
    app.click(".thread-row[data-party=\"employer\"] .thread-open")
        .await
        .unwrap();
    let read = app
        .text(".message[data-side=\"employer\"] .message-body")
        .await
        .unwrap();
    assert_eq!(read, INVITATION);
    app.type_into("#message-body", ANSWER).await.unwrap();
    app.click("#send-message").await.unwrap();
    app.wait_for(".message[data-side=\"seeker\"]")
        .await
        .unwrap();
    app.wait_gone(".message-waiting").await.unwrap();
    app.screenshot("133-seeker-answered").await.unwrap();
    app.click("#back-to-messages").await.unwrap();
    app.click(".thread-row[data-party=\"hello_work\"] .thread-open")
        .await
        .unwrap();
    let one_way = app.text("#message-one-way").await.unwrap();
    assert!(one_way.contains("返信できません"), "{one_way}");
    let boxes = app.driver.find_all(By::Css("#message-body")).await.unwrap();
    assert!(boxes.is_empty(), "no box to write to Hello Work");
    app.screenshot("134-seeker-hello-work-thread")
        .await
        .unwrap();

    // The service goes down: the thread is on this computer, and an answer written offline
    // waits (送信待ち) until the service is back, then goes once.
    let stopped = service.stop_for_a_while().await.unwrap();
    app.click("#back-to-messages").await.unwrap();
    // Both threads were read: no unread left, offline too.
    app.wait_gone("#nav-messages-unread").await.unwrap();
    app.wait_gone(".thread-unread").await.unwrap();
    app.click(".thread-row[data-party=\"employer\"] .thread-open")
        .await
        .unwrap();
    let offline = app
        .text(".message[data-side=\"employer\"] .message-body")
        .await
        .unwrap();
    assert_eq!(offline, INVITATION);
    app.type_into("#message-body", LATE_ANSWER).await.unwrap();
    app.click("#send-message").await.unwrap();
    let waiting = app.text(".message-waiting .message-body").await.unwrap();
    assert_eq!(waiting, LATE_ANSWER);
    app.wait_for("#messages-waiting").await.unwrap();
    app.wait_for("#connection-status.connection-offline")
        .await
        .unwrap();
    app.show(".message-waiting").await.unwrap();
    app.screenshot("135-seeker-message-waiting-offline")
        .await
        .unwrap();
    let service = stopped.start_again().await.unwrap();
    app.wait_gone(".message-waiting").await.unwrap();

    // The employer has both answers, each once, unread.
    let threads = service.client.threads(&employer).await.unwrap();
    assert_eq!(threads[0].unread, 2);
    let view = service
        .client
        .thread(&employer, threads[0].id)
        .await
        .unwrap();
    let answers: Vec<&str> = view
        .messages
        .iter()
        .filter(|m| m.side == shigoto_shared::MessageSide::Seeker)
        .map(|m| m.body.as_str())
        .collect();
    assert_eq!(answers, [ANSWER, LATE_ANSWER]);
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
