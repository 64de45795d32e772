//! 希望条件: the occupations and areas wished for (codes of the official lists, three each), the
//! 雇用形態, the least wage (a monthly or an hourly amount within sane bounds, so 「25」 meant as
//! 25万円 is caught), the hours (both ends or neither) and when the seeker can start.

use std::ops::RangeInclusive;

use chrono::{NaiveDate, TimeDelta};
use shigoto_i18n::{key, Text};
use shigoto_shared::{DesiredConditions, DesiredWageKind, StartTiming};

use crate::problems::Problems;
use crate::read;

/// Most 希望職種.
pub const MAX_DESIRED_OCCUPATIONS: usize = 3;
/// Most 希望勤務地.
pub const MAX_DESIRED_AREAS: usize = 3;
/// A monthly wish in yen: from 1万円 (smaller is a typo for 万円) to 1,000万円.
pub const MONTHLY_WAGES: RangeInclusive<u64> = 10_000..=10_000_000;
/// An hourly wish in yen.
pub const HOURLY_WAGES: RangeInclusive<u64> = 100..=100_000;
/// How far ahead a start day may lie.
pub const START_WITHIN_DAYS: i64 = 366;

pub(super) fn check(
    out: &mut Problems,
    desired: &DesiredConditions,
    today: NaiveDate,
) -> Option<DesiredConditions> {
    let occupations = codes(
        out,
        "desired.occupations",
        &desired.occupations,
        MAX_DESIRED_OCCUPATIONS,
        key!("checks-label-desired-occupations"),
        |code| shigoto_refdata::occupation(code).is_some(),
    );
    let areas = codes(
        out,
        "desired.areas",
        &desired.areas,
        MAX_DESIRED_AREAS,
        key!("checks-label-desired-areas"),
        |code| {
            shigoto_refdata::prefecture(code).is_some()
                || shigoto_refdata::municipality(code).is_some()
        },
    );
    let mut employment_types = desired.employment_types.clone();
    employment_types.sort();
    employment_types.dedup();
    let wage_min = wage(out, desired);
    let hours = hours(out, desired);
    let start_on = start(out, desired, today);
    let (hours_from, hours_to) = hours?;
    let wage_min = wage_min?;
    Some(DesiredConditions {
        occupations: occupations?,
        areas: areas?,
        employment_types,
        wage_kind: desired.wage_kind.filter(|_| !wage_min.is_empty()),
        wage_min,
        hours_from,
        hours_to,
        start: desired.start,
        start_on: start_on?,
    })
}

fn codes(
    out: &mut Problems,
    field: &str,
    codes: &[String],
    max: usize,
    label: &'static str,
    known: impl Fn(&str) -> bool,
) -> Option<Vec<String>> {
    let mut kept: Vec<String> = Vec::new();
    for code in codes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        if !known(code) {
            out.add(
                field,
                Text::new("checks-choice-unknown").with_key("label", label),
            );
            return None;
        }
        if !kept.iter().any(|k| k == code) {
            kept.push(code.to_owned());
        }
    }
    if kept.len() > max {
        out.add(
            field,
            Text::new("checks-choices-too-many")
                .with_key("label", label)
                .with("max", max),
        );
        return None;
    }
    Some(kept)
}

/// The least wage as digits (`""` when none is wished); it needs its kind.
fn wage(out: &mut Problems, desired: &DesiredConditions) -> Option<String> {
    let field = "desired.wage_min";
    if desired.wage_min.trim().is_empty() {
        return Some(String::new());
    }
    let Some(kind) = desired.wage_kind else {
        out.add(
            "desired.wage_kind",
            Text::new("checks-desired-wage-kind-required"),
        );
        return None;
    };
    let (range, label) = match kind {
        DesiredWageKind::Monthly => (MONTHLY_WAGES, key!("checks-label-desired-wage-monthly")),
        DesiredWageKind::Hourly => (HOURLY_WAGES, key!("checks-label-desired-wage-hourly")),
    };
    read::optional_number(
        out,
        field,
        &desired.wage_min,
        label,
        *range.start(),
        *range.end(),
    )
    .map(|amount| amount.map(|a| a.to_string()).unwrap_or_default())
}

/// 希望就業時間 as `HH:MM` both, or both empty.
fn hours(out: &mut Problems, desired: &DesiredConditions) -> Option<(String, String)> {
    let (from, to) = (desired.hours_from.trim(), desired.hours_to.trim());
    if from.is_empty() && to.is_empty() {
        return Some((String::new(), String::new()));
    }
    let mut read_time = |field: &str, text: &str| {
        let time = read::parse_time(text);
        if time.is_none() {
            out.add(field, Text::new("checks-desired-time-invalid"));
        }
        time
    };
    let start = read_time("desired.hours_from", from);
    let end = read_time("desired.hours_to", to);
    let (start, end) = (start?, end?);
    if start == end {
        out.add("desired.hours_to", Text::new("checks-desired-hours-same"));
        return None;
    }
    Some((read::format_time(start), read::format_time(end)))
}

/// The start day: required with [`StartTiming::From`] (from today, within a year), dropped
/// otherwise.
fn start(
    out: &mut Problems,
    desired: &DesiredConditions,
    today: NaiveDate,
) -> Option<Option<NaiveDate>> {
    if desired.start != Some(StartTiming::From) {
        return Some(None);
    }
    match desired.start_on {
        Some(day) if day >= today && day <= today + TimeDelta::days(START_WITHIN_DAYS) => {
            Some(Some(day))
        }
        Some(_) => {
            out.add(
                "desired.start_on",
                Text::new("checks-start-on-out-of-range"),
            );
            None
        }
        None => {
            out.add("desired.start_on", Text::new("checks-start-on-required"));
            None
        }
    }
}
