//! Step 5, 労働時間: the shifts, breaks that the law asks for (労働基準法 第34条: more than six
//! hours of work need 45 minutes, more than eight need an hour), overtime within the monthly
//! average the law allows, the working days of part-time postings, and days off that agree
//! with each other (週休二日 every week means at least 104 days a year).

use shigoto_i18n::{key, Text};
use shigoto_shared::{HoursSection, PostingForm, Shift, TwoDaysOff, WorkStyle};

use super::Problems;
use crate::read;

/// Most shift lines.
pub const MAX_SHIFTS: usize = 3;
/// Longest 休日等 text.
pub const MAX_DAYS_OFF_CHARS: usize = 100;
/// 月平均時間外労働 above this breaks the overtime cap (労働基準法 第36条: 80 hours as an
/// average over several months).
pub const MAX_OVERTIME_HOURS: u64 = 80;
/// Working time (minutes) beyond which 45 minutes of break are due, and beyond which an hour.
pub const BREAK_45_AFTER: u16 = 6 * 60;
pub const BREAK_60_AFTER: u16 = 8 * 60;
/// Days off a year that every-week 週休二日 implies (52 weeks × 2).
pub const EVERY_WEEK_TWO_DAYS_OFF: u64 = 104;

/// Minutes from `start` to `end`, through midnight when `end` is earlier.
fn span(start: u16, end: u16) -> u16 {
    if end > start {
        end - start
    } else {
        end + 24 * 60 - start
    }
}

pub(super) fn check(form: &PostingForm, out: &mut Problems) -> Option<HoursSection> {
    let step = &form.hours;
    let shifts = shifts(out, form);
    let break_minutes = read::required_number(
        out,
        "hours.break_minutes",
        &step.break_minutes,
        key!("checks-label-break-minutes"),
        0,
        180,
    );
    if let (Some(shifts), Some(rest)) = (&shifts, break_minutes) {
        let rest = rest as u16;
        let longest = shifts
            .iter()
            .map(|(start, end)| span(*start, *end))
            .max()
            .unwrap_or(0);
        if rest >= longest {
            out.add(
                "hours.break_minutes",
                Text::new("checks-break-longer-than-work"),
            );
        } else {
            let working = longest - rest;
            let due = if working > BREAK_60_AFTER {
                60
            } else if working > BREAK_45_AFTER {
                45
            } else {
                0
            };
            if rest < due {
                out.add(
                    "hours.break_minutes",
                    Text::new("checks-break-too-short")
                        .with("hours", working / 60)
                        .with("minutes", working % 60)
                        .with("due", due),
                );
            }
        }
    }
    let overtime_hours = read::required_number(
        out,
        "hours.overtime_hours",
        &step.overtime_hours,
        key!("checks-label-overtime-hours"),
        0,
        MAX_OVERTIME_HOURS,
    );
    let part_time = form.category.work_style == Some(WorkStyle::PartTime);
    let days_per_week = if part_time {
        read::required_number(
            out,
            "hours.days_per_week",
            &step.days_per_week,
            key!("checks-label-days-per-week"),
            1,
            6,
        )
        .map(Some)
    } else {
        read::optional_number(
            out,
            "hours.days_per_week",
            &step.days_per_week,
            key!("checks-label-days-per-week"),
            1,
            6,
        )
    };
    let days_off = read::required_text(
        out,
        "hours.days_off",
        &step.days_off,
        key!("checks-label-days-off"),
        MAX_DAYS_OFF_CHARS,
    );
    let two_days_off = step.two_days_off;
    if two_days_off.is_none() {
        out.add(
            "hours.two_days_off",
            Text::new("checks-two-days-off-required"),
        );
    }
    if step.weekends_off && two_days_off.is_some_and(|kind| kind != TwoDaysOff::EveryWeek) {
        out.add(
            "hours.two_days_off",
            Text::new("checks-weekends-off-every-week"),
        );
    }
    let annual_holidays = read::required_number(
        out,
        "hours.annual_holidays",
        &step.annual_holidays,
        key!("checks-label-annual-holidays"),
        0,
        366,
    )
    .and_then(|days| {
        if two_days_off == Some(TwoDaysOff::EveryWeek) && days < EVERY_WEEK_TWO_DAYS_OFF {
            out.add(
                "hours.annual_holidays",
                Text::new("checks-annual-holidays-too-few").with("min", EVERY_WEEK_TWO_DAYS_OFF),
            );
            None
        } else {
            Some(days)
        }
    });
    let shifts = shifts?
        .into_iter()
        .map(|(start, end)| Shift {
            start: read::format_time(start),
            end: read::format_time(end),
        })
        .collect();
    Some(HoursSection {
        shifts,
        rotating: step.rotating,
        overtime_hours: overtime_hours? as u16,
        break_minutes: break_minutes? as u16,
        days_per_week: days_per_week?.map(|days| days as u8),
        days_off: days_off?,
        weekends_off: step.weekends_off,
        two_days_off: two_days_off?,
        annual_holidays: annual_holidays? as u16,
    })
}

/// The shift lines filled in, as minutes after midnight.
fn shifts(out: &mut Problems, form: &PostingForm) -> Option<Vec<(u16, u16)>> {
    let lines = &form.hours.shifts;
    if lines.len() > MAX_SHIFTS {
        out.add(
            "hours.shifts",
            Text::new("checks-shifts-too-many").with("max", MAX_SHIFTS),
        );
        return None;
    }
    let mut read_lines = Vec::new();
    let mut complete = true;
    for (i, line) in lines.iter().enumerate() {
        if line.start.trim().is_empty() && line.end.trim().is_empty() {
            continue;
        }
        let start = read::parse_time(&line.start);
        if start.is_none() {
            out.add(
                format!("hours.shifts.{i}.start"),
                Text::new("checks-shift-start-invalid"),
            );
        }
        let end = read::parse_time(&line.end);
        if end.is_none() {
            out.add(
                format!("hours.shifts.{i}.end"),
                Text::new("checks-shift-end-invalid"),
            );
        }
        match (start, end) {
            (Some(start), Some(end)) if start == end => {
                out.add(
                    format!("hours.shifts.{i}.end"),
                    Text::new("checks-shift-end-same-as-start"),
                );
                complete = false;
            }
            (Some(start), Some(end)) => read_lines.push((start, end)),
            _ => complete = false,
        }
    }
    if complete && read_lines.is_empty() {
        out.add("hours.shifts.0.start", Text::new("checks-shifts-required"));
        return None;
    }
    complete.then_some(read_lines)
}
