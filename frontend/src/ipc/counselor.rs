//! The counselors' commands: 窓口での求職登録, 仮登録の本登録, a job seeker's record, 職業相談 and the
//! counter's 求職有効, 事業所登録の審査 (受理, 返戻) and 求人受理 (the filed postings of the
//! counselor's prefecture: 受理, 返戻).

use serde::Serialize;
use shigoto_shared::{
    ApiError, CounsellingRecord, CounsellingRecorded, CounsellingRequest, CounselorActionLog,
    CounterRegistration, EmployerApplication, EmployerReturn, IntroductionRequest, JobIntroduction,
    PostingQueueItem, PostingReturn, PostingReview, ProvisionalSeeker, RegisteredSeeker,
    SeekerMatches, SeekerRecord,
};

use super::{call, NoArgs, RequestArgs};

#[derive(Serialize)]
struct IdArgs {
    id: i64,
}

#[derive(Serialize)]
struct ReturnArgs<'a> {
    id: i64,
    request: &'a EmployerReturn,
}

#[derive(Serialize)]
struct PostingReturnArgs<'a> {
    id: i64,
    request: &'a PostingReturn,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SeekerNumberArgs<'a> {
    seeker_number: &'a str,
}

/// `register_seeker`: a counselor records a job seeker at the counter.
pub async fn register_seeker(request: &CounterRegistration) -> Result<RegisteredSeeker, ApiError> {
    call("register_seeker", &RequestArgs { request }).await
}

/// `list_provisional_seekers`: provisional applications waiting for 本登録 (counselors).
pub async fn list_provisional_seekers() -> Result<Vec<ProvisionalSeeker>, ApiError> {
    call("list_provisional_seekers", &NoArgs {}).await
}

/// `confirm_seeker`: a counselor completes a provisional registration (本登録).
pub async fn confirm_seeker(seeker_number: &str) -> Result<RegisteredSeeker, ApiError> {
    call("confirm_seeker", &SeekerNumberArgs { seeker_number }).await
}

#[derive(Serialize)]
struct BeforeArgs {
    before: Option<i64>,
}

/// `counselor_actions`: a page of the office's audit trail, older than `before`.
pub async fn counselor_actions(before: Option<i64>) -> Result<CounselorActionLog, ApiError> {
    call("counselor_actions", &BeforeArgs { before }).await
}

#[derive(Serialize)]
struct WordsArgs<'a> {
    words: &'a str,
}

/// `find_seekers`: job seekers of the counselor's prefecture found by 氏名 or フリガナ.
pub async fn find_seekers(words: &str) -> Result<SeekerMatches, ApiError> {
    call("find_seekers", &WordsArgs { words }).await
}

/// `seeker_record`: a job seeker of the counselor's prefecture, by 求職番号.
pub async fn seeker_record(seeker_number: &str) -> Result<SeekerRecord, ApiError> {
    call("seeker_record", &SeekerNumberArgs { seeker_number }).await
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CounsellingArgs<'a> {
    seeker_number: &'a str,
    request: &'a CounsellingRequest,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct IntroductionArgs<'a> {
    seeker_number: &'a str,
    request: &'a IntroductionRequest,
}

/// `introduce_job`: オンライン職業紹介 or おすすめ求人 of a posting to a job seeker.
pub async fn introduce_job(
    seeker_number: &str,
    request: &IntroductionRequest,
) -> Result<JobIntroduction, ApiError> {
    call(
        "introduce_job",
        &IntroductionArgs {
            seeker_number,
            request,
        },
    )
    .await
}

/// `record_counselling`: a 職業相談 recorded with a job seeker.
pub async fn record_counselling(
    seeker_number: &str,
    request: &CounsellingRequest,
) -> Result<CounsellingRecorded, ApiError> {
    call(
        "record_counselling",
        &CounsellingArgs {
            seeker_number,
            request,
        },
    )
    .await
}

/// `counselling_sessions`: a job seeker's 職業相談, newest first.
pub async fn counselling_sessions(seeker_number: &str) -> Result<Vec<CounsellingRecord>, ApiError> {
    call("counselling_sessions", &SeekerNumberArgs { seeker_number }).await
}

/// `reactivate_seeker`: the counter's 求職有効 of a lapsed registration.
pub async fn reactivate_seeker(seeker_number: &str) -> Result<SeekerRecord, ApiError> {
    call("reactivate_seeker", &SeekerNumberArgs { seeker_number }).await
}

/// `list_employer_applications`: 事業所登録 waiting for review (counselors).
pub async fn list_employer_applications() -> Result<Vec<EmployerApplication>, ApiError> {
    call("list_employer_applications", &NoArgs {}).await
}

/// `accept_employer`: 受理 of a 事業所登録, which gets its 事業所番号 (counselors).
pub async fn accept_employer(id: i64) -> Result<EmployerApplication, ApiError> {
    call("accept_employer", &IdArgs { id }).await
}

/// `return_employer`: 返戻 of a 事業所登録 with the reason (counselors).
pub async fn return_employer(
    id: i64,
    request: &EmployerReturn,
) -> Result<EmployerApplication, ApiError> {
    call("return_employer", &ReturnArgs { id, request }).await
}

/// `counselor_postings`: the filed postings of the counselor's prefecture, oldest first.
pub async fn counselor_postings() -> Result<Vec<PostingQueueItem>, ApiError> {
    call("counselor_postings", &NoArgs {}).await
}

/// `counselor_posting`: a filed posting as the counselor reviews it (its 求人票 as it would be
/// published).
pub async fn counselor_posting(id: i64) -> Result<PostingReview, ApiError> {
    call("counselor_posting", &IdArgs { id }).await
}

/// `accept_posting`: 受理 of a filed posting (a new one gets its 求人番号).
pub async fn accept_posting(id: i64) -> Result<PostingReview, ApiError> {
    call("accept_posting", &IdArgs { id }).await
}

/// `return_posting`: 返戻 of a filed posting with the reason its employer reads.
pub async fn return_posting(
    id: i64,
    request: &PostingReturn,
) -> Result<PostingQueueItem, ApiError> {
    call("return_posting", &PostingReturnArgs { id, request }).await
}
