//! 職業相談 on a seeker's record as the counter holds it: the sessions so far, and the form that
//! records one (相談日, 相談の内容, メモ). The checks are the domain's.

use chrono::NaiveDate;
use shigoto_domain::counselling::check_note;
use shigoto_shared::{
    ApiError, CounsellingRecord, CounsellingRecorded, CounsellingRequest, CounsellingTopic,
    SeekerRecord,
};

use crate::forms::account::error_message;
use crate::forms::search::FieldError;
use crate::state::lang::shown_texts;

/// What is said once a session was recorded: its day and topic, and the seeker's validity
/// after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    pub held_on: NaiveDate,
    pub topic: CounsellingTopic,
    pub valid_until: NaiveDate,
}

/// The sessions of one seeker and the form of a new one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CounsellingState {
    pub sessions: Option<Vec<CounsellingRecord>>,
    pub loading: bool,
    pub load_error: Option<String>,
    /// 相談日 as the date box holds it (YYYY-MM-DD); empty until chosen.
    pub held_on: String,
    pub topic: Option<CounsellingTopic>,
    pub note: String,
    pub busy: bool,
    pub error: Option<FieldError>,
    pub notice: Option<Recorded>,
}

impl CounsellingState {
    pub fn loading(&mut self, today: NaiveDate) {
        self.loading = true;
        self.load_error = None;
        if self.held_on.is_empty() {
            self.held_on = today.to_string();
        }
    }

    pub fn loaded(&mut self, result: Result<Vec<CounsellingRecord>, ApiError>) {
        self.loading = false;
        match result {
            Ok(sessions) => self.sessions = Some(sessions),
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// 「相談を記録する」: the request, its day and topic given and its note within its length
    /// (whether the day is too late or early is the service's to say: its date counts).
    pub fn request(&self) -> Result<CounsellingRequest, FieldError> {
        let held_on = NaiveDate::parse_from_str(&self.held_on, "%Y-%m-%d").map_err(|_| {
            FieldError::on(
                "held_on",
                shown_texts().t("counselor-counselling-day-missing"),
            )
        })?;
        let topic = self.topic.ok_or_else(|| {
            FieldError::on(
                "topic",
                shown_texts().t("counselor-counselling-topic-missing"),
            )
        })?;
        let request = CounsellingRequest {
            held_on,
            topic,
            note: self.note.trim().to_owned(),
        };
        check_note(&request.note)
            .map_err(|refusal| FieldError::on("note", shown_texts().text(&refusal.text())))?;
        Ok(request)
    }

    pub fn sending(&mut self) {
        self.busy = true;
        self.error = None;
        self.notice = None;
    }

    /// The answer: the session heads the list, the topic and note empty (the day stays), and
    /// the seeker's record after it is handed back; or the refusal at its box.
    pub fn sent(&mut self, result: Result<CounsellingRecorded, ApiError>) -> Option<SeekerRecord> {
        self.busy = false;
        match result {
            Ok(recorded) => {
                let session = recorded.session;
                self.notice = Some(Recorded {
                    held_on: session.held_on,
                    topic: session.topic,
                    valid_until: recorded.seeker.seeking.valid_until,
                });
                self.topic = None;
                self.note.clear();
                let sessions = self.sessions.get_or_insert_with(Vec::new);
                sessions.push(session);
                // Newest first, as the service lists them (a late record goes in its place).
                sessions.sort_by_key(|s| std::cmp::Reverse((s.held_on, s.id)));
                Some(recorded.seeker)
            }
            Err(err) => {
                self.error = Some(FieldError {
                    field: err.field.clone(),
                    message: error_message(&err),
                });
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::{ErrorCode, JobSeekingState, RegistrationStatus, SeekingStatus};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn session(id: i64, held_on: NaiveDate) -> CounsellingRecord {
        CounsellingRecord {
            id,
            held_on,
            topic: CounsellingTopic::JobConsultation,
            note: String::new(),
            counselor_name: "田中 一郎".into(),
            office_name: "ハローワーク千代田".into(),
        }
    }

    fn seeker(valid_until: NaiveDate) -> SeekerRecord {
        SeekerRecord {
            seeker_number: "13010-00000001".into(),
            name: "山田 花子".into(),
            name_kana: "ヤマダ ハナコ".into(),
            birth_date: d(1990, 4, 1),
            email: "hanako@example.jp".into(),
            office_code: "13010".into(),
            applied_on: d(2026, 11, 1),
            registration: RegistrationStatus::Registered,
            seeking: SeekingStatus {
                state: JobSeekingState::Valid,
                valid_until,
                expires_soon: false,
                can_switch_online: false,
            },
            has_mypage: true,
            profile: None,
            published_since: None,
            requests: vec![],
        }
    }

    #[test]
    fn a_session_is_checked_then_heads_the_list_and_hands_back_the_record() {
        let mut state = CounsellingState::default();
        state.loading(d(2027, 1, 10));
        assert_eq!(state.held_on, "2027-01-10");
        state.loaded(Ok(vec![session(1, d(2026, 12, 1))]));
        let refused = state.request().unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("topic"));
        state.topic = Some(CounsellingTopic::InterviewPractice);
        state.held_on = String::new();
        let refused = state.request().unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("held_on"));
        state.held_on = "2027-01-09".into();
        state.note = "あ".repeat(1001);
        let refused = state.request().unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("note"));
        state.note = "  面接の受け答えを練習した。  ".into();
        let request = state.request().unwrap();
        assert_eq!(request.note, "面接の受け答えを練習した。");
        state.sending();
        let mut recorded = session(2, d(2027, 1, 9));
        recorded.topic = CounsellingTopic::InterviewPractice;
        let record = state.sent(Ok(CounsellingRecorded {
            session: recorded,
            seeker: seeker(d(2027, 2, 28)),
        }));
        assert_eq!(record.unwrap().seeking.valid_until, d(2027, 2, 28));
        let ids: Vec<i64> = state
            .sessions
            .as_ref()
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, [2, 1]);
        assert_eq!(
            state.notice.map(|n| n.valid_until.to_string()).as_deref(),
            Some("2027-02-28")
        );
        assert_eq!((state.topic, state.note.as_str()), (None, ""));
        assert_eq!(
            state.held_on, "2027-01-09",
            "the day stays for the next one"
        );
        let refused = state.sent(Err(ApiError::new(ErrorCode::NotFound, "見つかりません。")));
        assert!(refused.is_none() && state.error.is_some());
    }
}
