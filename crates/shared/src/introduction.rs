//! オンライン職業紹介 and おすすめ求人 on the wire: a counselor points a job out to a job seeker
//! (as a message in the seeker's Hello Work thread, and in their MyPage); from an online
//! introduction the seeker applies as a referral with a 紹介状.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

labelled_enum!(
    /// What a counselor's pointing out of a job is.
    IntroductionKind {
        /// オンライン職業紹介: applying from it is a referral (紹介), with a 紹介状.
        Referral = "referral" => "オンライン職業紹介",
        /// おすすめ求人: a job to consider; applying is the seeker's own (自主応募).
        Recommendation = "recommendation" => "おすすめ求人",
    }
);

/// `POST /api/v1/counselor/seekers/{n}/introductions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IntroductionRequest {
    pub job_number: String,
    pub kind: IntroductionKind,
    /// The counselor's words to the seeker (may be empty).
    #[serde(default)]
    pub note: String,
}

/// A job a counselor pointed out to the seeker, as the seeker reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JobIntroduction {
    pub id: i64,
    pub kind: IntroductionKind,
    pub job_number: String,
    /// 職種.
    pub title: String,
    /// The employer's name, when the seeker may see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_name: Option<String>,
    /// The office and counselor who sent it.
    pub introduced_by: String,
    pub note: String,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub introduced_at: NaiveDateTime,
}
