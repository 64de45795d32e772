//! 求職情報公開: the anonymous profile employers may see of a job seeker who chose to publish,
//! and who may publish. [`anonymous_view`] is the one place that decides what of a seeker
//! reaches an employer this way: the wished work (職種, 勤務地, 雇用形態, 賃金, 時期), years of
//! experience per occupation, licences and an age bracket, never a name, contact detail, address,
//! birth date, school or past employer. Publishing needs 本登録, a 有効 registration and at least
//! one 希望職種 and 希望勤務地 (what employers search by).

use chrono::NaiveDate;
use shigoto_i18n::Text;
use shigoto_refdata::{occupation, OccupationLevel};
use shigoto_shared::{
    AgeBracket, AnonymousProfile, Experience, JobSeekingState, RegistrationStatus, SeekerProfile,
};

use super::year_month::YearMonth;
use crate::person::age_on;

/// Why a seeker may not publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PublishRefused {
    #[error("seeker not registered")]
    NotRegistered,
    #[error("job seeking status not valid")]
    NotValid,
    #[error("no desired occupation or area")]
    NothingToSearchBy,
}

impl PublishRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::NotRegistered => Text::new("rules-publish-not-registered"),
            Self::NotValid => Text::new("rules-publish-not-valid"),
            Self::NothingToSearchBy => Text::new("rules-publish-nothing-to-search-by"),
        }
    }
}

/// Whether a seeker may publish (or keep publishing) on the day of `state`.
pub fn may_publish(
    registration: RegistrationStatus,
    state: JobSeekingState,
    profile: &SeekerProfile,
) -> Result<(), PublishRefused> {
    if registration != RegistrationStatus::Registered {
        return Err(PublishRefused::NotRegistered);
    }
    if state != JobSeekingState::Valid {
        return Err(PublishRefused::NotValid);
    }
    if profile.desired.occupations.is_empty() || profile.desired.areas.is_empty() {
        return Err(PublishRefused::NothingToSearchBy);
    }
    Ok(())
}

/// The 年齢層 of someone born on `birth_date`, on `today`.
pub fn age_bracket(birth_date: NaiveDate, today: NaiveDate) -> AgeBracket {
    match age_on(birth_date, today) {
        ..=19 => AgeBracket::Teens,
        20..=29 => AgeBracket::Twenties,
        30..=39 => AgeBracket::Thirties,
        40..=49 => AgeBracket::Forties,
        50..=59 => AgeBracket::Fifties,
        60..=69 => AgeBracket::Sixties,
        _ => AgeBracket::Seventies,
    }
}

/// The 中分類 a 職業分類 code belongs to (itself for a 中分類; none for a 大分類 or unknown).
fn middle_group(code: &str) -> Option<&'static str> {
    let mut node = occupation(code)?;
    while node.level > OccupationLevel::Middle {
        node = occupation(node.parent?)?;
    }
    (node.level == OccupationLevel::Middle).then_some(node.code)
}

/// Whole years of work per occupation (中分類) over the 職歴, a line still running counted to
/// `today`'s month; lines without an occupation are left out. Longest first.
pub fn experience(profile: &SeekerProfile, today: NaiveDate) -> Vec<Experience> {
    let this_month = YearMonth::of(today);
    let mut months: Vec<(&'static str, u32)> = Vec::new();
    for line in &profile.work_history {
        let (Some(group), Some(from)) = (
            middle_group(&line.occupation_code),
            YearMonth::parse(&line.from),
        ) else {
            continue;
        };
        let to = YearMonth::parse(&line.to).unwrap_or(this_month);
        let span = from.months_until(to);
        match months.iter_mut().find(|(code, _)| *code == group) {
            Some((_, total)) => *total += span,
            None => months.push((group, span)),
        }
    }
    months.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    months
        .into_iter()
        .map(|(code, total)| Experience {
            occupation_code: code.to_owned(),
            years: total / 12,
        })
        .collect()
}

/// What employers see of a published profile (`profile` as checked by [`super::check`]).
pub fn anonymous_view(
    profile: &SeekerProfile,
    birth_date: NaiveDate,
    today: NaiveDate,
) -> AnonymousProfile {
    let desired = &profile.desired;
    let wage_min = desired.wage_min.parse::<u64>().ok();
    AnonymousProfile {
        occupations: desired.occupations.clone(),
        areas: desired.areas.clone(),
        employment_types: desired.employment_types.clone(),
        wage_kind: desired.wage_kind.filter(|_| wage_min.is_some()),
        wage_min,
        start: desired.start,
        start_on: desired.start_on,
        experience: experience(profile, today),
        licences: profile.licences.clone(),
        age: age_bracket(birth_date, today),
    }
}

#[cfg(test)]
mod tests;
