//! 応募する as the screen holds it: the two warnings, then the profile, a message and the
//! 応募書類 (PDFs read on this computer), then 完了. The checks are the domain's.

use std::rc::Rc;

use shigoto_domain::application::{
    check_document, check_document_count, check_document_size, check_request, DocumentRefused,
    MAX_MESSAGE_CHARS,
};
use shigoto_i18n::Catalogue;
use shigoto_shared::{
    ApiError, ApplicantProfile, ApplicationRequest, DocumentKind, DocumentUpload, MyApplication,
};

use crate::forms::account::error_message;
use crate::forms::search::FieldError;
use crate::state::lang::shown_texts;

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
    let why = shown_texts().text(&refusal.text());
    FieldError::on(DOCUMENTS_FIELD, format!("{file_name}: {why}"))
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
    /// 「次へ」 from the warnings: only with both confirmed (else why not, in the language of
    /// `t`).
    pub fn next(&mut self, t: &Catalogue) {
        if self.confirmed_disputes && self.confirmed_benefits {
            self.step = ApplyStep::Details;
            self.error = None;
        } else {
            self.error = Some(FieldError::on(
                "confirmed_disputes",
                t.t("seeker-apply-confirm-both"),
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
            FieldError::on(field, shown_texts().text(&refusal.text()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_shared::{ApplicationKind, ApplicationStatus, ErrorCode};

    fn application(id: i64) -> MyApplication {
        MyApplication {
            id,
            job_number: format!("13010-0000000{id}"),
            title: "受発注事務".into(),
            employer_name: Some("株式会社しごと商事".into()),
            kind: ApplicationKind::SelfApplied,
            status: ApplicationStatus::InProgress,
            applied_on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            decided_on: None,
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
        state.next(shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja));
        assert_eq!(state.step, ApplyStep::Warnings);
        assert!(state.error.is_some());
        state.confirmed_benefits = true;
        state.next(shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja));
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
        let done = application(1);
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
        assert_eq!(
            error.message,
            "大きい.pdf: 応募書類は1ファイル5MB以内にしてください。"
        );
        state.error = Some(error);
        state.attach("写真.png".into(), b"\x89PNG".to_vec());
        assert_eq!(
            state.error.as_ref().unwrap().message,
            "写真.png: 応募書類はPDFファイルにしてください。"
        );
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
}
