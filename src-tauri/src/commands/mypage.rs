//! Commands of a signed-in job seeker's MyPage data on this device: favorites, saved searches,
//! hidden employers, 求職者情報 and their sync status. They read the local cache, so they answer without the network.
//! Allowed to the main window by the `mypage` permission (`permissions/mypage.toml`).

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, FavoriteItem, HiddenEmployerItem, JobSearchParams, MyProfile, RejectedEdit, Reminder,
    SavedSearchItem, SeekerProfile, SyncStatus,
};
use tauri::State;

/// The favorites, newest first.
#[tauri::command]
pub fn favorites(core: State<'_, DesktopCore>) -> Result<Vec<FavoriteItem>, ApiError> {
    core.favorites()
}

/// The 求人番号 of the favorites (to mark them in lists).
#[tauri::command]
pub fn favorite_numbers(core: State<'_, DesktopCore>) -> Result<Vec<String>, ApiError> {
    core.favorite_numbers()
}

/// お気に入りに追加; answers the favorites' numbers.
#[tauri::command]
pub async fn add_favorite(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<Vec<String>, ApiError> {
    core.add_favorite(&job_number).await
}

/// お気に入りから削除; answers the favorites' numbers.
#[tauri::command]
pub fn remove_favorite(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<Vec<String>, ApiError> {
    core.remove_favorite(&job_number)
}

/// Employers hidden from the results, most recently hidden first.
#[tauri::command]
pub fn hidden_employers(core: State<'_, DesktopCore>) -> Result<Vec<HiddenEmployerItem>, ApiError> {
    core.hidden_employers()
}

/// この事業所の求人を表示しない; answers the hidden employers once the service took it (or after
/// a short wait, offline).
#[tauri::command]
pub async fn hide_employer(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<Vec<HiddenEmployerItem>, ApiError> {
    core.hide_employer(&job_number).await
}

/// Shows an employer again; answers the hidden employers.
#[tauri::command]
pub async fn show_employer(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<Vec<HiddenEmployerItem>, ApiError> {
    core.show_employer(&job_number).await
}

/// 求職者情報 as this device has it.
#[tauri::command]
pub fn seeker_profile(core: State<'_, DesktopCore>) -> Result<MyProfile, ApiError> {
    core.profile()
}

/// Saves the 求職者情報 (synced in the background); answers it as shown after the save.
#[tauri::command]
pub fn save_seeker_profile(
    core: State<'_, DesktopCore>,
    profile: SeekerProfile,
) -> Result<MyProfile, ApiError> {
    core.save_profile(&profile)
}

/// The saved searches.
#[tauri::command]
pub fn saved_searches(core: State<'_, DesktopCore>) -> Result<Vec<SavedSearchItem>, ApiError> {
    core.saved_searches()
}

/// 新規保存 (no `id`) or 上書き保存; answers the saved searches.
#[tauri::command]
pub fn save_search(
    core: State<'_, DesktopCore>,
    id: Option<String>,
    name: String,
    params: JobSearchParams,
) -> Result<Vec<SavedSearchItem>, ApiError> {
    core.save_search(id.as_deref(), &name, &params)
}

/// Deletes a saved search; answers the saved searches.
#[tauri::command]
pub fn delete_search(
    core: State<'_, DesktopCore>,
    id: String,
) -> Result<Vec<SavedSearchItem>, ApiError> {
    core.delete_search(&id)
}

/// 新着をお知らせ on or off for a saved search; answers the saved searches.
#[tauri::command]
pub fn set_search_alert(
    core: State<'_, DesktopCore>,
    id: String,
    on: bool,
) -> Result<Vec<SavedSearchItem>, ApiError> {
    core.set_search_alert(&id, on)
}

/// What of the signed-in job seeker's or employer's ends soon, as of the last sync.
#[tauri::command]
pub fn reminders(core: State<'_, DesktopCore>) -> Result<Vec<Reminder>, ApiError> {
    core.reminders()
}

/// New postings of the saved searches marked 新着をお知らせ, as last counted on this device.
#[tauri::command]
pub fn new_postings_total(core: State<'_, DesktopCore>) -> Result<u64, ApiError> {
    core.new_postings_total()
}

/// The conditions of a saved search being run again.
#[tauri::command]
pub fn run_saved_search(
    core: State<'_, DesktopCore>,
    id: String,
) -> Result<JobSearchParams, ApiError> {
    core.run_saved_search(&id)
}

/// Where syncing stands (none when no job seeker is signed in).
#[tauri::command]
pub fn sync_status(core: State<'_, DesktopCore>) -> Option<SyncStatus> {
    core.sync_status()
}

/// Asks for a sync pass now.
#[tauri::command]
pub fn sync_now(core: State<'_, DesktopCore>) {
    core.sync_now();
}

/// Edits the service refused since last asked.
#[tauri::command]
pub fn take_rejections(core: State<'_, DesktopCore>) -> Result<Vec<RejectedEdit>, ApiError> {
    core.take_rejections()
}
