//! 端末の設定: this computer's settings.

use serde::Serialize;
use shigoto_shared::{ApiError, DeviceSettings, Lang};

use super::{call, NoArgs};

#[derive(Serialize)]
struct SharedArgs {
    shared: bool,
}

/// `device_settings`: this computer's settings (端末の設定).
pub async fn device_settings() -> Result<DeviceSettings, ApiError> {
    call("device_settings", &NoArgs {}).await
}

/// `set_shared_workstation`: marks this computer as a shared workstation or not.
pub async fn set_shared_workstation(shared: bool) -> Result<DeviceSettings, ApiError> {
    call("set_shared_workstation", &SharedArgs { shared }).await
}

#[derive(Serialize)]
struct LanguageArgs {
    choice: Option<Lang>,
}

/// `set_language`: chooses the app's language (`None`: follow the system's).
pub async fn set_language(choice: Option<Lang>) -> Result<DeviceSettings, ApiError> {
    call("set_language", &LanguageArgs { choice }).await
}
