//! 職業相談: a counselor records a counselling session with a job seeker. The session is dated
//! on a day that has come (not in the future), not before the seeker applied, and at most
//! [`MAX_LATE_DAYS`] days back (a record is written the day of the session or soon after); its
//! note is at most [`MAX_NOTE_CHARS`] characters. A session of a 本登録 held in the
//! registration's last month extends it ([`crate::seeking::after_activity`]); a 仮登録's
//! validity is its own and does not move.

use chrono::NaiveDate;
use shigoto_i18n::Text;
use shigoto_shared::{CounsellingRequest, RegistrationStatus};
use thiserror::Error;

use crate::seeking;

/// Longest note of a session, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;
/// How many days back a session may be recorded.
pub const MAX_LATE_DAYS: i64 = 31;
/// Most sessions a seeker's record lists (newest first).
pub const MAX_LISTED: i64 = 200;

/// Why a session cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CounsellingRefused {
    #[error("session in the future")]
    InTheFuture,
    #[error("session too long ago")]
    TooLongAgo,
    #[error("session before the application")]
    BeforeApplication,
    #[error("note too long")]
    NoteTooLong,
}

impl CounsellingRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::InTheFuture => Text::new("rules-counselling-future"),
            Self::TooLongAgo => {
                Text::new("rules-counselling-too-long-ago").with("days", MAX_LATE_DAYS)
            }
            Self::BeforeApplication => Text::new("rules-counselling-before-application"),
            // Written without grouping (1000).
            Self::NoteTooLong => {
                Text::new("rules-counselling-note-too-long").with("max", MAX_NOTE_CHARS.to_string())
            }
        }
    }
}

/// Whether `request` may be recorded on `today` for a seeker who applied on `applied_on`.
pub fn check_request(
    request: &CounsellingRequest,
    applied_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), CounsellingRefused> {
    if request.held_on > today {
        return Err(CounsellingRefused::InTheFuture);
    }
    if (today - request.held_on).num_days() > MAX_LATE_DAYS {
        return Err(CounsellingRefused::TooLongAgo);
    }
    if request.held_on < applied_on {
        return Err(CounsellingRefused::BeforeApplication);
    }
    check_note(&request.note)
}

/// Whether `note` fits (the part of the checks that needs no date: the app makes it before
/// sending, and leaves the day to the service, whose date is the one that counts).
pub fn check_note(note: &str) -> Result<(), CounsellingRefused> {
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(CounsellingRefused::NoteTooLong);
    }
    Ok(())
}

/// The validity after a session on `held_on` of a registration in `status` valid to
/// `valid_until`: a 本登録 is carried a month further by a session in its last month.
pub fn validity_after(
    status: RegistrationStatus,
    valid_until: NaiveDate,
    held_on: NaiveDate,
) -> NaiveDate {
    if status == RegistrationStatus::Registered {
        seeking::after_activity(valid_until, held_on)
    } else {
        valid_until
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::CounsellingTopic;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn on(held_on: NaiveDate, note: &str) -> CounsellingRequest {
        CounsellingRequest {
            held_on,
            topic: CounsellingTopic::JobConsultation,
            note: note.into(),
        }
    }

    #[test]
    fn a_session_is_dated_today_or_within_a_month_back_after_the_application() {
        let (applied, today) = (d(2026, 10, 1), d(2026, 12, 4));
        assert_eq!(check_request(&on(today, ""), applied, today), Ok(()));
        assert_eq!(
            check_request(&on(d(2026, 11, 3), "面談"), applied, today),
            Ok(()),
            "31 days back"
        );
        assert_eq!(
            check_request(&on(d(2026, 11, 2), ""), applied, today),
            Err(CounsellingRefused::TooLongAgo)
        );
        assert_eq!(
            check_request(&on(d(2026, 12, 5), ""), applied, today),
            Err(CounsellingRefused::InTheFuture)
        );
        assert_eq!(
            check_request(&on(d(2026, 11, 20), ""), d(2026, 11, 21), today),
            Err(CounsellingRefused::BeforeApplication)
        );
        let long = "あ".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            check_request(&on(today, &long), applied, today),
            Err(CounsellingRefused::NoteTooLong)
        );
    }

    #[test]
    fn a_session_in_the_last_month_of_a_registration_extends_it() {
        let registered = RegistrationStatus::Registered;
        assert_eq!(
            validity_after(registered, d(2027, 1, 31), d(2027, 1, 5)),
            d(2027, 2, 28)
        );
        assert_eq!(
            validity_after(registered, d(2027, 1, 31), d(2026, 12, 31)),
            d(2027, 1, 31),
            "not in the last month"
        );
        assert_eq!(
            validity_after(
                RegistrationStatus::Provisional,
                d(2027, 1, 31),
                d(2027, 1, 5)
            ),
            d(2027, 1, 31),
            "a 仮登録 does not move"
        );
    }
}
