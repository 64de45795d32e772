//! 求職者情報: what a job seeker tells Hello Work about themselves beyond the registration
//! (contact details, education, work history, licences) and the work they want (希望条件).
//!
//! The profile travels as the seeker typed it (texts for what is typed, codes and enums for what
//! is chosen); `shigoto_domain::profile::check` decides whether it may be kept and normalises it.
//! The registration's own facts (氏名, フリガナ, 生年月日, 求職番号) are not part of it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::EmploymentType;

labelled_enum!(
    /// How a school ended (or has not yet).
    EducationStatus {
        Graduated = "graduated" => "卒業",
        Expected = "expected" => "卒業見込み",
        Enrolled = "enrolled" => "在学中",
        Left = "left" => "中退",
    }
);

labelled_enum!(
    /// How the wished wage is counted.
    DesiredWageKind {
        Monthly = "monthly" => "月給",
        Hourly = "hourly" => "時給",
    }
);

labelled_enum!(
    /// When the seeker can start (就業可能時期).
    StartTiming {
        Immediately = "immediately" => "すぐに",
        From = "from" => "日付を指定",
        Undecided = "undecided" => "未定・相談",
    }
);

/// 連絡先: where Hello Work and the employers the seeker applies to reach them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactDetails {
    /// 電話番号.
    #[serde(default)]
    pub phone: String,
    /// 郵便番号 `NNN-NNNN`.
    #[serde(default)]
    pub postal_code: String,
    /// 住所の都道府県 (JIS code), empty when not given.
    #[serde(default)]
    pub prefecture_code: String,
    /// 住所 after the prefecture (市区町村・番地・建物).
    #[serde(default)]
    pub address: String,
}

/// One line of 学歴.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EducationEntry {
    /// 学校名.
    pub school: String,
    /// 学部・学科 (may be empty).
    #[serde(default)]
    pub department: String,
    /// 卒業（見込み）・中退の年月, `YYYY-MM` once checked.
    #[serde(default)]
    pub finished: String,
    pub status: Option<EducationStatus>,
}

/// One line of 職歴.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkHistoryEntry {
    /// 事業所名.
    pub employer: String,
    /// 職業分類 of the work done (any level), empty when not given.
    #[serde(default)]
    pub occupation_code: String,
    pub employment_type: Option<EmploymentType>,
    /// 入職の年月, `YYYY-MM` once checked.
    pub from: String,
    /// 離職の年月 (`YYYY-MM`); empty while still there (在職中).
    #[serde(default)]
    pub to: String,
    /// 仕事の内容.
    #[serde(default)]
    pub duties: String,
}

/// 希望する仕事: the conditions the seeker looks for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DesiredConditions {
    /// 希望職種: 職業分類 codes (any level), at most three.
    #[serde(default)]
    pub occupations: Vec<String>,
    /// 希望勤務地: prefecture (2 digits) or municipality (5 digits) codes, at most three.
    #[serde(default)]
    pub areas: Vec<String>,
    /// 希望する雇用形態 (none chosen: any).
    #[serde(default)]
    pub employment_types: Vec<EmploymentType>,
    /// 希望賃金: how it is counted and the least amount in yen, as typed.
    #[serde(default)]
    pub wage_kind: Option<DesiredWageKind>,
    #[serde(default)]
    pub wage_min: String,
    /// 希望就業時間: from and to, `HH:MM` as typed (both empty: no wish).
    #[serde(default)]
    pub hours_from: String,
    #[serde(default)]
    pub hours_to: String,
    /// 就業可能時期, with the day when it is [`StartTiming::From`].
    #[serde(default)]
    pub start: Option<StartTiming>,
    #[serde(default)]
    pub start_on: Option<NaiveDate>,
}

/// 求職者情報: everything the seeker keeps about themselves besides the registration.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeekerProfile {
    #[serde(default)]
    pub contact: ContactDetails,
    /// 学歴, the latest first.
    #[serde(default)]
    pub education: Vec<EducationEntry>,
    /// 職歴, the latest first.
    #[serde(default)]
    pub work_history: Vec<WorkHistoryEntry>,
    /// 免許・資格, one a line.
    #[serde(default)]
    pub licences: Vec<String>,
    #[serde(default)]
    pub desired: DesiredConditions,
}

/// The profile as the service keeps it, with when it last changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KeptProfile {
    pub profile: SeekerProfile,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub updated_at: chrono::NaiveDateTime,
}

/// 求職者情報 as the app shows it (read from the device's cache).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MyProfile {
    /// The newest save, made here or synced (empty before any).
    pub profile: SeekerProfile,
    /// When the service last confirmed a save (UTC), if ever.
    pub confirmed_at: Option<chrono::NaiveDateTime>,
    /// A save made on this device waits to be sent.
    pub pending: bool,
}

labelled_enum!(
    /// 年齢層: the age an anonymous profile shows instead of the birth date.
    AgeBracket {
        Teens = "teens" => "10代",
        Twenties = "twenties" => "20代",
        Thirties = "thirties" => "30代",
        Forties = "forties" => "40代",
        Fifties = "fifties" => "50代",
        Sixties = "sixties" => "60代",
        Seventies = "seventies" => "70代以上",
    }
);

/// Years of work in one occupation (職業分類 中分類), summed over the 職歴.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Experience {
    pub occupation_code: String,
    /// Whole years (a part year counts as under one: 0).
    pub years: u32,
}

/// 求職情報公開: exactly what employers see of a job seeker who chose to publish. Never a name,
/// contact detail, address, birth date, school or past employer: only what `shigoto_domain::
/// profile::publication::anonymous_view` puts here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnonymousProfile {
    /// 希望職種 (職業分類 codes).
    pub occupations: Vec<String>,
    /// 希望勤務地 (prefecture or municipality codes).
    pub areas: Vec<String>,
    pub employment_types: Vec<EmploymentType>,
    pub wage_kind: Option<DesiredWageKind>,
    /// The least wage wished, in yen.
    pub wage_min: Option<u64>,
    pub start: Option<StartTiming>,
    #[serde(default)]
    pub start_on: Option<NaiveDate>,
    /// 経験: years per occupation, longest first.
    pub experience: Vec<Experience>,
    /// 免許・資格.
    pub licences: Vec<String>,
    pub age: AgeBracket,
}

/// `GET /api/v1/mypage/publication`: where the seeker's 求職情報公開 stands, and the preview of
/// what employers would see if they published now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicationStatus {
    /// What employers see now, while it is published and the registration is 有効.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Publication>,
    /// Published once but not shown now: the registration is no longer 有効 (the reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspended: Option<String>,
    /// What employers would see from the current 求職者情報.
    pub preview: AnonymousProfile,
    /// Why publishing is not possible now, if it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<String>,
}

/// A publication the seeker agreed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Publication {
    /// Exactly what employers see (as it was previewed and agreed to).
    pub view: AnonymousProfile,
    /// When the seeker agreed (UTC, written without an offset).
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub agreed_at: chrono::NaiveDateTime,
}

/// `PUT /api/v1/mypage/publication`: publish exactly the previewed view, with consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishRequest {
    /// The preview the seeker saw; refused (409) when the 求職者情報 changed since.
    pub view: AnonymousProfile,
    /// 「この内容を求人者に公開することに同意します」.
    pub agreed: bool,
}
