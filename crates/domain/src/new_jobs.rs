//! New-job alerts (新着をお知らせ), which Hello Work does not have: a saved search marked for
//! them counts the open postings published after it was last run; the device tells of a count
//! it has not told yet; and a job seeker who asks for it gets one mail a day listing the
//! postings published the day before (Japan time) for those searches.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

use crate::japan_time::{japan_day_start, JST_OFFSET};

/// The hour (Japan time) from which the day's mails go (digests of new postings, expiry
/// reminders).
pub const DAILY_MAILS_HOUR_JST: u32 = 7;

/// Postings a digest lists by number and title for one saved search; more are counted.
pub const DIGEST_LISTED_PER_SEARCH: usize = 10;

/// Minutes between a device's checks of its saved searches' new postings.
pub const NEW_POSTINGS_CHECK_MINUTES: i64 = 10;

/// The Japan day whose daily mails are due at `now` (UTC): today once it is 07:00 in Japan,
/// else none (yesterday's went out yesterday).
pub fn daily_mails_due(now: NaiveDateTime) -> Option<NaiveDate> {
    let japan = now + JST_OFFSET;
    (japan.time() >= NaiveTime::from_hms_opt(DAILY_MAILS_HOUR_JST, 0, 0)?).then_some(japan.date())
}

/// The postings a digest sent on `day` lists: those published from the start of the day
/// before (Japan time) up to, not including, the start of `day`, as UTC bounds.
pub fn digest_window(day: NaiveDate) -> (NaiveDateTime, NaiveDateTime) {
    let start = japan_day_start(day);
    (start - TimeDelta::days(1), start)
}

/// Whether a device should tell of `count` new postings when it has told of `told` since the
/// same run: only when there are more than it told of.
pub fn worth_telling(count: u64, told: u64) -> bool {
    count > told
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::japan_time::japan_date;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_digest_is_due_from_seven_in_japan() {
        // 06:59 JST on the 25th is 21:59 UTC on the 24th.
        assert_eq!(daily_mails_due(at("2026-11-24 21:59")), None);
        assert_eq!(
            daily_mails_due(at("2026-11-24 22:00")),
            Some(day("2026-11-25"))
        );
        // 23:30 JST is still the same Japan day.
        assert_eq!(
            daily_mails_due(at("2026-11-25 14:30")),
            Some(day("2026-11-25"))
        );
        // 00:30 JST on the 26th: the 26th's is not due yet.
        assert_eq!(daily_mails_due(at("2026-11-25 15:30")), None);
    }

    #[test]
    fn the_window_is_the_japan_day_before() {
        let (from, until) = digest_window(day("2026-11-25"));
        assert_eq!(from, at("2026-11-23 15:00"));
        assert_eq!(until, at("2026-11-24 15:00"));
        assert_eq!(japan_date(from), day("2026-11-24"));
        assert_eq!(japan_date(until), day("2026-11-25"));
    }

    #[test]
    fn only_more_than_told_is_told() {
        assert!(!worth_telling(0, 0));
        assert!(worth_telling(3, 0));
        assert!(!worth_telling(3, 3));
        assert!(!worth_telling(2, 3));
        assert!(worth_telling(4, 3));
    }
}
