//! MyPage data kept in step between the service and each device: favorites (お気に入り) and
//! saved search conditions (保存した検索条件) that devices edit, and what only the service
//! writes: a job seeker's applications, and the message threads of job seekers and employers.
//!
//! Devices push [`Mutation`]s, each under a client-made UUID idempotency key, and pull what
//! changed since a [`SyncCursor`]. The service applies each key's mutation at most once and
//! answers a repeated key with the first outcome, so a device may resend after a lost answer.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::{ErrorCode, JobSearchParams, JobSheet, JobSummary};

/// One edit a job seeker makes to their MyPage data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Mutation {
    /// お気に入りに追加.
    AddFavorite {
        job_number: String,
        /// When the user added it on the device (favorites added offline keep their order);
        /// the service takes the earlier of this and its own time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        /// UTC, written without an offset.
        #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
        at: Option<NaiveDateTime>,
    },
    /// お気に入りから削除.
    RemoveFavorite { job_number: String },
    /// 新規保存 (a new `id`) or 上書き保存 (an existing one) of search conditions.
    SaveSearch {
        /// Client-made UUID of the saved search.
        id: String,
        name: String,
        params: Box<JobSearchParams>,
    },
    /// Deletes a saved search.
    DeleteSearch { id: String },
    /// 新着をお知らせ on or off for a saved search.
    SetSearchAlert { id: String, on: bool },
    /// The saved search was run (new postings are counted from here).
    MarkSearchRun {
        id: String,
        /// UTC, written without an offset.
        #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
        at: NaiveDateTime,
    },
    /// 求職者情報 saved as a whole (the newest save wins).
    SaveProfile { profile: Box<crate::SeekerProfile> },
    /// この事業所の求人を表示しない: hides the employer of this posting from the seeker's results.
    HideEmployer {
        job_number: String,
        /// When the user hid it on the device; the service takes the earlier of this and its
        /// own time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        /// UTC, written without an offset.
        #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
        at: Option<NaiveDateTime>,
    },
    /// Shows an employer hidden from this posting (the `job_number` of its
    /// [`HiddenEmployerChange`]) again.
    ShowEmployer { job_number: String },
}

/// A mutation with its idempotency key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KeyedMutation {
    /// Client-made UUID; the service remembers it for at least 24 hours.
    pub key: String,
    pub mutation: Mutation,
}

/// `POST /api/v1/mypage/mutations`: mutations in the order they were made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushRequest {
    pub mutations: Vec<KeyedMutation>,
}

/// What became of one mutation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Applied (or it changed nothing, e.g. removing what was not there).
    Applied,
    /// Refused for good (limit reached, unknown posting, key reused with another body): the
    /// device drops it and tells the user.
    Rejected { code: ErrorCode, message: String },
}

/// The outcome of one key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MutationResult {
    pub key: String,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// Answer to a push, one result per mutation, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushResponse {
    pub results: Vec<MutationResult>,
}

/// Where a device's copy stands: the user's change sequence and the postings' change sequence
/// it has seen, as `"<user>.<jobs>"`. `"0.0"` asks for everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SyncCursor {
    pub user_seq: i64,
    pub jobs_seq: i64,
}

impl SyncCursor {
    pub fn to_wire(self) -> String {
        format!("{}.{}", self.user_seq, self.jobs_seq)
    }

    pub fn from_wire(text: &str) -> Option<Self> {
        let (user, jobs) = text.split_once('.')?;
        let cursor = Self {
            user_seq: user.parse().ok()?,
            jobs_seq: jobs.parse().ok()?,
        };
        (cursor.user_seq >= 0 && cursor.jobs_seq >= 0).then_some(cursor)
    }
}

/// A favorite as it changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FavoriteChange {
    pub job_number: String,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub added_at: NaiveDateTime,
    /// Removed: the device deletes its copy.
    pub removed: bool,
    /// The 求人票 as a signed-in seeker sees it, when the posting still exists and the favorite
    /// is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<JobSheet>,
}

/// A saved search as it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedSearchChange {
    pub id: String,
    pub name: String,
    pub params: JobSearchParams,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub last_run_at: Option<NaiveDateTime>,
    /// 新着をお知らせ: the device tells of new postings (and the daily mail lists them, when
    /// asked for).
    #[serde(default)]
    pub notify_new: bool,
    pub removed: bool,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub updated_at: NaiveDateTime,
}

/// An employer the seeker hid, as it changed. It is named by the posting it was hidden from,
/// so a device never learns an employer's identity the publication range keeps from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HiddenEmployerChange {
    /// 求人番号 of the posting the employer was hidden from.
    pub job_number: String,
    /// The employer's name as the seeker may see it (`None`: 事業所名非公開).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_name: Option<String>,
    /// 職種 of that posting, to tell employers without a public name apart.
    pub title: String,
    /// UTC, written without an offset.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub hidden_at: NaiveDateTime,
    /// Shown again: the device deletes its copy.
    pub removed: bool,
}

/// `GET /api/v1/mypage/changes?since=<cursor>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PullResponse {
    /// The cursor to ask from next time.
    pub cursor: String,
    pub favorites: Vec<FavoriteChange>,
    pub saved_searches: Vec<SavedSearchChange>,
    /// Every kept favorite whose posting is no longer open (掲載終了), as of now.
    pub closed: Vec<String>,
    /// The seeker's applications that changed (applied, referred, decided, withdrawn), as they
    /// are now; all of them when asked from the start.
    #[serde(default)]
    pub applications: Vec<crate::MyApplication>,
    /// The reader's message threads that changed (opened, written to, read), as the reader
    /// sees them now; all of them when asked from the start.
    #[serde(default)]
    pub threads: Vec<crate::ThreadSummary>,
    /// The messages of those threads the reader has not had yet, oldest first.
    #[serde(default)]
    pub messages: Vec<crate::ThreadMessage>,
    /// オンライン職業紹介 and おすすめ求人 sent to the seeker since the cursor (all from the
    /// start).
    #[serde(default)]
    pub introductions: Vec<crate::JobIntroduction>,
    /// For each saved search that was run: how many open postings matching it were published
    /// after that run, as of now. Only when asked for (`new_postings=true`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_postings: Option<Vec<NewPostings>>,
    /// What of the reader's ends soon, as of today: a job seeker's registration, an employer's
    /// published postings.
    #[serde(default)]
    pub reminders: Vec<crate::Reminder>,
    /// The job seeker's 求職者情報 when it changed since the cursor (always from the start, once
    /// one was saved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<crate::KeptProfile>,
    /// 応募検討依頼 received or answered since the cursor (all from the start).
    #[serde(default)]
    pub requests: Vec<crate::ReceivedRequest>,
    /// Employers the seeker hid or showed again since the cursor (all kept ones from the
    /// start).
    #[serde(default)]
    pub hidden_employers: Vec<HiddenEmployerChange>,
}

/// How many postings are new for a saved search since it was last run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPostings {
    pub id: String,
    /// The run they are counted from: postings published after it (UTC, written without an
    /// offset).
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"))]
    pub since: NaiveDateTime,
    pub count: u64,
}

/// A favorite as the app lists it (read from the device's cache).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FavoriteItem {
    pub job_number: String,
    pub added_at: NaiveDateTime,
    /// 掲載終了: the posting closed or expired (it stays in the list).
    pub closed: bool,
    /// Made on this device and not yet confirmed by the service.
    pub pending: bool,
    /// The list line, from the 求人票 as last synced (none yet for a favorite added from the
    /// result list while offline).
    pub summary: Option<JobSummary>,
}

/// A saved search as the app lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSearchItem {
    pub id: String,
    pub name: String,
    pub params: JobSearchParams,
    pub last_run_at: Option<NaiveDateTime>,
    /// 新着をお知らせ.
    pub notify_new: bool,
    /// Postings published since the last run, as of the last check (none before one).
    pub new_count: Option<u64>,
    pub pending: bool,
}

/// An employer hidden from the results, as the app lists it (read from the device's cache).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HiddenEmployerItem {
    /// 求人番号 of the posting it was hidden from (what shows it again).
    pub job_number: String,
    /// `None`: 事業所名非公開, or not yet known on this device (hidden offline).
    pub employer_name: Option<String>,
    /// 職種 of that posting, when known.
    pub title: Option<String>,
    pub hidden_at: NaiveDateTime,
    /// Made on this device and not yet confirmed by the service.
    pub pending: bool,
}

/// An edit the service refused for good, to show the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RejectedEdit {
    pub code: ErrorCode,
    pub message: String,
    pub rejected_at: NaiveDateTime,
}

/// How this device's MyPage data stands against the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// 最新: everything is confirmed.
    UpToDate,
    /// 同期中.
    Syncing,
    /// オフライン: the service cannot be reached; edits wait in the outbox.
    Offline,
    /// The service answered with an error; retried with backoff.
    Error,
}

/// Answer of the `sync_status` command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncStatus {
    pub state: SyncState,
    /// When a sync last succeeded (UTC).
    pub last_success_at: Option<NaiveDateTime>,
    /// Edits waiting to be sent.
    pub pending: u32,
    /// The last error, in Japanese.
    pub message: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_refuse_junk() {
        let cursor = SyncCursor {
            user_seq: 12,
            jobs_seq: 5_000_001,
        };
        assert_eq!(SyncCursor::from_wire(&cursor.to_wire()), Some(cursor));
        for junk in ["", "1", "a.b", "-1.0", "1.2.3"] {
            assert_eq!(SyncCursor::from_wire(junk), None, "{junk}");
        }
    }

    #[test]
    fn mutations_are_tagged_json() {
        let json = serde_json::to_string(&Mutation::AddFavorite {
            job_number: "13010-12345678".into(),
            at: None,
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"op":"add_favorite","job_number":"13010-12345678"}"#
        );
        let result = MutationResult {
            key: "k".into(),
            outcome: Outcome::Rejected {
                code: ErrorCode::LimitExceeded,
                message: "上限".into(),
            },
        };
        let json = serde_json::to_string(&result).unwrap();
        assert_eq!(
            json,
            r#"{"key":"k","outcome":"rejected","code":"limit_exceeded","message":"上限"}"#
        );
        assert_eq!(
            serde_json::from_str::<MutationResult>(&json).unwrap(),
            result
        );
    }
}
