//! 求人受理 (counselors): the filed postings of the counselor's prefecture, oldest first, and the
//! review of one: its 求人票, the 返戻 reason as typed, what was decided (the 求人番号 given at
//! 受理), and for a change what it changes.

use std::rc::Rc;

use shigoto_i18n::key;
use shigoto_shared::{ApiError, JobSheet, PostingQueueItem, PostingReturn, PostingReview};

use crate::forms::account::{error_message, placed};
use crate::forms::employer::DecisionKind;
use crate::forms::search::FieldError;

/// The 求人受理 list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostingQueueState {
    /// `None` until `counselor_postings` answered.
    pub items: Option<Vec<PostingQueueItem>>,
    pub loading: bool,
    pub error: Option<String>,
}

impl PostingQueueState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    /// The list as read, the oldest filing first.
    pub fn loaded(&mut self, result: Result<Vec<PostingQueueItem>, ApiError>) {
        self.loading = false;
        match result {
            Ok(mut items) => {
                items.sort_by_key(|item| (item.submitted_at, item.id));
                self.items = Some(items);
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }
}

/// What was decided on the posting under review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostingDecision {
    /// 受理, with the 求人番号 the posting has now.
    Accepted { job_number: String },
    /// 返戻.
    Returned,
}

/// One filed posting under review.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostingReviewState {
    pub review: Option<Rc<PostingReview>>,
    pub loading: bool,
    pub load_error: Option<String>,
    /// The reason of a 返戻, as typed.
    pub reason: String,
    /// A decision was sent and not answered yet.
    pub busy: Option<DecisionKind>,
    /// A refusal: `field` `reason` for the reason box, else none.
    pub error: Option<FieldError>,
    pub decision: Option<PostingDecision>,
}

impl PostingReviewState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<PostingReview, ApiError>) {
        self.loading = false;
        match result {
            Ok(review) => self.review = Some(Rc::new(review)),
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// Whether a decision can be sent (the posting is read, undecided, nothing awaited).
    pub fn can_decide(&self) -> bool {
        self.review.is_some() && self.busy.is_none() && self.decision.is_none()
    }

    pub fn edit_reason(&mut self, reason: String) {
        self.reason = reason;
        if self.error.as_ref().is_some_and(|e| e.field.is_some()) {
            self.error = None;
        }
    }

    /// 「返戻する」's request: the reason as typed (the service checks it).
    pub fn return_request(&self) -> PostingReturn {
        PostingReturn {
            reason: self.reason.clone(),
        }
    }

    /// A decision was sent: false when none can be.
    pub fn deciding(&mut self, kind: DecisionKind) -> bool {
        if !self.can_decide() {
            return false;
        }
        self.busy = Some(kind);
        self.error = None;
        true
    }

    /// The service's answer to a decision.
    pub fn decided(&mut self, result: Result<Decided, ApiError>) {
        self.busy = None;
        match result {
            Ok(Decided::Accepted(review)) => {
                self.decision = Some(PostingDecision::Accepted {
                    job_number: review.sheet.job_number.clone(),
                });
                self.review = Some(Rc::from(review));
            }
            Ok(Decided::Returned(item)) => {
                self.decision = Some(PostingDecision::Returned);
                if let Some(review) = &self.review {
                    let mut review = PostingReview::clone(review);
                    review.item = item;
                    self.review = Some(Rc::new(review));
                }
            }
            Err(err) => self.error = Some(placed(&err, &["reason"])),
        }
    }
}

/// The service's answer to 受理 (the posting as published) or to 返戻 (its queue row).
#[derive(Debug, Clone, PartialEq)]
pub enum Decided {
    Accepted(Box<PostingReview>),
    Returned(PostingQueueItem),
}

/// The keys of the names of the parts of the 求人票 a change alters, in the sheet's order.
pub fn changed_sections(current: &JobSheet, changed: &JobSheet) -> Vec<&'static str> {
    let mut parts = Vec::new();
    let header = (
        current.category,
        current.work_style,
        current.graduation_year,
        current.publication,
        current.online_application,
    ) != (
        changed.category,
        changed.work_style,
        changed.graduation_year,
        changed.publication,
        changed.online_application,
    );
    let company = {
        let (a, b) = (&current.employer, &changed.employer);
        (
            &a.corporate_number,
            a.employees_site,
            a.founded_year,
            a.capital_man_yen,
            &a.features,
        ) != (
            &b.corporate_number,
            b.employees_site,
            b.founded_year,
            b.capital_man_yen,
            &b.features,
        )
    };
    for (differs, name) in [
        (header, key!("posting-changed-header")),
        (current.work != changed.work, key!("posting-changed-work")),
        (current.wage != changed.wage, key!("posting-changed-wage")),
        (
            current.hours != changed.hours,
            key!("posting-changed-hours"),
        ),
        (
            current.conditions != changed.conditions,
            key!("posting-changed-conditions"),
        ),
        (company, key!("posting-changed-company")),
        (
            current.selection != changed.selection,
            key!("posting-changed-selection"),
        ),
        (
            current.notes != changed.notes,
            key!("posting-changed-notes"),
        ),
    ] {
        if differs {
            parts.push(name);
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::employer::fixtures::profile;
    use crate::forms::employer::posting::fixtures::form;
    use shigoto_domain::posting::{preview, Context};
    use shigoto_shared::{ErrorCode, PostingStatus};

    fn sheet() -> JobSheet {
        let company = profile();
        let context = Context {
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
            company: &company,
        };
        preview(&form(), &context, "1301-000001-9", "飯田橋").unwrap()
    }

    fn queue_item(id: i64, day: u32) -> PostingQueueItem {
        PostingQueueItem {
            id,
            status: PostingStatus::Submitted,
            employer_name: "株式会社ひので商事".into(),
            office_number: "1301-000001-9".into(),
            title: "総務・一般事務".into(),
            submitted_at: chrono::NaiveDate::from_ymd_opt(2026, 11, day)
                .and_then(|d| d.and_hms_opt(1, 0, 0))
                .unwrap(),
            changes: None,
        }
    }

    fn review(id: i64) -> PostingReview {
        PostingReview {
            item: queue_item(id, 20),
            sheet: sheet(),
            current: None,
        }
    }

    #[test]
    fn the_queue_is_oldest_first() {
        let mut queue = PostingQueueState::default();
        queue.loading();
        queue.loaded(Ok(vec![
            queue_item(2, 21),
            queue_item(1, 25),
            queue_item(3, 20),
        ]));
        let ids: Vec<i64> = queue.items.unwrap().iter().map(|i| i.id).collect();
        assert_eq!(ids, [3, 2, 1]);
    }

    #[test]
    fn a_review_is_decided_once_and_shows_the_number_given() {
        let mut state = PostingReviewState::default();
        assert!(!state.deciding(DecisionKind::Accept), "nothing read yet");
        state.loaded(Ok(review(4)));
        assert!(state.deciding(DecisionKind::Return));
        state.decided(Err(ApiError::new(
            ErrorCode::InvalidParameter,
            "返戻の理由を入力してください。",
        )
        .with_field("reason")));
        assert_eq!(
            state.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("reason")
        );
        state.edit_reason("賃金の記載を確認してください。".into());
        assert_eq!(state.error, None);
        assert_eq!(
            state.return_request().reason,
            "賃金の記載を確認してください。"
        );

        assert!(state.deciding(DecisionKind::Accept));
        let mut accepted = review(4);
        accepted.sheet.job_number = "13010-00000042".into();
        state.decided(Ok(Decided::Accepted(Box::new(accepted))));
        assert_eq!(
            state.decision,
            Some(PostingDecision::Accepted {
                job_number: "13010-00000042".into()
            })
        );
        assert!(!state.can_decide(), "decided once");
    }

    #[test]
    fn a_return_keeps_the_sheet_and_shows_the_status_it_left() {
        let mut state = PostingReviewState::default();
        state.loaded(Ok(review(4)));
        assert!(state.deciding(DecisionKind::Return));
        let mut item = review(4).item;
        item.status = PostingStatus::Returned;
        state.decided(Ok(Decided::Returned(item)));
        assert_eq!(state.decision, Some(PostingDecision::Returned));
        let review = state.review.as_ref().unwrap();
        assert_eq!(review.item.status, PostingStatus::Returned);
        assert_eq!(review.sheet, self::review(4).sheet);
        assert!(!state.can_decide());
    }

    #[test]
    fn a_change_names_the_parts_it_alters() {
        let current = sheet();
        assert!(changed_sections(&current, &current).is_empty());
        let mut changed = current.clone();
        changed.wage.base_min += 10_000;
        changed.employer.employees_site += 1;
        assert_eq!(
            changed_sections(&current, &changed)
                .into_iter()
                .map(|key| shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja).t(key))
                .collect::<Vec<_>>(),
            ["賃金・手当", "会社の情報"]
        );
    }
}
