//! 求人申込み: the rules of each of the eight steps, checked as the employer leaves the step and
//! all together when the posting is filed; the 求人票 a checked form becomes; and the life of a
//! posting after that (its status on a day, the one extension, the 求人番号 it is given).
//!
//! A problem names the field it concerns by its path in `PostingForm`'s JSON
//! (`wage.base_min`, `hours.shifts.1.end`), so the screen can show it on that field.

pub mod category;
pub mod company;
pub mod hours;
pub mod insurance;
pub mod lifecycle;
pub mod pr;
pub mod selection;
pub mod sheet;
pub mod wage;
pub mod work;

use chrono::NaiveDate;
use shigoto_shared::{EmployerProfile, PostingForm, PostingStep};

pub use lifecycle::{
    extension, job_number, status_on, ExtensionRefused, MAX_DRAFTS, MAX_RETURN_REASON_CHARS,
};
pub use sheet::{preview, referral_deadline, sheet, Issue, NUMBER_AT_ACCEPTANCE};

pub use crate::problems::{Problem, Problems};

/// What the checks read besides the form: the day, and the company of the 事業所登録.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The Japan date the check is made on.
    pub today: NaiveDate,
    /// The employer's accepted 事業所登録.
    pub company: &'a EmployerProfile,
}

/// A form that passed every step, read into the sections of the 求人票.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub category: category::Category,
    pub company: company::Company,
    pub work: shigoto_shared::WorkSection,
    pub wage: shigoto_shared::WageSection,
    pub hours: shigoto_shared::HoursSection,
    pub conditions: shigoto_shared::ConditionsSection,
    pub pr: pr::Pr,
    pub selection: selection::Selection,
}

/// The problems of one step (including rules that tie it to earlier steps).
pub fn check_step(form: &PostingForm, step: PostingStep, context: &Context) -> Problems {
    let mut out = Problems::default();
    match step {
        PostingStep::Category => drop(category::check(form, context, &mut out)),
        PostingStep::Employer => drop(company::check(form, context, &mut out)),
        PostingStep::Work => drop(work::check(form, &mut out)),
        PostingStep::Wage => drop(wage::check(form, &mut out)),
        PostingStep::Hours => drop(hours::check(form, &mut out)),
        PostingStep::Insurance => drop(insurance::check(form, &mut out)),
        PostingStep::Pr => drop(pr::check(form, &mut out)),
        PostingStep::Selection => drop(selection::check(form, &mut out)),
    }
    out
}

/// The step a field path belongs to (`wage.base_min` → 賃金・手当).
pub fn step_of(field: &str) -> Option<PostingStep> {
    let head = field.split('.').next()?;
    PostingStep::from_wire(head)
}

/// Checks every step: the form read into the 求人票's sections, or every problem found.
pub fn check(form: &PostingForm, context: &Context) -> Result<Checked, Problems> {
    let mut out = Problems::default();
    let category = category::check(form, context, &mut out);
    let company = company::check(form, context, &mut out);
    let work = work::check(form, &mut out);
    let wage = wage::check(form, &mut out);
    let hours = hours::check(form, &mut out);
    let conditions = insurance::check(form, &mut out);
    let pr = pr::check(form, &mut out);
    let selection = selection::check(form, &mut out);
    match (
        category, company, work, wage, hours, conditions, pr, selection,
    ) {
        (
            Some(category),
            Some(company),
            Some(work),
            Some(wage),
            Some(hours),
            Some(conditions),
            Some(pr),
            Some(selection),
        ) if out.is_empty() => Ok(Checked {
            category,
            company,
            work,
            wage,
            hours,
            conditions,
            pr,
            selection,
        }),
        _ => Err(out),
    }
}

#[cfg(test)]
pub(crate) mod sample;

#[cfg(test)]
mod tests;
