//! Commands of this computer's settings (端末の設定). Allowed to the main window by the
//! `settings` permission (`permissions/settings.toml`).

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{ApiError, DeviceSettings, Lang};
use tauri::State;

/// This computer's settings (端末の設定).
#[tauri::command]
pub async fn device_settings(core: State<'_, DesktopCore>) -> Result<DeviceSettings, ApiError> {
    Ok(core.device_settings())
}

/// Marks this computer as a shared workstation or not (kept in the settings file).
#[tauri::command]
pub async fn set_shared_workstation(
    core: State<'_, DesktopCore>,
    shared: bool,
) -> Result<DeviceSettings, ApiError> {
    core.set_shared_workstation(shared)
}

/// Chooses the app's language (`None`: follow the system's; kept in the settings file).
#[tauri::command]
pub async fn set_language(
    core: State<'_, DesktopCore>,
    choice: Option<Lang>,
) -> Result<DeviceSettings, ApiError> {
    core.set_language(choice)
}
