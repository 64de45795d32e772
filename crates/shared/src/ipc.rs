//! Types that only cross the boundary between the Yew front end and the Tauri commands.
//!
//! Command errors are [`crate::ApiError`] values too: the desktop core maps a failed HTTP call
//! to the service's own error body, and adds [`crate::ErrorCode::ServiceUnreachable`].

use serde::{Deserialize, Serialize};
use shigoto_i18n::Lang;

/// Answer of the `service_status` command: which service the app talks to and whether it
/// answered just now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceStatus {
    pub base_url: String,
    pub reachable: bool,
    /// Postings the service has indexed, when it answered.
    pub indexed_jobs: Option<u64>,
}

/// Answer of the `device_settings`, `set_shared_workstation` and `set_language` commands: this
/// computer's settings (端末の設定).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DeviceSettings {
    /// 共用端末: signing out and quitting the app remove the sign-in (keyring) and the MyPage
    /// data kept on this computer. Counselors' sessions are treated so whatever this says.
    pub shared_workstation: bool,
    /// Fixed on by the administrator (`SHIGOTO_SHARED_WORKSTATION`): the app cannot change it.
    pub shared_workstation_fixed: bool,
    /// The language the app shows: the one chosen, else the system's.
    pub language: Lang,
    /// The language chosen on 端末の設定; `None` follows the system.
    pub language_choice: Option<Lang>,
    /// The system's language (what `None` follows).
    pub system_language: Lang,
}

/// The screen an OS notification opens when the person clicks it (`take_opened_notice`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum NoticeTarget {
    /// One message thread.
    Thread { id: i64 },
    /// メッセージ.
    Messages,
    /// 求職活動状況 (introductions, results).
    Activity,
    /// 求人検索 (new postings of saved searches).
    Search,
    /// 求職者情報・設定 (the registration's end).
    SeekerInfo,
    /// 求人一覧 (a posting's 紹介期限日).
    EmployerPostings,
}
