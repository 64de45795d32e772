//! 応募検討依頼 as the job seeker's 求職活動状況 holds them: the list from the device's copy, and
//! 「辞退する」 asked to be confirmed before it is sent.

use shigoto_shared::{ApiError, ReceivedRequest};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestsState {
    pub items: Option<Vec<ReceivedRequest>>,
    /// The request whose 辞退 is being confirmed.
    pub confirming: Option<i64>,
    /// The request whose 辞退 is awaited.
    pub busy: Option<i64>,
    pub error: Option<String>,
    pub notice: Option<String>,
}

impl RequestsState {
    pub fn loaded(&mut self, items: Result<Vec<ReceivedRequest>, ApiError>) {
        match items {
            Ok(items) => self.items = Some(items),
            Err(err) => self.error = Some(err.message),
        }
    }

    pub fn ask(&mut self, id: i64) {
        self.confirming = Some(id);
        self.error = None;
        self.notice = None;
    }

    pub fn cancel(&mut self) {
        self.confirming = None;
    }

    /// 辞退を確定 may be sent (nothing awaited).
    pub fn may_decline(&self, id: i64) -> bool {
        self.busy.is_none() && self.confirming == Some(id)
    }

    pub fn declining(&mut self, id: i64) {
        self.busy = Some(id);
    }

    /// The service's answer: the request shown declined, or the refusal.
    pub fn declined(&mut self, answer: Result<ReceivedRequest, ApiError>) {
        self.busy = None;
        self.confirming = None;
        match answer {
            Ok(declined) => {
                if let Some(items) = &mut self.items {
                    for item in items.iter_mut().filter(|i| i.id == declined.id) {
                        *item = declined.clone();
                    }
                }
                self.notice = Some(format!(
                    "求人番号 {} の応募検討依頼を辞退しました。",
                    declined.job_number
                ));
            }
            Err(err) => self.error = Some(err.message),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use shigoto_shared::{ErrorCode, RequestAnswer};

    use super::*;

    fn request(id: i64) -> ReceivedRequest {
        ReceivedRequest {
            id,
            job_number: "13010-00000001".into(),
            title: "経理事務".into(),
            employer_name: None,
            note: String::new(),
            sent_at: NaiveDate::from_ymd_opt(2026, 11, 25)
                .unwrap()
                .and_hms_opt(1, 0, 0)
                .unwrap(),
            answer: None,
            answered_at: None,
        }
    }

    #[test]
    fn a_decline_is_confirmed_first_and_shown_once_answered() {
        let mut state = RequestsState::default();
        state.loaded(Ok(vec![request(1), request(2)]));
        assert!(!state.may_decline(1), "not asked yet");
        state.ask(1);
        assert!(state.may_decline(1));
        assert!(!state.may_decline(2));
        state.declining(1);
        assert!(!state.may_decline(1), "one at a time");
        let mut declined = request(1);
        declined.answer = Some(RequestAnswer::Declined);
        state.declined(Ok(declined));
        assert_eq!(
            state.items.as_ref().unwrap()[0].answer,
            Some(RequestAnswer::Declined)
        );
        assert!(state.notice.is_some());
        state.ask(2);
        state.declining(2);
        state.declined(Err(ApiError::new(ErrorCode::Conflict, "回答済みです。")));
        assert_eq!(state.error.as_deref(), Some("回答済みです。"));
        assert_eq!(state.busy, None);
    }
}
