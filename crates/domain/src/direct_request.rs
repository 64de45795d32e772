//! 応募検討依頼: an employer asks a job seeker who published their 求職情報 to consider applying
//! to one of the employer's open postings. At most [`MAX_REQUESTS_PER_POSTING`] seekers per
//! posting and each seeker once per posting (Hello Work's rule); the seeker applies (the
//! posting's own 応募する) or declines, once.

use chrono::NaiveDate;
use shigoto_i18n::Text;
use shigoto_shared::{JobSheet, RequestAnswer};
use thiserror::Error;

use crate::application::is_open;
use crate::note::NoteProblem;

/// At most this many seekers are asked per posting.
pub const MAX_REQUESTS_PER_POSTING: u32 = 10;
/// At most this many characters in the employer's note.
pub const MAX_NOTE_CHARS: usize = 500;
/// Published profiles listed per page of an employer's search.
pub const PROFILES_PER_PAGE: usize = 20;

/// Why a request cannot be sent or answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum RequestRefused {
    #[error("posting closed")]
    PostingClosed,
    #[error("requests of the posting at their limit")]
    LimitReached,
    #[error("seeker already asked about this posting")]
    AlreadyRequested,
    #[error("profile no longer published")]
    NotPublished,
    #[error("note too long")]
    NoteTooLong,
    #[error("control character in the note")]
    ControlCharacter,
    #[error("request already answered")]
    AlreadyAnswered,
}

impl RequestRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::PostingClosed => Text::new("rules-request-posting-closed"),
            Self::LimitReached => {
                Text::new("rules-request-limit").with("max", MAX_REQUESTS_PER_POSTING)
            }
            Self::AlreadyRequested => Text::new("rules-request-already-sent"),
            Self::NotPublished => Text::new("rules-request-not-published"),
            Self::NoteTooLong => Text::new("rules-note-too-long").with("max", MAX_NOTE_CHARS),
            Self::ControlCharacter => Text::new("rules-note-control-character"),
            Self::AlreadyAnswered => Text::new("rules-request-already-answered"),
        }
    }
}

/// Whether `job` may be the subject of a request on `today`.
pub fn check_posting(job: &JobSheet, today: NaiveDate) -> Result<(), RequestRefused> {
    if is_open(job, today) {
        Ok(())
    } else {
        Err(RequestRefused::PostingClosed)
    }
}

/// The note as stored: trimmed, within its length, no control characters but line breaks.
pub fn checked_note(text: &str) -> Result<String, RequestRefused> {
    crate::note::checked(text, MAX_NOTE_CHARS).map_err(|problem| match problem {
        NoteProblem::TooLong => RequestRefused::NoteTooLong,
        NoteProblem::ControlCharacter => RequestRefused::ControlCharacter,
    })
}

/// A request may be answered once, from 回答待ち.
pub fn may_answer(current: Option<RequestAnswer>) -> Result<(), RequestRefused> {
    match current {
        None => Ok(()),
        Some(_) => Err(RequestRefused::AlreadyAnswered),
    }
}

/// The message the seeker finds in their thread with the employer.
pub fn message_text(job: &JobSheet, note: &str) -> String {
    crate::note::announcing(
        "応募検討依頼",
        "公開されている求職情報を見て、次の求人への応募をご検討いただきたくご連絡しました。",
        job,
        note,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_trimmed_and_bounded() {
        assert_eq!(
            checked_note(" ご検討ください。\r\n").unwrap(),
            "ご検討ください。"
        );
        assert_eq!(
            checked_note(&"あ".repeat(MAX_NOTE_CHARS + 1)),
            Err(RequestRefused::NoteTooLong)
        );
        assert_eq!(
            checked_note("a\u{1b}"),
            Err(RequestRefused::ControlCharacter)
        );
    }

    #[test]
    fn a_request_is_answered_once() {
        assert_eq!(may_answer(None), Ok(()));
        assert_eq!(
            may_answer(Some(RequestAnswer::Declined)),
            Err(RequestRefused::AlreadyAnswered)
        );
    }
}
