//! "Today" for the service: Hello Work dates are Japan dates (JST, UTC+9), whatever the host's
//! time zone. Tests use a fixed clock.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Utc};

/// Where the service gets the date and time.
pub trait Clock: Send + Sync + 'static {
    /// The current date in Japan.
    fn today(&self) -> NaiveDate;
    /// The current UTC time (stored in the database).
    fn now_utc(&self) -> NaiveDateTime;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

/// Japan has no daylight saving time: JST is always UTC+9.
const JST_OFFSET: TimeDelta = TimeDelta::hours(9);

impl Clock for SystemClock {
    fn today(&self) -> NaiveDate {
        (Utc::now().naive_utc() + JST_OFFSET).date()
    }

    fn now_utc(&self) -> NaiveDateTime {
        Utc::now().naive_utc()
    }
}

/// A clock that always reads the same date (tests).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock {
    pub today: NaiveDate,
}

impl Clock for FixedClock {
    fn today(&self) -> NaiveDate {
        self.today
    }

    fn now_utc(&self) -> NaiveDateTime {
        self.today.and_hms_opt(3, 0, 0).unwrap_or_default()
    }
}
