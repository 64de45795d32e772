//! Expiry reminders a pull carries: a job seeker's registration or an employer's published
//! posting whose last day is near (the domain decides when; devices tell each once a stage).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// The job seeker's registration (求職登録の有効期限).
    Registration,
    /// An employer's published posting (紹介期限日).
    Posting,
}

/// Something of the reader's that ends soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reminder {
    pub kind: ReminderKind,
    /// The last day (Japan date).
    pub ends_on: NaiveDate,
    /// Days from today to it (0 on the day itself).
    pub days_left: u64,
    /// A posting's 求人番号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_number: Option<String>,
    /// A posting's 職種.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The employer's posting (for 延長).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posting_id: Option<i64>,
    /// Whether the one 延長 is still there (postings).
    pub can_extend: bool,
}
