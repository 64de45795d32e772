//! Applications as the screens hold them after 応募する ([`crate::forms::apply`]): the seeker's
//! applications split into 応募中 and 選考が終わった with 辞退, the employer's applicants with
//! the 採否 form, and the 求職活動実績's period. The checks are the domain's.

use shigoto_domain::application::{check_decision, Decider};
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{
    ApiError, Applicant, ApplicantDetail, ApplicationResult, ApplicationStatus, MyApplication,
    SavedDocument,
};

use crate::forms::account::error_message;
use crate::forms::search::FieldError;

/// The seeker's applications on 求職活動状況.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MyApplicationsState {
    pub items: Option<Vec<MyApplication>>,
    pub loading: bool,
    pub error: Option<String>,
    /// The application whose 辞退 is being asked for (「辞退を確定」 shown).
    pub confirming: Option<i64>,
    /// The application whose 辞退 is being sent.
    pub busy: Option<i64>,
    /// The referral whose 紹介状 is being saved.
    pub saving: Option<i64>,
    /// Where the last 紹介状 was saved, or why it was not.
    pub saved: Option<Result<SavedDocument, String>>,
}

impl MyApplicationsState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    pub fn loaded(&mut self, result: Result<Vec<MyApplication>, ApiError>) {
        self.loading = false;
        match result {
            Ok(items) => self.items = Some(items),
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// 応募中: selections not yet ended, newest first.
    pub fn in_progress(&self) -> Vec<&MyApplication> {
        self.items
            .iter()
            .flatten()
            .filter(|a| a.status == ApplicationStatus::InProgress)
            .collect()
    }

    /// 選考が終わった求人: 採用, 不採用, 辞退, 取消, the latest end first.
    pub fn ended(&self) -> Vec<&MyApplication> {
        let mut ended: Vec<&MyApplication> = self
            .items
            .iter()
            .flatten()
            .filter(|a| a.status != ApplicationStatus::InProgress)
            .collect();
        ended.sort_by_key(|a| std::cmp::Reverse(a.decided_on));
        ended
    }

    /// 「辞退する」: asks to confirm.
    pub fn ask_withdraw(&mut self, id: i64) {
        if self.busy.is_none() {
            self.confirming = Some(id);
            self.error = None;
        }
    }

    /// 「やめる」.
    pub fn cancel_withdraw(&mut self) {
        if self.busy.is_none() {
            self.confirming = None;
        }
    }

    /// Whether 「辞退を確定」 of `id` may be sent now.
    pub fn may_withdraw(&self, id: i64) -> bool {
        self.busy.is_none()
            && self.confirming == Some(id)
            && self.items.iter().flatten().any(|a| {
                a.id == id
                    && check_decision(Decider::Seeker, a.status, ApplicationStatus::Declined, "")
                        .is_ok()
            })
    }

    pub fn saving_letter(&mut self, id: i64) {
        self.saving = Some(id);
        self.saved = None;
    }

    pub fn letter_saved(&mut self, result: Result<SavedDocument, ApiError>) {
        self.saving = None;
        self.saved = Some(result.map_err(|err| error_message(&err)));
    }

    pub fn withdrawing(&mut self, id: i64) {
        self.busy = Some(id);
    }

    /// The answer to 辞退: the application moves to 選考が終わった求人, or the refusal is shown.
    pub fn withdrawn(&mut self, result: Result<MyApplication, ApiError>) {
        self.busy = None;
        self.confirming = None;
        match result {
            Ok(changed) => {
                if let Some(items) = &mut self.items {
                    for item in items.iter_mut().filter(|a| a.id == changed.id) {
                        *item = changed.clone();
                    }
                }
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }
}

/// One posting's applicants (`/employer/jobs/{n}/applicants`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApplicantsState {
    pub items: Option<Vec<Applicant>>,
    pub loading: bool,
    pub error: Option<String>,
}

impl ApplicantsState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.error = None;
    }

    pub fn loaded(&mut self, result: Result<Vec<Applicant>, ApiError>) {
        self.loading = false;
        match result {
            Ok(items) => self.items = Some(items),
            Err(err) => self.error = Some(error_message(&err)),
        }
    }
}

/// One applicant opened by the employer, with the 採否 form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApplicantState {
    pub detail: Option<ApplicantDetail>,
    pub loading: bool,
    pub load_error: Option<String>,
    /// The result chosen in the form.
    pub choice: Option<ApplicationStatus>,
    /// 不採用の理由 as typed.
    pub reason: String,
    pub busy: bool,
    pub error: Option<FieldError>,
    pub notice: Option<String>,
    /// The 紹介状 is being saved.
    pub saving_letter: bool,
    /// Where the 紹介状 was saved, or why it was not.
    pub letter: Option<Result<SavedDocument, String>>,
}

/// What to say of a saved document (`what`: 紹介状, 応募書類… in the language of `t`).
pub fn saved_text(t: &Catalogue, what: &str, saved: &SavedDocument) -> String {
    t.t_with(
        "seeker-document-saved",
        &[
            ("what", what.into()),
            ("path", saved.path.as_str().into()),
            ("size", crate::format::file_size(saved.bytes).into()),
        ],
    )
}

/// The results the employer may record, in the form's order.
pub const RESULTS: [ApplicationStatus; 4] = [
    ApplicationStatus::Hired,
    ApplicationStatus::Rejected,
    ApplicationStatus::Declined,
    ApplicationStatus::Cancelled,
];

/// What each result means, under its choice.
pub fn result_hint(t: &Catalogue, status: ApplicationStatus) -> String {
    let key = match status {
        ApplicationStatus::Hired => key!("seeker-result-hint-hired"),
        ApplicationStatus::Rejected => key!("seeker-result-hint-rejected"),
        ApplicationStatus::Declined => key!("seeker-result-hint-declined"),
        ApplicationStatus::Cancelled => key!("seeker-result-hint-cancelled"),
        ApplicationStatus::InProgress => return String::new(),
    };
    t.t(key)
}

impl ApplicantState {
    pub fn loading(&mut self) {
        self.loading = true;
        self.load_error = None;
    }

    pub fn loaded(&mut self, result: Result<ApplicantDetail, ApiError>) {
        self.loading = false;
        match result {
            Ok(detail) => self.detail = Some(detail),
            Err(err) => self.load_error = Some(error_message(&err)),
        }
    }

    /// Whether the selection is still open (the form is shown).
    pub fn is_open(&self) -> bool {
        self.detail
            .as_ref()
            .is_some_and(|d| d.applicant.status == ApplicationStatus::InProgress)
    }

    pub fn choose(&mut self, status: ApplicationStatus) {
        self.choice = Some(status);
        if status != ApplicationStatus::Rejected {
            self.reason.clear();
        }
        self.error = None;
    }

    /// The result to send, checked by the domain's rules first.
    pub fn request(&self, t: &Catalogue) -> Result<ApplicationResult, FieldError> {
        let Some(status) = self.choice else {
            return Err(FieldError::on("status", t.t("seeker-result-choose")));
        };
        let current = self
            .detail
            .as_ref()
            .map_or(ApplicationStatus::InProgress, |d| d.applicant.status);
        let reason = self.reason.trim();
        check_decision(Decider::Employer, current, status, reason).map_err(|refusal| {
            let field = match refusal {
                shigoto_domain::application::DecisionRefused::ReasonTooLong
                | shigoto_domain::application::DecisionRefused::ReasonOnlyWithRejection => "reason",
                _ => "status",
            };
            FieldError::on(field, t.text(&refusal.text()))
        })?;
        Ok(ApplicationResult {
            status,
            reason: reason.to_owned(),
        })
    }

    pub fn sending(&mut self) {
        self.busy = true;
        self.error = None;
        self.notice = None;
    }

    pub fn saving_letter(&mut self) {
        self.saving_letter = true;
        self.letter = None;
    }

    pub fn letter_saved(&mut self, result: Result<SavedDocument, ApiError>) {
        self.saving_letter = false;
        self.letter = Some(result.map_err(|err| error_message(&err)));
    }

    /// The answer: the result recorded is said in the language of `t`, or the refusal.
    pub fn sent(&mut self, t: &Catalogue, result: Result<ApplicantDetail, ApiError>) {
        self.busy = false;
        match result {
            Ok(detail) => {
                self.notice = Some(t.t_with(
                    "seeker-result-recorded",
                    &[("result", detail.applicant.status.label_in(t).into())],
                ));
                self.detail = Some(detail);
            }
            Err(err) => {
                self.error = Some(FieldError {
                    field: err.field.clone(),
                    message: error_message(&err),
                })
            }
        }
    }
}

/// Why the 求職活動実績's period cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodRefused {
    /// A date is missing or not a date.
    NoDate,
    /// The domain's rule refused it.
    Rule(shigoto_domain::activity_report::PeriodRefused),
}

impl PeriodRefused {
    /// What the screen says.
    pub fn text(&self, t: &Catalogue) -> String {
        match self {
            PeriodRefused::NoDate => t.t("seeker-report-no-date"),
            PeriodRefused::Rule(refused) => t.text(&refused.text()),
        }
    }
}

/// 求職活動実績の出力 on 求職活動状況: the period as typed (YYYY-MM-DD) and what was saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportState {
    pub from: String,
    pub to: String,
    /// A report is being saved.
    pub busy: bool,
    /// Where the last report was saved, or why it was not.
    pub saved: Option<Result<SavedDocument, String>>,
}

impl ReportState {
    /// From the first of `today`'s month to `today`.
    pub fn this_month(today: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        Self {
            from: today.with_day(1).unwrap_or(today).to_string(),
            to: today.to_string(),
            ..Self::default()
        }
    }

    /// The period typed, checked by the domain's rule, or why not.
    pub fn period(&self) -> Result<(chrono::NaiveDate, chrono::NaiveDate), PeriodRefused> {
        let day = |text: &str| {
            text.parse::<chrono::NaiveDate>()
                .map_err(|_| PeriodRefused::NoDate)
        };
        let (from, to) = (day(&self.from)?, day(&self.to)?);
        shigoto_domain::activity_report::check_period(from, to).map_err(PeriodRefused::Rule)?;
        Ok((from, to))
    }

    pub fn saving(&mut self) {
        self.busy = true;
        self.saved = None;
    }

    pub fn done(&mut self, result: Result<SavedDocument, ApiError>) {
        self.busy = false;
        self.saved = Some(result.map_err(|err| error_message(&err)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_i18n::{catalogue, Lang};
    use shigoto_shared::ApplicationKind;

    fn application(id: i64, status: ApplicationStatus, decided: Option<u32>) -> MyApplication {
        MyApplication {
            id,
            job_number: format!("13010-0000000{id}"),
            title: "受発注事務".into(),
            employer_name: Some("株式会社しごと商事".into()),
            kind: ApplicationKind::SelfApplied,
            status,
            applied_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            decided_on: decided.map(|d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap()),
            result_reason: None,
            documents: Vec::new(),
        }
    }

    #[test]
    fn applications_split_into_in_progress_and_ended_and_withdraw_after_asking() {
        let mut state = MyApplicationsState::default();
        state.loaded(Ok(vec![
            application(3, ApplicationStatus::InProgress, None),
            application(2, ApplicationStatus::Rejected, Some(3)),
            application(1, ApplicationStatus::Hired, Some(5)),
        ]));
        assert_eq!(state.in_progress().len(), 1);
        let ended: Vec<i64> = state.ended().iter().map(|a| a.id).collect();
        assert_eq!(ended, [1, 2], "latest end first");
        assert!(!state.may_withdraw(3), "not before asking");
        state.ask_withdraw(2);
        assert!(!state.may_withdraw(2), "ended already");
        state.ask_withdraw(3);
        assert!(state.may_withdraw(3));
        state.withdrawing(3);
        assert!(!state.may_withdraw(3), "not twice");
        state.withdrawn(Ok(application(3, ApplicationStatus::Declined, Some(6))));
        assert!(state.in_progress().is_empty());
        assert_eq!(state.ended()[0].id, 3);
    }

    #[test]
    fn a_report_period_defaults_to_this_month_and_is_checked() {
        let today = NaiveDate::from_ymd_opt(2027, 2, 7).unwrap();
        let mut state = ReportState::this_month(today);
        assert_eq!(
            (state.from.as_str(), state.to.as_str()),
            ("2027-02-01", "2027-02-07")
        );
        assert!(state.period().is_ok());
        state.from = "2027-03-01".into();
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        assert!(state.period().unwrap_err().text(ja).contains("終わり"));
        state.from = String::new();
        assert_eq!(state.period(), Err(PeriodRefused::NoDate));
    }

    #[test]
    fn a_result_is_chosen_and_a_reason_kept_only_for_rejection() {
        let mut state = ApplicantState::default();
        assert_eq!(
            state
                .request(catalogue(Lang::Ja))
                .unwrap_err()
                .field
                .as_deref(),
            Some("status")
        );
        state.choose(ApplicationStatus::Rejected);
        state.reason = "経験者を優先しました。".into();
        let result = state.request(catalogue(Lang::Ja)).unwrap();
        assert_eq!(result.status, ApplicationStatus::Rejected);
        assert_eq!(result.reason, "経験者を優先しました。");
        state.choose(ApplicationStatus::Hired);
        assert!(state.reason.is_empty());
        assert_eq!(state.request(catalogue(Lang::Ja)).unwrap().reason, "");
    }
}
