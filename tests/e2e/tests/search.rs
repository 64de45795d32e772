//! The public search through the real app window: the real service on loopback, the real app
//! binary, driven like a person would (select 東京都, type 事務, search, open a result).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_e2e::{support, AppSession};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_jimu_in_tokyo_and_open_the_job_sheet() {
    let service = support::start(support::TestDatabase::Sqlite, 3_000)
        .await
        .unwrap();
    let downloads = tempfile::tempdir().unwrap();
    let env = [("SHIGOTO_DOWNLOAD_DIR", downloads.path().to_str().unwrap())];
    let app = AppSession::start_with_env(&service.base_url(), &env)
        .await
        .unwrap();

    let keyword = app.wait_for("#keyword").await.unwrap();
    app.screenshot("01-search-form").await.unwrap();
    let prefecture = app.wait_for("#prefecture-1").await.unwrap();
    SelectElement::new(&prefecture)
        .await
        .unwrap()
        .select_by_value("13")
        .await
        .unwrap();
    keyword.send_keys("事務").await.unwrap();
    app.wait_for("#search-button")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    let first = app.wait_for(".result-item").await.unwrap();
    app.screenshot("02-results").await.unwrap();
    let items = app.driver.find_all(By::Css(".result-item")).await.unwrap();
    assert!(items.len() >= 10, "a page of results, got {}", items.len());
    let job_number = first
        .attr("data-job-number")
        .await
        .unwrap()
        .expect("data-job-number");
    let listed = first.text().await.unwrap();
    assert!(
        listed.contains("東京都"),
        "first result is in Tokyo: {listed}"
    );

    first
        .find(By::Css(".open-job"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let shown_number = app
        .wait_for("#job-number")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        shown_number.contains(&job_number),
        "{shown_number} vs {job_number}"
    );
    let description = app
        .wait_for("#job-description")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        description.chars().count() > 20,
        "仕事内容 is shown: {description}"
    );
    let sheet = app
        .wait_for("#job-sheet")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        sheet.contains("仕事内容") && sheet.contains("賃金"),
        "sheet sections: {sheet}"
    );
    app.screenshot("03-job-sheet").await.unwrap();

    // 「印刷」 hands the sheet to the system's printing (stood in for here: a print dialog would
    // wait for a person), and what is printed is the sheet alone, laid out for A4.
    app.driver
        .execute(
            "window.__printed = 0; window.print = () => { window.__printed += 1; };",
            vec![],
        )
        .await
        .unwrap();
    app.click("#sheet-print").await.unwrap();
    let printed = app
        .driver
        .execute("return window.__printed;", vec![])
        .await
        .unwrap();
    assert_eq!(printed.json(), &serde_json::json!(1));
    print_sheet(&app, &job_number).await;

    // 「PDFで保存」: the service's PDF of the sheet, in the downloads folder.
    app.click("#sheet-save-pdf").await.unwrap();
    let saved = app.text("#sheet-pdf-saved").await.unwrap();
    let pdf = downloads.path().join(format!("求人票_{job_number}.pdf"));
    assert!(saved.contains(&pdf.display().to_string()), "{saved}");
    let text = pdf_text(&pdf, "03b-job-sheet-pdf");
    for expected in [
        "求人票",
        job_number.as_str(),
        "仕事内容",
        "賃金・手当",
        "選考等",
    ] {
        assert!(text.contains(expected), "{expected} in the PDF: {text}");
    }
    app.screenshot("03c-job-sheet-saved").await.unwrap();

    app.wait_for("#back-to-results")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let again = app.wait_for(".result-item").await.unwrap();
    assert_eq!(
        again.attr("data-job-number").await.unwrap(),
        Some(job_number)
    );

    app.quit().await.unwrap();
    service.stop().await.unwrap();
}

/// The first number in `text` (digits with thousands commas).
fn number_in(text: &str) -> u64 {
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

/// `n` with thousands commas, as the app writes counts.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Before 検索, the form says how many postings it finds as it stands and each choice how many
/// it would find; after 検索, the results say how many postings each chosen condition left out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_form_counts_its_choices_and_the_results_say_what_each_condition_left_out() {
    let service = support::start(support::TestDatabase::Sqlite, 3_000)
        .await
        .unwrap();
    let app = AppSession::start(&service.base_url()).await.unwrap();

    let all = number_in(
        &app.wait_text("#form-total", |t| t.contains('件'))
            .await
            .unwrap(),
    );
    assert!(all > 1_000, "{all} listed of 3,000");
    // Each prefecture's option says how many it finds; Tokyo's is what choosing it finds.
    let tokyo_option = app
        .wait_text("#prefecture-1 option[value=\"13\"]", |t| t.contains('件'))
        .await
        .unwrap();
    let tokyo = number_in(tokyo_option.trim_start_matches("東京都"));
    app.choose("#prefecture-1", "13").await.unwrap();
    let in_tokyo = number_in(
        &app.wait_text("#form-total", |t| t.contains('件') && number_in(t) != all)
            .await
            .unwrap(),
    );
    assert_eq!(
        in_tokyo, tokyo,
        "the option's count is what choosing it finds"
    );

    // A flag's count is what choosing it too leaves.
    app.click("#toggle-advanced").await.unwrap();
    let car = number_in(
        &app.wait_text("label[for=\"feature-car_commute\"] .facet-count", |t| {
            t.contains('件')
        })
        .await
        .unwrap(),
    );
    assert!(car < in_tokyo, "{car} of {in_tokyo}");
    app.click("#feature-car_commute").await.unwrap();
    let both = number_in(
        &app.wait_text("#form-total", |t| {
            t.contains('件') && number_in(t) != in_tokyo
        })
        .await
        .unwrap(),
    );
    assert_eq!(both, car);
    app.screenshot("200-facet-counts").await.unwrap();

    app.click("#search-button").await.unwrap();
    let removed = app
        .wait_text("#results-removed", |t| t.contains("就業場所"))
        .await
        .unwrap();
    assert!(removed.contains("マイカー通勤可"), "{removed}");
    assert_eq!(
        number_in(&app.text("#result-count").await.unwrap()),
        both,
        "the search finds what the form said"
    );
    // The flag left out what Tokyo had without it.
    let flag_removed = format!("マイカー通勤可 {}件", thousands(in_tokyo - both));
    assert!(
        removed.contains(&flag_removed),
        "{flag_removed} in {removed}"
    );
    app.screenshot("201-removed-by-condition").await.unwrap();
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_service_is_reported_in_japanese() {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = AppSession::start(&format!("http://127.0.0.1:{port}"))
        .await
        .unwrap();
    app.wait_for("#keyword")
        .await
        .unwrap()
        .send_keys("介護")
        .await
        .unwrap();
    app.wait_for("#search-button")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let banner = app
        .driver
        .query(By::XPath("//*[contains(text(), '接続できません')]"))
        .wait(
            shigoto_e2e::UI_TIMEOUT,
            std::time::Duration::from_millis(100),
        )
        .first()
        .await
        .unwrap();
    assert!(banner.is_displayed().await.unwrap());
    app.screenshot("04-service-unreachable").await.unwrap();
    app.quit().await.unwrap();
}

/// The first page of `pdf` rendered to `SHIGOTO_SCREENSHOT_DIR/<name>.png` by poppler, to look
/// at; answers the PDF's text without blanks (pdftotext spaces the layout as it likes).
fn pdf_text(pdf: &std::path::Path, name: &str) -> String {
    if let Ok(dir) = std::env::var("SHIGOTO_SCREENSHOT_DIR") {
        let status = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "80", "-singlefile"])
            .arg(pdf)
            .arg(std::path::Path::new(&dir).join(name))
            .status()
            .expect("pdftoppm (poppler-utils) is needed: cargo xtask setup --test installs it");
        assert!(status.success());
    }
    let output = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect()
}

/// The print stylesheet applied to the window as a print preview (WebKit's driver cannot print):
/// the rules under `@media print` are added for the screen too, the window is as wide as A4
/// paper, and what shows is looked at; then the rules are taken out again.
async fn print_sheet(app: &AppSession, job_number: &str) {
    let added = app
        .driver
        .execute(
            r#"
            let added = [];
            for (const sheet of document.styleSheets) {
                let count = 0;
                for (const rule of Array.from(sheet.cssRules)) {
                    if (rule.media && rule.media.mediaText.includes('print')) {
                        for (const inner of Array.from(rule.cssRules)) {
                            if (inner.type === CSSRule.STYLE_RULE) {
                                sheet.insertRule(inner.cssText, sheet.cssRules.length);
                                count += 1;
                            }
                        }
                    }
                }
                added.push(count);
            }
            window.__printPreview = added;
            return added.reduce((a, b) => a + b, 0);
            "#,
            vec![],
        )
        .await
        .unwrap();
    assert!(
        added.json().as_u64().unwrap_or(0) > 10,
        "print rules: {:?}",
        added.json()
    );
    let window = app.driver.get_window_rect().await.unwrap();
    app.driver.set_window_rect(0, 0, 794, 1123).await.unwrap();
    for hidden in [
        ".app-header",
        ".app-nav",
        "#sheet-print",
        "#back-to-results",
    ] {
        let element = app.driver.find(By::Css(hidden)).await.unwrap();
        assert!(
            !element.is_displayed().await.unwrap(),
            "{hidden} is not printed"
        );
    }
    let sheet = app.text("#job-sheet").await.unwrap();
    assert!(
        sheet.contains(job_number) && sheet.contains("仕事内容"),
        "{sheet}"
    );
    app.screenshot("03a-job-sheet-print-preview").await.unwrap();
    app.driver
        .execute(
            r#"
            const added = window.__printPreview;
            Array.from(document.styleSheets).forEach((sheet, i) => {
                for (let n = 0; n < added[i]; n++) sheet.deleteRule(sheet.cssRules.length - 1);
            });
            "#,
            vec![],
        )
        .await
        .unwrap();
    app.driver
        .set_window_rect(
            window.x,
            window.y,
            u32::try_from(window.width).unwrap(),
            u32::try_from(window.height).unwrap(),
        )
        .await
        .unwrap();
    app.wait_for("#sheet-print").await.unwrap();
}
