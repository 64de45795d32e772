//! オンライン職業紹介 and おすすめ求人 as the screens hold them: the counselor's form on a
//! seeker's record (the posting, the kind, a note; checked by the domain), and the seeker's list
//! on 求職活動状況 with 「この紹介で応募する」 asked to be confirmed first.

use shigoto_domain::introduction::checked_note;
use shigoto_domain::JobNumber;
use shigoto_i18n::Catalogue;
use shigoto_shared::{
    ApiError, IntroductionKind, IntroductionRequest, JobIntroduction, MyApplication,
};

use crate::forms::account::error_message;
use crate::forms::row_action::RowAction;
use crate::forms::search::FieldError;
use crate::forms::status::FormStatus;
use crate::state::lang::shown_texts;

/// The counselor's 「求人を紹介する」 form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntroduceState {
    pub job_number: String,
    pub kind: IntroductionKind,
    pub note: String,
    pub busy: bool,
    pub error: Option<FieldError>,
    pub notice: Option<String>,
}

impl Default for IntroduceState {
    fn default() -> Self {
        Self {
            job_number: String::new(),
            kind: IntroductionKind::Referral,
            note: String::new(),
            busy: false,
            error: None,
            notice: None,
        }
    }
}

impl IntroduceState {
    /// 「紹介を送る」: the request, its 求人番号 well formed and its note within its length.
    pub fn request(&self) -> Result<IntroductionRequest, FieldError> {
        let number = JobNumber::parse(self.job_number.trim())
            .map_err(|err| FieldError::on("job_number", shown_texts().text(&err.text())))?;
        let note = checked_note(&self.note)
            .map_err(|refusal| FieldError::on("note", shown_texts().text(&refusal.text())))?;
        Ok(IntroductionRequest {
            job_number: number.as_str().to_owned(),
            kind: self.kind,
            note,
        })
    }

    pub fn sending(&mut self) {
        self.busy = true;
        self.error = None;
        self.notice = None;
    }

    /// The answer: what was sent is said (in the language of `t`) and the form empties (the
    /// kind stays); or the refusal at its box, with everything kept.
    pub fn sent(&mut self, t: &Catalogue, result: Result<JobIntroduction, ApiError>) {
        self.busy = false;
        match result {
            Ok(sent) => {
                self.notice = Some(t.t_with(
                    "seeker-introduce-sent",
                    &[
                        ("title", sent.title.as_str().into()),
                        ("number", sent.job_number.as_str().into()),
                        ("kind", sent.kind.label_in(t).into()),
                    ],
                ));
                self.job_number.clear();
                self.note.clear();
            }
            Err(err) => {
                self.error = Some(FieldError {
                    field: err.field.clone(),
                    message: error_message(&err),
                });
            }
        }
    }
}

impl FormStatus for IntroduceState {
    fn busy(&self) -> bool {
        self.busy
    }

    fn set_busy(&mut self, busy: bool) {
        self.busy = busy;
    }

    fn set_error(&mut self, error: Option<FieldError>) {
        self.error = error;
    }

    fn started(&mut self) {
        self.sending();
    }
}

/// The seeker's introductions and their applications (to tell which were applied to).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IntroductionsState {
    pub items: Option<Vec<JobIntroduction>>,
    /// 求人番号 of the seeker's applications.
    pub applied: Vec<String>,
    /// 応募 from an introduction, confirmed first, one at a time.
    pub apply: RowAction,
}

impl IntroductionsState {
    pub fn loaded(&mut self, result: Result<Vec<JobIntroduction>, ApiError>) {
        match result {
            Ok(items) => self.items = Some(items),
            Err(err) => self.apply.error = Some(error_message(&err)),
        }
    }

    pub fn applications_loaded(&mut self, applications: &[MyApplication]) {
        self.applied = applications.iter().map(|a| a.job_number.clone()).collect();
    }

    /// Whether the seeker applied to the introduced posting already.
    pub fn is_applied(&self, item: &JobIntroduction) -> bool {
        self.applied.contains(&item.job_number)
    }

    /// The answer: the posting counts as applied and it is said; or the refusal.
    pub fn applied(&mut self, t: &Catalogue, result: Result<MyApplication, ApiError>) {
        let outcome = match result {
            Ok(application) => {
                let notice = t.t_with(
                    "seeker-introductions-applied",
                    &[("title", application.title.as_str().into())],
                );
                self.applied.push(application.job_number);
                Ok(notice)
            }
            Err(err) => Err(error_message(&err)),
        };
        self.apply.answered(outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_i18n::{catalogue, Lang};
    use shigoto_shared::{ApplicationKind, ApplicationStatus, ErrorCode};

    fn introduction(id: i64, job_number: &str) -> JobIntroduction {
        JobIntroduction {
            id,
            kind: IntroductionKind::Referral,
            job_number: job_number.into(),
            title: "受発注事務".into(),
            employer_name: None,
            introduced_by: "ハローワーク千代田 田中 一郎".into(),
            note: String::new(),
            introduced_at: NaiveDate::from_ymd_opt(2026, 12, 4)
                .unwrap()
                .and_hms_opt(1, 0, 0)
                .unwrap(),
        }
    }

    #[test]
    fn the_form_checks_the_number_and_the_note() {
        let mut form = IntroduceState {
            job_number: "13010-1234".into(),
            ..IntroduceState::default()
        };
        assert_eq!(
            form.request().unwrap_err().field.as_deref(),
            Some("job_number")
        );
        form.job_number = " 13010-12345678 ".into();
        form.note = "あ".repeat(501);
        assert_eq!(form.request().unwrap_err().field.as_deref(), Some("note"));
        form.note = " 面接対策もどうぞ。 ".into();
        let request = form.request().unwrap();
        assert_eq!(request.job_number, "13010-12345678");
        assert_eq!(request.note, "面接対策もどうぞ。");
        form.sending();
        form.sent(
            catalogue(Lang::Ja),
            Err(ApiError::new(ErrorCode::Conflict, "紹介済みです。")),
        );
        assert_eq!(form.job_number, " 13010-12345678 ", "kept after a refusal");
        form.sent(catalogue(Lang::Ja), Ok(introduction(1, "13010-12345678")));
        assert!(form.job_number.is_empty() && form.note.is_empty());
        assert!(form
            .notice
            .as_deref()
            .unwrap()
            .contains("オンライン職業紹介"));
    }

    #[test]
    fn applying_is_confirmed_first_and_then_counts() {
        let mut state = IntroductionsState::default();
        state.loaded(Ok(vec![introduction(1, "13010-12345678")]));
        let item = state.items.as_ref().unwrap()[0].clone();
        assert!(!state.is_applied(&item));
        state.apply.ask(1);
        state.apply.going(1);
        assert!(!state.apply.may_go(1), "not twice");
        state.applied(
            shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja),
            Ok(MyApplication {
                id: 9,
                job_number: "13010-12345678".into(),
                title: "受発注事務".into(),
                employer_name: None,
                kind: ApplicationKind::Referred,
                status: ApplicationStatus::InProgress,
                applied_on: NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
                decided_on: None,
                result_reason: None,
                documents: Vec::new(),
            }),
        );
        assert!(state.is_applied(&item));
        assert!(state.apply.notice.is_some());
    }
}
