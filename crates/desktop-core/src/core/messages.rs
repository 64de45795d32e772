//! [`DesktopCore`] operations of メッセージ. A job seeker's and an employer's threads live in
//! their copy on this device: they read without the network, a message written offline waits
//! there (送信待ち) and the sync pass sends it once, under the key this device chose. Without
//! a copy (one that could not be opened) they ask the service. A counselor writes to a seeker
//! online, from the seeker's record.

use shigoto_shared::{
    ApiError, CachedThread, ErrorCode, NewMessage, ThreadMessage, ThreadSummary, ThreadView,
    UnreadMessages,
};

use super::DesktopCore;

/// A new message with a fresh key.
fn keyed(body: &str) -> NewMessage {
    NewMessage {
        key: uuid::Uuid::new_v4().to_string(),
        body: body.to_owned(),
    }
}

fn no_thread() -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        crate::language::texts().t("desktop-thread-not-found"),
    )
}

impl DesktopCore {
    /// The signed-in job seeker's or employer's threads, the latest first.
    pub async fn threads(&self) -> Result<Vec<ThreadSummary>, ApiError> {
        if let Some(threads) = self.if_mypage(|m| m.threads()) {
            return threads;
        }
        self.as_signed_in(async |client, token| client.threads(token).await)
            .await
    }

    /// Messages not read yet, in all the signed-in person's threads.
    pub async fn unread_messages(&self) -> Result<UnreadMessages, ApiError> {
        if let Some(count) = self.if_mypage(|m| m.unread_messages()) {
            return Ok(UnreadMessages { count: count? });
        }
        self.as_signed_in(async |client, token| client.unread_messages(token).await)
            .await
    }

    /// One thread with its messages, and those written here waiting to be sent.
    pub async fn thread(&self, id: i64) -> Result<CachedThread, ApiError> {
        if let Some(thread) = self.if_mypage(|m| m.thread(id)) {
            return thread?.ok_or_else(no_thread);
        }
        self.as_signed_in(async |client, token| client.thread(token, id).await)
            .await
            .map(CachedThread::from)
    }

    /// A message written in thread `id`; the thread after it.
    pub async fn send_message(&self, id: i64, body: &str) -> Result<CachedThread, ApiError> {
        if let Some(written) = self.if_mypage(|m| m.write_message(id, body)) {
            written?;
            return self.thread(id).await;
        }
        let message = keyed(body);
        self.as_signed_in(async |client, token| client.send_message(token, id, &message).await)
            .await?;
        self.thread(id).await
    }

    /// 既読 of thread `id` up to message `up_to`.
    pub async fn mark_read(&self, id: i64, up_to: i64) -> Result<(), ApiError> {
        if let Some(marked) = self.if_mypage(|m| m.mark_read(id, up_to)) {
            return marked;
        }
        self.as_signed_in(async |client, token| client.mark_read(token, id, up_to).await)
            .await
    }

    /// The Hello Work thread of the seeker numbered `seeker_number`, as a counselor reads it.
    pub async fn seeker_messages(
        &self,
        seeker_number: &str,
    ) -> Result<Vec<ThreadMessage>, ApiError> {
        self.as_signed_in(async |client, token| client.seeker_messages(token, seeker_number).await)
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
