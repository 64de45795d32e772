//! 求職状態: whether a job seeker's registration is 有効 on a day, how activity in its last
//! month extends it, when it is worth a warning, and how a lapsed one is switched back to 有効.
//!
//! A registration is valid to 申込日の翌々月末日 ([`crate::account::registration_valid_until`]).
//! Counselling, a referral or an online self-application in its last month (the calendar month
//! of its last valid day) carries it one month further, to the end of the next month. Once it
//! has lapsed the seeker can switch it back online (求職有効 → 完了) while the lapse is recent:
//! up to [`ONLINE_SWITCH_MONTHS`] calendar months after the month it ran out. After that the
//! seeker's situation has probably changed (address, conditions, work found), so the switch is
//! refused with 「最寄りのハローワークまで来所ください」 and a counselor reactivates it at the
//! counter. Either way it then runs 翌々月末日 from the day of the switch. All dates are Japan
//! dates.

use chrono::{Datelike, Months, NaiveDate};
use shigoto_i18n::Text;
use shigoto_shared::{JobSeekingState, RegistrationStatus, SeekingStatus};
use thiserror::Error;

use crate::validity;

/// How many calendar months after the month a registration ran out it can still be switched
/// back to 有効 online.
pub const ONLINE_SWITCH_MONTHS: u32 = 2;

/// How many days before its last valid day the seeker is warned that it ends.
pub const EXPIRY_WARNING_DAYS: u64 = 14;

/// 求職状態 on `today` of a registration in `status` valid to `valid_until`: only a 本登録
/// within its validity is 有効.
pub fn state_on(
    status: RegistrationStatus,
    valid_until: NaiveDate,
    today: NaiveDate,
) -> JobSeekingState {
    if status == RegistrationStatus::Registered && today <= valid_until {
        JobSeekingState::Valid
    } else {
        JobSeekingState::Invalid
    }
}

/// 求職状態 on `today` as the seeker's MyPage shows it.
pub fn status_on(
    status: RegistrationStatus,
    valid_until: NaiveDate,
    today: NaiveDate,
) -> SeekingStatus {
    let state = state_on(status, valid_until, today);
    SeekingStatus {
        state,
        valid_until,
        expires_soon: state == JobSeekingState::Valid && expires_soon(valid_until, today),
        can_switch_online: switch_online(status, valid_until, today).is_ok(),
    }
}

/// The last day of the month of `date`.
fn end_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|next| next.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// Whether `day` falls in the last month of a registration valid to `valid_until` (the
/// calendar month of that day, up to and including it).
pub fn in_last_month(valid_until: NaiveDate, day: NaiveDate) -> bool {
    day <= valid_until && (day.year(), day.month()) == (valid_until.year(), valid_until.month())
}

/// The validity after an activity (counselling, a referral, an online self-application) on
/// `day`: one month further, to the end of the next month, when `day` is in the last month;
/// otherwise unchanged. Never shortens it.
pub fn after_activity(valid_until: NaiveDate, day: NaiveDate) -> NaiveDate {
    if !in_last_month(valid_until, day) {
        return valid_until;
    }
    valid_until
        .with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .map(end_of_month)
        .unwrap_or(valid_until)
}

/// Whether the seeker should be told on `today` that the registration ends soon: from
/// [`EXPIRY_WARNING_DAYS`] days before its last valid day up to that day.
pub fn expires_soon(valid_until: NaiveDate, today: NaiveDate) -> bool {
    today <= valid_until
        && valid_until
            .checked_sub_days(chrono::Days::new(EXPIRY_WARNING_DAYS))
            .is_none_or(|from| today >= from)
}

/// The last day a registration that ran out after `valid_until` can be switched back online.
pub fn online_switch_deadline(valid_until: NaiveDate) -> NaiveDate {
    valid_until
        .with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(ONLINE_SWITCH_MONTHS)))
        .map(end_of_month)
        .unwrap_or(NaiveDate::MAX)
}

/// Why 求職有効 was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum SwitchRefused {
    #[error("already valid")]
    AlreadyValid,
    #[error("seeker not registered")]
    NotRegistered,
    #[error("lapsed too long ago to switch online")]
    LapsedTooLongAgo,
}

impl SwitchRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::AlreadyValid => Text::new("rules-switch-already-valid"),
            Self::NotRegistered => Text::new("rules-switch-not-registered"),
            Self::LapsedTooLongAgo => Text::new("rules-switch-lapsed"),
        }
    }
}

/// 求職有効 → 完了 on `today`: the new last valid day (翌々月末日 from today), or why the
/// switch must be made at the office or is not needed.
pub fn switch_online(
    status: RegistrationStatus,
    valid_until: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, SwitchRefused> {
    if status != RegistrationStatus::Registered {
        return Err(SwitchRefused::NotRegistered);
    }
    if today <= valid_until {
        return Err(SwitchRefused::AlreadyValid);
    }
    if today > online_switch_deadline(valid_until) {
        return Err(SwitchRefused::LapsedTooLongAgo);
    }
    Ok(validity::end_of_month_after_next(today))
}

/// A counselor reactivates a lapsed registration at the counter on `today`, however long ago it
/// ran out: valid to 翌々月末日 from today.
pub fn reactivate_at_office(today: NaiveDate) -> NaiveDate {
    validity::end_of_month_after_next(today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::registration_valid_until;
    use proptest::prelude::*;
    use RegistrationStatus::{Lapsed, Provisional, Registered};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn only_a_registration_within_its_validity_is_valid() {
        let until = d(2027, 1, 31);
        assert_eq!(
            state_on(Registered, until, d(2027, 1, 31)),
            JobSeekingState::Valid
        );
        assert_eq!(
            state_on(Registered, until, d(2027, 2, 1)),
            JobSeekingState::Invalid
        );
        for status in [Provisional, Lapsed] {
            assert_eq!(
                state_on(status, until, d(2026, 12, 1)),
                JobSeekingState::Invalid
            );
        }
    }

    #[test]
    fn activity_in_the_last_month_carries_it_to_the_next_months_end() {
        // Applied 25 November: valid to 31 January; January is the last month.
        let until = registration_valid_until(d(2026, 11, 25));
        assert_eq!(until, d(2027, 1, 31));
        assert_eq!(after_activity(until, d(2026, 12, 31)), until, "too early");
        assert_eq!(after_activity(until, d(2027, 1, 1)), d(2027, 2, 28));
        assert_eq!(after_activity(until, d(2027, 1, 31)), d(2027, 2, 28));
        assert_eq!(after_activity(until, d(2027, 2, 1)), until, "lapsed");
        // Into a leap February, and from a 30-day month into a 31-day one.
        assert_eq!(
            after_activity(d(2028, 1, 31), d(2028, 1, 5)),
            d(2028, 2, 29)
        );
        assert_eq!(
            after_activity(d(2027, 4, 30), d(2027, 4, 30)),
            d(2027, 5, 31)
        );
        assert_eq!(
            after_activity(d(2026, 12, 31), d(2026, 12, 24)),
            d(2027, 1, 31)
        );
    }

    #[test]
    fn the_warning_starts_two_weeks_before_the_last_day() {
        let until = d(2027, 1, 31);
        assert!(!expires_soon(until, d(2027, 1, 16)));
        assert!(expires_soon(until, d(2027, 1, 17)));
        assert!(expires_soon(until, until));
        assert!(!expires_soon(until, d(2027, 2, 1)), "lapsed: no warning");
    }

    #[test]
    fn a_recent_lapse_is_switched_online_and_an_old_one_at_the_office() {
        let until = d(2027, 1, 31);
        assert_eq!(
            switch_online(Registered, until, d(2027, 1, 20)),
            Err(SwitchRefused::AlreadyValid)
        );
        assert_eq!(
            switch_online(Registered, until, d(2027, 2, 1)),
            Ok(d(2027, 4, 30))
        );
        assert_eq!(online_switch_deadline(until), d(2027, 3, 31));
        assert_eq!(
            switch_online(Registered, until, d(2027, 3, 31)),
            Ok(d(2027, 5, 31))
        );
        assert_eq!(
            switch_online(Registered, until, d(2027, 4, 1)),
            Err(SwitchRefused::LapsedTooLongAgo)
        );
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        assert!(ja
            .text(&SwitchRefused::LapsedTooLongAgo.text())
            .contains("最寄りのハローワークまで来所ください"));
        assert_eq!(
            switch_online(Provisional, until, d(2027, 2, 1)),
            Err(SwitchRefused::NotRegistered)
        );
        assert_eq!(reactivate_at_office(d(2027, 9, 15)), d(2027, 11, 30));
    }

    #[test]
    fn the_status_says_what_the_seeker_can_do() {
        let until = d(2027, 1, 31);
        let on = |status, day| status_on(status, until, day);
        assert!(!on(Registered, d(2027, 1, 10)).expires_soon);
        let ending = on(Registered, d(2027, 1, 20));
        assert_eq!(ending.state, JobSeekingState::Valid);
        assert!(ending.expires_soon && !ending.can_switch_online);
        let lapsed = on(Registered, d(2027, 2, 10));
        assert_eq!(lapsed.state, JobSeekingState::Invalid);
        assert!(lapsed.can_switch_online && !lapsed.expires_soon);
        assert!(!on(Registered, d(2027, 4, 1)).can_switch_online);
        assert!(!on(Provisional, d(2026, 12, 1)).can_switch_online);
    }

    fn any_day() -> impl Strategy<Value = NaiveDate> {
        (0u64..3_650).prop_map(|n| d(2025, 1, 1) + chrono::Days::new(n))
    }

    proptest! {
        #[test]
        fn an_activity_never_shortens_and_extends_at_most_a_month(
            applied in any_day(),
            offset in 0u64..120,
        ) {
            let until = registration_valid_until(applied);
            let day = applied + chrono::Days::new(offset);
            let after = after_activity(until, day);
            prop_assert!(after >= until);
            if after > until {
                prop_assert!(in_last_month(until, day));
                prop_assert_eq!(after, end_of_month(after));
                prop_assert!(after - until <= chrono::TimeDelta::days(31));
                prop_assert!(after - until >= chrono::TimeDelta::days(28));
                // Once extended, the same day is no longer in the last month.
                prop_assert_eq!(after_activity(after, day), after);
            }
        }

        #[test]
        fn a_switch_is_valid_the_day_it_is_made_and_never_shortens_the_old_validity(
            applied in any_day(),
            lapse in 1u64..200,
        ) {
            let until = registration_valid_until(applied);
            let today = until + chrono::Days::new(lapse);
            match switch_online(Registered, until, today) {
                Ok(new_until) => {
                    prop_assert!(today <= online_switch_deadline(until));
                    prop_assert_eq!(state_on(Registered, new_until, today), JobSeekingState::Valid);
                    prop_assert!(new_until > until);
                }
                Err(refused) => {
                    prop_assert_eq!(refused, SwitchRefused::LapsedTooLongAgo);
                    prop_assert!(today > online_switch_deadline(until));
                    prop_assert_eq!(
                        state_on(Registered, reactivate_at_office(today), today),
                        JobSeekingState::Valid
                    );
                }
            }
        }
    }
}
