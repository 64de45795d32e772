//! "Today" for the service: Hello Work dates are Japan dates (JST, UTC+9), whatever the host's
//! time zone. Tests use a fixed clock.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Utc};
use shigoto_domain::japan_time::japan_date;

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

impl Clock for SystemClock {
    fn today(&self) -> NaiveDate {
        japan_date(Utc::now().naive_utc())
    }

    fn now_utc(&self) -> NaiveDateTime {
        Utc::now().naive_utc()
    }
}

/// A clock that tests move by hand (key expiry, lockouts, session timeouts).
#[derive(Debug)]
pub struct ManualClock {
    now: std::sync::Mutex<NaiveDateTime>,
}

impl ManualClock {
    /// Starts at `now` (UTC).
    pub fn new(now: NaiveDateTime) -> Self {
        Self {
            now: std::sync::Mutex::new(now),
        }
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: TimeDelta) {
        if let Ok(mut now) = self.now.lock() {
            *now += by;
        }
    }
}

impl Clock for ManualClock {
    fn today(&self) -> NaiveDate {
        japan_date(self.now_utc())
    }

    fn now_utc(&self) -> NaiveDateTime {
        self.now.lock().map(|now| *now).unwrap_or_default()
    }
}
