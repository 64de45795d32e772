//! オンライン職業紹介 and おすすめ求人: a counselor points a job out to a job seeker of their
//! prefecture. An online introduction is a referral the seeker accepts by applying, so it needs
//! what a referral at the counter needs (本登録, 求職状態 有効, the posting open), then and again
//! when the seeker applies; a recommendation needs only an open posting, and applying to it is
//! the seeker's own (the posting's 応募する).

use chrono::NaiveDate;
use shigoto_i18n::Text;
use shigoto_shared::{IntroductionKind, JobSeekingState, JobSheet, RegistrationStatus};
use thiserror::Error;

use crate::application::{check_referral, is_open, ReferralRefused};
use crate::note::NoteProblem;

/// At most this many characters in a counselor's note.
pub const MAX_NOTE_CHARS: usize = 500;

/// Why an introduction cannot be sent, or applied from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum IntroductionRefused {
    #[error(transparent)]
    Referral(#[from] ReferralRefused),
    #[error("posting closed")]
    PostingClosed,
    #[error("note too long")]
    NoteTooLong,
    #[error("control character in the note")]
    ControlCharacter,
    #[error("already introduced the same way")]
    AlreadyIntroduced,
    #[error("a recommendation is applied to from the posting")]
    NotAReferral,
}

impl IntroductionRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::Referral(refused) => refused.text(),
            Self::PostingClosed => Text::new("rules-referral-posting-closed"),
            Self::NoteTooLong => Text::new("rules-note-too-long").with("max", MAX_NOTE_CHARS),
            Self::ControlCharacter => Text::new("rules-note-control-character"),
            Self::AlreadyIntroduced => Text::new("rules-introduction-already"),
            Self::NotAReferral => Text::new("rules-introduction-not-a-referral"),
        }
    }
}

/// Whether a counselor may send `kind` of `job` to a seeker with `registration` and
/// `seeking` on `today` (and whether the seeker may apply from an online introduction).
pub fn check_introduction(
    kind: IntroductionKind,
    registration: RegistrationStatus,
    seeking: JobSeekingState,
    job: &JobSheet,
    today: NaiveDate,
) -> Result<(), IntroductionRefused> {
    match kind {
        IntroductionKind::Referral => Ok(check_referral(registration, seeking, job, today)?),
        IntroductionKind::Recommendation if is_open(job, today) => Ok(()),
        IntroductionKind::Recommendation => Err(IntroductionRefused::PostingClosed),
    }
}

/// Applying from an introduction is for online introductions only.
pub fn may_apply_from(kind: IntroductionKind) -> Result<(), IntroductionRefused> {
    match kind {
        IntroductionKind::Referral => Ok(()),
        IntroductionKind::Recommendation => Err(IntroductionRefused::NotAReferral),
    }
}

/// The note as stored: trimmed, within its length, no control characters but line breaks.
pub fn checked_note(text: &str) -> Result<String, IntroductionRefused> {
    crate::note::checked(text, MAX_NOTE_CHARS).map_err(|problem| match problem {
        NoteProblem::TooLong => IntroductionRefused::NoteTooLong,
        NoteProblem::ControlCharacter => IntroductionRefused::ControlCharacter,
    })
}

/// The message the seeker finds in their Hello Work thread.
pub fn message_text(kind: IntroductionKind, job: &JobSheet, note: &str) -> String {
    let lead = match kind {
        IntroductionKind::Referral => {
            "オンラインで求人を紹介します。求人票をご確認のうえ、応募される場合は「この紹介で応募する」を押してください。紹介状は応募と同時に発行されます。"
        }
        IntroductionKind::Recommendation => {
            "おすすめの求人があります。求人票をご確認ください。"
        }
    };
    crate::note::announcing(kind.label(), lead, job, note)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_trimmed_and_bounded() {
        assert_eq!(
            checked_note("  面接対策もご相談ください。\r\n ").unwrap(),
            "面接対策もご相談ください。"
        );
        assert_eq!(checked_note("").unwrap(), "");
        assert_eq!(
            checked_note(&"あ".repeat(MAX_NOTE_CHARS + 1)),
            Err(IntroductionRefused::NoteTooLong)
        );
        assert_eq!(
            checked_note("a\u{7}"),
            Err(IntroductionRefused::ControlCharacter)
        );
        assert_eq!(
            checked_note(&"あ".repeat(MAX_NOTE_CHARS))
                .unwrap()
                .chars()
                .count(),
            MAX_NOTE_CHARS
        );
    }

    #[test]
    fn only_online_introductions_are_applied_from() {
        assert!(may_apply_from(IntroductionKind::Referral).is_ok());
        assert_eq!(
            may_apply_from(IntroductionKind::Recommendation),
            Err(IntroductionRefused::NotAReferral)
        );
    }
}
