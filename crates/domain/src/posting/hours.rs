//! Step 5, 労働時間: the shifts, breaks that the law asks for (労働基準法 第34条: more than six
//! hours of work need 45 minutes, more than eight need an hour), overtime within the monthly
//! average the law allows, the working days of part-time postings, and days off that agree
//! with each other (週休二日 every week means at least 104 days a year).

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
        "休憩時間（分）",
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
                "休憩時間が就業時間より長くなっています。",
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
                    format!("実働{}時間{}分の就業時間には、{due}分以上の休憩が必要です（労働基準法第34条）。", working / 60, working % 60),
                );
            }
        }
    }
    let overtime_hours = read::required_number(
        out,
        "hours.overtime_hours",
        &step.overtime_hours,
        "月平均時間外労働時間（なければ0）",
        0,
        MAX_OVERTIME_HOURS,
    );
    let part_time = form.category.work_style == Some(WorkStyle::PartTime);
    let days_per_week = if part_time {
        read::required_number(
            out,
            "hours.days_per_week",
            &step.days_per_week,
            "週所定労働日数",
            1,
            6,
        )
        .map(Some)
    } else {
        read::optional_number(
            out,
            "hours.days_per_week",
            &step.days_per_week,
            "週所定労働日数",
            1,
            6,
        )
    };
    let days_off = read::required_text(
        out,
        "hours.days_off",
        &step.days_off,
        "休日等（例: 土 日 祝日）",
        MAX_DAYS_OFF_CHARS,
    );
    let two_days_off = step.two_days_off;
    if two_days_off.is_none() {
        out.add("hours.two_days_off", "週休二日制を選んでください。");
    }
    if step.weekends_off && two_days_off.is_some_and(|kind| kind != TwoDaysOff::EveryWeek) {
        out.add(
            "hours.two_days_off",
            "土日祝休みの求人は、週休二日制を「毎週」にしてください。",
        );
    }
    let annual_holidays = read::required_number(
        out,
        "hours.annual_holidays",
        &step.annual_holidays,
        "年間休日数",
        0,
        366,
    )
    .and_then(|days| {
        if two_days_off == Some(TwoDaysOff::EveryWeek) && days < EVERY_WEEK_TWO_DAYS_OFF {
            out.add(
                "hours.annual_holidays",
                format!("毎週週休二日なら年間休日は{EVERY_WEEK_TWO_DAYS_OFF}日以上になります。"),
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
            format!("就業時間は{MAX_SHIFTS}つまで入力できます。"),
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
                "始業時刻を「8:30」のように入力してください。",
            );
        }
        let end = read::parse_time(&line.end);
        if end.is_none() {
            out.add(
                format!("hours.shifts.{i}.end"),
                "終業時刻を「17:30」のように入力してください。",
            );
        }
        match (start, end) {
            (Some(start), Some(end)) if start == end => {
                out.add(
                    format!("hours.shifts.{i}.end"),
                    "終業時刻が始業時刻と同じです。",
                );
                complete = false;
            }
            (Some(start), Some(end)) => read_lines.push((start, end)),
            _ => complete = false,
        }
    }
    if complete && read_lines.is_empty() {
        out.add(
            "hours.shifts.0.start",
            "就業時間を1つ以上入力してください。",
        );
        return None;
    }
    complete.then_some(read_lines)
}
