//! Commands of counselors: the counter registration of a job seeker, 本登録 of provisional
//! applications, a job seeker's record and the counter's 求職有効, and the review of employers' 事業所登録 and of their filed postings (求人受理:
//! 受理, 返戻). Allowed to the main window by the `counselor` permission
//! (`permissions/counselor.toml`); the service checks the role.

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, CounsellingRecord, CounsellingRecorded, CounsellingRequest, CounselorActionLog,
    CounterRegistration, EmployerApplication, EmployerReturn, IntroductionRequest, JobIntroduction,
    PostingQueueItem, PostingReturn, PostingReview, ProvisionalSeeker, RegisteredSeeker,
    SeekerMatches, SeekerRecord,
};
use tauri::State;

/// Counter registration of a job seeker (counselors).
#[tauri::command]
pub async fn register_seeker(
    core: State<'_, DesktopCore>,
    request: CounterRegistration,
) -> Result<RegisteredSeeker, ApiError> {
    core.register_seeker(&request).await
}

/// Provisional applications waiting for 本登録 (counselors).
#[tauri::command]
pub async fn list_provisional_seekers(
    core: State<'_, DesktopCore>,
) -> Result<Vec<ProvisionalSeeker>, ApiError> {
    core.list_provisional_seekers().await
}

/// 本登録 of a provisional application (counselors).
#[tauri::command]
pub async fn confirm_seeker(
    core: State<'_, DesktopCore>,
    seeker_number: String,
) -> Result<RegisteredSeeker, ApiError> {
    core.confirm_seeker(&seeker_number).await
}

/// A page of the office's audit trail (counselors).
#[tauri::command]
pub async fn counselor_actions(
    core: State<'_, DesktopCore>,
    before: Option<i64>,
) -> Result<CounselorActionLog, ApiError> {
    core.counselor_actions(before).await
}

/// Job seekers of the counselor's prefecture found by 氏名 or フリガナ (counselors).
#[tauri::command]
pub async fn find_seekers(
    core: State<'_, DesktopCore>,
    words: String,
) -> Result<SeekerMatches, ApiError> {
    core.find_seekers(&words).await
}

/// A job seeker of the counselor's prefecture, by 求職番号 (counselors).
#[tauri::command]
pub async fn seeker_record(
    core: State<'_, DesktopCore>,
    seeker_number: String,
) -> Result<SeekerRecord, ApiError> {
    core.seeker_record(&seeker_number).await
}

/// オンライン職業紹介 or おすすめ求人 of a posting to a job seeker (counselors).
#[tauri::command]
pub async fn introduce_job(
    core: State<'_, DesktopCore>,
    seeker_number: String,
    request: IntroductionRequest,
) -> Result<JobIntroduction, ApiError> {
    core.introduce_job(&seeker_number, &request).await
}

/// A 職業相談 recorded with a job seeker (counselors).
#[tauri::command]
pub async fn record_counselling(
    core: State<'_, DesktopCore>,
    seeker_number: String,
    request: CounsellingRequest,
) -> Result<CounsellingRecorded, ApiError> {
    core.record_counselling(&seeker_number, &request).await
}

/// A job seeker's 職業相談, newest first (counselors).
#[tauri::command]
pub async fn counselling_sessions(
    core: State<'_, DesktopCore>,
    seeker_number: String,
) -> Result<Vec<CounsellingRecord>, ApiError> {
    core.counselling_sessions(&seeker_number).await
}

/// The counter's 求職有効 of a lapsed registration (counselors).
#[tauri::command]
pub async fn reactivate_seeker(
    core: State<'_, DesktopCore>,
    seeker_number: String,
) -> Result<SeekerRecord, ApiError> {
    core.reactivate_seeker(&seeker_number).await
}

/// 事業所登録 waiting for review (counselors).
#[tauri::command]
pub async fn list_employer_applications(
    core: State<'_, DesktopCore>,
) -> Result<Vec<EmployerApplication>, ApiError> {
    core.list_employer_applications().await
}

/// 受理 of a 事業所登録 (counselors).
#[tauri::command]
pub async fn accept_employer(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<EmployerApplication, ApiError> {
    core.accept_employer(id).await
}

/// 返戻 of a 事業所登録 with a reason (counselors).
#[tauri::command]
pub async fn return_employer(
    core: State<'_, DesktopCore>,
    id: i64,
    request: EmployerReturn,
) -> Result<EmployerApplication, ApiError> {
    core.return_employer(id, &request).await
}

/// Filed postings waiting for review (counselors).
#[tauri::command]
pub async fn counselor_postings(
    core: State<'_, DesktopCore>,
) -> Result<Vec<PostingQueueItem>, ApiError> {
    core.counselor_postings().await
}

/// A filed posting as the counselor reviews it (counselors).
#[tauri::command]
pub async fn counselor_posting(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<PostingReview, ApiError> {
    core.counselor_posting(id).await
}

/// 受理 of a filed posting (counselors).
#[tauri::command]
pub async fn accept_posting(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<PostingReview, ApiError> {
    core.accept_posting(id).await
}

/// 返戻 of a filed posting with a reason (counselors).
#[tauri::command]
pub async fn return_posting(
    core: State<'_, DesktopCore>,
    id: i64,
    request: PostingReturn,
) -> Result<PostingQueueItem, ApiError> {
    core.return_posting(id, &request).await
}
