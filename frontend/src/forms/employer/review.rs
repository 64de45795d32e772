//! 事業所登録の審査 (counselors): the registrations to review, a 返戻's reason as typed, and what
//! was decided.

use shigoto_domain::employer;
use shigoto_shared::{ApiError, EmployerApplication, EmployerReturn};

use crate::forms::account::{error_message, placed};
use crate::forms::search::FieldError;

/// One 事業所登録 in the counselor's list, with the 返戻 reason as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRow {
    pub application: EmployerApplication,
    /// The reason for a 返戻, as typed.
    pub reason: String,
    /// 「受理する」 or 「返戻する」 was pressed and the answer has not come yet.
    pub busy: bool,
    /// Why a decision was refused: `field` `reason` for the reason box, else none.
    pub error: Option<FieldError>,
}

/// What was decided last, shown above the list (`#employer-review-result`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewDecision {
    /// 受理: the 事業所 and its new 事業所番号.
    Accepted { name: String, office_number: String },
    /// 返戻.
    Returned { name: String },
}

/// Which decision a counselor made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionKind {
    Accept,
    Return,
}

/// The counselors' 事業所登録の審査.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmployerReviewState {
    /// `None` until `list_employer_applications` answered.
    pub rows: Option<Vec<ReviewRow>>,
    pub loading: bool,
    /// Why the list could not be read.
    pub error: Option<String>,
    pub decision: Option<ReviewDecision>,
}

impl EmployerReviewState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    /// The list as read; a reason typed for a registration still listed is kept.
    pub fn loaded(&mut self, result: Result<Vec<EmployerApplication>, ApiError>) {
        self.loading = false;
        match result {
            Ok(list) => {
                let typed = self.rows.take().unwrap_or_default();
                self.rows = Some(
                    list.into_iter()
                        .map(|application| {
                            let reason = typed
                                .iter()
                                .find(|r| r.application.id == application.id)
                                .map(|r| r.reason.clone())
                                .unwrap_or_default();
                            ReviewRow {
                                application,
                                reason,
                                busy: false,
                                error: None,
                            }
                        })
                        .collect(),
                );
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// Whether a decision can be sent for the row of `id` (it is listed and not waiting).
    pub fn can_decide(&self, id: i64) -> bool {
        self.row(id).is_some_and(|r| !r.busy)
    }

    fn row(&self, id: i64) -> Option<&ReviewRow> {
        self.rows.as_ref()?.iter().find(|r| r.application.id == id)
    }

    fn row_mut(&mut self, id: i64) -> Option<&mut ReviewRow> {
        self.rows
            .as_mut()?
            .iter_mut()
            .find(|r| r.application.id == id)
    }

    /// Typing the reason of a row.
    pub fn edit_reason(&mut self, id: i64, reason: String) {
        if let Some(row) = self.row_mut(id) {
            row.reason = reason;
            if row.error.as_ref().is_some_and(|e| e.field.is_some()) {
                row.error = None;
            }
        }
    }

    /// 「返戻する」: the reason, checked with the domain's rule.
    pub fn return_request(&self, id: i64) -> Result<EmployerReturn, FieldError> {
        let reason = self.row(id).map(|r| r.reason.as_str()).unwrap_or_default();
        employer::return_reason(reason)
            .map(|reason| EmployerReturn { reason })
            .map_err(FieldError::from)
    }

    /// A refusal found before asking the service, shown at the row.
    pub fn invalid(&mut self, id: i64, err: FieldError) {
        if let Some(row) = self.row_mut(id) {
            row.error = Some(err);
        }
    }

    /// A decision was sent: false when the row is gone or already waiting.
    pub fn deciding(&mut self, id: i64) -> bool {
        match self.row_mut(id) {
            Some(row) if !row.busy => {
                row.busy = true;
                row.error = None;
                true
            }
            _ => false,
        }
    }

    /// The service's answer to a decision: on success the note above the list says what was
    /// done (the list is then read again); a refusal is shown at the row.
    pub fn decided(
        &mut self,
        id: i64,
        kind: DecisionKind,
        result: Result<EmployerApplication, ApiError>,
    ) {
        match result {
            Ok(application) => {
                let name = application.profile.name.clone();
                self.decision = Some(match kind {
                    DecisionKind::Accept => ReviewDecision::Accepted {
                        name,
                        office_number: application.office_number.clone().unwrap_or_default(),
                    },
                    DecisionKind::Return => ReviewDecision::Returned { name },
                });
                if let Some(row) = self.row_mut(id) {
                    row.busy = false;
                    row.application = application;
                }
            }
            Err(err) => {
                if let Some(row) = self.row_mut(id) {
                    row.busy = false;
                    row.error = Some(placed(&err, &["reason"]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::employer::fixtures::*;
    use shigoto_shared::{EmployerStatus, ErrorCode};

    #[test]
    fn the_review_keeps_typed_reasons_and_says_what_was_decided() {
        let mut review = EmployerReviewState::default();
        review.loading();
        review.loaded(Ok(vec![application(1), application(2)]));
        assert_eq!(
            review.return_request(1).unwrap_err().field.as_deref(),
            Some("reason")
        );
        review.edit_reason(2, "所在地の番地が抜けています。".into());
        review.loaded(Ok(vec![application(2)]));
        assert_eq!(
            review.return_request(2).unwrap().reason,
            "所在地の番地が抜けています。"
        );

        assert!(review.deciding(2));
        assert!(!review.deciding(2), "once until it answers");
        review.decided(
            2,
            DecisionKind::Return,
            Err(ApiError::new(
                ErrorCode::Conflict,
                "すでに受理または返戻されています。",
            )),
        );
        let row = review.row(2).unwrap();
        assert!(!row.busy);
        assert_eq!(row.error.as_ref().unwrap().field, None);

        assert!(review.deciding(2));
        let mut accepted = application(2);
        accepted.status = EmployerStatus::Accepted;
        accepted.office_number = Some("1301-000001-9".into());
        review.decided(2, DecisionKind::Accept, Ok(accepted));
        assert_eq!(
            review.decision,
            Some(ReviewDecision::Accepted {
                name: "株式会社ひので商事".into(),
                office_number: "1301-000001-9".into()
            })
        );
    }
}
