//! Typed wrappers of the commands of a signed-in job seeker's MyPage data on this device:
//! favorites, saved search conditions, hidden employers, 求職者情報 and their sync. They read the app's local cache, so they
//! answer without the network.

use serde::de::IgnoredAny;
use serde::Serialize;
use shigoto_shared::{
    ApiError, FavoriteItem, HiddenEmployerItem, JobSearchParams, MyProfile, RejectedEdit, Reminder,
    SavedSearchItem, SeekerProfile, SyncStatus,
};

use super::{call, NoArgs};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JobNumberArgs<'a> {
    job_number: &'a str,
}

#[derive(Serialize)]
struct IdArgs<'a> {
    id: &'a str,
}

#[derive(Serialize)]
struct SaveSearchArgs<'a> {
    id: Option<&'a str>,
    name: &'a str,
    params: &'a JobSearchParams,
}

/// `favorites`: the favorites, newest first.
pub async fn favorites() -> Result<Vec<FavoriteItem>, ApiError> {
    call("favorites", &NoArgs {}).await
}

/// `favorite_numbers`: the 求人番号 of the favorites (to mark them in lists).
pub async fn favorite_numbers() -> Result<Vec<String>, ApiError> {
    call("favorite_numbers", &NoArgs {}).await
}

/// `add_favorite`: お気に入りに追加; answers the favorites' numbers.
pub async fn add_favorite(job_number: &str) -> Result<Vec<String>, ApiError> {
    call("add_favorite", &JobNumberArgs { job_number }).await
}

/// `remove_favorite`: お気に入りから削除; answers the favorites' numbers.
pub async fn remove_favorite(job_number: &str) -> Result<Vec<String>, ApiError> {
    call("remove_favorite", &JobNumberArgs { job_number }).await
}

/// `hidden_employers`: employers hidden from the results, most recently hidden first.
pub async fn hidden_employers() -> Result<Vec<HiddenEmployerItem>, ApiError> {
    call("hidden_employers", &NoArgs {}).await
}

/// `hide_employer`: この事業所の求人を表示しない (the employer of `job_number`); answers the
/// hidden employers once the service took it.
pub async fn hide_employer(job_number: &str) -> Result<Vec<HiddenEmployerItem>, ApiError> {
    call("hide_employer", &JobNumberArgs { job_number }).await
}

/// `show_employer`: shows the employer hidden from `job_number` again; answers the hidden
/// employers.
pub async fn show_employer(job_number: &str) -> Result<Vec<HiddenEmployerItem>, ApiError> {
    call("show_employer", &JobNumberArgs { job_number }).await
}

/// `saved_searches`: the saved search conditions.
pub async fn saved_searches() -> Result<Vec<SavedSearchItem>, ApiError> {
    call("saved_searches", &NoArgs {}).await
}

/// `save_search`: 新規保存 (`id` = `None`) or 上書き保存 of `id`; answers the saved searches.
pub async fn save_search(
    id: Option<&str>,
    name: &str,
    params: &JobSearchParams,
) -> Result<Vec<SavedSearchItem>, ApiError> {
    call("save_search", &SaveSearchArgs { id, name, params }).await
}

/// `delete_search`: deletes a saved search; answers the saved searches.
pub async fn delete_search(id: &str) -> Result<Vec<SavedSearchItem>, ApiError> {
    call("delete_search", &IdArgs { id }).await
}

/// `run_saved_search`: the conditions of a saved search being run again (the search itself is
/// the usual `search_jobs`).
pub async fn run_saved_search(id: &str) -> Result<JobSearchParams, ApiError> {
    call("run_saved_search", &IdArgs { id }).await
}

#[derive(Serialize)]
struct AlertArgs<'a> {
    id: &'a str,
    on: bool,
}

/// `set_search_alert`: 新着をお知らせ on or off for a saved search; answers the saved searches.
pub async fn set_search_alert(id: &str, on: bool) -> Result<Vec<SavedSearchItem>, ApiError> {
    call("set_search_alert", &AlertArgs { id, on }).await
}

/// `reminders`: what of the signed-in person's ends soon, as of the last sync.
pub async fn reminders() -> Result<Vec<Reminder>, ApiError> {
    call("reminders", &NoArgs {}).await
}

/// `new_postings_total`: new postings of the saved searches marked 新着をお知らせ, as last
/// counted on this device (0 without a copy).
pub async fn new_postings_total() -> Result<u64, ApiError> {
    call("new_postings_total", &NoArgs {}).await
}

/// `sync_status`: where syncing stands, `None` when no job seeker is signed in.
pub async fn sync_status() -> Result<Option<SyncStatus>, ApiError> {
    call("sync_status", &NoArgs {}).await
}

/// `sync_now`: asks for a sync pass now (今すぐ同期).
pub async fn sync_now() -> Result<(), ApiError> {
    call::<_, IgnoredAny>("sync_now", &NoArgs {})
        .await
        .map(|_| ())
}

/// `take_rejections`: the edits the service refused since last asked (each told once).
pub async fn take_rejections() -> Result<Vec<RejectedEdit>, ApiError> {
    call("take_rejections", &NoArgs {}).await
}

#[derive(Serialize)]
struct ProfileArgs {
    profile: SeekerProfile,
}

/// `seeker_profile`: 求職者情報 as this device has it.
pub async fn seeker_profile() -> Result<MyProfile, ApiError> {
    call("seeker_profile", &NoArgs {}).await
}

/// `save_seeker_profile`: saves the 求職者情報 on this device (synced in the background).
pub async fn save_seeker_profile(profile: SeekerProfile) -> Result<MyProfile, ApiError> {
    call("save_seeker_profile", &ProfileArgs { profile }).await
}
