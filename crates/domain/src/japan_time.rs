//! Japan's time and dates: Hello Work's days are Japan days, and Japan has no daylight saving
//! time, so JST is always UTC+9. The service keeps instants in UTC; these turn them into Japan
//! dates and back, and write a date as Japanese text.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

/// JST − UTC.
pub const JST_OFFSET: TimeDelta = TimeDelta::hours(9);

/// The Japan date of a UTC time.
pub fn japan_date(utc: NaiveDateTime) -> NaiveDate {
    (utc + JST_OFFSET).date()
}

/// The UTC instant a Japan date starts.
pub fn japan_day_start(day: NaiveDate) -> NaiveDateTime {
    day.and_time(NaiveTime::MIN) - JST_OFFSET
}

/// `2027年1月31日`.
pub fn japanese_date(day: NaiveDate) -> String {
    format!("{}年{}月{}日", day.year(), day.month(), day.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_japan_day_starts_at_fifteen_utc_the_day_before() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let start = japan_day_start(day);
        assert_eq!(start.to_string(), "2026-11-24 15:00:00");
        assert_eq!(japan_date(start), day);
        assert_eq!(
            japan_date(start - TimeDelta::seconds(1)),
            day.pred_opt().unwrap()
        );
        assert_eq!(japanese_date(day), "2026年11月25日");
    }
}
