//! Validity dates: a posting's 紹介期限日 and a seeker's registration, both "the end of the
//! month after next" (翌々月末日) from the date they start.

use chrono::{Datelike, Months, NaiveDate};

/// The last day of the month two months after `date` (翌々月末日).
pub fn end_of_month_after_next(date: NaiveDate) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    first
        .checked_add_months(Months::new(3))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// 紹介期限日 of a posting accepted on `received_on`. New-graduate postings run to 31 March
/// following the acceptance (the end of the school year they recruit for).
pub fn referral_deadline(received_on: NaiveDate, new_graduate: bool) -> NaiveDate {
    if new_graduate {
        let year = if received_on.month() <= 3 {
            received_on.year()
        } else {
            received_on.year() + 1
        };
        NaiveDate::from_ymd_opt(year, 3, 31).unwrap_or(NaiveDate::MAX)
    } else {
        end_of_month_after_next(received_on)
    }
}

/// 紹介期限日 of a 新卒・既卒 posting: 31 March of the graduation year.
pub fn new_graduate_deadline(graduation_year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(graduation_year, 3, 31).unwrap_or(NaiveDate::MAX)
}

/// A posting's deadline after its one allowed extension by a month (to that month's end).
pub fn extended_deadline(deadline: NaiveDate) -> NaiveDate {
    let first = deadline.with_day(1).unwrap_or(deadline);
    first
        .checked_add_months(Months::new(2))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// Whether a posting is still open for referrals on `today`.
pub fn is_within_deadline(deadline: NaiveDate, today: NaiveDate) -> bool {
    today <= deadline
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn end_of_month_after_next_examples() {
        assert_eq!(end_of_month_after_next(d(2026, 11, 25)), d(2027, 1, 31));
        assert_eq!(end_of_month_after_next(d(2026, 12, 1)), d(2027, 2, 28));
        assert_eq!(end_of_month_after_next(d(2027, 12, 31)), d(2028, 2, 29));
        assert_eq!(end_of_month_after_next(d(2026, 1, 31)), d(2026, 3, 31));
    }

    #[test]
    fn new_graduate_postings_run_to_march() {
        assert_eq!(referral_deadline(d(2026, 6, 1), true), d(2027, 3, 31));
        assert_eq!(referral_deadline(d(2027, 2, 10), true), d(2027, 3, 31));
        assert_eq!(referral_deadline(d(2026, 6, 1), false), d(2026, 8, 31));
    }

    #[test]
    fn extension_adds_one_month() {
        assert_eq!(extended_deadline(d(2027, 1, 31)), d(2027, 2, 28));
        assert_eq!(extended_deadline(d(2026, 8, 31)), d(2026, 9, 30));
    }

    proptest::proptest! {
        /// 翌々月末日 is the last day of the month two months on, whatever the day, month
        /// length or leap year; the extension lands on the last day of the month after.
        #[test]
        fn deadlines_are_month_ends_two_months_on(days in 0i64..36_500) {
            let start = d(2000, 1, 1) + chrono::TimeDelta::days(days);
            let deadline = end_of_month_after_next(start);
            let months = (deadline.year() - start.year()) * 12 + deadline.month() as i32
                - start.month() as i32;
            proptest::prop_assert_eq!(months, 2);
            proptest::prop_assert_eq!(deadline.succ_opt().unwrap().day(), 1);
            proptest::prop_assert!(deadline > start);
            let extended = extended_deadline(deadline);
            proptest::prop_assert_eq!(extended.succ_opt().unwrap().day(), 1);
            proptest::prop_assert_eq!(
                (extended.year() - deadline.year()) * 12 + extended.month() as i32
                    - deadline.month() as i32,
                1
            );
            proptest::prop_assert!(is_within_deadline(deadline, deadline));
            proptest::prop_assert!(!is_within_deadline(deadline, deadline.succ_opt().unwrap()));
        }

        /// New-graduate postings run to 31 March, never before the day they start.
        #[test]
        fn new_graduate_deadlines_are_the_coming_31_march(days in 0i64..36_500) {
            let start = d(2000, 1, 1) + chrono::TimeDelta::days(days);
            let deadline = referral_deadline(start, true);
            proptest::prop_assert_eq!((deadline.month(), deadline.day()), (3, 31));
            proptest::prop_assert!(deadline >= start);
            proptest::prop_assert!(deadline - start < chrono::TimeDelta::days(366));
            proptest::prop_assert_eq!(new_graduate_deadline(deadline.year()), deadline);
        }
    }
}
