//! Step 1, 求人区分: the kind of posting, full-time or part-time, and for 新卒・既卒 postings
//! the March graduation they recruit for (this school year's or the next).

use chrono::Datelike;
use shigoto_i18n::{key, Text};
use shigoto_shared::{JobCategory, PostingForm, WorkStyle};

use super::{Context, Problems};
use crate::read;

/// Step 1 read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    pub category: JobCategory,
    pub work_style: WorkStyle,
    /// 新卒・既卒 only: the year of the March graduation.
    pub graduation_year: Option<i32>,
}

/// The first March graduation a 新卒 posting filed on `today` can recruit for: this school
/// year's (ending 31 March), and the next one may be recruited for too.
pub fn graduation_years(today: chrono::NaiveDate) -> std::ops::RangeInclusive<i32> {
    let first = if today.month() <= 3 {
        today.year()
    } else {
        today.year() + 1
    };
    first..=first + 1
}

pub(super) fn check(form: &PostingForm, context: &Context, out: &mut Problems) -> Option<Category> {
    let step = &form.category;
    let category = step.category;
    if category.is_none() {
        out.add("category.category", Text::new("checks-category-required"));
    }
    let work_style = step.work_style;
    if work_style.is_none() {
        out.add(
            "category.work_style",
            Text::new("checks-work-style-required"),
        );
    }
    let graduation_year = match category {
        Some(JobCategory::NewGraduate) => {
            let years = graduation_years(context.today);
            let field = "category.graduation_year";
            match read::required_number(
                out,
                field,
                &step.graduation_year,
                key!("checks-label-graduation-year"),
                0,
                9999,
            ) {
                Some(year) if years.contains(&(year as i32)) => Some(Some(year as i32)),
                Some(_) => {
                    out.add(
                        field,
                        // Years are written without a thousands separator.
                        Text::new("checks-graduation-year-out-of-range")
                            .with("first", years.start().to_string())
                            .with("last", years.end().to_string()),
                    );
                    None
                }
                None => None,
            }
        }
        _ => Some(None),
    };
    Some(Category {
        category: category?,
        work_style: work_style?,
        graduation_year: graduation_year?,
    })
}
