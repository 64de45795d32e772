//! A posting after it is written: its status on a given day (a published posting past its
//! 紹介期限日 is 期限切れ), the one extension by a month, the 求人番号 it is given at 受理, and
//! how many drafts an employer may keep.

use chrono::NaiveDate;
use shigoto_i18n::Text;
use shigoto_shared::PostingStatus;

use crate::{validity, JobNumber};

/// Drafts (new postings and changes not yet filed) an employer may keep at once.
pub const MAX_DRAFTS: usize = 30;
/// Longest reason for a 返戻.
pub const MAX_RETURN_REASON_CHARS: usize = 500;

/// The status shown on `today` for a stored status and, once published, the 紹介期限日.
pub fn status_on(
    stored: PostingStatus,
    referral_deadline: Option<NaiveDate>,
    today: NaiveDate,
) -> PostingStatus {
    match (stored, referral_deadline) {
        (PostingStatus::Published, Some(deadline))
            if !validity::is_within_deadline(deadline, today) =>
        {
            PostingStatus::Expired
        }
        _ => stored,
    }
}

/// Why a posting cannot be extended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ExtensionRefused {
    #[error("posting not published")]
    NotPublished,
    #[error("posting expired")]
    Expired,
    #[error("posting already extended")]
    AlreadyExtended,
}

impl ExtensionRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::NotPublished => Text::new("rules-extension-not-published"),
            Self::Expired => Text::new("rules-extension-expired"),
            Self::AlreadyExtended => Text::new("rules-extension-already"),
        }
    }
}

/// The 紹介期限日 after the one extension (one month, to that month's end), if this posting
/// may be extended on `today`.
pub fn extension(
    status: PostingStatus,
    referral_deadline: NaiveDate,
    extended: bool,
    today: NaiveDate,
) -> Result<NaiveDate, ExtensionRefused> {
    match status_on(status, Some(referral_deadline), today) {
        PostingStatus::Published if extended => Err(ExtensionRefused::AlreadyExtended),
        PostingStatus::Published => Ok(validity::extended_deadline(referral_deadline)),
        PostingStatus::Expired => Err(ExtensionRefused::Expired),
        _ => Err(ExtensionRefused::NotPublished),
    }
}

/// The 求人番号 of the `serial`-th posting accepted at the office `office_code` (5 digits).
pub fn job_number(office_code: &str, serial: i64) -> Option<JobNumber> {
    let code = office_code.parse::<u32>().ok()?;
    let serial = u32::try_from(serial).ok()?;
    (office_code.len() == 5)
        .then(|| JobNumber::from_parts(code, serial))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn published_postings_expire_after_their_deadline_day() {
        let deadline = d(2027, 1, 31);
        assert_eq!(
            status_on(PostingStatus::Published, Some(deadline), d(2027, 1, 31)),
            PostingStatus::Published
        );
        assert_eq!(
            status_on(PostingStatus::Published, Some(deadline), d(2027, 2, 1)),
            PostingStatus::Expired
        );
        assert_eq!(
            status_on(PostingStatus::Stopped, Some(deadline), d(2027, 2, 1)),
            PostingStatus::Stopped
        );
        assert_eq!(
            status_on(PostingStatus::Draft, None, d(2027, 2, 1)),
            PostingStatus::Draft
        );
    }

    #[test]
    fn one_extension_before_the_deadline() {
        let deadline = d(2027, 1, 31);
        assert_eq!(
            extension(PostingStatus::Published, deadline, false, d(2027, 1, 31)),
            Ok(d(2027, 2, 28))
        );
        assert_eq!(
            extension(PostingStatus::Published, deadline, true, d(2027, 1, 10)),
            Err(ExtensionRefused::AlreadyExtended)
        );
        assert_eq!(
            extension(PostingStatus::Published, deadline, false, d(2027, 2, 1)),
            Err(ExtensionRefused::Expired)
        );
        assert_eq!(
            extension(PostingStatus::Stopped, deadline, false, d(2027, 1, 10)),
            Err(ExtensionRefused::NotPublished)
        );
        // A leap year's February.
        assert_eq!(
            extension(
                PostingStatus::Published,
                d(2028, 1, 31),
                false,
                d(2028, 1, 5)
            ),
            Ok(d(2028, 2, 29))
        );
    }

    #[test]
    fn job_numbers_from_the_office_serial() {
        assert_eq!(job_number("13010", 1).unwrap().as_str(), "13010-00000001");
        assert_eq!(
            job_number("01010", 12_345_678).unwrap().as_str(),
            "01010-12345678"
        );
        assert!(job_number("13010", 100_000_000).is_none());
        assert!(job_number("1301", 1).is_none());
        assert!(job_number("13010", -1).is_none());
    }
}
