//! 職業相談 on the wire: a counselor records a counselling session with a job seeker of their
//! prefecture, and lists the seeker's sessions on the record.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::SeekerRecord;

labelled_enum!(
    /// What a counselling session was about.
    CounsellingTopic {
        JobConsultation = "job_consultation" => "職業相談",
        JobInformation = "job_information" => "求人情報の提供",
        ApplicationDocuments = "application_documents" => "応募書類の作成支援",
        InterviewPractice = "interview_practice" => "面接の練習",
        Other = "other" => "その他の相談",
    }
);

/// 職業相談の記録 (`POST /api/v1/counselor/seekers/{n}/counselling`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellingRequest {
    /// 相談日 (today or a recent day).
    pub held_on: NaiveDate,
    pub topic: CounsellingTopic,
    /// 相談内容のメモ (for counselors; never shown to the seeker or an employer).
    #[serde(default)]
    pub note: String,
}

/// A recorded counselling session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellingRecord {
    pub id: i64,
    /// 相談日.
    pub held_on: NaiveDate,
    pub topic: CounsellingTopic,
    pub note: String,
    /// 担当者.
    pub counselor_name: String,
    /// 相談を受けたハローワーク.
    pub office_name: String,
}

/// What recording a session answers: the session, and the seeker's record after it (a session
/// in the registration's last month extends it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellingRecorded {
    pub session: CounsellingRecord,
    pub seeker: SeekerRecord,
}
