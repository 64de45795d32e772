//! The `messages` commands: the signed-in person's threads, one thread, sending, 既読, and a
//! counselor's message to a seeker.

use serde::Serialize;
use shigoto_shared::{
    ApiError, CachedThread, ThreadMessage, ThreadSummary, ThreadView, UnreadMessages,
};

use super::{call, NoArgs};

#[derive(Serialize)]
struct IdArgs {
    id: i64,
}

#[derive(Serialize)]
struct SendArgs<'a> {
    id: i64,
    body: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReadArgs {
    id: i64,
    up_to: i64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SeekerMessageArgs<'a> {
    seeker_number: &'a str,
    body: &'a str,
}

/// `threads`: the signed-in job seeker's or employer's threads, the latest first.
pub async fn threads() -> Result<Vec<ThreadSummary>, ApiError> {
    call("threads", &NoArgs {}).await
}

/// `unread_messages`: messages not read yet, in all threads.
pub async fn unread_messages() -> Result<UnreadMessages, ApiError> {
    call("unread_messages", &NoArgs {}).await
}

/// `thread`: one thread with its messages and those waiting to be sent.
pub async fn thread(id: i64) -> Result<CachedThread, ApiError> {
    call("thread", &IdArgs { id }).await
}

/// `send_message`: a message written in a thread; the thread after it.
pub async fn send_message(id: i64, body: &str) -> Result<CachedThread, ApiError> {
    call("send_message", &SendArgs { id, body }).await
}

/// `mark_read`: 既読 of a thread up to a message.
pub async fn mark_read(id: i64, up_to: i64) -> Result<(), ApiError> {
    call("mark_read", &ReadArgs { id, up_to }).await
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SeekerArgs<'a> {
    seeker_number: &'a str,
}

/// `seeker_messages`: a seeker's Hello Work thread as a counselor reads it.
pub async fn seeker_messages(seeker_number: &str) -> Result<Vec<ThreadMessage>, ApiError> {
    call("seeker_messages", &SeekerArgs { seeker_number }).await
}

/// `message_seeker`: a counselor's message to a seeker; their thread after it.
pub async fn message_seeker(seeker_number: &str, body: &str) -> Result<ThreadView, ApiError> {
    call(
        "message_seeker",
        &SeekerMessageArgs {
            seeker_number,
            body,
        },
    )
    .await
}
