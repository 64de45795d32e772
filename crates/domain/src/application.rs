//! Applying for a job and its 採否: who may apply for which posting on a day (自主応募 online, or
//! a counselor's referral), what a request must carry, and how an application's selection ends.
//!
//! Only a 本登録 whose 求職状態 is 有効 applies or is referred; a 仮登録 first completes its
//! registration at an office, and a lapsed one is switched back to 有効 first. The posting must
//! be open (募集中 and within its 紹介期限日); a self-application also needs a posting that
//! accepts online applications (オンライン自主応募可). The seeker confirms the two warnings every
//! self-application shows. An application is 選考中 until it ends once: the employer records
//! 採用, 不採用 (with an optional reason), the seeker's 辞退 or the posting's 取消; the seeker
//! may withdraw (辞退) it themself. Applying on a day in the registration's last month extends
//! it ([`crate::seeking::after_activity`]).

use chrono::NaiveDate;
use shigoto_i18n::{key, Text};
use shigoto_shared::{
    ApplicationRequest, ApplicationStatus, JobSeekingState, JobSheet, JobStatus, RegistrationStatus,
};
use thiserror::Error;

use crate::validity;

/// Longest 応募メッセージ, in characters.
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// Longest reason given with 不採用, in characters.
pub const MAX_RESULT_REASON_CHARS: usize = 500;
/// Most applicants one list answers (newest first).
pub const MAX_APPLICANTS_LISTED: i64 = 1000;

/// The first warning of 「応募する」 (a catalogue key).
pub const DISPUTES_WARNING: &str = key!("rules-apply-disputes-warning");
/// The second warning of 「応募する」 (a catalogue key).
pub const BENEFITS_WARNING: &str = key!("rules-apply-benefits-warning");

/// Why an application (or a referral) is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ApplyRefused {
    #[error("warnings not confirmed")]
    WarningsNotConfirmed,
    #[error("application message too long")]
    MessageTooLong,
    #[error("seeker not registered")]
    NotRegistered,
    #[error("job seeking status not valid")]
    SeekingInvalid,
    #[error("posting closed")]
    PostingClosed,
    #[error("posting takes no online applications")]
    NoOnlineApplication,
    #[error("already applied")]
    AlreadyApplied,
    #[error(transparent)]
    Document(#[from] DocumentRefused),
}

impl ApplyRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::WarningsNotConfirmed => Text::new("rules-apply-warnings"),
            // Written without grouping (1000).
            Self::MessageTooLong => {
                Text::new("rules-apply-message-too-long").with("max", MAX_MESSAGE_CHARS.to_string())
            }
            Self::NotRegistered => Text::new("rules-apply-not-registered"),
            Self::SeekingInvalid => Text::new("rules-apply-seeking-invalid"),
            Self::PostingClosed => Text::new("rules-apply-posting-closed"),
            Self::NoOnlineApplication => Text::new("rules-apply-no-online"),
            Self::AlreadyApplied => Text::new("rules-apply-already-applied"),
            Self::Document(refused) => refused.text(),
        }
    }
}

/// Most 応募書類 one application carries.
pub const MAX_DOCUMENTS: usize = 3;
/// Largest 応募書類, in bytes (5 MB).
pub const MAX_DOCUMENT_BYTES: u64 = 5 * 1024 * 1024;
/// Longest name of a 応募書類, in characters.
pub const MAX_DOCUMENT_NAME_CHARS: usize = 100;
/// What every PDF file begins with.
const PDF_SIGNATURE: &[u8] = b"%PDF-";

/// Why a 応募書類 is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DocumentRefused {
    #[error("too many documents")]
    TooMany,
    #[error("document too large")]
    TooLarge,
    #[error("empty document")]
    Empty,
    #[error("document not a PDF")]
    NotPdf,
    #[error("document without a name")]
    NameMissing,
    #[error("document name too long")]
    NameTooLong,
}

impl DocumentRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::TooMany => Text::new("rules-document-too-many").with("max", MAX_DOCUMENTS),
            Self::TooLarge => Text::new("rules-document-too-large"),
            Self::Empty => Text::new("rules-document-empty"),
            Self::NotPdf => Text::new("rules-document-not-pdf"),
            Self::NameMissing => Text::new("rules-document-name-missing"),
            Self::NameTooLong => {
                Text::new("rules-document-name-too-long").with("max", MAX_DOCUMENT_NAME_CHARS)
            }
        }
    }
}

/// Whether a file of `bytes` bytes may be attached (checked before it is read).
pub fn check_document_size(bytes: u64) -> Result<(), DocumentRefused> {
    match bytes {
        0 => Err(DocumentRefused::Empty),
        bytes if bytes > MAX_DOCUMENT_BYTES => Err(DocumentRefused::TooLarge),
        _ => Ok(()),
    }
}

/// Whether a file named `file_name` with `content` may be attached: a PDF within the size, its
/// name present and within its length (the name is shown, never used as a path).
pub fn check_document(file_name: &str, content: &[u8]) -> Result<(), DocumentRefused> {
    match file_name.trim().chars().count() {
        0 => return Err(DocumentRefused::NameMissing),
        chars if chars > MAX_DOCUMENT_NAME_CHARS => return Err(DocumentRefused::NameTooLong),
        _ => {}
    }
    check_document_size(content.len() as u64)?;
    if !content.starts_with(PDF_SIGNATURE) {
        return Err(DocumentRefused::NotPdf);
    }
    Ok(())
}

/// Whether `count` more 応募書類 fit beside `attached` ones.
pub fn check_document_count(attached: usize, count: usize) -> Result<(), DocumentRefused> {
    if attached + count > MAX_DOCUMENTS {
        return Err(DocumentRefused::TooMany);
    }
    Ok(())
}

/// Why a referral is refused (the seeker's side, said to the counselor).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ReferralRefused {
    #[error("seeker not registered")]
    NotRegistered,
    #[error("job seeking status not valid")]
    SeekingInvalid,
    #[error("posting closed")]
    PostingClosed,
    #[error("seeker already applied")]
    AlreadyApplied,
}

impl ReferralRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::NotRegistered => Text::new("rules-referral-not-registered"),
            Self::SeekingInvalid => Text::new("rules-referral-seeking-invalid"),
            Self::PostingClosed => Text::new("rules-referral-posting-closed"),
            Self::AlreadyApplied => Text::new("rules-referral-already-applied"),
        }
    }
}

/// Whether `job` takes applications on `today`: 募集中 and within its 紹介期限日.
pub fn is_open(job: &JobSheet, today: NaiveDate) -> bool {
    job.status == JobStatus::Open && validity::is_within_deadline(job.referral_deadline, today)
}

/// The checks of a request alone: both warnings confirmed, the message within its length.
pub fn check_request(request: &ApplicationRequest) -> Result<(), ApplyRefused> {
    if !(request.confirmed_disputes && request.confirmed_benefits) {
        return Err(ApplyRefused::WarningsNotConfirmed);
    }
    if request.message.chars().count() > MAX_MESSAGE_CHARS {
        return Err(ApplyRefused::MessageTooLong);
    }
    check_document_count(0, request.documents.len())?;
    for document in &request.documents {
        check_document(&document.file_name, &document.content)?;
    }
    Ok(())
}

/// Whether a seeker whose registration is `registration` and 求職状態 `seeking` may apply online
/// for `job` on `today` (the request checked by [`check_request`]).
pub fn check_self_application(
    request: &ApplicationRequest,
    registration: RegistrationStatus,
    seeking: JobSeekingState,
    job: &JobSheet,
    today: NaiveDate,
) -> Result<(), ApplyRefused> {
    check_request(request)?;
    if registration != RegistrationStatus::Registered {
        return Err(ApplyRefused::NotRegistered);
    }
    if seeking != JobSeekingState::Valid {
        return Err(ApplyRefused::SeekingInvalid);
    }
    if !is_open(job, today) {
        return Err(ApplyRefused::PostingClosed);
    }
    if !job.online_application {
        return Err(ApplyRefused::NoOnlineApplication);
    }
    Ok(())
}

/// Whether a counselor may refer such a seeker to `job` on `today` (online application or not).
pub fn check_referral(
    registration: RegistrationStatus,
    seeking: JobSeekingState,
    job: &JobSheet,
    today: NaiveDate,
) -> Result<(), ReferralRefused> {
    if registration != RegistrationStatus::Registered {
        return Err(ReferralRefused::NotRegistered);
    }
    if seeking != JobSeekingState::Valid {
        return Err(ReferralRefused::SeekingInvalid);
    }
    if !is_open(job, today) {
        return Err(ReferralRefused::PostingClosed);
    }
    Ok(())
}

/// Who ends a selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decider {
    /// The posting's employer: 採用, 不採用, the seeker's 辞退, or 取消.
    Employer,
    /// The seeker: 辞退 only.
    Seeker,
}

/// Why a result cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DecisionRefused {
    #[error("selection already decided")]
    AlreadyDecided,
    #[error("not a result")]
    NotAResult,
    #[error("a seeker may only decline")]
    SeekerMayOnlyDecline,
    #[error("a reason only with a rejection")]
    ReasonOnlyWithRejection,
    #[error("reason too long")]
    ReasonTooLong,
}

impl DecisionRefused {
    /// Why, for people.
    pub fn text(&self) -> Text {
        match self {
            Self::AlreadyDecided => Text::new("rules-decision-already-decided"),
            Self::NotAResult => Text::new("rules-decision-not-a-result"),
            Self::SeekerMayOnlyDecline => Text::new("rules-decision-seeker-declines"),
            Self::ReasonOnlyWithRejection => Text::new("rules-decision-reason-only-rejection"),
            Self::ReasonTooLong => {
                Text::new("rules-decision-reason-too-long").with("max", MAX_RESULT_REASON_CHARS)
            }
        }
    }
}

/// Whether `decider` may end an application that is `current` with `result` and `reason`
/// (empty for none). The stored update names `current`, so of two concurrent results one wins.
pub fn check_decision(
    decider: Decider,
    current: ApplicationStatus,
    result: ApplicationStatus,
    reason: &str,
) -> Result<(), DecisionRefused> {
    if current != ApplicationStatus::InProgress {
        return Err(DecisionRefused::AlreadyDecided);
    }
    if result == ApplicationStatus::InProgress {
        return Err(DecisionRefused::NotAResult);
    }
    if decider == Decider::Seeker && result != ApplicationStatus::Declined {
        return Err(DecisionRefused::SeekerMayOnlyDecline);
    }
    if !reason.trim().is_empty() && result != ApplicationStatus::Rejected {
        return Err(DecisionRefused::ReasonOnlyWithRejection);
    }
    if reason.chars().count() > MAX_RESULT_REASON_CHARS {
        return Err(DecisionRefused::ReasonTooLong);
    }
    Ok(())
}

/// Whether the selection of an application that is `status` has ended.
pub fn has_ended(status: ApplicationStatus) -> bool {
    status != ApplicationStatus::InProgress
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::sample;
    use proptest::prelude::*;
    use ApplicationStatus::{Cancelled, Declined, Hired, InProgress, Rejected};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn request() -> ApplicationRequest {
        ApplicationRequest {
            job_number: "13010-00000001".into(),
            confirmed_disputes: true,
            confirmed_benefits: true,
            message: "よろしくお願いいたします。".into(),
            documents: Vec::new(),
        }
    }

    fn pdf(bytes: usize) -> Vec<u8> {
        let mut content = b"%PDF-1.7\n".to_vec();
        content.resize(bytes, b' ');
        content
    }

    fn upload(content: Vec<u8>) -> shigoto_shared::DocumentUpload {
        shigoto_shared::DocumentUpload {
            kind: shigoto_shared::DocumentKind::Resume,
            file_name: "履歴書.pdf".into(),
            content,
        }
    }

    #[test]
    fn documents_are_pdfs_of_at_most_5_mb_three_at_most() {
        let limit = MAX_DOCUMENT_BYTES as usize;
        assert_eq!(check_document("履歴書.pdf", &pdf(limit)), Ok(()));
        assert_eq!(
            check_document("履歴書.pdf", &pdf(limit + 1)),
            Err(DocumentRefused::TooLarge)
        );
        assert_eq!(check_document("a.pdf", b""), Err(DocumentRefused::Empty));
        assert_eq!(
            check_document("a.pdf", b"PK\x03\x04 a zip"),
            Err(DocumentRefused::NotPdf)
        );
        assert_eq!(
            check_document(" ", &pdf(20)),
            Err(DocumentRefused::NameMissing)
        );
        let long_name = "あ".repeat(MAX_DOCUMENT_NAME_CHARS + 1);
        assert_eq!(
            check_document(&long_name, &pdf(20)),
            Err(DocumentRefused::NameTooLong)
        );
        assert_eq!(check_document_size(0), Err(DocumentRefused::Empty));
        assert_eq!(check_document_count(2, 1), Ok(()));
        assert_eq!(check_document_count(3, 1), Err(DocumentRefused::TooMany));

        let mut with_three = request();
        with_three.documents = vec![upload(pdf(100)), upload(pdf(100)), upload(pdf(100))];
        assert_eq!(check_request(&with_three), Ok(()));
        with_three.documents.push(upload(pdf(100)));
        assert_eq!(
            check_request(&with_three),
            Err(ApplyRefused::Document(DocumentRefused::TooMany))
        );
        with_three.documents = vec![upload(b"GIF89a".to_vec())];
        assert_eq!(
            check_request(&with_three),
            Err(ApplyRefused::Document(DocumentRefused::NotPdf))
        );
    }

    fn job(online: bool, deadline: NaiveDate) -> JobSheet {
        let mut sheet = sample::sheet();
        sheet.status = JobStatus::Open;
        sheet.online_application = online;
        sheet.referral_deadline = deadline;
        sheet
    }

    const REGISTERED: RegistrationStatus = RegistrationStatus::Registered;
    const VALID: JobSeekingState = JobSeekingState::Valid;

    #[test]
    fn a_valid_registered_seeker_applies_to_an_open_online_posting() {
        let today = d(2027, 1, 31);
        let open = job(true, today);
        assert_eq!(
            check_self_application(&request(), REGISTERED, VALID, &open, today),
            Ok(())
        );
        let cases = [
            (
                RegistrationStatus::Provisional,
                VALID,
                job(true, today),
                ApplyRefused::NotRegistered,
            ),
            (
                RegistrationStatus::Lapsed,
                JobSeekingState::Invalid,
                job(true, today),
                ApplyRefused::NotRegistered,
            ),
            (
                REGISTERED,
                JobSeekingState::Invalid,
                job(true, today),
                ApplyRefused::SeekingInvalid,
            ),
            (
                REGISTERED,
                VALID,
                job(true, d(2027, 1, 30)),
                ApplyRefused::PostingClosed,
            ),
            (
                REGISTERED,
                VALID,
                job(false, today),
                ApplyRefused::NoOnlineApplication,
            ),
        ];
        for (registration, seeking, sheet, refused) in cases {
            assert_eq!(
                check_self_application(&request(), registration, seeking, &sheet, today),
                Err(refused)
            );
        }
        let mut stopped = job(true, today);
        stopped.status = JobStatus::Closed;
        assert_eq!(
            check_self_application(&request(), REGISTERED, VALID, &stopped, today),
            Err(ApplyRefused::PostingClosed)
        );
    }

    #[test]
    fn both_warnings_must_be_confirmed_and_the_message_kept_short() {
        let today = d(2026, 12, 1);
        let open = job(true, d(2027, 1, 31));
        for (disputes, benefits) in [(false, true), (true, false), (false, false)] {
            let unconfirmed = ApplicationRequest {
                confirmed_disputes: disputes,
                confirmed_benefits: benefits,
                ..request()
            };
            assert_eq!(
                check_self_application(&unconfirmed, REGISTERED, VALID, &open, today),
                Err(ApplyRefused::WarningsNotConfirmed)
            );
        }
        let longest = ApplicationRequest {
            message: "あ".repeat(MAX_MESSAGE_CHARS),
            ..request()
        };
        assert_eq!(check_request(&longest), Ok(()));
        let too_long = ApplicationRequest {
            message: "あ".repeat(MAX_MESSAGE_CHARS + 1),
            ..request()
        };
        assert_eq!(check_request(&too_long), Err(ApplyRefused::MessageTooLong));
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        assert_eq!(
            ja.text(&ApplyRefused::MessageTooLong.text()),
            "応募メッセージは1000文字以内で入力してください。"
        );
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert_eq!(
            en.text(&ApplyRefused::MessageTooLong.text()),
            "Enter a message of at most 1000 characters."
        );
        assert_eq!(
            ja.text(&ApplyRefused::Document(DocumentRefused::TooMany).text()),
            "応募書類は3つまで添付できます。"
        );
        assert!(ja
            .t(DISPUTES_WARNING)
            .starts_with("オンライン自主応募による"));
    }

    #[test]
    fn a_referral_needs_no_online_application() {
        let today = d(2026, 12, 1);
        assert_eq!(
            check_referral(REGISTERED, VALID, &job(false, today), today),
            Ok(())
        );
        assert_eq!(
            check_referral(
                RegistrationStatus::Provisional,
                VALID,
                &job(false, today),
                today
            ),
            Err(ReferralRefused::NotRegistered)
        );
        assert_eq!(
            check_referral(
                REGISTERED,
                JobSeekingState::Invalid,
                &job(true, today),
                today
            ),
            Err(ReferralRefused::SeekingInvalid)
        );
    }

    #[test]
    fn a_selection_ends_once_and_the_seeker_may_only_decline() {
        for result in [Hired, Rejected, Declined, Cancelled] {
            assert_eq!(
                check_decision(Decider::Employer, InProgress, result, ""),
                Ok(())
            );
            assert_eq!(
                check_decision(Decider::Employer, result, Hired, ""),
                Err(DecisionRefused::AlreadyDecided)
            );
            assert!(has_ended(result));
        }
        assert!(!has_ended(InProgress));
        assert_eq!(
            check_decision(Decider::Employer, InProgress, InProgress, ""),
            Err(DecisionRefused::NotAResult)
        );
        assert_eq!(
            check_decision(Decider::Seeker, InProgress, Declined, ""),
            Ok(())
        );
        assert_eq!(
            check_decision(Decider::Seeker, InProgress, Hired, ""),
            Err(DecisionRefused::SeekerMayOnlyDecline)
        );
        assert_eq!(
            check_decision(
                Decider::Employer,
                InProgress,
                Rejected,
                "経験年数が要件に満たないため"
            ),
            Ok(())
        );
        assert_eq!(
            check_decision(Decider::Employer, InProgress, Hired, "理由"),
            Err(DecisionRefused::ReasonOnlyWithRejection)
        );
        assert_eq!(
            check_decision(
                Decider::Employer,
                InProgress,
                Rejected,
                &"あ".repeat(MAX_RESULT_REASON_CHARS + 1)
            ),
            Err(DecisionRefused::ReasonTooLong)
        );
    }

    proptest! {
        /// A posting takes applications exactly up to and including its 紹介期限日.
        #[test]
        fn open_exactly_to_the_deadline(offset in -400i64..400) {
            let deadline = d(2027, 2, 28);
            let today = deadline + chrono::TimeDelta::days(offset);
            let sheet = job(true, deadline);
            prop_assert_eq!(is_open(&sheet, today), offset <= 0);
            prop_assert_eq!(
                check_self_application(&request(), REGISTERED, VALID, &sheet, today).is_ok(),
                offset <= 0
            );
        }
    }
}
