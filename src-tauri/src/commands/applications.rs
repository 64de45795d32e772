//! Commands of applications: a job seeker's profile as an application sends it, 応募する, their
//! applications and 辞退; an employer's applicants and 採否; a counselor's referrals and a
//! seeker's record; the 紹介状 saved as a PDF. Allowed to the main window by the `applications`
//! permission (`permissions/applications.toml`); the service checks the role.

use shigoto_desktop_core::DesktopCore;
use shigoto_shared::{
    ApiError, Applicant, ApplicantDetail, ApplicantProfile, ApplicationRequest, ApplicationResult,
    JobIntroduction, MyApplication, ReceivedRequest, ReferralRequest, SavedDocument,
};
use tauri::State;

/// What an application sends about the signed-in job seeker.
#[tauri::command]
pub async fn applicant_profile(core: State<'_, DesktopCore>) -> Result<ApplicantProfile, ApiError> {
    core.applicant_profile().await
}

/// 応募する (オンライン自主応募).
#[tauri::command]
pub async fn apply(
    core: State<'_, DesktopCore>,
    request: ApplicationRequest,
) -> Result<MyApplication, ApiError> {
    core.apply(&request).await
}

/// The job seeker's applications, newest first (from the device's cache).
#[tauri::command]
pub fn my_applications(core: State<'_, DesktopCore>) -> Result<Vec<MyApplication>, ApiError> {
    core.my_applications()
}

/// 応募検討依頼 received by the job seeker (from the device's cache).
#[tauri::command]
pub fn received_requests(core: State<'_, DesktopCore>) -> Result<Vec<ReceivedRequest>, ApiError> {
    core.received_requests()
}

/// Declines a 応募検討依頼.
#[tauri::command]
pub async fn decline_request(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<ReceivedRequest, ApiError> {
    core.decline_request(id).await
}

/// オンライン職業紹介 and おすすめ求人 sent to the job seeker (from the device's cache).
#[tauri::command]
pub fn introductions(core: State<'_, DesktopCore>) -> Result<Vec<JobIntroduction>, ApiError> {
    core.introductions()
}

/// Introductions and results not shown on 求職活動状況 on this device yet.
#[tauri::command]
pub fn activity_news(core: State<'_, DesktopCore>) -> Result<u32, ApiError> {
    core.activity_news()
}

/// 求職活動状況 was shown.
#[tauri::command]
pub fn mark_activity_seen(core: State<'_, DesktopCore>) -> Result<(), ApiError> {
    core.mark_activity_seen()
}

/// 応募 from an online introduction (a referral with its 紹介状).
#[tauri::command]
pub async fn apply_from_introduction(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<MyApplication, ApiError> {
    core.apply_from_introduction(id).await
}

/// 辞退 of an application still 選考中.
#[tauri::command]
pub async fn withdraw_application(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<MyApplication, ApiError> {
    core.withdraw_application(id).await
}

/// The applicants of one of the employer's postings.
#[tauri::command]
pub async fn applicants(
    core: State<'_, DesktopCore>,
    job_number: String,
) -> Result<Vec<Applicant>, ApiError> {
    core.applicants(&job_number).await
}

/// One applicant.
#[tauri::command]
pub async fn applicant(core: State<'_, DesktopCore>, id: i64) -> Result<ApplicantDetail, ApiError> {
    core.applicant(id).await
}

/// 採否 of one applicant.
#[tauri::command]
pub async fn record_result(
    core: State<'_, DesktopCore>,
    id: i64,
    result: ApplicationResult,
) -> Result<ApplicantDetail, ApiError> {
    core.record_result(id, &result).await
}

/// 紹介: a counselor refers a seeker to a posting.
#[tauri::command]
pub async fn refer_seeker(
    core: State<'_, DesktopCore>,
    seeker_number: String,
    request: ReferralRequest,
) -> Result<MyApplication, ApiError> {
    core.refer_seeker(&seeker_number, &request).await
}

/// A seeker's applications and results, for a counselor.
#[tauri::command]
pub async fn seeker_applications(
    core: State<'_, DesktopCore>,
    seeker_number: String,
) -> Result<Vec<MyApplication>, ApiError> {
    core.seeker_applications(&seeker_number).await
}

/// Saves a 紹介状 in the downloads folder.
#[tauri::command]
pub async fn save_referral_letter(
    core: State<'_, DesktopCore>,
    id: i64,
) -> Result<SavedDocument, ApiError> {
    core.save_referral_letter(id).await
}

/// Saves a 応募書類 in the downloads folder.
#[tauri::command]
pub async fn save_application_document(
    core: State<'_, DesktopCore>,
    id: i64,
    number: i32,
) -> Result<SavedDocument, ApiError> {
    core.save_application_document(id, number).await
}

/// Saves the 求職活動実績 of a period in the downloads folder (PDF, else CSV).
#[tauri::command]
pub async fn save_activity_report(
    core: State<'_, DesktopCore>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    pdf: bool,
) -> Result<SavedDocument, ApiError> {
    core.save_activity_report(from, to, pdf).await
}
