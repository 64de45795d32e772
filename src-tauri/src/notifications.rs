//! OS notifications: what the desktop core's sync passes bring to tell the person (new
//! messages, introductions, results) is shown through tauri-plugin-notification (on Linux, a
//! `Notify` call to the notification daemon on the session bus). A notice that cannot be shown
//! (no daemon) is logged and dropped: the app shows the same in its badges.

use shigoto_desktop_core::notices::OsNotice;
use tauri::AppHandle;
use tauri_plugin_notification::NotificationExt;
use tokio::sync::broadcast::{error::RecvError, Receiver};

/// Shows every notice `notices` receives until the core goes.
pub fn forward(handle: AppHandle, mut notices: Receiver<OsNotice>) {
    tauri::async_runtime::spawn(async move {
        loop {
            match notices.recv().await {
                Ok(notice) => show(&handle, &notice),
                Err(RecvError::Lagged(dropped)) => {
                    tracing::warn!(dropped, "notifications dropped: too many at once");
                }
                Err(RecvError::Closed) => break,
            }
        }
    });
}

fn show(handle: &AppHandle, notice: &OsNotice) {
    let shown = handle
        .notification()
        .builder()
        .title(&notice.title)
        .body(&notice.body)
        .show();
    match shown {
        Ok(()) => tracing::info!(title = %notice.title, "notification shown"),
        Err(err) => {
            tracing::warn!(code = "notification_failed", error = %err, "notification not shown");
        }
    }
}
