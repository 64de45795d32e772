//! Applications as the screens hold them: 応募する (the two warnings, then the profile and a
//! message, then 完了), the seeker's applications split into 応募中 and 選考が終わった with 辞退,
//! and the employer's applicants with the 採否 form. The request checks are the domain's.

use std::rc::Rc;

use shigoto_domain::application::{
    check_decision, check_document, check_document_count, check_document_size, check_request,
    Decider, DocumentRefused, MAX_MESSAGE_CHARS,
};
use shigoto_shared::{
    ApiError, Applicant, ApplicantDetail, ApplicantProfile, ApplicationRequest, ApplicationResult,
    ApplicationStatus, DocumentKind, DocumentUpload, MyApplication, SavedDocument,
};

use crate::forms::account::error_message;
use crate::forms::search::FieldError;

/// At most this many characters in 応募メッセージ.
pub const MESSAGE_LIMIT: usize = MAX_MESSAGE_CHARS;

/// Where 応募する stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ApplyStep {
    /// The two warnings, each to be confirmed.
    #[default]
    Warnings,
    /// The profile that will be sent, and the message.
    Details,
    /// 応募しました.
    Done(MyApplication),
}

/// A 応募書類 chosen on this computer, held until 「応募する」 sends it.
#[derive(Debug, Clone, Eq)]
pub struct AttachedDocument {
    pub kind: DocumentKind,
    pub file_name: String,
    /// The PDF, shared rather than copied when the page's state is.
    pub content: Rc<Vec<u8>>,
}

impl PartialEq for AttachedDocument {
    /// The same file is the same bytes: compared by where they are, not byte by byte.
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && self.file_name == other.file_name
            && Rc::ptr_eq(&self.content, &other.content)
    }
}

/// The field of refusals about documents.
pub const DOCUMENTS_FIELD: &str = "documents";

fn document_error(refusal: DocumentRefused, file_name: &str) -> FieldError {
    FieldError::on(DOCUMENTS_FIELD, format!("{file_name}: {refusal}"))
}

/// 応募する (`/jobs/{n}/apply`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApplyState {
    pub step: ApplyStep,
    pub confirmed_disputes: bool,
    pub confirmed_benefits: bool,
    pub message: String,
    /// 応募書類 chosen so far (at most three).
    pub documents: Vec<AttachedDocument>,
    /// What is sent about the seeker (read when the page is shown).
    pub profile: Option<ApplicantProfile>,
    pub busy: bool,
    pub error: Option<FieldError>,
}

impl ApplyState {
    /// 「次へ」 from the warnings: only with both confirmed.
    pub fn next(&mut self) {
        if self.confirmed_disputes && self.confirmed_benefits {
            self.step = ApplyStep::Details;
            self.error = None;
        } else {
            self.error = Some(FieldError::on(
                "confirmed_disputes",
                "応募の前に、2つの注意事項を確認してチェックを入れてください。",
            ));
        }
    }

    /// 「戻る」 to the warnings (what was typed stays).
    pub fn back(&mut self) {
        if !self.busy && self.step == ApplyStep::Details {
            self.step = ApplyStep::Warnings;
        }
    }

    /// The request 「応募する」 sends, checked by the domain's rules first.
    pub fn request(&self, job_number: &str) -> Result<ApplicationRequest, FieldError> {
        let request = ApplicationRequest {
            job_number: job_number.to_owned(),
            confirmed_disputes: self.confirmed_disputes,
            confirmed_benefits: self.confirmed_benefits,
            message: self.message.clone(),
            documents: self
                .documents
                .iter()
                .map(|document| DocumentUpload {
                    kind: document.kind,
                    file_name: document.file_name.clone(),
                    content: document.content.as_ref().clone(),
                })
                .collect(),
        };
        check_request(&request).map_err(|refusal| {
            let field = match refusal {
                shigoto_domain::application::ApplyRefused::MessageTooLong => "message",
                shigoto_domain::application::ApplyRefused::Document(_) => DOCUMENTS_FIELD,
                _ => "confirmed_disputes",
            };
            FieldError::on(field, refusal.to_string())
        })?;
        Ok(request)
    }

    /// Whether another document may be chosen.
    pub fn may_attach(&self) -> bool {
        !self.busy && check_document_count(self.documents.len(), 1).is_ok()
    }

    /// Why a file of `bytes` bytes named `file_name` is not worth reading (one more does not
    /// fit, or it is empty or too large), to be shown at the documents.
    pub fn refusal_before_reading(&self, file_name: &str, bytes: u64) -> Option<FieldError> {
        check_document_count(self.documents.len(), 1)
            .and_then(|()| check_document_size(bytes))
            .err()
            .map(|refusal| document_error(refusal, file_name))
    }

    /// Attaches a file read from this computer if it is a PDF within the limits, as the kind
    /// not attached yet (履歴書, then 職務経歴書, then その他).
    pub fn attach(&mut self, file_name: String, content: Vec<u8>) {
        let checked = check_document_count(self.documents.len(), 1)
            .and_then(|()| check_document(&file_name, &content));
        if !self.settle_document(checked, &file_name) {
            return;
        }
        let taken = |kind| self.documents.iter().any(|d| d.kind == kind);
        let kind = [DocumentKind::Resume, DocumentKind::CareerHistory]
            .into_iter()
            .find(|kind| !taken(*kind))
            .unwrap_or(DocumentKind::Other);
        self.documents.push(AttachedDocument {
            kind,
            file_name,
            content: Rc::new(content),
        });
    }

    /// Clears an earlier refusal about documents when `checked` passed, or shows it.
    fn settle_document(&mut self, checked: Result<(), DocumentRefused>, file_name: &str) -> bool {
        match checked {
            Ok(()) => {
                if self.error.as_ref().and_then(|e| e.field.as_deref()) == Some(DOCUMENTS_FIELD) {
                    self.error = None;
                }
                true
            }
            Err(refusal) => {
                self.error = Some(document_error(refusal, file_name));
                false
            }
        }
    }

    /// Takes document `index` off.
    pub fn remove_document(&mut self, index: usize) {
        if !self.busy && index < self.documents.len() {
            self.documents.remove(index);
        }
    }

    /// Says what document `index` is.
    pub fn set_document_kind(&mut self, index: usize, kind: DocumentKind) {
        if let Some(document) = self.documents.get_mut(index) {
            document.kind = kind;
        }
    }

    /// Characters typed of [`MESSAGE_LIMIT`].
    pub fn message_count(&self) -> usize {
        self.message.chars().count()
    }

    pub fn sending(&mut self) {
        self.busy = true;
        self.error = None;
    }

    /// The service's answer: 完了, or the refusal shown with everything typed kept.
    pub fn sent(&mut self, result: Result<MyApplication, ApiError>) {
        self.busy = false;
        match result {
            Ok(applied) => self.step = ApplyStep::Done(applied),
            Err(err) => {
                self.error = Some(FieldError {
                    field: err.field.clone(),
                    message: error_message(&err),
                })
            }
        }
    }
}

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

/// What to say of a saved document (`what`: 紹介状, 応募書類…).
pub fn saved_text(what: &str, saved: &SavedDocument) -> String {
    format!(
        "{what}を保存しました：{}（{}）。PDFを開いて印刷できます。",
        saved.path,
        crate::format::file_size(saved.bytes)
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
pub fn result_hint(status: ApplicationStatus) -> &'static str {
    match status {
        ApplicationStatus::Hired => "この応募者の採用を決めました。",
        ApplicationStatus::Rejected => "今回は採用を見送ります。理由を添えることができます。",
        ApplicationStatus::Declined => "応募者から辞退の申し出がありました。",
        ApplicationStatus::Cancelled => "求人の取消などにより、選考を行いません。",
        ApplicationStatus::InProgress => "",
    }
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
    pub fn request(&self) -> Result<ApplicationResult, FieldError> {
        let Some(status) = self.choice else {
            return Err(FieldError::on(
                "status",
                "選考結果（採用・不採用・辞退・取消）を選んでください。",
            ));
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
            FieldError::on(field, refusal.to_string())
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

    pub fn sent(&mut self, result: Result<ApplicantDetail, ApiError>) {
        self.busy = false;
        match result {
            Ok(detail) => {
                self.notice = Some(format!(
                    "選考結果「{}」を登録しました。応募者にメールでお知らせしました。",
                    detail.applicant.status.label()
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
    pub fn period(&self) -> Result<(chrono::NaiveDate, chrono::NaiveDate), String> {
        let day = |text: &str| {
            text.parse::<chrono::NaiveDate>()
                .map_err(|_| "期間の日付を入力してください。".to_owned())
        };
        let (from, to) = (day(&self.from)?, day(&self.to)?);
        shigoto_domain::activity_report::check_period(from, to).map_err(|err| err.to_string())?;
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
    use shigoto_shared::{ApplicationKind, ErrorCode};

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
    fn apply_needs_both_warnings_then_sends_what_was_typed() {
        let mut state = ApplyState {
            confirmed_disputes: true,
            ..ApplyState::default()
        };
        state.next();
        assert_eq!(state.step, ApplyStep::Warnings);
        assert!(state.error.is_some());
        state.confirmed_benefits = true;
        state.next();
        assert_eq!(state.step, ApplyStep::Details);
        state.message = "あ".repeat(MESSAGE_LIMIT + 1);
        let refused = state.request("13010-00000001").unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("message"));
        state.message = "よろしくお願いします。".into();
        assert_eq!(state.message_count(), 11);
        let request = state.request("13010-00000001").unwrap();
        assert!(request.confirmed_disputes && request.confirmed_benefits);
        state.sending();
        state.sent(Err(ApiError::new(
            ErrorCode::Conflict,
            "この求人にはすでに応募しています。",
        )));
        assert_eq!(state.step, ApplyStep::Details);
        assert_eq!(state.message, "よろしくお願いします。");
        let done = application(1, ApplicationStatus::InProgress, None);
        state.sent(Ok(done.clone()));
        assert_eq!(state.step, ApplyStep::Done(done));
    }

    fn pdf(text: &str) -> Vec<u8> {
        format!("%PDF-1.4\n{text}").into_bytes()
    }

    #[test]
    fn documents_are_attached_as_pdfs_three_at_most_and_sent_with_the_request() {
        let mut state = ApplyState::default();
        assert_eq!(state.refusal_before_reading("履歴書.pdf", 1000), None);
        state.attach("履歴書.pdf".into(), pdf("1"));
        let error = state
            .refusal_before_reading("大きい.pdf", 6 * 1024 * 1024)
            .unwrap();
        assert_eq!(error.field.as_deref(), Some(DOCUMENTS_FIELD));
        assert!(
            error.message.starts_with("大きい.pdf: "),
            "{}",
            error.message
        );
        state.error = Some(error);
        state.attach("写真.png".into(), b"\x89PNG".to_vec());
        assert!(state.error.as_ref().unwrap().message.contains("PDF"));
        state.attach("職務経歴書.pdf".into(), pdf("2"));
        assert_eq!(state.error, None, "a good file clears the refusal");
        state.attach("資格.pdf".into(), pdf("3"));
        let kinds: Vec<_> = state.documents.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DocumentKind::Resume,
                DocumentKind::CareerHistory,
                DocumentKind::Other
            ]
        );
        assert!(!state.may_attach());
        state.attach("四つ目.pdf".into(), pdf("4"));
        assert_eq!(state.documents.len(), 3);
        assert!(state.error.is_some());
        state.remove_document(0);
        state.set_document_kind(1, DocumentKind::Resume);
        assert!(state.may_attach());
        state.confirmed_disputes = true;
        state.confirmed_benefits = true;
        let request = state.request("13010-00000001").unwrap();
        let sent: Vec<_> = request
            .documents
            .iter()
            .map(|d| (d.file_name.as_str(), d.kind, d.content.clone()))
            .collect();
        assert_eq!(
            sent,
            [
                ("職務経歴書.pdf", DocumentKind::CareerHistory, pdf("2")),
                ("資格.pdf", DocumentKind::Resume, pdf("3")),
            ]
        );
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
        assert!(state.period().unwrap_err().contains("終わり"));
        state.from = String::new();
        assert!(state.period().is_err());
    }

    #[test]
    fn a_result_is_chosen_and_a_reason_kept_only_for_rejection() {
        let mut state = ApplicantState::default();
        assert_eq!(
            state.request().unwrap_err().field.as_deref(),
            Some("status")
        );
        state.choose(ApplicationStatus::Rejected);
        state.reason = "経験者を優先しました。".into();
        let result = state.request().unwrap();
        assert_eq!(result.status, ApplicationStatus::Rejected);
        assert_eq!(result.reason, "経験者を優先しました。");
        state.choose(ApplicationStatus::Hired);
        assert!(state.reason.is_empty());
        assert_eq!(state.request().unwrap().reason, "");
    }
}
