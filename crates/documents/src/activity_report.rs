//! 求職活動実績: the seeker's applications, referrals and counselling of a period, as a CSV for
//! a spreadsheet (UTF-8 with a byte-order mark, so Excel reads the Japanese) and as an A4 PDF
//! laid out in the order the 失業認定申告書 asks for them: 活動日, 方法, 事業所名 (or the office
//! used), 求人番号, 職種 (or what the counselling was about), 結果. Both are written in the
//! reader's language (the `documents` catalogue); what was stored stays as it was written.

use chrono::{Datelike, NaiveDate};
use shigoto_i18n::{Catalogue, Lang};
use shigoto_shared::ActivityRecord;

use crate::sheet::{a4_pages, text_width, wrap, Sheet, Weight, A4_WIDTH};
use crate::{DocumentError, Fonts};

/// Who the report is of, and its period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportHeading {
    pub seeker_name: String,
    /// 求職番号.
    pub seeker_number: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The day it was made.
    pub made_on: NaiveDate,
}

/// The keys of the columns' names, in the order of the 失業認定申告書.
const COLUMNS: [&str; 6] = [
    "document-activity-date",
    "document-activity-kind",
    "document-activity-employer",
    "document-activity-job-number",
    "document-activity-title-column",
    "document-activity-result",
];

fn column_names(texts: &Catalogue) -> [String; 6] {
    COLUMNS.map(|key| texts.t(key))
}

/// A day as `texts` writes dates in a narrow column.
fn short_day(texts: &Catalogue, date: NaiveDate) -> String {
    texts.short_date(date.year(), date.month(), date.day())
}

/// A day as `texts` writes dates.
fn day(texts: &Catalogue, date: NaiveDate) -> String {
    texts.date(date.year(), date.month(), date.day())
}

fn cells(texts: &Catalogue, record: &ActivityRecord) -> [String; 6] {
    [
        short_day(texts, record.date),
        record.kind.label_in(texts),
        record.employer_name.clone(),
        record.job_number.clone(),
        record.title.clone(),
        record.status.map_or_else(
            || texts.t("document-activity-no-result"),
            |status| status.label_in(texts),
        ),
    ]
}

/// The report as CSV in the language of `texts`: a byte-order mark, the heading row, a row a
/// line.
pub fn activity_csv(
    texts: &Catalogue,
    records: &[ActivityRecord],
) -> Result<Vec<u8>, DocumentError> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        let fail = |err: csv::Error| DocumentError::Csv(err.to_string());
        writer.write_record(column_names(texts)).map_err(fail)?;
        for record in records {
            writer.write_record(cells(texts, record)).map_err(fail)?;
        }
        writer
            .flush()
            .map_err(|err| DocumentError::Csv(err.to_string()))?;
    }
    Ok(out)
}

const MARGIN: f32 = 40.0;
const ROWS_PER_PAGE: usize = 22;
const ROW_HEIGHT: f32 = 28.0;
/// The size of the table's text, and its distance from the cell's sides.
const CELL_SIZE: f32 = 8.5;
const CELL_PAD: f32 = 4.0;
/// Column widths (points), summing to the page width within the margins.
const WIDTHS: [f32; 6] = [72.0, 110.0, 108.0, 78.0, 95.0, 52.28];

/// `text` cut to fit `width` at `size`, with an ellipsis when cut.
fn fitted(text: &str, size: f32, width: f32) -> String {
    if text_width(text, size) <= width {
        return text.to_owned();
    }
    let mut shown = String::new();
    for c in text.chars() {
        let mut wider = shown.clone();
        wider.push(c);
        wider.push('…');
        if text_width(&wider, size) > width {
            break;
        }
        shown.push(c);
    }
    shown.push('…');
    shown
}

/// `text` on at most two lines of `width` at `size`, the second cut with an ellipsis when the
/// text is longer.
fn two_lines(text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = wrap(text, size, width);
    if lines.len() > 2 {
        let rest = lines.split_off(1).concat();
        lines.push(fitted(&rest, size, width));
    }
    lines
}

/// Sets `text` in a table cell at `x` whose row starts at `top`: one line in the middle of the
/// row, two lines one above the other.
fn cell(sheet: &mut Sheet<'_, '_>, x: f32, top: f32, width: f32, weight: Weight, text: &str) {
    let lines = two_lines(text, CELL_SIZE, width - 2.0 * CELL_PAD);
    let baselines: &[f32] = if lines.len() > 1 {
        &[12.0, 23.5]
    } else {
        &[18.0]
    };
    for (line, baseline) in lines.iter().zip(baselines) {
        sheet.text(x + CELL_PAD, top + baseline, CELL_SIZE, weight, line);
    }
}

/// The report as an A4 PDF in the language of `texts`, 22 lines a page, the heading and
/// column names on each. A version in another language than Japanese says under its heading
/// that the 失業認定申告書 takes the Japanese one.
pub fn activity_report_pdf(
    fonts: &Fonts,
    texts: &Catalogue,
    heading: &ReportHeading,
    records: &[ActivityRecord],
) -> Result<Vec<u8>, DocumentError> {
    let pages = records.len().div_ceil(ROWS_PER_PAGE).max(1);
    let title = texts.t_with(
        "document-activity-file-title",
        &[
            ("number", heading.seeker_number.as_str().into()),
            ("from", heading.from.to_string().into()),
            ("to", heading.to.to_string().into()),
        ],
    );
    let names = column_names(texts);
    let mut hints = vec![texts.t("document-activity-hint")];
    if texts.lang() != Lang::Ja {
        hints.push(texts.t("document-activity-translation"));
    }
    a4_pages(fonts, texts.lang(), &title, pages, |sheet, page| {
        let right = A4_WIDTH - MARGIN;
        sheet.text(
            MARGIN,
            60.0,
            18.0,
            Weight::Bold,
            &texts.t("document-activity-title"),
        );
        sheet.right_aligned(
            right,
            60.0,
            9.0,
            Weight::Regular,
            &texts.t_with(
                "document-activity-page",
                &[
                    ("page", (page + 1).into()),
                    ("pages", pages.into()),
                    ("date", day(texts, heading.made_on).into()),
                ],
            ),
        );
        sheet.text(
            MARGIN,
            86.0,
            10.5,
            Weight::Regular,
            &texts.t_with(
                "document-activity-who",
                &[
                    ("name", heading.seeker_name.as_str().into()),
                    ("number", heading.seeker_number.as_str().into()),
                    ("from", day(texts, heading.from).into()),
                    ("to", day(texts, heading.to).into()),
                ],
            ),
        );
        let mut y = 102.0;
        for hint in &hints {
            sheet.text(MARGIN, y, 8.5, Weight::Regular, hint);
            y += 12.0;
        }
        let top = y + 4.0;
        let lines: Vec<&ActivityRecord> = records
            .iter()
            .skip(page * ROWS_PER_PAGE)
            .take(ROWS_PER_PAGE)
            .collect();
        let rows = lines.len() + 1;
        let width: f32 = WIDTHS.iter().sum();
        sheet.frame(MARGIN, top, width, ROW_HEIGHT * rows as f32, 0.8);
        let mut x = MARGIN;
        for (column, name) in WIDTHS.iter().zip(&names) {
            cell(sheet, x, top, *column, Weight::Bold, name);
            x += column;
            if x < MARGIN + width - 1.0 {
                sheet.rule(x, top, x, top + ROW_HEIGHT * rows as f32, 0.5);
            }
        }
        for (i, record) in lines.iter().enumerate() {
            let row_top = top + ROW_HEIGHT * (i + 1) as f32;
            sheet.rule(
                MARGIN,
                row_top,
                MARGIN + width,
                row_top,
                if i == 0 { 0.8 } else { 0.4 },
            );
            let mut x = MARGIN;
            for (column, text) in WIDTHS.iter().zip(cells(texts, record)) {
                cell(sheet, x, row_top, *column, Weight::Regular, &text);
                x += column;
            }
        }
        if records.is_empty() {
            sheet.text(
                MARGIN + 4.0,
                top + ROW_HEIGHT + 18.0,
                9.0,
                Weight::Regular,
                &texts.t("document-activity-none"),
            );
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_i18n::catalogue;
    use shigoto_shared::{ActivityKind, ApplicationStatus};

    fn record(day: u32, employer: &str) -> ActivityRecord {
        ActivityRecord {
            date: NaiveDate::from_ymd_opt(2027, 1, day).unwrap(),
            kind: ActivityKind::Referral,
            employer_name: employer.into(),
            job_number: "13010-00000001".into(),
            title: "受発注事務（文具）".into(),
            status: Some(ApplicationStatus::Rejected),
        }
    }

    #[test]
    fn the_csv_has_a_bom_a_heading_and_quoted_cells() {
        let csv = activity_csv(
            catalogue(Lang::Ja),
            &[record(5, "株式会社しごと商事, 本社")],
        )
        .unwrap();
        let text = String::from_utf8(csv).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("\u{feff}活動日,求職活動の方法,事業所名・利用機関,求人番号,職種・活動の内容,応募の結果")
        );
        assert_eq!(
            lines.next(),
            Some("2027年1月5日,職業紹介（ハローワーク）,\"株式会社しごと商事, 本社\",13010-00000001,受発注事務（文具）,不採用")
        );
    }

    #[test]
    fn the_english_csv_has_english_headings_labels_and_dates() {
        let csv = activity_csv(catalogue(Lang::En), &[record(5, "株式会社しごと商事")]).unwrap();
        let text = String::from_utf8(csv).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("\u{feff}Date,Activity,Employer or office,Job No.,Job title or subject,Result")
        );
        assert_eq!(
            lines.next(),
            Some("5 Jan 2027,Job referral (Hello Work),株式会社しごと商事,13010-00000001,受発注事務（文具）,Not hired")
        );
    }

    #[test]
    fn a_cell_takes_two_lines_at_most() {
        assert_eq!(two_lines("Job referral (Hello Work)", 8.5, 94.0).len(), 2);
        let lines = two_lines(&"とても長い事業所の名前です".repeat(3), 10.0, 60.0);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|line| text_width(line, 10.0) <= 60.0));
    }

    #[test]
    fn long_cells_are_cut_with_an_ellipsis() {
        assert_eq!(fitted("短い", 10.0, 100.0), "短い");
        let cut = fitted("とても長い事業所の名前です", 10.0, 60.0);
        assert!(
            cut.ends_with('…') && text_width(&cut, 10.0) <= 60.0,
            "{cut}"
        );
    }

    #[test]
    fn a_report_of_many_lines_runs_over_pages() {
        let Ok(fonts) = Fonts::system() else {
            panic!("fonts-noto-cjk is needed (cargo xtask setup installs it)");
        };
        let heading = ReportHeading {
            seeker_name: "湊 葵".into(),
            seeker_number: "13010-00000001".into(),
            from: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
            made_on: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
        };
        let records: Vec<_> = (1..=30)
            .map(|day| record(day, "株式会社しごと商事"))
            .collect();
        let pdf = activity_report_pdf(&fonts, catalogue(Lang::Ja), &heading, &records).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.len() < 300_000, "{} bytes", pdf.len());
        if let Some(dir) = std::env::var_os("SHIGOTO_DOCUMENT_DIR") {
            std::fs::write(std::path::Path::new(&dir).join("activity-report.pdf"), &pdf).unwrap();
        }
    }
}
