//! The counselors' audit trail (`GET /api/v1/counselor/actions`): what a counselor of the
//! office did, to whom, and when.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// What a counselor did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CounselorActionKind {
    /// 窓口での求職登録.
    RegisterSeeker,
    /// 仮登録の本登録.
    ConfirmSeeker,
    /// 求職有効 at the counter.
    Reactivate,
    /// 職業相談.
    Counselling,
    /// 紹介 (with its 紹介状).
    Referral,
    /// オンライン職業紹介 or おすすめ求人.
    Introduction,
    /// A message in a seeker's Hello Work thread.
    Message,
    /// 事業所登録 受理.
    AcceptEmployer,
    /// 事業所登録 返戻.
    ReturnEmployer,
    /// 求人 受理.
    AcceptPosting,
    /// 求人 返戻.
    ReturnPosting,
}

impl CounselorActionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RegisterSeeker => "register_seeker",
            Self::ConfirmSeeker => "confirm_seeker",
            Self::Reactivate => "reactivate",
            Self::Counselling => "counselling",
            Self::Referral => "referral",
            Self::Introduction => "introduction",
            Self::Message => "message",
            Self::AcceptEmployer => "accept_employer",
            Self::ReturnEmployer => "return_employer",
            Self::AcceptPosting => "accept_posting",
            Self::ReturnPosting => "return_posting",
        }
    }

    pub fn from_wire(text: &str) -> Option<Self> {
        [
            Self::RegisterSeeker,
            Self::ConfirmSeeker,
            Self::Reactivate,
            Self::Counselling,
            Self::Referral,
            Self::Introduction,
            Self::Message,
            Self::AcceptEmployer,
            Self::ReturnEmployer,
            Self::AcceptPosting,
            Self::ReturnPosting,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == text)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::RegisterSeeker => "窓口での求職登録",
            Self::ConfirmSeeker => "本登録",
            Self::Reactivate => "求職有効（窓口）",
            Self::Counselling => "職業相談",
            Self::Referral => "紹介",
            Self::Introduction => "オンライン職業紹介・おすすめ求人",
            Self::Message => "メッセージ",
            Self::AcceptEmployer => "事業所登録の受理",
            Self::ReturnEmployer => "事業所登録の返戻",
            Self::AcceptPosting => "求人の受理",
            Self::ReturnPosting => "求人の返戻",
        }
    }
}

/// One action of the office's counselors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounselorActionEntry {
    pub id: i64,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub at: NaiveDateTime,
    pub counselor_name: String,
    pub kind: CounselorActionKind,
    /// What it was done to: a 求職番号, a 求人番号, an 事業所's name or number.
    pub subject: String,
}

/// A page of the office's audit trail, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounselorActionLog {
    pub entries: Vec<CounselorActionEntry>,
    /// Ask with `before=<this>` for older entries; none at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_before: Option<i64>,
}
