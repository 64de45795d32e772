//! Shigoto's printable documents: A4 portrait PDF with Japanese text, for the people who print
//! them (the employer who receives a 紹介状, the seeker who keeps it and reports their 求職活動).
//!
//! [`fonts`] loads the Japanese face of Noto Sans CJK (the system's `fonts-noto-cjk`, or files a
//! deployment names); [`sheet`] draws on a page (text, wrapped text, rules, boxes) in points
//! from the top left; [`referral_letter`] lays out the 紹介状 from the facts stored when the
//! referral was made; [`activity_report`] the 求職活動実績 as CSV and PDF; [`job_sheet`] the
//! 求人票 on as many pages as it takes, from its texts in the reader's language. Only the glyphs used
//! are embedded, so a document stays small.

pub mod activity_report;
pub mod fonts;
pub mod job_sheet;
pub mod referral_letter;
pub mod sheet;

pub use activity_report::{activity_csv, activity_report_pdf, ReportHeading};
pub use fonts::Fonts;
pub use job_sheet::job_sheet_pdf;
pub use referral_letter::{referral_letter_pdf, ReferralLetter};

/// What can go wrong making a document.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("could not read the font {path}: {source}")]
    FontRead {
        path: String,
        source: std::io::Error,
    },
    #[error("{0} is not a usable OpenType font")]
    FontUnusable(String),
    #[error("could not write the PDF: {0}")]
    Pdf(String),
    #[error("could not write the CSV: {0}")]
    Csv(String),
}
