//! メッセージ on the wire: a job seeker's threads with employers and with Hello Work, their
//! messages, and what a new message carries.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

labelled_enum!(
    /// Who a thread joins the job seeker with.
    ThreadParty {
        Employer = "employer" => "求人者",
        HelloWork = "hello_work" => "ハローワーク",
    }
);

labelled_enum!(
    /// Which side of a thread wrote a message.
    MessageSide {
        Seeker = "seeker" => "求職者",
        Employer = "employer" => "求人者",
        HelloWork = "hello_work" => "ハローワーク",
    }
);

/// A thread as its reader lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadSummary {
    pub id: i64,
    pub party: ThreadParty,
    /// The other side as the reader sees it: the employer's name for the seeker, the seeker's
    /// name for the employer and for counselors, 「ハローワーク」 and the office for Hello Work.
    pub title: String,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub last_message_at: Option<NaiveDateTime>,
    /// Messages of the other side the reader has not read.
    pub unread: u32,
    /// The reader's side in this thread.
    pub side: MessageSide,
    /// How far the reader has read: the id of the last message read (0: none).
    pub read_up_to: i64,
    /// Whether the reader may write here (a seeker never writes to Hello Work).
    pub can_write: bool,
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadMessage {
    pub id: i64,
    pub thread_id: i64,
    pub side: MessageSide,
    /// The writer's name (a counselor's office and name, an employer's name, the seeker's).
    pub sender_name: String,
    /// Plain text: shown as text, never as markup.
    pub body: String,
    /// The posting a counselor's オンライン職業紹介 or おすすめ求人 points to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_number: Option<String>,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub sent_at: NaiveDateTime,
}

/// A thread with its messages, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThreadView {
    pub thread: ThreadSummary,
    pub messages: Vec<ThreadMessage>,
}

/// A message to send: its text and the key that makes sending it again harmless.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewMessage {
    /// Chosen by the sending device (a UUID): the same key twice stores one message.
    pub key: String,
    pub body: String,
}

/// 既読: the reader has read the thread up to message `up_to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkRead {
    pub up_to: i64,
}

/// Messages not read yet in all the reader's threads (`GET /api/v1/messages/unread`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadMessages {
    pub count: u32,
}

/// A message written on this device that the service has not confirmed yet (送信待ち).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingMessage {
    /// The key it is sent under (the same key twice stores one message).
    pub key: String,
    pub thread_id: i64,
    pub body: String,
    /// UTC, written without an offset.
    pub written_at: NaiveDateTime,
}

/// A thread as the app shows it from the device's copy: the messages the service confirmed,
/// oldest first, then those written here that wait to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedThread {
    pub thread: ThreadSummary,
    pub messages: Vec<ThreadMessage>,
    pub waiting: Vec<WaitingMessage>,
}

impl From<ThreadView> for CachedThread {
    /// A thread read from the service: nothing waits.
    fn from(view: ThreadView) -> Self {
        Self {
            thread: view.thread,
            messages: view.messages,
            waiting: Vec::new(),
        }
    }
}
