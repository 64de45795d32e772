//! Applications on the wire: a job seeker's 自主応募 (online self-application) and what they see
//! of their applications, the profile an application sends, and the employer's applicants with
//! their 採否.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

labelled_enum!(
    /// How an application came about.
    ApplicationKind {
        /// The seeker applied online (オンライン自主応募).
        SelfApplied = "self_applied" => "自主応募",
        /// A counselor referred the seeker (紹介), with a 紹介状.
        Referred = "referred" => "紹介",
    }
);

labelled_enum!(
    /// Where an application stands: 選考中 until the employer records the result, or the seeker
    /// withdraws (辞退), or the posting's side cancels it (取消).
    ApplicationStatus {
        InProgress = "in_progress" => "選考中",
        Hired = "hired" => "採用",
        Rejected = "rejected" => "不採用",
        Declined = "declined" => "辞退",
        Cancelled = "cancelled" => "取消",
    }
);

/// 応募する (`POST /api/v1/mypage/applications`): the posting, the two warnings confirmed, and
/// an optional message to the employer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationRequest {
    /// 求人番号.
    pub job_number: String,
    /// 「応募に関するトラブルは当事者間で解決すること」 was read and confirmed.
    pub confirmed_disputes: bool,
    /// 「再就職手当等が支給されない場合があること」 was read and confirmed.
    pub confirmed_benefits: bool,
    /// 応募メッセージ (may be empty).
    #[serde(default)]
    pub message: String,
    /// 応募書類: at most three PDFs (履歴書, 職務経歴書…), sent with the application.
    #[serde(default)]
    pub documents: Vec<DocumentUpload>,
}

labelled_enum!(
    /// What an application document is.
    DocumentKind {
        Resume = "resume" => "履歴書",
        CareerHistory = "career_history" => "職務経歴書",
        Other = "other" => "その他の書類",
    }
);

/// One 応募書類 as the seeker sends it: a PDF, its content base64 on the wire.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentUpload {
    pub kind: DocumentKind,
    /// The file's name on the seeker's computer.
    pub file_name: String,
    /// The PDF, base64 (standard alphabet, padded).
    #[serde(with = "crate::base64_bytes")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Byte))]
    pub content: Vec<u8>,
}

impl std::fmt::Debug for DocumentUpload {
    /// The name and size, not the megabytes of content.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentUpload")
            .field("kind", &self.kind)
            .field("file_name", &self.file_name)
            .field("bytes", &self.content.len())
            .finish()
    }
}

/// A 応募書類 stored with an application, as lists show it (the PDF is read on its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationDocument {
    /// Its number within the application (1, 2, 3), used to read it.
    pub number: i32,
    pub kind: DocumentKind,
    pub file_name: String,
    /// Its size in bytes.
    pub bytes: i64,
}

/// What an application sends the employer about the seeker, as it was when they applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicantProfile {
    /// 求職番号.
    pub seeker_number: String,
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    pub email: String,
    /// 住所（都道府県）.
    pub prefecture_code: String,
}

/// One of the signed-in job seeker's applications.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyApplication {
    pub id: i64,
    /// 求人番号.
    pub job_number: String,
    /// 職種.
    pub title: String,
    /// 事業所名 (as the seeker may see it; `None` when hidden).
    pub employer_name: Option<String>,
    pub kind: ApplicationKind,
    pub status: ApplicationStatus,
    /// 応募日.
    pub applied_on: NaiveDate,
    /// The day the selection ended (採否, 辞退, 取消).
    pub decided_on: Option<NaiveDate>,
    /// The employer's reason for 不採用, if they gave one.
    pub result_reason: Option<String>,
    /// The 応募書類 sent with it.
    #[serde(default)]
    pub documents: Vec<ApplicationDocument>,
}

/// An applicant of one of the employer's postings, as the list shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Applicant {
    pub id: i64,
    /// 求人番号.
    pub job_number: String,
    /// 職種.
    pub title: String,
    pub name: String,
    pub kind: ApplicationKind,
    pub status: ApplicationStatus,
    /// 応募日.
    pub applied_on: NaiveDate,
    pub decided_on: Option<NaiveDate>,
}

/// One applicant opened by the employer: the profile the seeker sent and their message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicantDetail {
    pub applicant: Applicant,
    pub profile: ApplicantProfile,
    /// 応募メッセージ (may be empty).
    pub message: String,
    /// The reason given with 不採用.
    pub result_reason: Option<String>,
    /// The 応募書類 the seeker sent.
    #[serde(default)]
    pub documents: Vec<ApplicationDocument>,
}

/// 採否 (`POST /api/v1/employer/applicants/{id}/result`): 採用, 不採用 (with an optional
/// reason), the seeker's 辞退 or the posting's 取消.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationResult {
    pub status: ApplicationStatus,
    /// 不採用の理由 (only with 不採用; may be empty).
    #[serde(default)]
    pub reason: String,
}

/// 紹介 (`POST /api/v1/counselor/seekers/{n}/referrals`): the posting a counselor refers the
/// seeker to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralRequest {
    /// 求人番号.
    pub job_number: String,
}

/// A document the app saved on this computer (a 紹介状).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDocument {
    /// Where it was written.
    pub path: String,
    /// Its size in bytes.
    pub bytes: u64,
}

labelled_enum!(
    /// What kind of 求職活動 a line of the 求職活動実績 is.
    ActivityKind {
        /// An online self-application (オンライン自主応募).
        SelfApplication = "self_application" => "自主応募（オンライン）",
        /// A referral by Hello Work (職業紹介), with a 紹介状.
        Referral = "referral" => "職業紹介（ハローワーク）",
        /// Counselling at Hello Work (職業相談).
        Counselling = "counselling" => "職業相談（ハローワーク）",
    }
);

/// One 求職活動 of the 求職活動実績, as the 失業認定申告書 asks for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActivityRecord {
    /// 活動日 (the day of the application or referral).
    pub date: NaiveDate,
    pub kind: ActivityKind,
    /// 応募先事業所名 (「事業所名非公開」 when the posting hides it); for counselling, the office.
    pub employer_name: String,
    /// 求人番号 (empty for counselling).
    pub job_number: String,
    /// 職種; for counselling, what it was about.
    pub title: String,
    /// 応募の結果 (選考中 while it lasts); none for counselling.
    pub status: Option<ApplicationStatus>,
}
