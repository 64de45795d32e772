//! The `messages` area: メッセージ of the signed-in person (threads, one thread, sending, 既読)
//! and a counselor's message to a seeker.

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, CachedThread, ThreadMessage, ThreadSummary, ThreadView, UnreadMessages,
};
use tauri::State;

/// The signed-in person's threads.
#[tauri::command]
pub async fn threads(core: State<'_, DesktopCore>) -> Result<Vec<ThreadSummary>, ApiError> {
    core.threads().await
}

/// Messages not read yet (the menu's badge).
#[tauri::command]
pub async fn unread_messages(core: State<'_, DesktopCore>) -> Result<UnreadMessages, ApiError> {
    core.unread_messages().await
}

/// One thread with its messages (and those waiting to be sent).
#[tauri::command]
pub async fn thread(core: State<'_, DesktopCore>, id: i64) -> Result<CachedThread, ApiError> {
    core.thread(id).await
}

/// A message written in a thread (sent now, or when the service answers); the thread after it.
#[tauri::command]
pub async fn send_message(
    core: State<'_, DesktopCore>,
    id: i64,
    body: String,
) -> Result<CachedThread, ApiError> {
    core.send_message(id, &body).await
}

/// 既読 of a thread.
#[tauri::command]
pub async fn mark_read(core: State<'_, DesktopCore>, id: i64, up_to: i64) -> Result<(), ApiError> {
    core.mark_read(id, up_to).await
}

/// A seeker's Hello Work thread as a counselor reads it.
#[tauri::command]
pub async fn seeker_messages(
    core: State<'_, DesktopCore>,
    seeker_number: String,
) -> Result<Vec<ThreadMessage>, ApiError> {
    core.seeker_messages(&seeker_number).await
}

/// A counselor's message to a seeker.
#[tauri::command]
pub async fn message_seeker(
    core: State<'_, DesktopCore>,
    seeker_number: String,
    body: String,
) -> Result<ThreadView, ApiError> {
    core.message_seeker(&seeker_number, &body).await
}
