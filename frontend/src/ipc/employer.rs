//! The 求人者マイページ's commands: opening it, the employer's own 事業所登録, and its postings
//! (求人申込み: the 求人一覧, drafts, 一時保存, 申込み, a change of a published posting, the one
//! extension, 募集停止).

use serde::de::IgnoredAny;
use serde::Serialize;
use shigoto_shared::{
    ApiError, EmployerOpeningCompletion, EmployerProfile, EmployerRegistration, KeySent,
    NewPosting, PostingDetail, PostingItem, PostingSave, ProfileSearch, PublishedProfiles,
    RegistrationKeyRequest, RequestToConsider, SentRequest, SentRequests,
};

use super::{call, NoArgs, RequestArgs};

#[derive(Serialize)]
struct ProfileArgs<'a> {
    profile: &'a EmployerProfile,
}

#[derive(Serialize)]
struct IdArgs {
    id: i64,
}

#[derive(Serialize)]
struct SaveArgs<'a> {
    id: i64,
    request: &'a PostingSave,
}

/// `request_employer_opening_key`: employer MyPage opening step 2; the 認証キー is mailed (the
/// answer is the same whether or not the address already has an account).
pub async fn request_employer_opening_key(
    request: &RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    call("request_employer_opening_key", &RequestArgs { request }).await
}

/// `complete_employer_opening`: employer MyPage opening step 3, the 認証キー, the password and
/// the 事業所情報 (filed as a provisional 事業所登録).
pub async fn complete_employer_opening(
    request: &EmployerOpeningCompletion,
) -> Result<KeySent, ApiError> {
    call("complete_employer_opening", &RequestArgs { request }).await
}

/// `employer_registration`: the signed-in employer's 事業所登録.
pub async fn employer_registration() -> Result<EmployerRegistration, ApiError> {
    call("employer_registration", &NoArgs {}).await
}

/// `refile_employer_registration`: files a returned 事業所登録 again, corrected.
pub async fn refile_employer_registration(
    profile: &EmployerProfile,
) -> Result<EmployerRegistration, ApiError> {
    call("refile_employer_registration", &ProfileArgs { profile }).await
}

/// `employer_postings`: the signed-in employer's 求人一覧.
pub async fn employer_postings() -> Result<Vec<PostingItem>, ApiError> {
    call("employer_postings", &NoArgs {}).await
}

/// `employer_posting`: one of the employer's postings (its form and, once published, its
/// 求人票).
pub async fn employer_posting(id: i64) -> Result<PostingDetail, ApiError> {
    call("employer_posting", &IdArgs { id }).await
}

/// `new_employer_posting`: a new draft, empty or a copy of one of the employer's postings.
pub async fn new_employer_posting(request: &NewPosting) -> Result<PostingDetail, ApiError> {
    call("new_employer_posting", &RequestArgs { request }).await
}

/// `save_employer_posting`: 一時保存 of a draft's or a returned posting's form, unchecked.
pub async fn save_employer_posting(
    id: i64,
    request: &PostingSave,
) -> Result<PostingDetail, ApiError> {
    call("save_employer_posting", &SaveArgs { id, request }).await
}

/// `delete_employer_posting`: deletes a draft.
pub async fn delete_employer_posting(id: i64) -> Result<(), ApiError> {
    call::<_, IgnoredAny>("delete_employer_posting", &IdArgs { id })
        .await
        .map(|_| ())
}

/// `submit_employer_posting`: 申込み (仮登録) of a draft or a returned posting, checked by every
/// step's rules.
pub async fn submit_employer_posting(
    id: i64,
    request: &PostingSave,
) -> Result<PostingDetail, ApiError> {
    call("submit_employer_posting", &SaveArgs { id, request }).await
}

/// `change_employer_posting`: a change draft of a published posting (its `item.job_number` is
/// the posting it changes).
pub async fn change_employer_posting(id: i64) -> Result<PostingDetail, ApiError> {
    call("change_employer_posting", &IdArgs { id }).await
}

/// `extend_employer_posting`: the one extension of a published posting's 紹介期限日.
pub async fn extend_employer_posting(id: i64) -> Result<PostingDetail, ApiError> {
    call("extend_employer_posting", &IdArgs { id }).await
}

/// `stop_employer_posting`: 募集停止 of a published posting.
pub async fn stop_employer_posting(id: i64) -> Result<PostingDetail, ApiError> {
    call("stop_employer_posting", &IdArgs { id }).await
}

#[derive(Serialize)]
struct SearchArgs<'a> {
    search: &'a ProfileSearch,
}

/// `search_published_profiles`: published 求職情報 matching `search`.
pub async fn search_published_profiles(
    search: ProfileSearch,
) -> Result<PublishedProfiles, ApiError> {
    call("search_published_profiles", &SearchArgs { search: &search }).await
}

/// `send_direct_request`: a 応募検討依頼 for one of the employer's postings.
pub async fn send_direct_request(request: RequestToConsider) -> Result<SentRequest, ApiError> {
    call("send_direct_request", &RequestArgs { request: &request }).await
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JobArgs<'a> {
    job_number: &'a str,
}

/// `sent_requests`: the 応募検討依頼 sent for one of the employer's postings.
pub async fn sent_requests(job_number: String) -> Result<SentRequests, ApiError> {
    call(
        "sent_requests",
        &JobArgs {
            job_number: &job_number,
        },
    )
    .await
}
