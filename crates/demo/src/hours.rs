//! 労働時間: shifts, breaks, days off and annual holidays for a working pattern, kept
//! consistent with each other (a posting off on 土日祝 has 120 or more holidays and 毎週 two days
//! off; breaks meet the legal minimum for the shift length).

use shigoto_shared::{HoursSection, Shift, TwoDaysOff, WorkStyle};

use crate::dice::Dice;
use crate::kind::Pattern;

/// A 休日 wording and what it implies.
#[derive(Debug, Clone, Copy)]
struct DaysOff {
    text: &'static str,
    weekends: bool,
    two: TwoDaysOff,
    holidays: (u16, u16),
}

const fn off(text: &'static str, weekends: bool, two: TwoDaysOff, holidays: (u16, u16)) -> DaysOff {
    DaysOff {
        text,
        weekends,
        two,
        holidays,
    }
}

use TwoDaysOff::{EveryWeek, None as NoTwo, Other};

const WEEKENDS: DaysOff = off("土 日 祝日", true, EveryWeek, (120, 125));
const WEEKENDS_NOTE: DaysOff = off(
    "土 日 祝日 その他（年末年始・夏季休暇）",
    true,
    EveryWeek,
    (121, 125),
);
const SAT_ALTERNATE: DaysOff = off(
    "日 祝日 その他（土曜日は隔週休み）",
    false,
    Other,
    (100, 110),
);
const CALENDAR: DaysOff = off(
    "土 日 その他（会社カレンダーによる）",
    false,
    EveryWeek,
    (110, 120),
);
const CALENDAR_SAT: DaysOff = off(
    "日 その他（会社カレンダーによる）",
    false,
    Other,
    (100, 112),
);
const SHIFT_TWO: DaysOff = off("シフト制（週休2日）", false, EveryWeek, (105, 115));
const SHIFT_48: DaysOff = off("シフト制（4週8休）", false, Other, (104, 110));
const SHIFT_9: DaysOff = off("シフト制（月9日休み）", false, Other, (105, 110));
const SHIFT_8: DaysOff = off("シフト制（月8日休み）", false, Other, (96, 100));
const CLINIC_THU: DaysOff = off("木 日 祝日 その他（土曜日午後）", false, Other, (105, 115));
const CLINIC_WED: DaysOff = off("水 日 祝日 その他（土曜日午後）", false, Other, (105, 115));
const WED_SUN: DaysOff = off("水 日 その他", false, EveryWeek, (105, 112));
const SUN_HOLIDAY: DaysOff = off("日 祝日 その他", false, Other, (100, 108));
const CONSTRUCTION: DaysOff = off("日 祝日 その他（第2・第4土曜日）", false, Other, (95, 105));
const SUNDAY_ONLY: DaysOff = off("日 その他（雨天時）", false, NoTwo, (90, 96));
const SCHOOL: DaysOff = off(
    "日 祝日 その他（土曜日は交替で出勤）",
    false,
    Other,
    (110, 118),
);
const FARM: DaysOff = off("日 その他（農閑期は週2日）", false, Other, (90, 100));

/// Shift times and days-off choices of a pattern.
struct PatternData {
    full: &'static [(&'static str, &'static str)],
    /// How many full-time shifts a posting lists (more than one means 交替制).
    full_count: (usize, usize),
    /// A night shift offered with the given percent.
    night: Option<((&'static str, &'static str), u32)>,
    /// Break for full-time shifts (minutes), raised to the legal minimum where needed.
    full_break: u16,
    part: &'static [(&'static str, &'static str)],
    part_days: (u32, u32),
    /// Days off when the employer's calendar is weekend-based, then otherwise.
    off_weekend: &'static [DaysOff],
    off_other: &'static [DaysOff],
    overtime: (u32, u32),
}

fn data(pattern: Pattern) -> PatternData {
    match pattern {
        Pattern::Office => PatternData {
            full: &[
                ("08:30", "17:30"),
                ("09:00", "18:00"),
                ("08:30", "17:15"),
                ("09:00", "17:30"),
                ("08:00", "17:00"),
                ("08:45", "17:45"),
            ],
            full_count: (1, 1),
            night: None,
            full_break: 60,
            part: &[
                ("09:00", "13:00"),
                ("09:00", "15:00"),
                ("09:30", "16:00"),
                ("10:00", "15:00"),
                ("13:00", "17:00"),
                ("09:00", "16:00"),
            ],
            part_days: (3, 5),
            off_weekend: &[WEEKENDS, WEEKENDS, WEEKENDS_NOTE],
            off_other: &[SAT_ALTERNATE, CALENDAR, WEEKENDS, SUN_HOLIDAY],
            overtime: (3, 20),
        },
        Pattern::Clinic => PatternData {
            full: &[("08:30", "18:00"), ("09:00", "18:30"), ("08:45", "18:15")],
            full_count: (1, 1),
            night: None,
            full_break: 120,
            part: &[
                ("08:30", "12:30"),
                ("14:30", "18:30"),
                ("09:00", "13:00"),
                ("15:00", "19:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[CLINIC_THU, WED_SUN],
            off_other: &[CLINIC_THU, CLINIC_WED, WED_SUN],
            overtime: (0, 8),
        },
        Pattern::Care24 => PatternData {
            full: &[
                ("07:00", "16:00"),
                ("08:30", "17:30"),
                ("10:00", "19:00"),
                ("11:00", "20:00"),
                ("07:30", "16:30"),
            ],
            full_count: (2, 3),
            night: Some((("16:30", "09:30"), 70)),
            full_break: 60,
            part: &[
                ("09:00", "13:00"),
                ("07:00", "10:00"),
                ("17:00", "21:00"),
                ("09:00", "16:00"),
                ("13:00", "18:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[SHIFT_TWO, SHIFT_9],
            off_other: &[SHIFT_48, SHIFT_9, SHIFT_TWO],
            overtime: (2, 10),
        },
        Pattern::Day => PatternData {
            full: &[("08:30", "17:30"), ("08:15", "17:15"), ("09:00", "18:00")],
            full_count: (1, 1),
            night: None,
            full_break: 60,
            part: &[
                ("09:00", "16:00"),
                ("09:00", "13:00"),
                ("13:00", "17:00"),
                ("08:30", "12:30"),
            ],
            part_days: (2, 5),
            off_weekend: &[SUN_HOLIDAY, SHIFT_TWO],
            off_other: &[SUN_HOLIDAY, SHIFT_48, SHIFT_9],
            overtime: (0, 8),
        },
        Pattern::Visit => PatternData {
            full: &[("08:30", "17:30"), ("09:00", "18:00")],
            full_count: (1, 1),
            night: None,
            full_break: 60,
            part: &[
                ("09:00", "12:00"),
                ("13:00", "17:00"),
                ("08:00", "11:00"),
                ("17:00", "19:00"),
            ],
            part_days: (1, 5),
            off_weekend: &[WEEKENDS, SHIFT_TWO],
            off_other: &[SHIFT_TWO, SHIFT_9, SUN_HOLIDAY],
            overtime: (0, 10),
        },
        Pattern::Retail => PatternData {
            full: &[
                ("09:00", "18:00"),
                ("10:00", "19:00"),
                ("13:00", "22:00"),
                ("08:00", "17:00"),
                ("11:00", "20:00"),
            ],
            full_count: (1, 3),
            night: None,
            full_break: 60,
            part: &[
                ("09:00", "13:00"),
                ("10:00", "15:00"),
                ("17:00", "21:00"),
                ("13:00", "17:00"),
                ("09:00", "14:00"),
                ("18:00", "22:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[SHIFT_TWO, SHIFT_9],
            off_other: &[SHIFT_9, SHIFT_8, SHIFT_48],
            overtime: (3, 15),
        },
        Pattern::Restaurant => PatternData {
            full: &[
                ("10:00", "19:00"),
                ("14:00", "23:00"),
                ("09:00", "18:00"),
                ("11:00", "20:00"),
            ],
            full_count: (1, 3),
            night: None,
            full_break: 60,
            part: &[
                ("11:00", "14:00"),
                ("17:00", "22:00"),
                ("10:00", "15:00"),
                ("18:00", "23:00"),
                ("11:00", "15:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[SHIFT_TWO, SHIFT_9],
            off_other: &[SHIFT_9, SHIFT_8, WED_SUN],
            overtime: (5, 20),
        },
        Pattern::Hotel => PatternData {
            full: &[("07:00", "16:00"), ("13:00", "22:00"), ("09:00", "18:00")],
            full_count: (1, 3),
            night: Some((("21:00", "09:00"), 30)),
            full_break: 60,
            part: &[
                ("07:00", "10:00"),
                ("10:00", "15:00"),
                ("16:00", "21:00"),
                ("09:00", "14:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[SHIFT_TWO, SHIFT_9],
            off_other: &[SHIFT_9, SHIFT_8],
            overtime: (3, 15),
        },
        Pattern::Kitchen => PatternData {
            full: &[
                ("06:00", "15:00"),
                ("08:00", "17:00"),
                ("10:00", "19:00"),
                ("07:00", "16:00"),
            ],
            full_count: (1, 2),
            night: None,
            full_break: 60,
            part: &[
                ("09:00", "14:00"),
                ("06:00", "10:00"),
                ("15:00", "19:00"),
                ("10:00", "14:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[WEEKENDS, SHIFT_TWO],
            off_other: &[SHIFT_TWO, SHIFT_9, SHIFT_48],
            overtime: (0, 8),
        },
        Pattern::Factory => PatternData {
            full: &[("08:00", "17:00"), ("08:30", "17:30"), ("08:15", "17:00")],
            full_count: (1, 1),
            night: Some((("20:00", "05:00"), 30)),
            full_break: 60,
            part: &[
                ("09:00", "16:00"),
                ("09:00", "15:00"),
                ("08:30", "14:30"),
                ("13:00", "17:00"),
                ("09:00", "13:00"),
            ],
            part_days: (3, 5),
            off_weekend: &[CALENDAR, WEEKENDS, WEEKENDS_NOTE],
            off_other: &[CALENDAR, CALENDAR_SAT, SAT_ALTERNATE],
            overtime: (5, 25),
        },
        Pattern::Logistics => PatternData {
            full: &[("08:00", "17:00"), ("09:00", "18:00"), ("06:00", "15:00")],
            full_count: (1, 2),
            night: Some((("22:00", "07:00"), 25)),
            full_break: 60,
            part: &[
                ("09:00", "14:00"),
                ("13:00", "17:00"),
                ("18:00", "22:00"),
                ("06:00", "10:00"),
                ("09:00", "16:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[CALENDAR, WEEKENDS, SHIFT_TWO],
            off_other: &[SHIFT_TWO, SHIFT_9, CALENDAR_SAT],
            overtime: (5, 25),
        },
        Pattern::Driver => PatternData {
            full: &[
                ("06:00", "15:00"),
                ("05:00", "14:00"),
                ("08:00", "17:00"),
                ("04:00", "13:00"),
                ("07:00", "16:00"),
            ],
            full_count: (1, 2),
            night: Some((("22:00", "07:00"), 20)),
            full_break: 60,
            part: &[
                ("08:00", "12:00"),
                ("14:00", "18:00"),
                ("07:30", "10:30"),
                ("15:00", "18:30"),
            ],
            part_days: (2, 5),
            off_weekend: &[CALENDAR, SUN_HOLIDAY, SHIFT_TWO],
            off_other: &[SUN_HOLIDAY, SHIFT_9, SHIFT_8, CALENDAR_SAT],
            overtime: (15, 40),
        },
        Pattern::Construction => PatternData {
            full: &[("08:00", "17:00"), ("08:00", "17:30"), ("07:30", "17:00")],
            full_count: (1, 1),
            night: None,
            full_break: 90,
            part: &[("08:00", "15:00"), ("08:00", "12:00"), ("09:00", "16:00")],
            part_days: (2, 5),
            off_weekend: &[CALENDAR, CONSTRUCTION, WEEKENDS],
            off_other: &[CONSTRUCTION, SUNDAY_ONLY, CALENDAR_SAT],
            overtime: (5, 25),
        },
        Pattern::Security => PatternData {
            full: &[("08:00", "17:00"), ("08:30", "17:30"), ("09:00", "18:00")],
            full_count: (1, 2),
            night: Some((("17:00", "08:00"), 40)),
            full_break: 60,
            part: &[
                ("08:00", "17:00"),
                ("17:00", "22:00"),
                ("09:00", "15:00"),
                ("08:00", "12:00"),
            ],
            part_days: (2, 4),
            off_weekend: &[SHIFT_TWO, WEEKENDS],
            off_other: &[SHIFT_9, SHIFT_8, SHIFT_48],
            overtime: (5, 20),
        },
        Pattern::Cleaning => PatternData {
            full: &[("07:00", "16:00"), ("08:00", "17:00"), ("08:30", "17:30")],
            full_count: (1, 1),
            night: None,
            full_break: 60,
            part: &[
                ("06:00", "09:00"),
                ("07:00", "11:00"),
                ("09:00", "12:00"),
                ("17:00", "20:00"),
                ("08:00", "12:00"),
                ("13:00", "17:00"),
            ],
            part_days: (3, 6),
            off_weekend: &[WEEKENDS, CALENDAR],
            off_other: &[SHIFT_TWO, SHIFT_9, SUN_HOLIDAY],
            overtime: (0, 10),
        },
        Pattern::School => PatternData {
            full: &[
                ("07:30", "16:30"),
                ("08:30", "17:30"),
                ("09:30", "18:30"),
                ("08:15", "17:00"),
            ],
            full_count: (1, 3),
            night: None,
            full_break: 60,
            part: &[
                ("08:30", "12:30"),
                ("13:00", "18:00"),
                ("15:00", "19:00"),
                ("07:30", "10:30"),
                ("09:00", "15:00"),
            ],
            part_days: (2, 5),
            off_weekend: &[WEEKENDS, SCHOOL],
            off_other: &[SCHOOL, SUN_HOLIDAY],
            overtime: (3, 12),
        },
        Pattern::Cram => PatternData {
            full: &[("13:00", "22:00"), ("12:30", "21:30"), ("14:00", "22:30")],
            full_count: (1, 1),
            night: None,
            full_break: 60,
            part: &[
                ("16:00", "22:00"),
                ("17:00", "21:30"),
                ("15:00", "20:00"),
                ("18:00", "21:00"),
            ],
            part_days: (1, 5),
            off_weekend: &[SUN_HOLIDAY, WED_SUN],
            off_other: &[SUN_HOLIDAY, WED_SUN, SHIFT_TWO],
            overtime: (5, 20),
        },
        Pattern::Farm => PatternData {
            full: &[("08:00", "17:00"), ("07:00", "16:00"), ("06:00", "15:00")],
            full_count: (1, 1),
            night: None,
            full_break: 90,
            part: &[
                ("08:00", "12:00"),
                ("13:00", "17:00"),
                ("08:00", "15:00"),
                ("09:00", "14:00"),
            ],
            part_days: (2, 6),
            off_weekend: &[SUN_HOLIDAY, FARM],
            off_other: &[FARM, SUNDAY_ONLY, SHIFT_8],
            overtime: (0, 15),
        },
        Pattern::Station => PatternData {
            full: &[("07:00", "16:00"), ("13:00", "22:00"), ("09:00", "18:00")],
            full_count: (2, 3),
            night: Some((("21:00", "07:00"), 50)),
            full_break: 60,
            part: &[("06:00", "10:00"), ("16:00", "21:00"), ("09:00", "15:00")],
            part_days: (2, 5),
            off_weekend: &[SHIFT_TWO, SHIFT_9],
            off_other: &[SHIFT_9, SHIFT_48],
            overtime: (5, 20),
        },
    }
}

/// What the rest of the posting needs to know about the hours.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HoursFacts {
    pub night: bool,
    /// Typical weekly working minutes.
    pub weekly_minutes: u32,
}

fn minutes(time: &str) -> u32 {
    let (h, m) = time.split_once(':').unwrap_or(("0", "0"));
    h.parse::<u32>().unwrap_or(0) * 60 + m.parse::<u32>().unwrap_or(0)
}

/// Gross length of a shift in minutes (over midnight when the end is not after the start).
pub(crate) fn span(start: &str, end: &str) -> u32 {
    let (s, e) = (minutes(start), minutes(end));
    if e > s {
        e - s
    } else {
        e + 24 * 60 - s
    }
}

/// The legal minimum break for a gross span, with the break itself taken out of the span.
fn legal_break(gross: u32) -> u32 {
    if gross > 8 * 60 + 45 {
        60
    } else if gross > 6 * 60 {
        45
    } else {
        0
    }
}

/// The hours of a posting.
pub(crate) fn hours(
    dice: &mut Dice,
    pattern: Pattern,
    style: WorkStyle,
    weekend_calendar: bool,
) -> (HoursSection, HoursFacts) {
    let data = data(pattern);
    let days_off = if weekend_calendar {
        dice.pick(data.off_weekend, WEEKENDS)
    } else {
        dice.pick(data.off_other, SHIFT_TWO)
    };
    let mut night = false;
    let (shifts, break_minutes, days_per_week, overtime, weekly) = match style {
        WorkStyle::FullTime => {
            let count = dice.between(data.full_count.0 as u32, data.full_count.1 as u32) as usize;
            let mut picked: Vec<(&str, &str)> = dice
                .distinct(data.full.len(), count)
                .into_iter()
                .map(|i| data.full[i])
                .collect();
            picked.sort_by_key(|(start, _)| minutes(start));
            if let Some((shift, percent)) = data.night {
                if dice.chance(percent) {
                    picked.push(shift);
                    night = true;
                }
            }
            let day_span = picked
                .iter()
                .filter(|(s, e)| minutes(e) > minutes(s))
                .map(|(s, e)| span(s, e))
                .max()
                .unwrap_or(9 * 60);
            let mut brk = u32::from(data.full_break).max(legal_break(day_span));
            if night {
                brk = brk.max(120);
            }
            // Keep the day shift within 8 working hours.
            brk = brk.max(day_span.saturating_sub(8 * 60));
            let daily = day_span.saturating_sub(brk).min(8 * 60);
            let overtime = dice.between(data.overtime.0, data.overtime.1);
            (picked, brk, None, overtime, daily * 5)
        }
        WorkStyle::PartTime => {
            let count = if dice.chance(30) { 2 } else { 1 };
            let mut picked: Vec<(&str, &str)> = dice
                .distinct(data.part.len(), count)
                .into_iter()
                .map(|i| data.part[i])
                .collect();
            picked.sort_by_key(|(start, _)| minutes(start));
            let longest = picked
                .iter()
                .map(|(s, e)| span(s, e))
                .max()
                .unwrap_or(4 * 60);
            let brk = legal_break(longest);
            let days = dice.between(data.part_days.0, data.part_days.1);
            let daily = longest - brk;
            let overtime = dice.between(0, 3);
            (picked, brk, Some(days), overtime, daily * days)
        }
    };
    let rotating = shifts.len() > 1 || days_off.text.starts_with("シフト");
    let section = HoursSection {
        shifts: shifts
            .into_iter()
            .map(|(start, end)| Shift {
                start: start.to_owned(),
                end: end.to_owned(),
            })
            .collect(),
        rotating,
        overtime_hours: u16::try_from(overtime).unwrap_or(0),
        break_minutes: u16::try_from(break_minutes).unwrap_or(60),
        days_per_week: days_per_week.and_then(|d| u8::try_from(d).ok()),
        days_off: days_off.text.to_owned(),
        weekends_off: days_off.weekends,
        two_days_off: days_off.two,
        annual_holidays: u16::try_from(dice.between(
            u32::from(days_off.holidays.0),
            u32::from(days_off.holidays.1),
        ))
        .unwrap_or(105),
    };
    (
        section,
        HoursFacts {
            night,
            weekly_minutes: weekly,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: &[Pattern] = &[
        Pattern::Office,
        Pattern::Clinic,
        Pattern::Care24,
        Pattern::Day,
        Pattern::Visit,
        Pattern::Retail,
        Pattern::Restaurant,
        Pattern::Hotel,
        Pattern::Kitchen,
        Pattern::Factory,
        Pattern::Logistics,
        Pattern::Driver,
        Pattern::Construction,
        Pattern::Security,
        Pattern::Cleaning,
        Pattern::School,
        Pattern::Cram,
        Pattern::Farm,
        Pattern::Station,
    ];

    #[test]
    fn days_off_are_consistent() {
        for &pattern in ALL {
            let d = data(pattern);
            for o in d.off_weekend.iter().chain(d.off_other) {
                assert!(o.holidays.0 >= 90 && o.holidays.1 <= 125 && o.holidays.0 <= o.holidays.1);
                if o.weekends {
                    assert_eq!(o.two, TwoDaysOff::EveryWeek);
                    assert!(o.holidays.0 >= 120);
                    assert!(o.text.starts_with("土 日 祝日"));
                }
                if o.two == TwoDaysOff::None {
                    assert!(o.holidays.1 <= 100);
                }
            }
            for (s, e) in d.full.iter().chain(d.part) {
                assert!(minutes(e) > minutes(s), "{s}-{e} is a day shift");
            }
        }
    }

    #[test]
    fn breaks_meet_the_law() {
        let mut dice = Dice::new(5, crate::dice::Stream::Job, 0);
        for &pattern in ALL {
            for style in [WorkStyle::FullTime, WorkStyle::PartTime] {
                for weekend in [true, false] {
                    for _ in 0..20 {
                        let (h, facts) = hours(&mut dice, pattern, style, weekend);
                        assert!(!h.shifts.is_empty());
                        for shift in &h.shifts {
                            let gross = span(&shift.start, &shift.end);
                            let work = gross.saturating_sub(u32::from(h.break_minutes));
                            if work > 8 * 60 && !facts.night {
                                panic!("{pattern:?} {shift:?} {}", h.break_minutes);
                            }
                            if work > 6 * 60 {
                                assert!(h.break_minutes >= 45, "{pattern:?} {shift:?}");
                            }
                        }
                        assert_eq!(style == WorkStyle::PartTime, h.days_per_week.is_some());
                        assert!((90..=125).contains(&h.annual_holidays));
                    }
                }
            }
        }
    }
}
