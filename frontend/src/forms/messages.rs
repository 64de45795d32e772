//! メッセージ as the screens hold them: the list of threads, one thread with the message being
//! written (checked by the domain before it is sent), and what to say when it was refused.

use shigoto_domain::messages::{checked_body, MAX_MESSAGE_CHARS};
use shigoto_shared::{ApiError, CachedThread, ThreadSummary};

use crate::forms::account::error_message;
use crate::state::lang::shown_texts;

/// At most this many characters in one message.
pub const MESSAGE_LIMIT: usize = MAX_MESSAGE_CHARS;

/// The threads of the signed-in person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThreadsState {
    pub threads: Option<Vec<ThreadSummary>>,
    pub loading: bool,
    pub error: Option<String>,
}

impl ThreadsState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    pub fn loaded(&mut self, result: Result<Vec<ThreadSummary>, ApiError>) {
        self.loading = false;
        match result {
            Ok(threads) => self.threads = Some(threads),
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// Messages not read yet, in every thread.
    pub fn unread(&self) -> u32 {
        self.threads
            .iter()
            .flatten()
            .map(|thread| thread.unread)
            .sum()
    }
}

/// One thread and the message being written in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThreadState {
    pub view: Option<CachedThread>,
    pub loading: bool,
    pub load_error: Option<String>,
    pub draft: String,
    pub busy: bool,
    pub error: Option<String>,
}

impl ThreadState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<CachedThread, ApiError>) {
        self.loading = false;
        match result {
            Ok(view) => {
                self.view = Some(view);
                self.load_error = None;
            }
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// Characters written of [`MESSAGE_LIMIT`].
    pub fn draft_count(&self) -> usize {
        self.draft.chars().count()
    }

    /// 「送信する」: the text to send, or why it cannot be.
    pub fn body(&self) -> Result<String, String> {
        checked_body(&self.draft).map_err(|refusal| shown_texts().text(&refusal.text()))
    }

    pub fn sending(&mut self) {
        self.busy = true;
        self.error = None;
    }

    /// The answer: the message joins the thread (waiting to be sent until the service has
    /// it) and the box empties, or the refusal is shown with the text kept.
    pub fn sent(&mut self, result: Result<CachedThread, ApiError>) {
        self.busy = false;
        match result {
            Ok(view) => {
                self.draft.clear();
                self.view = Some(view);
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_shared::{ErrorCode, MessageSide, ThreadMessage, ThreadParty, WaitingMessage};

    fn summary(id: i64, unread: u32) -> ThreadSummary {
        ThreadSummary {
            id,
            party: ThreadParty::Employer,
            title: "株式会社しごと商事".into(),
            last_message_at: None,
            unread,
            can_write: true,
            side: MessageSide::Seeker,
            read_up_to: 0,
        }
    }

    fn message(id: i64) -> ThreadMessage {
        ThreadMessage {
            id,
            job_number: None,
            thread_id: 1,
            side: MessageSide::Seeker,
            sender_name: "山田 花子".into(),
            body: "よろしくお願いします。".into(),
            sent_at: NaiveDate::from_ymd_opt(2026, 12, 4)
                .unwrap()
                .and_hms_opt(1, 0, 0)
                .unwrap(),
        }
    }

    #[test]
    fn unread_counts_add_up_over_threads() {
        let mut state = ThreadsState::default();
        assert_eq!(state.unread(), 0);
        state.loaded(Ok(vec![summary(1, 2), summary(2, 0), summary(3, 1)]));
        assert_eq!(state.unread(), 3);
    }

    #[test]
    fn a_message_is_checked_then_waits_in_the_thread() {
        let mut state = ThreadState::default();
        state.loaded(Ok(CachedThread {
            thread: summary(1, 0),
            messages: vec![message(1)],
            waiting: vec![],
        }));
        state.draft = "  ".into();
        assert!(state.body().is_err());
        state.draft = "あ".repeat(MESSAGE_LIMIT + 1);
        assert!(state.body().unwrap_err().contains("2000文字"));
        state.draft = " 承知しました。 ".into();
        assert_eq!(state.body().unwrap(), "承知しました。");
        state.sending();
        state.sent(Err(ApiError::new(
            ErrorCode::RateLimited,
            "しばらくしてから",
        )));
        assert_eq!(state.draft, " 承知しました。 ", "kept after a refusal");
        let waiting = WaitingMessage {
            key: "k".into(),
            thread_id: 1,
            body: "承知しました。".into(),
            written_at: message(2).sent_at,
        };
        state.sent(Ok(CachedThread {
            thread: summary(1, 0),
            messages: vec![message(1)],
            waiting: vec![waiting],
        }));
        assert!(state.draft.is_empty());
        let view = state.view.as_ref().unwrap();
        assert_eq!((view.messages.len(), view.waiting.len()), (1, 1));
    }
}
