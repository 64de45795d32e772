//! Commands of the 求人者マイページ: opening it, the employer's own 事業所登録, and its
//! postings (求人申込み: the 求人一覧, drafts, 一時保存, 申込み, a change of a published posting,
//! the one extension, 募集停止), and the search of published 求職情報 with 応募検討依頼. Allowed to the main window by the `employer` permission
//! (`permissions/employer.toml`); the service checks the role.

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, EmployerOpeningCompletion, EmployerProfile, EmployerRegistration, KeySent,
    NewPosting, PostingDetail, PostingItem, PostingSave, ProfileSearch, PublishedProfiles,
    RegistrationKeyRequest, RequestToConsider, SentRequest, SentRequests,
};
use tauri::State;

/// Employer MyPage opening, step 1 (a 認証キー by mail).
#[tauri::command]
pub async fn request_employer_opening_key(
    core: State<'_, DesktopCore>,
    request: RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_employer_opening_key(&request).await
}

/// Employer MyPage opening, step 2 (key + password + 事業所情報).
#[tauri::command]
pub async fn complete_employer_opening(
    core: State<'_, DesktopCore>,
    request: EmployerOpeningCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_employer_opening(&request).await
}

/// The signed-in employer's 事業所登録.
#[tauri::command]
pub async fn employer_registration(
    core: State<'_, DesktopCore>,
) -> Result<EmployerRegistration, ApiError> {
    core.employer_registration().await
}

/// Files a returned 事業所登録 again, corrected.
#[tauri::command]
pub async fn refile_employer_registration(
    core: State<'_, DesktopCore>,
    profile: EmployerProfile,
) -> Result<EmployerRegistration, ApiError> {
    core.refile_employer_registration(&profile).await
}

/// The signed-in employer's 求人一覧.
#[tauri::command]
pub async fn employer_postings(core: State<'_, DesktopCore>) -> Result<Vec<PostingItem>, ApiError> {
    core.employer_postings().await
}

/// One of the employer's postings (its form and, once published, its 求人票).
#[tauri::command]
pub async fn employer_posting(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<PostingDetail, ApiError> {
    core.employer_posting(id).await
}

/// A new draft, empty or a copy of one of the employer's postings.
#[tauri::command]
pub async fn new_employer_posting(
    core: State<'_, DesktopCore>,
    request: NewPosting,
) -> Result<PostingDetail, ApiError> {
    core.new_employer_posting(&request).await
}

/// 一時保存 of a posting's form.
#[tauri::command]
pub async fn save_employer_posting(
    core: State<'_, DesktopCore>,
    id: i64,
    request: PostingSave,
) -> Result<PostingDetail, ApiError> {
    core.save_employer_posting(id, &request).await
}

/// Deletes a draft.
#[tauri::command]
pub async fn delete_employer_posting(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<(), ApiError> {
    core.delete_employer_posting(id).await
}

/// 申込み of a posting (its form saved and filed for review).
#[tauri::command]
pub async fn submit_employer_posting(
    core: State<'_, DesktopCore>,
    id: i64,
    request: PostingSave,
) -> Result<PostingDetail, ApiError> {
    core.submit_employer_posting(id, &request).await
}

/// A change draft of a published posting.
#[tauri::command]
pub async fn change_employer_posting(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<PostingDetail, ApiError> {
    core.change_employer_posting(id).await
}

/// The one extension of a published posting's 紹介期限日.
#[tauri::command]
pub async fn extend_employer_posting(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<PostingDetail, ApiError> {
    core.extend_employer_posting(id).await
}

/// 募集停止 of a published posting.
#[tauri::command]
pub async fn stop_employer_posting(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<PostingDetail, ApiError> {
    core.stop_employer_posting(id).await
}

/// Published 求職情報 matching `search`.
#[tauri::command]
pub async fn search_published_profiles(
    core: State<'_, DesktopCore>,
    search: ProfileSearch,
) -> Result<PublishedProfiles, ApiError> {
    core.search_published_profiles(search).await
}

/// Sends a 応募検討依頼 for one of the employer's postings.
#[tauri::command]
pub async fn send_direct_request(
    core: State<'_, DesktopCore>,
    request: RequestToConsider,
) -> Result<SentRequest, ApiError> {
    core.send_direct_request(request).await
}

/// The 応募検討依頼 sent for one of the employer's postings.
#[tauri::command]
pub async fn sent_requests(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<SentRequests, ApiError> {
    core.sent_requests(&job_number).await
}
