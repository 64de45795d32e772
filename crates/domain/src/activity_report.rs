//! 求職活動実績: the seeker's applications, referrals and counselling of a period, to copy into the
//! 失業認定申告書. A period runs from its first to its last day, both included, and spans at most
//! [`MAX_REPORT_DAYS`] days (a year: the longest benefit period anyone reports on); its lines are
//! in date order.

use chrono::NaiveDate;
use shigoto_i18n::Text;
use shigoto_shared::ActivityRecord;
use thiserror::Error;

/// The longest period one report covers, in days (both ends included).
pub const MAX_REPORT_DAYS: i64 = 366;

/// Why a period is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PeriodRefused {
    #[error("period ends before it starts")]
    Reversed,
    #[error("period too long")]
    TooLong,
}

impl PeriodRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::Reversed => Text::new("rules-period-reversed"),
            Self::TooLong => Text::new("rules-period-too-long").with("days", MAX_REPORT_DAYS),
        }
    }
}

/// Whether `from`–`to` is a period a report may cover.
pub fn check_period(from: NaiveDate, to: NaiveDate) -> Result<(), PeriodRefused> {
    if to < from {
        return Err(PeriodRefused::Reversed);
    }
    if (to - from).num_days() + 1 > MAX_REPORT_DAYS {
        return Err(PeriodRefused::TooLong);
    }
    Ok(())
}

/// The lines of `records` within `from`–`to`, oldest first (the same day: in the given order).
pub fn lines_of(
    mut records: Vec<ActivityRecord>,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<ActivityRecord> {
    records.retain(|record| from <= record.date && record.date <= to);
    records.sort_by_key(|record| record.date);
    records
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use shigoto_shared::{ActivityKind, ApplicationStatus};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn record(date: NaiveDate) -> ActivityRecord {
        ActivityRecord {
            date,
            kind: ActivityKind::SelfApplication,
            employer_name: "株式会社しごと商事".into(),
            job_number: "13010-00000001".into(),
            title: "受発注事務".into(),
            status: Some(ApplicationStatus::InProgress),
        }
    }

    #[test]
    fn a_period_is_in_order_and_at_most_a_year() {
        assert_eq!(check_period(d(2027, 1, 1), d(2027, 1, 1)), Ok(()));
        assert_eq!(check_period(d(2026, 1, 1), d(2026, 12, 31)), Ok(()));
        assert_eq!(
            check_period(d(2028, 1, 1), d(2028, 12, 31)),
            Ok(()),
            "leap year: 366 days"
        );
        assert_eq!(
            check_period(d(2026, 1, 1), d(2027, 1, 2)),
            Err(PeriodRefused::TooLong)
        );
        assert_eq!(
            check_period(d(2027, 1, 2), d(2027, 1, 1)),
            Err(PeriodRefused::Reversed)
        );
    }

    #[test]
    fn lines_are_those_of_the_period_oldest_first() {
        let lines = lines_of(
            vec![
                record(d(2027, 2, 1)),
                record(d(2027, 1, 31)),
                record(d(2027, 1, 1)),
                record(d(2026, 12, 31)),
            ],
            d(2027, 1, 1),
            d(2027, 1, 31),
        );
        let dates: Vec<_> = lines.iter().map(|l| l.date).collect();
        assert_eq!(dates, [d(2027, 1, 1), d(2027, 1, 31)]);
    }

    proptest! {
        #[test]
        fn every_line_kept_is_within_both_ends(offsets in proptest::collection::vec(-40i64..40, 0..30), span in 0i64..20) {
            let from = d(2027, 3, 1);
            let to = from + chrono::TimeDelta::days(span);
            let records: Vec<_> = offsets.iter().map(|o| record(from + chrono::TimeDelta::days(*o))).collect();
            let expected = records.iter().filter(|r| from <= r.date && r.date <= to).count();
            let lines = lines_of(records, from, to);
            prop_assert_eq!(lines.len(), expected);
            prop_assert!(lines.windows(2).all(|w| w[0].date <= w[1].date));
        }
    }
}
