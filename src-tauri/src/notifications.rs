//! OS notifications: what the desktop core's sync passes bring to tell the person (new
//! messages, introductions, results, reminders, new postings). On Linux each is a `Notify` call
//! to the notification daemon of the session bus with a default action: clicking it brings the
//! window forward and the core keeps the notice's screen until the window asks for it
//! (`take_opened_notice`). Elsewhere tauri-plugin-notification shows them (a click there just
//! brings the app forward). A notice that cannot be shown (no daemon) is logged and dropped: the
//! app shows the same in its badges.

use shigoto_desktop_core::notices::OsNotice;
use tauri::AppHandle;
use tokio::sync::broadcast::{error::RecvError, Receiver};

/// Shows every notice `notices` receives until the core goes.
pub fn forward(handle: AppHandle, mut notices: Receiver<OsNotice>) {
    tauri::async_runtime::spawn(async move {
        loop {
            match notices.recv().await {
                Ok(notice) => show(&handle, notice),
                Err(RecvError::Lagged(dropped)) => {
                    tracing::warn!(dropped, "notifications dropped: too many at once");
                }
                Err(RecvError::Closed) => break,
            }
        }
    });
}

#[cfg(target_os = "linux")]
fn show(handle: &AppHandle, notice: OsNotice) {
    use tauri::Manager;

    let shown = notify_rust::Notification::new()
        .appname("Shigoto")
        .summary(&notice.title)
        .body(&notice.body)
        .action(
            "default",
            &shigoto_desktop_core::language::texts().t("desktop-notification-open"),
        )
        .show();
    let shown = match shown {
        Ok(shown) => shown,
        Err(err) => {
            tracing::warn!(code = "notification_failed", error = %err, "notification not shown");
            return;
        }
    };
    tracing::info!(title = %notice.title, "notification shown");
    // Waiting for the click blocks on the bus until the notification closes: a thread of its
    // own. Daemons that keep notices in a tray hold them until dismissed, so only so many wait;
    // beyond that a notice is shown without opening its screen when clicked.
    let Some(waiting) = Waiting::enter() else {
        tracing::warn!("too many notifications waiting for a click: this one opens nothing");
        return;
    };
    let handle = handle.clone();
    let waited = std::thread::Builder::new()
        .name("notification".into())
        .spawn(move || {
            let _waiting = waiting;
            shown.wait_for_action(|action| {
                if action != "default" {
                    return;
                }
                tracing::info!(target = ?notice.target, "notification clicked");
                handle
                    .state::<shigoto_desktop_core::DesktopCore>()
                    .notice_opened(notice.target);
                if let Some(window) = handle.get_webview_window("main") {
                    let _ = window.unminimize();
                    let _ = window.show();
                    let _ = window.set_focus();
                }
            });
        });
    if let Err(err) = waited {
        tracing::warn!(error = %err, "a notification's click cannot be waited for");
    }
}

/// Notifications waiting for a click at most.
#[cfg(target_os = "linux")]
const MAX_WAITING: usize = 16;

/// One notification waiting for a click, counted while it waits.
#[cfg(target_os = "linux")]
struct Waiting;

#[cfg(target_os = "linux")]
static WAITING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

#[cfg(target_os = "linux")]
impl Waiting {
    /// A place among the waiting, if there is one (taken by one atomic update).
    fn enter() -> Option<Self> {
        use std::sync::atomic::Ordering;
        WAITING
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < MAX_WAITING).then_some(n + 1)
            })
            .ok()
            .map(|_| Waiting)
    }
}

#[cfg(target_os = "linux")]
impl Drop for Waiting {
    fn drop(&mut self) {
        WAITING.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

#[cfg(not(target_os = "linux"))]
fn show(handle: &AppHandle, notice: OsNotice) {
    use tauri_plugin_notification::NotificationExt;

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

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn only_so_many_notifications_wait_and_a_place_comes_back() {
        let held: Vec<Waiting> = (0..MAX_WAITING).map_while(|_| Waiting::enter()).collect();
        assert_eq!(held.len(), MAX_WAITING);
        assert!(Waiting::enter().is_none(), "one too many");
        drop(held);
        assert!(Waiting::enter().is_some());
    }
}
