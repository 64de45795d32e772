//! [`DesktopCore`] operations of メッセージ: the signed-in person's threads, one thread, a
//! message sent (this device picks the key that makes sending it again harmless), 既読, and a
//! counselor's message to a seeker. For now they ask the service each time.

use shigoto_shared::{
    ApiError, NewMessage, ThreadMessage, ThreadSummary, ThreadView, UnreadMessages,
};

use super::DesktopCore;

/// A new message with a fresh key.
fn keyed(body: &str) -> NewMessage {
    NewMessage {
        key: uuid::Uuid::new_v4().to_string(),
        body: body.to_owned(),
    }
}

impl DesktopCore {
    /// The signed-in job seeker's or employer's threads, the latest first.
    pub async fn threads(&self) -> Result<Vec<ThreadSummary>, ApiError> {
        self.as_signed_in(async |client, token| client.threads(token).await)
            .await
    }

    /// Messages not read yet, in all the signed-in person's threads.
    pub async fn unread_messages(&self) -> Result<UnreadMessages, ApiError> {
        self.as_signed_in(async |client, token| client.unread_messages(token).await)
            .await
    }

    /// One thread with its messages.
    pub async fn thread(&self, id: i64) -> Result<ThreadView, ApiError> {
        self.as_signed_in(async |client, token| client.thread(token, id).await)
            .await
    }

    /// A message sent in thread `id`.
    pub async fn send_message(&self, id: i64, body: &str) -> Result<ThreadMessage, ApiError> {
        let message = keyed(body);
        self.as_signed_in(async |client, token| client.send_message(token, id, &message).await)
            .await
    }

    /// 既読 of thread `id` up to message `up_to`.
    pub async fn mark_read(&self, id: i64, up_to: i64) -> Result<(), ApiError> {
        self.as_signed_in(async |client, token| client.mark_read(token, id, up_to).await)
            .await
    }

    /// A counselor's message to the seeker numbered `seeker_number`; their thread after it.
    pub async fn message_seeker(
        &self,
        seeker_number: &str,
        body: &str,
    ) -> Result<ThreadView, ApiError> {
        let message = keyed(body);
        self.as_signed_in(async |client, token| {
            client.message_seeker(token, seeker_number, &message).await
        })
        .await
    }
}
