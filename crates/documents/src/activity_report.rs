//! 求職活動実績: the seeker's applications, referrals and counselling of a period, as a CSV for
//! a spreadsheet (UTF-8 with a byte-order mark, so Excel reads the Japanese) and as an A4 PDF
//! laid out in the order the 失業認定申告書 asks for them: 活動日, 方法, 事業所名 (or the office
//! used), 求人番号, 職種 (or what the counselling was about), 結果.

use chrono::NaiveDate;
use shigoto_shared::ActivityRecord;

use crate::sheet::{a4_pages, date_ja, text_width, Weight, A4_WIDTH};
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

/// The columns, in the order of the 失業認定申告書.
pub const COLUMNS: [&str; 6] = [
    "活動日",
    "求職活動の方法",
    "事業所名・利用機関",
    "求人番号",
    "職種・活動の内容",
    "応募の結果",
];

fn cells(record: &ActivityRecord) -> [String; 6] {
    [
        date_ja(record.date),
        record.kind.label().to_owned(),
        record.employer_name.clone(),
        record.job_number.clone(),
        record.title.clone(),
        record
            .status
            .map_or_else(|| "－".to_owned(), |status| status.label().to_owned()),
    ]
}

/// The report as CSV: a byte-order mark, the heading row, a row a line.
pub fn activity_csv(records: &[ActivityRecord]) -> Result<Vec<u8>, DocumentError> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        let fail = |err: csv::Error| DocumentError::Csv(err.to_string());
        writer.write_record(COLUMNS).map_err(fail)?;
        for record in records {
            writer.write_record(cells(record)).map_err(fail)?;
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
/// Column widths (points), summing to the page width within the margins.
const WIDTHS: [f32; 6] = [68.0, 110.0, 112.0, 78.0, 95.0, 52.28];

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

/// The report as an A4 PDF, 22 lines a page, the heading and column names on each.
pub fn activity_report_pdf(
    fonts: &Fonts,
    heading: &ReportHeading,
    records: &[ActivityRecord],
) -> Result<Vec<u8>, DocumentError> {
    let pages = records.len().div_ceil(ROWS_PER_PAGE).max(1);
    let title = format!(
        "求職活動実績 {} {}〜{}",
        heading.seeker_number, heading.from, heading.to
    );
    a4_pages(fonts, &title, pages, |sheet, page| {
        let right = A4_WIDTH - MARGIN;
        sheet.text(MARGIN, 60.0, 18.0, Weight::Bold, "求職活動実績");
        sheet.right_aligned(
            right,
            60.0,
            9.0,
            Weight::Regular,
            &format!(
                "{} / {} ページ　作成日 {}",
                page + 1,
                pages,
                date_ja(heading.made_on)
            ),
        );
        sheet.text(
            MARGIN,
            86.0,
            10.5,
            Weight::Regular,
            &format!(
                "{}（求職番号 {}）　期間：{}〜{}",
                heading.seeker_name,
                heading.seeker_number,
                date_ja(heading.from),
                date_ja(heading.to)
            ),
        );
        sheet.text(
            MARGIN,
            102.0,
            8.5,
            Weight::Regular,
            "失業認定申告書の「求職活動の状況」に、この順に転記できます。",
        );
        let top = 118.0;
        let lines: Vec<&ActivityRecord> = records
            .iter()
            .skip(page * ROWS_PER_PAGE)
            .take(ROWS_PER_PAGE)
            .collect();
        let rows = lines.len() + 1;
        let width: f32 = WIDTHS.iter().sum();
        sheet.frame(MARGIN, top, width, ROW_HEIGHT * rows as f32, 0.8);
        let mut x = MARGIN;
        for (column, name) in WIDTHS.iter().zip(COLUMNS) {
            sheet.text(x + 4.0, top + 18.0, 8.5, Weight::Bold, name);
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
            for (column, cell) in WIDTHS.iter().zip(cells(record)) {
                sheet.text(
                    x + 4.0,
                    row_top + 18.0,
                    8.5,
                    Weight::Regular,
                    &fitted(&cell, 8.5, column - 8.0),
                );
                x += column;
            }
        }
        if records.is_empty() {
            sheet.text(
                MARGIN + 4.0,
                top + ROW_HEIGHT + 18.0,
                9.0,
                Weight::Regular,
                "この期間の求職活動の記録はありません。",
            );
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let csv = activity_csv(&[record(5, "株式会社しごと商事, 本社")]).unwrap();
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
        let pdf = activity_report_pdf(&fonts, &heading, &records).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.len() < 300_000, "{} bytes", pdf.len());
        if let Some(dir) = std::env::var_os("SHIGOTO_DOCUMENT_DIR") {
            std::fs::write(std::path::Path::new(&dir).join("activity-report.pdf"), &pdf).unwrap();
        }
    }
}
