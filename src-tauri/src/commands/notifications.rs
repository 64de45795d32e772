//! Commands of OS notifications. Allowed to the main window by the `notifications` permission
//! (`permissions/notifications.toml`).

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::NoticeTarget;
use tauri::State;

/// The screen of the notification the person last clicked, once.
#[tauri::command]
pub fn take_opened_notice(core: State<'_, DesktopCore>) -> Option<NoticeTarget> {
    core.take_opened_notice()
}
