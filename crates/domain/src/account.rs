//! Account rules: 求職番号, registration validity, 認証キー lifetime and tries, soft lockout,
//! session lifetimes and sign-in throttling. Numbers are Hello Work's where it has them.

use chrono::{Days, NaiveDate, TimeDelta};
use shigoto_i18n::Text;

use crate::validity;

/// Version of the terms of use and privacy policy the opening screens show; an account stores
/// the version it agreed to.
pub const TERMS_VERSION: &str = "2026-11";

/// A 認証キー is valid this long after it is sent.
pub const KEY_LIFETIME: TimeDelta = TimeDelta::minutes(50);
/// Wrong entries of a 認証キー before it is void.
pub const MAX_KEY_TRIES: i32 = 5;

/// How long a 認証キー lasts, as the screens say it under the key box.
pub fn key_lifetime_note() -> Text {
    Text::new("rules-key-lifetime").with("minutes", KEY_LIFETIME.num_minutes())
}

/// [`key_lifetime_note`], then `then` (the catalogue key of what to do once the key has run
/// out), as one text.
pub fn key_lifetime_note_then(then: &'static str) -> Text {
    Text::new("rules-key-lifetime-then")
        .with("minutes", KEY_LIFETIME.num_minutes())
        .with_key("then", then)
}
/// Digits of a 認証キー.
pub const KEY_DIGITS: usize = 8;

/// A session ends after this long without activity…
pub const SESSION_IDLE: TimeDelta = TimeDelta::minutes(60);
/// …and in any case this long after sign-in.
pub const SESSION_LIFETIME: TimeDelta = TimeDelta::hours(12);

/// The wrong password in a row that locks the account for a while.
pub const FREE_FAILURES: i32 = 5;
/// The longest lock.
pub const MAX_LOCK: TimeDelta = TimeDelta::minutes(60);

/// At most `limit` events per `window` for one bucket (a client, an address, an account).
/// Windows are fixed: the first event after a window has passed starts a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub limit: i32,
    pub window: TimeDelta,
}

/// Sign-in attempts one client (an IPv4 address or an IPv6 /64) may make: enough for an office
/// behind one address, far too few to guess passwords across accounts.
pub const SIGN_IN_PER_CLIENT: RateLimit = RateLimit {
    limit: 30,
    window: TimeDelta::minutes(10),
};
/// Sign-in attempts for one email address, whether or not it has an account (so the limit
/// tells nothing), from anywhere: parallel guesses cannot outrun the lockout.
pub const SIGN_IN_PER_ACCOUNT: RateLimit = RateLimit {
    limit: 10,
    window: TimeDelta::minutes(10),
};
/// 認証キー mailed to one address for one purpose. Past the limit the request is answered as
/// usual and nothing is sent, so the limit is no oracle and no mail bomb.
pub const KEY_ISSUES_PER_ADDRESS: RateLimit = RateLimit {
    limit: 5,
    window: TimeDelta::hours(1),
};
/// 認証キー requests from one client, whatever the address.
pub const KEY_ISSUES_PER_CLIENT: RateLimit = RateLimit {
    limit: 30,
    window: TimeDelta::hours(1),
};
/// Tries of 認証キー for one address and purpose across all its keys, right or wrong, so
/// that asking for new keys does not buy new guesses: with 8 digits, 15 tries a day give an
/// attacker a chance of about one in 6.7 million per day.
pub const KEY_TRIES_PER_ADDRESS: RateLimit = RateLimit {
    limit: 15,
    window: TimeDelta::hours(24),
};
/// The longest window of any limit: counters older than this can be deleted.
pub const LONGEST_LIMIT_WINDOW: TimeDelta = TimeDelta::hours(24);

/// Expired sessions, used or expired keys and old counters are deleted this long after they
/// stop mattering (kept a little for investigating incidents).
pub const PRUNE_AFTER: TimeDelta = TimeDelta::days(7);

/// How long an account stays locked after `failures` wrong passwords in a row: nothing before
/// the [`FREE_FAILURES`]th, then 1 minute, doubling with each further failure up to
/// [`MAX_LOCK`]. That allows about a dozen guesses an hour, well under ASVS's 100.
pub fn lock_after(failures: i32) -> Option<TimeDelta> {
    let over = failures.checked_sub(FREE_FAILURES - 1).filter(|n| *n > 0)?;
    let minutes = 1_i64
        .checked_shl(u32::try_from(over - 1).unwrap_or(u32::MAX))
        .unwrap_or(i64::MAX);
    Some(TimeDelta::minutes(minutes.min(MAX_LOCK.num_minutes())))
}

/// 求職番号 of the `serial`-th seeker registered at an office: `NNNNN-NNNNNNNN`.
pub fn seeker_number(office_code: &str, serial: i64) -> String {
    format!("{office_code}-{:08}", serial.rem_euclid(100_000_000))
}

/// A 求職番号 as typed, normalized (full-width digits and hyphens accepted), or why not.
pub fn parse_seeker_number(input: &str) -> Result<String, SeekerNumberError> {
    crate::job_number::office_serial(input).ok_or(SeekerNumberError)
}

/// A 求職番号 that is not `NNNNN-NNNNNNNN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a seeker number")]
pub struct SeekerNumberError;

impl SeekerNumberError {
    /// What to type instead, for people.
    pub fn text(&self) -> Text {
        Text::new("rules-seeker-number")
    }
}

/// A registration is valid to the end of the month after next from the application date.
pub fn registration_valid_until(applied_on: NaiveDate) -> NaiveDate {
    validity::end_of_month_after_next(applied_on)
}

/// The last day a counselor can complete an online provisional registration (本登録).
pub fn provisional_deadline(applied_on: NaiveDate) -> NaiveDate {
    applied_on + Days::new(crate::limits::PROVISIONAL_REGISTRATION_DAYS as u64)
}

/// Where a registration stands on `today`: a provisional application not completed within
/// [`crate::limits::PROVISIONAL_REGISTRATION_DAYS`] days has lapsed.
pub fn registration_status(
    stored: shigoto_shared::RegistrationStatus,
    applied_on: NaiveDate,
    today: NaiveDate,
) -> shigoto_shared::RegistrationStatus {
    use shigoto_shared::RegistrationStatus::{Lapsed, Provisional};
    if stored == Provisional && today > provisional_deadline(applied_on) {
        Lapsed
    } else {
        stored
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seeker_number_is_read_as_typed_with_an_ime() {
        assert_eq!(
            parse_seeker_number(" １３０１０－００００００１２ "),
            Ok("13010-00000012".to_owned())
        );
        assert_eq!(
            parse_seeker_number(&seeker_number("27010", 5)),
            Ok("27010-00000005".to_owned())
        );
        for bad in [
            "",
            "13010-0000001",
            "1301-000000012",
            "13010_00000012",
            "abcde-00000012",
        ] {
            assert_eq!(parse_seeker_number(bad), Err(SeekerNumberError), "{bad}");
        }
    }
    use proptest::prelude::*;

    #[test]
    fn lock_grows_after_five_failures() {
        assert_eq!(lock_after(4), None);
        assert_eq!(lock_after(5), Some(TimeDelta::minutes(1)));
        assert_eq!(lock_after(6), Some(TimeDelta::minutes(2)));
        assert_eq!(lock_after(8), Some(TimeDelta::minutes(8)));
        assert_eq!(lock_after(20), Some(MAX_LOCK));
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(seeker_number("13010", 42), "13010-00000042");
        let applied = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(
            registration_valid_until(applied),
            NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()
        );
        assert_eq!(
            provisional_deadline(applied),
            NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()
        );
    }

    #[test]
    fn provisional_applications_lapse_after_fourteen_days() {
        use shigoto_shared::RegistrationStatus::*;
        let applied = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let day = |n| applied + Days::new(n);
        assert_eq!(
            registration_status(Provisional, applied, day(14)),
            Provisional
        );
        assert_eq!(registration_status(Provisional, applied, day(15)), Lapsed);
        assert_eq!(
            registration_status(Registered, applied, day(400)),
            Registered
        );
    }

    proptest! {
        #[test]
        fn an_hour_allows_far_fewer_than_a_hundred_guesses(start in 0i32..3) {
            // Guess as fast as the locks allow for one hour and count the guesses.
            let mut failures = start;
            let mut elapsed = TimeDelta::zero();
            let mut guesses = 0;
            while elapsed < TimeDelta::hours(1) {
                guesses += 1;
                failures += 1;
                elapsed += lock_after(failures).unwrap_or(TimeDelta::seconds(1));
            }
            prop_assert!(guesses < 20, "{guesses}");
        }
    }
}
