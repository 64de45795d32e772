//! Expiry reminders, which Hello Work does not send: a job seeker is told
//! [`EXPIRY_WARNING_DAYS`] and [`LAST_WARNING_DAYS`] days before their registration's last valid
//! day, and an employer likewise before a published posting's 紹介期限日, each once per stage
//! (on the device as an OS notice, and by mail), with the way to extend it.

use chrono::{Datelike, NaiveDate};
use shigoto_i18n::Catalogue;
use shigoto_shared::{Reminder, ReminderKind};

use crate::seeking::EXPIRY_WARNING_DAYS;

/// The second, last warning: this many days before the last day.
pub const LAST_WARNING_DAYS: u64 = 3;

/// How close the end is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// From [`EXPIRY_WARNING_DAYS`] days before.
    TwoWeeks,
    /// From [`LAST_WARNING_DAYS`] days before, up to the last day.
    LastDays,
}

impl Stage {
    fn key(self) -> u64 {
        match self {
            Stage::TwoWeeks => EXPIRY_WARNING_DAYS,
            Stage::LastDays => LAST_WARNING_DAYS,
        }
    }
}

/// Days from `today` to the last day `ends_on` (0 on the day itself), if it has not passed.
pub fn days_left(ends_on: NaiveDate, today: NaiveDate) -> Option<u64> {
    u64::try_from((ends_on - today).num_days()).ok()
}

/// The stage on `today` of something ending on `ends_on`: none when far off or passed.
pub fn stage_on(ends_on: NaiveDate, today: NaiveDate) -> Option<Stage> {
    match days_left(ends_on, today)? {
        left if left <= LAST_WARNING_DAYS => Some(Stage::LastDays),
        left if left <= EXPIRY_WARNING_DAYS => Some(Stage::TwoWeeks),
        _ => None,
    }
}

/// What may be reminded of on `day`: whatever ends from that day to
/// [`EXPIRY_WARNING_DAYS`] days after it (both included).
pub fn window_from(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        day,
        day.checked_add_days(chrono::Days::new(EXPIRY_WARNING_DAYS))
            .unwrap_or(day),
    )
}

/// The stage a reminder was made in.
pub fn stage_of(reminder: &Reminder) -> Stage {
    if reminder.days_left <= LAST_WARNING_DAYS {
        Stage::LastDays
    } else {
        Stage::TwoWeeks
    }
}

/// What a reminder is told once under (per account): what ends, when, and the stage. A new
/// last day (extended) is a new subject.
pub fn told_key(reminder: &Reminder) -> String {
    let stage = stage_of(reminder);
    let subject = match reminder.kind {
        ReminderKind::Registration => "registration",
        ReminderKind::Posting => reminder.job_number.as_deref().unwrap_or_default(),
    };
    format!("{subject}:{}:{}", reminder.ends_on, stage.key())
}

/// The reminder of a registration ending on `valid_until`, when one is due on `today`.
pub fn registration(valid_until: NaiveDate, today: NaiveDate) -> Option<Reminder> {
    stage_on(valid_until, today)?;
    Some(Reminder {
        kind: ReminderKind::Registration,
        ends_on: valid_until,
        days_left: days_left(valid_until, today)?,
        job_number: None,
        title: None,
        posting_id: None,
        can_extend: false,
    })
}

/// The reminder of the posting `posting_id` (求人番号 `job_number`, 職種 `title`) whose
/// 紹介期限日 is `deadline`, when one is due on `today`; `extended` says whether its one
/// extension was used.
pub fn posting(
    (posting_id, job_number, title): (i64, &str, &str),
    deadline: NaiveDate,
    extended: bool,
    today: NaiveDate,
) -> Option<Reminder> {
    stage_on(deadline, today)?;
    Some(Reminder {
        kind: ReminderKind::Posting,
        ends_on: deadline,
        days_left: days_left(deadline, today)?,
        job_number: Some(job_number.to_owned()),
        title: Some(title.to_owned()),
        posting_id: Some(posting_id),
        can_extend: !extended,
    })
}

/// The reminder's notice (OS notice and mail) in `t`'s language: a title and a line.
pub fn notice_text(t: &Catalogue, reminder: &Reminder) -> (String, String) {
    let ends_on = reminder.ends_on;
    let when = t.t_with(
        "reminder-when",
        &[
            (
                "date",
                t.date(ends_on.year(), ends_on.month(), ends_on.day())
                    .into(),
            ),
            ("days", reminder.days_left.into()),
        ],
    );
    match reminder.kind {
        ReminderKind::Registration => (
            t.t("reminder-registration-title"),
            t.t_with("reminder-registration-line", &[("when", when.into())]),
        ),
        ReminderKind::Posting => {
            let extend = if reminder.can_extend {
                "reminder-posting-can-extend"
            } else {
                "reminder-posting-extended"
            };
            (
                t.t("reminder-posting-title"),
                t.t_with(
                    "reminder-posting-line",
                    &[
                        (
                            "title",
                            reminder.title.as_deref().unwrap_or_default().into(),
                        ),
                        (
                            "number",
                            reminder.job_number.as_deref().unwrap_or_default().into(),
                        ),
                        ("when", when.into()),
                        ("extend", t.t(extend).into()),
                    ],
                ),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_i18n::{catalogue, Lang};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn stages_start_fourteen_and_three_days_before() {
        let end = d(2027, 1, 31);
        assert_eq!(stage_on(end, d(2027, 1, 16)), None);
        assert_eq!(stage_on(end, d(2027, 1, 17)), Some(Stage::TwoWeeks));
        assert_eq!(stage_on(end, d(2027, 1, 27)), Some(Stage::TwoWeeks));
        assert_eq!(stage_on(end, d(2027, 1, 28)), Some(Stage::LastDays));
        assert_eq!(stage_on(end, end), Some(Stage::LastDays));
        assert_eq!(stage_on(end, d(2027, 2, 1)), None, "passed");
    }

    #[test]
    fn each_stage_and_each_last_day_is_told_apart() {
        let due = registration(d(2027, 1, 31), d(2027, 1, 17)).unwrap();
        assert_eq!(due.days_left, 14);
        let first = told_key(&due);
        let later = registration(d(2027, 1, 31), d(2027, 1, 27)).unwrap();
        assert_eq!(first, told_key(&later), "one notice a stage");
        let last = registration(d(2027, 1, 31), d(2027, 1, 29)).unwrap();
        assert_ne!(first, told_key(&last));
        let extended = registration(d(2027, 2, 28), d(2027, 2, 14)).unwrap();
        assert_ne!(first, told_key(&extended));
        let posting = posting(
            (7, "13010-00000001", "事務"),
            d(2027, 1, 31),
            true,
            d(2027, 1, 29),
        );
        let posting = posting.unwrap();
        assert!(!posting.can_extend);
        assert_eq!(told_key(&posting), "13010-00000001:2027-01-31:3");
        let (_, line) = notice_text(catalogue(Lang::Ja), &posting);
        assert_eq!(
            line,
            "事務（求人番号 13010-00000001）の紹介期限日は2027年1月31日（あと2日）です。延長済みのため、続けて募集するには新しく申し込んでください。"
        );
        let (title, line) = notice_text(catalogue(Lang::En), &posting);
        assert_eq!(title, "Referral deadline");
        assert!(line.contains("31 January 2027 (2 days left)"), "{line}");
    }
}
