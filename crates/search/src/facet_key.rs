//! A posting's closed-list conditions packed into one number, stored as a fast field, so that
//! counting the facets of a search reads one bit-packed column per posting instead of seven.
//!
//! Layout (least significant bit first):
//!
//! | bits  | what                                                              |
//! |-------|-------------------------------------------------------------------|
//! | 0–5   | 都道府県 as its number (1–47), 0 when unknown                       |
//! | 6–8   | 求人区分, its place in [`JobCategory::ALL`]                         |
//! | 9–10  | 就業形態, its place in [`WorkStyle::ALL`]                           |
//! | 11–14 | 雇用形態, its place in [`EmploymentType::ALL`]                      |
//! | 15–16 | 賃金形態, its place in [`WageKind::ALL`]                            |
//! | 17–27 | the 職業分類 中分類 (or 大分類) as its place in the 職業分類 table    |
//! | 28–47 | the 求人票's flags, bit n for [`JobFeature::ALL`]\[n\]             |
//! | 48    | 週休二日制（毎週）                                                  |
//! | 49–52 | how many of its wage kind's steps the upper wage reaches (月給: the   |
//! |       | monthly steps of `search_steps`, 時給: the hourly ones; 0 otherwise)   |
//! | 53–56 | how many of the annual-holiday steps its 年間休日数 reaches          |
//!
//! The key is derived from the sheet when a posting is indexed; changing the layout means
//! bumping [`crate::schema::SCHEMA_VERSION`] so the index is rebuilt. The steps are part of
//! the index's version ([`crate::schema::layout_version`]), so changing them rebuilds it too.

use shigoto_domain::search_steps::{ANNUAL_HOLIDAYS, HOURLY_WAGES, MONTHLY_WAGES};
use shigoto_refdata::OccupationLevel;
use shigoto_shared::{EmploymentType, JobCategory, JobFeature, JobSheet, WageKind, WorkStyle};

const PREFECTURE: (u32, u32) = (0, 6);
const CATEGORY: (u32, u32) = (6, 3);
const WORK_STYLE: (u32, u32) = (9, 2);
const EMPLOYMENT_TYPE: (u32, u32) = (11, 4);
const WAGE_KIND: (u32, u32) = (15, 2);
const OCCUPATION: (u32, u32) = (17, 11);
const FEATURES: (u32, u32) = (28, 20);
/// The bit of 週休二日制（毎週）.
pub const TWO_DAYS_OFF_WEEKLY: u32 = 48;
/// The bits of the flags: the features and 週休二日制（毎週）.
const FLAGS_MASK: u64 = (((1u64 << FEATURES.1) - 1) << FEATURES.0) | (1 << TWO_DAYS_OFF_WEEKLY);

const WAGE_STEPS: (u32, u32) = (49, 4);
const HOLIDAY_STEPS: (u32, u32) = (53, 4);

/// The occupation slot of a posting whose 職業分類 is not in the table.
pub const NO_OCCUPATION: usize = (1 << OCCUPATION.1) - 1;

// Every list must fit its bits.
const _: () = {
    assert!(JobCategory::ALL.len() <= 1 << CATEGORY.1);
    assert!(WorkStyle::ALL.len() <= 1 << WORK_STYLE.1);
    assert!(EmploymentType::ALL.len() <= 1 << EMPLOYMENT_TYPE.1);
    assert!(WageKind::ALL.len() <= 1 << WAGE_KIND.1);
    assert!(JobFeature::ALL.len() <= FEATURES.1 as usize);
    assert!(MONTHLY_WAGES.len() < 1 << WAGE_STEPS.1);
    assert!(HOURLY_WAGES.len() < 1 << WAGE_STEPS.1);
    assert!(ANNUAL_HOLIDAYS.len() < 1 << HOLIDAY_STEPS.1);
};

/// How many of the ascending `steps` `value` reaches.
pub fn steps_reached<T: PartialOrd + Copy>(steps: &[T], value: T) -> usize {
    steps.partition_point(|step| *step <= value)
}

/// A part of the key that a chosen condition looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Prefecture,
    Category,
    WorkStyle,
    EmploymentType,
    /// The wage kind and how many of its steps the wage reaches.
    Wage,
    HolidaySteps,
}

/// The bits of `part` in a key.
pub fn part_mask(part: Part) -> u64 {
    let bits = |(at, width): (u32, u32)| ((1u64 << width) - 1) << at;
    match part {
        Part::Prefecture => bits(PREFECTURE),
        Part::Category => bits(CATEGORY),
        Part::WorkStyle => bits(WORK_STYLE),
        Part::EmploymentType => bits(EMPLOYMENT_TYPE),
        Part::Wage => bits(WAGE_KIND) | bits(WAGE_STEPS),
        Part::HolidaySteps => bits(HOLIDAY_STEPS),
    }
}

fn put(key: &mut u64, (at, width): (u32, u32), value: usize) {
    let mask = (1u64 << width) - 1;
    *key |= (value as u64 & mask) << at;
}

fn get(key: u64, (at, width): (u32, u32)) -> usize {
    ((key >> at) & ((1u64 << width) - 1)) as usize
}

fn place<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

/// The place in [`shigoto_refdata::occupations`] of the 中分類 above `code` (or the 大分類 when
/// the code is one); [`NO_OCCUPATION`] for a code not in the table.
fn occupation_slot(code: &str) -> usize {
    let path = shigoto_refdata::occupation_path(code);
    let group = path
        .iter()
        .rev()
        .find(|node| node.level == OccupationLevel::Middle)
        .or_else(|| path.first());
    group
        .and_then(|node| {
            shigoto_refdata::occupations()
                .iter()
                .position(|o| o.code == node.code)
        })
        .filter(|slot| *slot < NO_OCCUPATION)
        .unwrap_or(NO_OCCUPATION)
}

/// The bit of a 求人票 flag.
pub fn feature_bit(feature: JobFeature) -> u32 {
    FEATURES.0 + place(JobFeature::ALL, &feature) as u32
}

/// The key of a posting; `features` are the flags its sheet offers.
pub fn encode(sheet: &JobSheet, features: &[JobFeature]) -> u64 {
    let mut key = 0;
    let prefecture: usize = sheet.work.place.prefecture_code.parse().unwrap_or(0);
    put(
        &mut key,
        PREFECTURE,
        if prefecture <= 47 { prefecture } else { 0 },
    );
    put(&mut key, CATEGORY, place(JobCategory::ALL, &sheet.category));
    put(
        &mut key,
        WORK_STYLE,
        place(WorkStyle::ALL, &sheet.work_style),
    );
    put(
        &mut key,
        EMPLOYMENT_TYPE,
        place(EmploymentType::ALL, &sheet.work.employment_type),
    );
    put(&mut key, WAGE_KIND, place(WageKind::ALL, &sheet.wage.kind));
    put(
        &mut key,
        OCCUPATION,
        occupation_slot(&sheet.work.occupation_code),
    );
    for feature in features {
        key |= 1 << feature_bit(*feature);
    }
    if sheet.hours.two_days_off == shigoto_shared::TwoDaysOff::EveryWeek {
        key |= 1 << TWO_DAYS_OFF_WEEKLY;
    }
    let wage = sheet.wage.base_max;
    let wage_steps = match sheet.wage.kind {
        WageKind::Monthly => steps_reached(&MONTHLY_WAGES, wage),
        WageKind::Hourly => steps_reached(&HOURLY_WAGES, wage),
        _ => 0,
    };
    put(&mut key, WAGE_STEPS, wage_steps);
    put(
        &mut key,
        HOLIDAY_STEPS,
        steps_reached(&ANNUAL_HOLIDAYS, sheet.hours.annual_holidays),
    );
    key
}

/// The conditions a key holds, as places in their lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoded(pub u64);

impl Decoded {
    /// 1–47, or 0 when unknown.
    pub fn prefecture(self) -> usize {
        get(self.0, PREFECTURE)
    }
    pub fn category(self) -> usize {
        get(self.0, CATEGORY)
    }
    pub fn work_style(self) -> usize {
        get(self.0, WORK_STYLE)
    }
    pub fn employment_type(self) -> usize {
        get(self.0, EMPLOYMENT_TYPE)
    }
    pub fn wage_kind(self) -> usize {
        get(self.0, WAGE_KIND)
    }
    /// The place of the 中分類 (or 大分類) in the 職業分類 table, or [`NO_OCCUPATION`].
    pub fn occupation(self) -> usize {
        get(self.0, OCCUPATION)
    }
    /// How many of its wage kind's steps the upper wage reaches.
    pub fn wage_steps(self) -> usize {
        get(self.0, WAGE_STEPS)
    }
    /// How many of the annual-holiday steps its 年間休日数 reaches.
    pub fn holiday_steps(self) -> usize {
        get(self.0, HOLIDAY_STEPS)
    }
    /// The flags (features and 週休二日制) at their bits of the key ([`feature_bit`],
    /// [`TWO_DAYS_OFF_WEEKLY`]).
    pub fn flags(self) -> u64 {
        self.0 & FLAGS_MASK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> JobSheet {
        let config = shigoto_demo::DemoConfig {
            seed: 7,
            count: 10,
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
        };
        shigoto_demo::job(&config, 3).sheet
    }

    #[test]
    fn a_key_gives_back_what_was_packed() {
        let mut sheet = sheet();
        sheet.work.place.prefecture_code = "47".into();
        sheet.category = *JobCategory::ALL.last().unwrap();
        sheet.work_style = WorkStyle::PartTime;
        sheet.work.employment_type = *EmploymentType::ALL.last().unwrap();
        sheet.wage.kind = WageKind::Hourly;
        sheet.hours.two_days_off = shigoto_shared::TwoDaysOff::EveryWeek;
        sheet.wage.base_max = 1_150;
        sheet.hours.annual_holidays = 125;
        let features = [
            JobFeature::NoEducationRequired,
            *JobFeature::ALL.last().unwrap(),
        ];
        let key = Decoded(encode(&sheet, &features));
        assert_eq!(key.prefecture(), 47);
        assert_eq!(key.category(), JobCategory::ALL.len() - 1);
        assert_eq!(
            key.work_style(),
            place(WorkStyle::ALL, &WorkStyle::PartTime)
        );
        assert_eq!(key.employment_type(), EmploymentType::ALL.len() - 1);
        assert_eq!(key.wage_kind(), place(WageKind::ALL, &WageKind::Hourly));
        assert_eq!(
            key.flags(),
            1 << feature_bit(JobFeature::NoEducationRequired)
                | 1 << feature_bit(*JobFeature::ALL.last().unwrap())
                | 1 << TWO_DAYS_OFF_WEEKLY
        );
        assert_eq!(key.wage_steps(), 3, "900, 1,000 and 1,100 yen");
        assert_eq!(key.holiday_steps(), ANNUAL_HOLIDAYS.len());
        let occupation = shigoto_refdata::occupations()[key.occupation()];
        assert_eq!(occupation.level, OccupationLevel::Middle);
        assert!(sheet.work.occupation_code.starts_with(occupation.code));
    }

    #[test]
    fn unknown_places_and_occupations_have_their_own_values() {
        let mut sheet = sheet();
        sheet.work.place.prefecture_code = "99".into();
        sheet.work.occupation_code = "not-a-code".into();
        sheet.hours.two_days_off = shigoto_shared::TwoDaysOff::None;
        let key = Decoded(encode(&sheet, &[]));
        assert_eq!(key.prefecture(), 0);
        assert_eq!(key.occupation(), NO_OCCUPATION);
        assert_eq!(key.flags(), 0);
    }
}
