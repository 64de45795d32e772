//! Step 3, 仕事内容: 職種 and its 職業分類, the work, 雇用形態 and 雇用期間, 就業場所, commuting
//! and transfers, the age limit with its legal exception (労働施策総合推進法 第9条), and the
//! education, experience and licences asked for.

use shigoto_i18n::{key, Text};
use shigoto_refdata::OccupationLevel;
use shigoto_shared::{
    AgeLimit, AgeLimitReason, EmploymentType, JobCategory, PostingForm, WorkPlace, WorkSection,
};

use super::Problems;
use crate::read;

/// Longest 職種.
pub const MAX_TITLE_CHARS: usize = 40;
/// Longest 仕事の内容.
pub const MAX_DESCRIPTION_CHARS: usize = 600;
/// Longest 番地・建物 of the work place.
pub const MAX_ADDRESS_LINE_CHARS: usize = 100;
/// Longest 最寄り駅.
pub const MAX_STATION_CHARS: usize = 30;
/// Longest 学歴 and 経験 texts.
pub const MAX_REQUIREMENT_CHARS: usize = 100;
/// Most licence lines, and the longest line.
pub const MAX_LICENSES: usize = 10;
pub const MAX_LICENSE_CHARS: usize = 50;
/// Longest fixed 雇用期間 in months (five years: 労働基準法 第14条's longest term).
pub const MAX_CONTRACT_MONTHS: u64 = 60;
/// Longest 試用期間 in months.
pub const MAX_TRIAL_MONTHS: u64 = 12;
/// Youngest and oldest ages a limit can name.
pub const YOUNGEST: u64 = 15;
pub const OLDEST: u64 = 99;
/// Youngest lower limit of the 3号ニ exception (60歳以上の高年齢者).
pub const OLDER_WORKERS_FROM: u8 = 60;

pub(super) fn check(form: &PostingForm, out: &mut Problems) -> Option<WorkSection> {
    let step = &form.work;
    let title = read::required_text(
        out,
        "work.title",
        &step.title,
        key!("checks-label-work-title"),
        MAX_TITLE_CHARS,
    );
    let occupation_code = occupation(out, &step.occupation_code);
    let description = read::required_text(
        out,
        "work.description",
        &step.description,
        key!("checks-label-duties"),
        MAX_DESCRIPTION_CHARS,
    );
    let employment_type = step.employment_type;
    if employment_type.is_none() {
        out.add(
            "work.employment_type",
            Text::new("checks-employment-type-required"),
        );
    }
    let contract_months = contract(out, form);
    let trial_months = read::optional_number(
        out,
        "work.trial_months",
        &step.trial_months,
        key!("checks-label-trial-months"),
        1,
        MAX_TRIAL_MONTHS,
    );
    let place = place(out, form);
    let remote_work = step.remote_work;
    if remote_work.is_none() {
        out.add("work.remote_work", Text::new("checks-remote-work-required"));
    }
    let age = age(out, form);
    let education = read::optional_text(
        out,
        "work.education",
        &step.education,
        key!("checks-label-education-required"),
        MAX_REQUIREMENT_CHARS,
    );
    let experience = read::optional_text(
        out,
        "work.experience",
        &step.experience,
        key!("checks-label-experience-required"),
        MAX_REQUIREMENT_CHARS,
    );
    let licenses = licenses(out, &step.licenses);
    Some(WorkSection {
        title: title?,
        occupation_code: occupation_code?,
        description: description?,
        employment_type: employment_type?,
        contract_renewable: step.fixed_term && step.contract_renewable,
        contract_months: contract_months?,
        place: place?,
        transfer: step.transfer,
        remote_work: remote_work?,
        uij_turn: step.uij_turn,
        age: age?,
        education: education?,
        experience: experience?,
        licenses: licenses?,
        trial_months: trial_months?.map(|months| months as u8),
    })
}

fn occupation(out: &mut Problems, code: &str) -> Option<String> {
    let code = code.trim();
    match shigoto_refdata::occupation(code) {
        Some(found) if found.level == OccupationLevel::Minor => Some(code.to_owned()),
        _ => {
            out.add(
                "work.occupation_code",
                Text::new("checks-occupation-required"),
            );
            None
        }
    }
}

/// 雇用期間: `Some(None)` for 定めなし. Fixed terms fit the 雇用形態 and the 求人区分.
fn contract(out: &mut Problems, form: &PostingForm) -> Option<Option<u16>> {
    let step = &form.work;
    let field = "work.fixed_term";
    if step.fixed_term && step.employment_type == Some(EmploymentType::Regular) {
        out.add(field, Text::new("checks-regular-fixed-term"));
        return None;
    }
    if !step.fixed_term {
        if step.employment_type == Some(EmploymentType::DispatchFixed) {
            out.add(field, Text::new("checks-dispatch-needs-term"));
            return None;
        }
        if let Some(category @ (JobCategory::Seasonal | JobCategory::Migrant)) =
            form.category.category
        {
            out.add(
                field,
                Text::new("checks-category-needs-term").with_key("category", category.label_key()),
            );
            return None;
        }
        return Some(None);
    }
    read::required_number(
        out,
        "work.contract_months",
        &step.contract_months,
        key!("checks-label-contract-months"),
        1,
        MAX_CONTRACT_MONTHS,
    )
    .map(|months| Some(months as u16))
}

fn place(out: &mut Problems, form: &PostingForm) -> Option<WorkPlace> {
    let input = &form.work.place;
    let prefecture = shigoto_refdata::prefecture(input.prefecture_code.trim());
    if prefecture.is_none() {
        out.add(
            "work.place.prefecture_code",
            Text::new("checks-place-prefecture-required"),
        );
    }
    let municipality = shigoto_refdata::municipality(input.municipality_code.trim())
        .filter(|found| Some(found.prefecture_code) == prefecture.map(|p| p.code));
    if prefecture.is_some() && municipality.is_none() {
        out.add(
            "work.place.municipality_code",
            Text::new("checks-place-municipality-required"),
        );
    }
    let address_line = read::optional_text(
        out,
        "work.place.address_line",
        &input.address_line,
        key!("checks-label-address-line"),
        MAX_ADDRESS_LINE_CHARS,
    );
    let nearest_station = read::optional_text(
        out,
        "work.place.nearest_station",
        &input.nearest_station,
        key!("checks-label-nearest-station"),
        MAX_STATION_CHARS,
    );
    let station_minutes = read::optional_number(
        out,
        "work.place.station_minutes",
        &input.station_minutes,
        key!("checks-label-station-minutes"),
        0,
        600,
    );
    let municipality = municipality?;
    let prefecture = prefecture?;
    Some(WorkPlace {
        prefecture_code: prefecture.code.to_owned(),
        municipality_code: municipality.code.to_owned(),
        locality: format!("{}{}", prefecture.name, municipality.name),
        address_line: address_line?,
        nearest_station: nearest_station?,
        station_minutes: station_minutes?.map(|minutes| minutes as u16),
        car_commute: form.work.car_commute,
        parking: form.work.parking,
    })
}

/// 年齢制限: none, or limits with the exception that allows them. The 1号 exception is tied
/// to the 定年 of step 6, which checks it there.
fn age(out: &mut Problems, form: &PostingForm) -> Option<AgeLimit> {
    let step = &form.work;
    if !step.age_limited {
        return Some(AgeLimit {
            min: None,
            max: None,
            reason: None,
        });
    }
    let min = read::optional_number(
        out,
        "work.age_min",
        &step.age_min,
        key!("checks-label-age-min"),
        YOUNGEST,
        OLDEST,
    )?;
    let max = read::optional_number(
        out,
        "work.age_max",
        &step.age_max,
        key!("checks-label-age-max"),
        YOUNGEST,
        OLDEST,
    )?;
    let (min, max) = (min.map(|age| age as u8), max.map(|age| age as u8));
    if min.is_none() && max.is_none() {
        out.add("work.age_max", Text::new("checks-age-limit-missing"));
        return None;
    }
    if let (Some(low), Some(high)) = (min, max) {
        if low > high {
            out.add("work.age_min", Text::new("checks-age-min-over-max"));
            return None;
        }
    }
    let Some(reason) = step.age_reason else {
        out.add("work.age_reason", Text::new("checks-age-reason-required"));
        return None;
    };
    let indefinite = !step.fixed_term;
    let refused = match reason {
        AgeLimitReason::RetirementAge if min.is_some() || max.is_none() => {
            Some(key!("checks-age-retirement-max-only"))
        }
        AgeLimitReason::RetirementAge | AgeLimitReason::CareerBuilding if !indefinite => {
            Some(key!("checks-age-reason-indefinite-only"))
        }
        AgeLimitReason::CareerBuilding if min.is_some() || max.is_none() => {
            Some(key!("checks-age-career-max-only"))
        }
        AgeLimitReason::CareerBuilding if !step.experience.trim().is_empty() => {
            Some(key!("checks-age-career-no-experience"))
        }
        AgeLimitReason::OlderWorkers
            if max.is_some() || min.is_none_or(|low| low < OLDER_WORKERS_FROM) =>
        {
            Some(key!("checks-age-older-workers-min-only"))
        }
        _ => None,
    };
    if let Some(message) = refused {
        out.add("work.age_reason", Text::new(message));
        return None;
    }
    Some(AgeLimit {
        min,
        max,
        reason: Some(reason.label().to_owned()),
    })
}

fn licenses(out: &mut Problems, text: &str) -> Option<Vec<String>> {
    let lines = read::lines(text);
    if lines.len() > MAX_LICENSES {
        out.add(
            "work.licenses",
            Text::new("checks-licenses-too-many").with("max", MAX_LICENSES),
        );
        return None;
    }
    if let Some(long) = lines
        .iter()
        .find(|line| line.chars().count() > MAX_LICENSE_CHARS)
    {
        out.add(
            "work.licenses",
            Text::new("checks-license-too-long")
                .with("max", MAX_LICENSE_CHARS)
                .with("line", long.as_str()),
        );
        return None;
    }
    Some(lines)
}
