//! The chosen conditions a facet pass can decide from a posting's packed key (and its
//! 受付年月日) instead of asking the index: 都道府県, 求人区分, 就業形態, 雇用形態, a wage or
//! annual-holiday floor that is one of the form's steps, 新着, and each flag. One pass over what
//! the other conditions find then tells, for every posting that fails exactly one of them,
//! which one: what that condition left out, and the counts of its group under the others.

use shigoto_domain::search::JobQuery;
use shigoto_domain::search_steps::{ANNUAL_HOLIDAYS, HOURLY_WAGES, MONTHLY_WAGES};
use shigoto_shared::{EmploymentType, JobCategory, WageKind, WorkStyle};

use crate::facet_key::{self, Decoded, Part};
use crate::query::Condition;
use crate::schema::day_number;

/// A condition decided from the key; its number is its bit in a miss set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyCondition {
    Prefectures,
    Category,
    WorkStyle,
    EmploymentTypes,
    Wage,
    AnnualHolidays,
    PostedWithin,
}

impl KeyCondition {
    pub const ALL: [KeyCondition; 7] = [
        KeyCondition::Prefectures,
        KeyCondition::Category,
        KeyCondition::WorkStyle,
        KeyCondition::EmploymentTypes,
        KeyCondition::Wage,
        KeyCondition::AnnualHolidays,
        KeyCondition::PostedWithin,
    ];

    pub fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The query's condition it stands for.
    pub fn condition(self) -> Condition {
        match self {
            KeyCondition::Prefectures => Condition::Prefectures,
            KeyCondition::Category => Condition::Category,
            KeyCondition::WorkStyle => Condition::WorkStyle,
            KeyCondition::EmploymentTypes => Condition::EmploymentTypes,
            KeyCondition::Wage => Condition::Wage,
            KeyCondition::AnnualHolidays => Condition::AnnualHolidays,
            KeyCondition::PostedWithin => Condition::PostedWithin,
        }
    }
}

/// The chosen conditions of a query that the key decides, as sets of allowed places.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyConditions {
    /// Allowed prefecture numbers, bit n for prefecture n.
    prefectures: Option<u64>,
    /// Allowed places in their lists, bit n for place n.
    category: Option<u64>,
    work_style: Option<u64>,
    employment_types: Option<u64>,
    /// The wage kind's place and how many of its steps the wage must reach.
    wage: Option<(usize, usize)>,
    /// How many annual-holiday steps must be reached.
    holidays: Option<usize>,
    /// The first 受付年月日 (day number).
    posted_since: Option<i64>,
    /// The chosen flags, at their bits of the key: each one a condition of its own.
    pub flags: u64,
}

fn places<T: PartialEq>(all: &[T], chosen: impl IntoIterator<Item = T>) -> u64 {
    chosen.into_iter().fold(0, |bits, value| {
        all.iter()
            .position(|v| *v == value)
            .map_or(bits, |place| bits | 1 << place)
    })
}

/// The steps a floor must reach when it is one of `steps` (the n-th step: n + 1 of them).
fn step_of<T: PartialEq + Copy>(steps: &[T], floor: T) -> Option<usize> {
    steps.iter().position(|step| *step == floor).map(|n| n + 1)
}

impl KeyConditions {
    /// The chosen conditions of `query` that the key decides; the rest stay with the index.
    pub fn of(query: &JobQuery) -> Self {
        let prefectures = (!query.prefectures.is_empty()).then(|| {
            query
                .prefectures
                .iter()
                .filter_map(|code| code.parse::<u32>().ok().filter(|n| *n < 64))
                .fold(0, |bits, number| bits | 1 << number)
        });
        let wage = match (query.monthly_wage_min, query.hourly_wage_min) {
            (Some(floor), None) => {
                step_of(&MONTHLY_WAGES, floor).map(|steps| (WageKind::Monthly, steps))
            }
            (None, Some(floor)) => {
                step_of(&HOURLY_WAGES, floor).map(|steps| (WageKind::Hourly, steps))
            }
            _ => None,
        }
        .and_then(|(kind, steps)| {
            WageKind::ALL
                .iter()
                .position(|k| *k == kind)
                .map(|place| (place, steps))
        });
        let mut flags = query.features.iter().fold(0, |bits, feature| {
            bits | 1 << facet_key::feature_bit(*feature)
        });
        if query.two_days_off_weekly {
            flags |= 1 << facet_key::TWO_DAYS_OFF_WEEKLY;
        }
        Self {
            prefectures,
            category: query.category.map(|c| places(JobCategory::ALL, [c])),
            work_style: query.work_style.map(|s| places(WorkStyle::ALL, [s])),
            employment_types: (!query.employment_types.is_empty())
                .then(|| places(EmploymentType::ALL, query.employment_types.iter().copied())),
            wage,
            holidays: query
                .annual_holidays_min
                .and_then(|floor| step_of(&ANNUAL_HOLIDAYS, floor)),
            posted_since: query.received_since.map(day_number),
            flags,
        }
    }

    /// Whether `condition` is decided here (the flags always are).
    pub fn decides(&self, condition: Condition) -> bool {
        condition == Condition::Flags
            || KeyCondition::ALL
                .iter()
                .any(|key| key.condition() == condition && self.has(*key))
    }

    /// Whether `condition` was chosen and is decided here.
    pub fn has(&self, condition: KeyCondition) -> bool {
        match condition {
            KeyCondition::Prefectures => self.prefectures.is_some(),
            KeyCondition::Category => self.category.is_some(),
            KeyCondition::WorkStyle => self.work_style.is_some(),
            KeyCondition::EmploymentTypes => self.employment_types.is_some(),
            KeyCondition::Wage => self.wage.is_some(),
            KeyCondition::AnnualHolidays => self.holidays.is_some(),
            KeyCondition::PostedWithin => self.posted_since.is_some(),
        }
    }

    /// Whether nothing is decided here.
    pub fn is_empty(&self) -> bool {
        self.flags == 0 && !KeyCondition::ALL.iter().any(|key| self.has(*key))
    }

    /// The bits of the key these conditions look at: each chosen condition's part and the
    /// chosen flags. Postings alike in these bits are alike to every choice of their values.
    pub fn key_mask(&self) -> u64 {
        let parts = [
            (self.prefectures.is_some(), Part::Prefecture),
            (self.category.is_some(), Part::Category),
            (self.work_style.is_some(), Part::WorkStyle),
            (self.employment_types.is_some(), Part::EmploymentType),
            (self.wage.is_some(), Part::Wage),
            (self.holidays.is_some(), Part::HolidaySteps),
        ];
        parts
            .into_iter()
            .filter(|(chosen, _)| *chosen)
            .fold(self.flags, |mask, (_, part)| {
                mask | facet_key::part_mask(part)
            })
    }

    /// Whether deciding needs the 受付年月日.
    pub fn needs_received(&self) -> bool {
        self.posted_since.is_some()
    }

    /// The conditions a posting fails (a bit per [`KeyCondition`]) and the chosen flags it
    /// lacks.
    pub fn misses(&self, key: Decoded, received: Option<i64>) -> (u8, u64) {
        let outside = |allowed: Option<u64>, place: usize| {
            allowed.is_some_and(|bits| bits & (1 << place) == 0)
        };
        let mut missed = 0;
        if outside(self.prefectures, key.prefecture()) {
            missed |= KeyCondition::Prefectures.bit();
        }
        if outside(self.category, key.category()) {
            missed |= KeyCondition::Category.bit();
        }
        if outside(self.work_style, key.work_style()) {
            missed |= KeyCondition::WorkStyle.bit();
        }
        if outside(self.employment_types, key.employment_type()) {
            missed |= KeyCondition::EmploymentTypes.bit();
        }
        if let Some((kind, steps)) = self.wage {
            if key.wage_kind() != kind || key.wage_steps() < steps {
                missed |= KeyCondition::Wage.bit();
            }
        }
        if self
            .holidays
            .is_some_and(|steps| key.holiday_steps() < steps)
        {
            missed |= KeyCondition::AnnualHolidays.bit();
        }
        if let Some(since) = self.posted_since {
            if received.is_none_or(|day| day < since) {
                missed |= KeyCondition::PostedWithin.bit();
            }
        }
        (missed, self.flags & !key.flags())
    }
}
