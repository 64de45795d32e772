//! The 求人票 as texts in a language: [`values`] writes each kind of value (yen, dates, wage
//! ranges, age limits…), [`text`] is the shape of the sheet in words, [`job_sheet`] turns a [`JobSheet`](shigoto_shared::JobSheet) into its
//! header and eight numbered sections of labelled rows. The app's screen draws them as HTML and
//! the service's printable sheet as an A4 PDF, so both say the same in the same words.

pub mod job_sheet;
pub mod text;
pub mod values;

pub use job_sheet::job_sheet_text;
pub use text::{HeaderItem, Row, Section, SheetText, Value};
