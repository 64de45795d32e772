//! 求職者情報: the rules of what a job seeker keeps about themselves (連絡先, 学歴, 職歴, 免許・資格)
//! and of the work they want (希望条件). Every part may be left empty (a profile fills up over
//! time); what is given must be right. [`check`] answers the profile normalised (trimmed,
//! 年月 as `YYYY-MM`, phone and postal code in their usual form) or every problem by its path in
//! the profile's JSON (`contact.phone`, `work_history.1.from`, `desired.wage_min`).

mod desired;
mod history;
pub mod publication;
pub mod search;
pub mod year_month;

use chrono::NaiveDate;
use shigoto_i18n::{key, Text};
use shigoto_shared::{ContactDetails, SeekerProfile};

use crate::employer;
use crate::problems::Problems;
use crate::read;

pub use desired::{
    HOURLY_WAGES, MAX_DESIRED_AREAS, MAX_DESIRED_OCCUPATIONS, MONTHLY_WAGES, START_WITHIN_DAYS,
};
pub use history::{
    MAX_DEPARTMENT_CHARS, MAX_DUTIES_CHARS, MAX_EDUCATION, MAX_EMPLOYER_CHARS, MAX_LICENCES,
    MAX_LICENCE_CHARS, MAX_SCHOOL_CHARS, MAX_WORK_HISTORY,
};
pub use year_month::YearMonth;

/// Longest 住所 after the prefecture.
pub const MAX_ADDRESS_CHARS: usize = employer::MAX_ADDRESS_CHARS;

/// Checks a profile on `today` (the Japan date): the profile normalised, or every problem.
pub fn check(profile: &SeekerProfile, today: NaiveDate) -> Result<SeekerProfile, Problems> {
    let mut out = Problems::default();
    let contact = contact(&mut out, &profile.contact);
    let education = history::education(&mut out, &profile.education, today);
    let work_history = history::work(&mut out, &profile.work_history, today);
    let licences = history::licences(&mut out, &profile.licences);
    let desired = desired::check(&mut out, &profile.desired, today);
    match (contact, education, work_history, licences, desired) {
        (Some(contact), Some(education), Some(work_history), Some(licences), Some(desired))
            if out.is_empty() =>
        {
            Ok(SeekerProfile {
                contact,
                education,
                work_history,
                licences,
                desired,
            })
        }
        _ => Err(out),
    }
}

fn contact(out: &mut Problems, contact: &ContactDetails) -> Option<ContactDetails> {
    let phone = match contact.phone.trim() {
        "" => Some(String::new()),
        typed => employer::phone(typed).or_else(|| {
            out.add("contact.phone", Text::new("checks-phone-invalid"));
            None
        }),
    };
    let postal_code = match contact.postal_code.trim() {
        "" => Some(String::new()),
        typed => employer::postal_code(typed).or_else(|| {
            out.add(
                "contact.postal_code",
                Text::new("checks-postal-code-invalid"),
            );
            None
        }),
    };
    let prefecture_code = contact.prefecture_code.trim();
    let prefecture =
        if prefecture_code.is_empty() || shigoto_refdata::prefecture(prefecture_code).is_some() {
            Some(prefecture_code.to_owned())
        } else {
            out.add(
                "contact.prefecture_code",
                Text::new("checks-prefecture-unknown"),
            );
            None
        };
    let address = read::optional_text(
        out,
        "contact.address",
        &contact.address,
        key!("checks-label-address"),
        MAX_ADDRESS_CHARS,
    );
    if prefecture_code.is_empty() && !contact.address.trim().is_empty() {
        out.add(
            "contact.prefecture_code",
            Text::new("checks-address-prefecture-required"),
        );
        return None;
    }
    Some(ContactDetails {
        phone: phone?,
        postal_code: postal_code?,
        prefecture_code: prefecture?,
        address: address?.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests;
