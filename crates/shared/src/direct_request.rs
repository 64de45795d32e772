//! 応募検討依頼 as it travels: an employer's search of published 求職情報, the request an
//! employer sends for one of their postings, what the employer sees of the requests sent, and
//! what the job seeker receives and answers.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::AnonymousProfile;

labelled_enum!(
    /// How the seeker answered a request.
    RequestAnswer {
        Applied = "applied" => "応募",
        Declined = "declined" => "辞退",
    }
);

/// `GET /api/v1/employer/seekers?…`: the conditions of an employer's search of published
/// 求職情報 (all optional; each given one must match).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
pub struct ProfileSearch {
    /// 希望職種: a 職業分類 code of any level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    /// 希望勤務地: a prefecture code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefecture: Option<String>,
    /// 経験: a 職業分類 code of the 大分類 or 中分類.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience: Option<String>,
    /// 免許・資格: a word the licences contain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// Page, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

/// One published 求職情報 in an employer's search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedProfile {
    /// The opaque name employers know this publication by.
    pub public_id: String,
    pub view: AnonymousProfile,
    /// When it was published (UTC, written without an offset).
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub published_at: NaiveDateTime,
}

/// A page of published 求職情報, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishedProfiles {
    pub items: Vec<PublishedProfile>,
    pub total: u64,
    pub page: u32,
}

/// `POST /api/v1/employer/requests`: ask the seeker behind `public_id` to consider applying to
/// the employer's posting `job_number`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestToConsider {
    pub job_number: String,
    pub public_id: String,
    /// ひとこと (may be empty).
    #[serde(default)]
    pub note: String,
}

/// A request as its employer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SentRequest {
    pub id: i64,
    pub job_number: String,
    /// The 求職情報 as the employer saw it when sending.
    pub view: AnonymousProfile,
    pub note: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub sent_at: NaiveDateTime,
    /// None while 回答待ち.
    pub answer: Option<RequestAnswer>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub answered_at: Option<NaiveDateTime>,
}

/// `GET /api/v1/employer/jobs/{job_number}/requests`: the requests sent for one posting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SentRequests {
    pub items: Vec<SentRequest>,
    /// How many more may be sent for this posting.
    pub remaining: u32,
}

/// A request as the job seeker receives it (依頼を受けた求人).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceivedRequest {
    pub id: i64,
    pub job_number: String,
    /// 職種 of the posting.
    pub title: String,
    /// 事業所名, when the posting shows it to the seeker.
    pub employer_name: Option<String>,
    pub note: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub sent_at: NaiveDateTime,
    pub answer: Option<RequestAnswer>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub answered_at: Option<NaiveDateTime>,
}
