//! メッセージ: who writes in which thread, and what a message may be.
//!
//! A thread joins one job seeker with one other party: an employer (with a 求人者マイページ) the
//! seeker applied to, was referred to or received a 応募検討依頼 from; or Hello Work (the
//! counselors of the seeker's prefecture). In an employer thread both sides write. In the Hello
//! Work thread only counselors write: **a seeker can never send a message to Hello Work**. A
//! message is plain text of at most [`MAX_MESSAGE_CHARS`] characters, shown as text; each sender
//! writes at most [`MESSAGES_PER_SENDER`] messages in its window.

use chrono::TimeDelta;
use shigoto_i18n::Text;
use shigoto_shared::Role;
use thiserror::Error;

use crate::account::RateLimit;

/// Longest message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2000;
/// Messages one account may send in a window (a conversation is never this fast; a script is).
pub const MESSAGES_PER_SENDER: RateLimit = RateLimit {
    limit: 30,
    window: TimeDelta::minutes(10),
};
/// Most messages one read of a thread answers (the newest).
pub const MAX_MESSAGES_READ: i64 = 1000;

/// Who a thread joins the seeker with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    /// An employer of a posting the seeker applied to (or was referred or invited to).
    Employer,
    /// Hello Work: the counselors of the seeker's prefecture.
    HelloWork,
}

/// Why a message is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum MessageRefused {
    #[error("a seeker cannot write to Hello Work")]
    SeekerToHelloWork,
    #[error("not a party to the thread")]
    NotAParty,
    #[error("empty message")]
    Empty,
    #[error("message too long")]
    TooLong,
    #[error("control character in the message")]
    ControlCharacter,
}

impl MessageRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::SeekerToHelloWork => Text::new("rules-message-to-hello-work"),
            Self::NotAParty => Text::new("rules-message-not-a-party"),
            Self::Empty => Text::new("rules-message-empty"),
            // Written without grouping (2000).
            Self::TooLong => {
                Text::new("rules-message-too-long").with("max", MAX_MESSAGE_CHARS.to_string())
            }
            Self::ControlCharacter => Text::new("rules-message-control-character"),
        }
    }
}

/// Whether someone of `role` may write in a thread with `party` (membership itself is the
/// caller's to check: the seeker of the thread, its employer, a counselor of the prefecture).
pub fn may_write(party: Party, role: Role) -> Result<(), MessageRefused> {
    match (party, role) {
        (Party::Employer, Role::Seeker | Role::Employer) => Ok(()),
        (Party::HelloWork, Role::Counselor) => Ok(()),
        (Party::HelloWork, Role::Seeker) => Err(MessageRefused::SeekerToHelloWork),
        _ => Err(MessageRefused::NotAParty),
    }
}

/// Whether a new message is mailed about to its reader, who now has `unread` messages of the
/// other side unread in its thread: only the first one, so a conversation does not fill their
/// mailbox (the app shows the rest).
pub fn mail_on_unread(unread: i64) -> bool {
    unread == 1
}

/// The text of a message as it is stored: trimmed, not empty, within its length, with no
/// control characters but line breaks and tabs.
pub fn checked_body(text: &str) -> Result<String, MessageRefused> {
    let body = text.trim().replace("\r\n", "\n");
    if body.is_empty() {
        return Err(MessageRefused::Empty);
    }
    if body.chars().count() > MAX_MESSAGE_CHARS {
        return Err(MessageRefused::TooLong);
    }
    if body
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(MessageRefused::ControlCharacter);
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_seeker_never_writes_to_hello_work() {
        assert_eq!(
            may_write(Party::HelloWork, Role::Seeker),
            Err(MessageRefused::SeekerToHelloWork)
        );
        assert_eq!(may_write(Party::HelloWork, Role::Counselor), Ok(()));
        assert_eq!(
            may_write(Party::HelloWork, Role::Employer),
            Err(MessageRefused::NotAParty)
        );
        assert_eq!(may_write(Party::Employer, Role::Seeker), Ok(()));
        assert_eq!(may_write(Party::Employer, Role::Employer), Ok(()));
        assert_eq!(
            may_write(Party::Employer, Role::Counselor),
            Err(MessageRefused::NotAParty)
        );
    }

    #[test]
    fn a_body_is_trimmed_text_within_its_length() {
        assert_eq!(
            checked_body("  面接日程の件です。\r\nよろしくお願いします。 "),
            Ok("面接日程の件です。\nよろしくお願いします。".to_owned())
        );
        assert_eq!(checked_body(" \n "), Err(MessageRefused::Empty));
        assert_eq!(
            checked_body(&"あ".repeat(MAX_MESSAGE_CHARS)).map(|b| b.chars().count()),
            Ok(MAX_MESSAGE_CHARS)
        );
        assert_eq!(
            checked_body(&"あ".repeat(MAX_MESSAGE_CHARS + 1)),
            Err(MessageRefused::TooLong)
        );
        assert_eq!(
            checked_body("ベル\u{7}"),
            Err(MessageRefused::ControlCharacter)
        );
        assert_eq!(
            checked_body("<script>alert(1)</script>"),
            Ok("<script>alert(1)</script>".to_owned()),
            "kept as text: the screens never read it as HTML"
        );
    }

    proptest! {
        #[test]
        fn a_checked_body_is_never_empty_or_too_long(text in "\\PC{0,2100}") {
            if let Ok(body) = checked_body(&text) {
                prop_assert!(!body.is_empty());
                prop_assert!(body.chars().count() <= MAX_MESSAGE_CHARS);
                prop_assert_eq!(checked_body(&body), Ok(body.clone()), "checking twice changes nothing");
            }
        }
    }
}
