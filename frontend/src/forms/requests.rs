//! 応募検討依頼 as the job seeker's 求職活動状況 holds them: the list from the device's copy, and
//! 「辞退する」 asked to be confirmed before it is sent ([`RowAction`]).

use shigoto_i18n::Catalogue;
use shigoto_shared::{ApiError, ReceivedRequest};

use crate::forms::row_action::RowAction;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestsState {
    pub items: Option<Vec<ReceivedRequest>>,
    /// 辞退, confirmed first, one at a time.
    pub decline: RowAction,
}

impl RequestsState {
    pub fn loaded(&mut self, items: Result<Vec<ReceivedRequest>, ApiError>) {
        match items {
            Ok(items) => self.items = Some(items),
            Err(err) => self.decline.error = Some(err.message),
        }
    }

    /// The service's answer: the request shown declined, or the refusal.
    pub fn declined(&mut self, t: &Catalogue, answer: Result<ReceivedRequest, ApiError>) {
        let outcome = answer
            .map(|declined| {
                let notice = t.t_with(
                    "seeker-requests-declined",
                    &[("number", declined.job_number.as_str().into())],
                );
                if let Some(items) = &mut self.items {
                    for item in items.iter_mut().filter(|i| i.id == declined.id) {
                        *item = declined.clone();
                    }
                }
                notice
            })
            .map_err(|err| err.message);
        self.decline.answered(outcome);
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use shigoto_shared::{ErrorCode, RequestAnswer};

    use super::*;

    fn ja() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
    }

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
    fn a_declined_request_is_shown_declined_and_a_refusal_said() {
        let mut state = RequestsState::default();
        state.loaded(Ok(vec![request(1), request(2)]));
        state.decline.ask(1);
        state.decline.going(1);
        let mut declined = request(1);
        declined.answer = Some(RequestAnswer::Declined);
        state.declined(ja(), Ok(declined));
        assert_eq!(
            state.items.as_ref().unwrap()[0].answer,
            Some(RequestAnswer::Declined)
        );
        assert!(state.decline.notice.is_some());
        state.decline.ask(2);
        state.decline.going(2);
        state.declined(
            ja(),
            Err(ApiError::new(ErrorCode::Conflict, "回答済みです。")),
        );
        assert_eq!(state.decline.error.as_deref(), Some("回答済みです。"));
        assert_eq!(state.decline.busy, None);
    }
}
