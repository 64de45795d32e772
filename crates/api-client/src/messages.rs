//! The [`ApiClient`] calls of メッセージ: the signed-in person's threads, one thread, a message
//! sent (the key makes sending again harmless), 既読, and a counselor's message to a seeker.

use shigoto_shared::{
    MarkRead, NewMessage, ThreadMessage, ThreadSummary, ThreadView, UnreadMessages,
};

use crate::{ApiClient, ClientError};

impl ApiClient {
    /// `GET /api/v1/messages/threads`: the threads, the latest first.
    pub async fn threads(&self, token: &str) -> Result<Vec<ThreadSummary>, ClientError> {
        let url = self.url(&["api", "v1", "messages", "threads"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/messages/unread`: messages not read yet, in all threads.
    pub async fn unread_messages(&self, token: &str) -> Result<UnreadMessages, ClientError> {
        let url = self.url(&["api", "v1", "messages", "unread"])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `GET /api/v1/messages/threads/{id}`: one thread with its messages.
    pub async fn thread(&self, token: &str, id: i64) -> Result<ThreadView, ClientError> {
        let id = id.to_string();
        let url = self.url(&["api", "v1", "messages", "threads", &id])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/messages/threads/{id}/messages`: a message sent (or found, when its key
    /// was sent before).
    pub async fn send_message(
        &self,
        token: &str,
        id: i64,
        message: &NewMessage,
    ) -> Result<ThreadMessage, ClientError> {
        let id = id.to_string();
        self.post_json(
            &["api", "v1", "messages", "threads", &id, "messages"],
            message,
            Some(token),
        )
        .await
    }

    /// `POST /api/v1/messages/threads/{id}/read`: 既読 up to message `up_to`.
    pub async fn mark_read(&self, token: &str, id: i64, up_to: i64) -> Result<(), ClientError> {
        let id = id.to_string();
        let url = self.url(&["api", "v1", "messages", "threads", &id, "read"])?;
        self.send_empty(
            self.http
                .post(url)
                .bearer_auth(token)
                .json(&MarkRead { up_to }),
        )
        .await
    }

    /// `POST /api/v1/counselor/seekers/{number}/messages`: a counselor writes to a seeker.
    pub async fn seeker_messages(
        &self,
        token: &str,
        seeker_number: &str,
    ) -> Result<Vec<ThreadMessage>, ClientError> {
        let url = self.url(&[
            "api",
            "v1",
            "counselor",
            "seekers",
            seeker_number,
            "messages",
        ])?;
        self.send(self.http.get(url).bearer_auth(token)).await
    }

    /// `POST /api/v1/counselor/seekers/{number}/messages`: a counselor's message; the thread.
    pub async fn message_seeker(
        &self,
        token: &str,
        seeker_number: &str,
        message: &NewMessage,
    ) -> Result<ThreadView, ClientError> {
        self.post_json(
            &[
                "api",
                "v1",
                "counselor",
                "seekers",
                seeker_number,
                "messages",
            ],
            message,
            Some(token),
        )
        .await
    }
}
