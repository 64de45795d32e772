//! What the application routes share: the signed-in seeker's registration, the profile an
//! application sends, and an application as the seeker and as the employer see it.

use shigoto_domain::application::ApplyRefused;
use shigoto_domain::visibility::{self, Viewer};
use std::collections::HashMap;

use shigoto_i18n::Text;
use shigoto_server_db::application_documents::{self, DocumentEntry, NewDocument};
use shigoto_server_db::applications::{self, Application};
use shigoto_server_db::jobs::{self, StoredJob};
use shigoto_server_db::{seekers, AnyConnection};
use shigoto_shared::{
    Applicant, ApplicantProfile, ApplicationDocument, ApplicationKind, ApplicationStatus,
    DocumentKind, DocumentUpload, ErrorCode, MyApplication,
};

use crate::auth::caller::Caller;
use crate::error::AppError;

/// The signed-in job seeker's registration (404 without one).
pub fn seeker_of(conn: &mut AnyConnection, caller: &Caller) -> Result<seekers::Seeker, AppError> {
    seekers::find_by_account(conn, caller.account_id)?.ok_or_else(|| {
        AppError::text(
            ErrorCode::NotFound,
            Text::new("service-no-seeker-registration"),
        )
    })
}

/// What an application sends about `seeker`.
pub fn profile_of(seeker: &seekers::Seeker) -> ApplicantProfile {
    ApplicantProfile {
        seeker_number: seeker.seeker_number.clone(),
        name: seeker.name.clone(),
        name_kana: seeker.name_kana.clone(),
        birth_date: seeker.birth_date,
        email: seeker.email.clone(),
        prefecture_code: seeker.prefecture_code.clone(),
    }
}

/// A refusal of the domain as the service answers it: the request's own faults are 400s at
/// their field, the state of the seeker or the posting 409s.
pub fn refused(refusal: ApplyRefused) -> AppError {
    let text = refusal.text();
    let invalid = ErrorCode::InvalidParameter;
    match refusal {
        ApplyRefused::WarningsNotConfirmed => {
            AppError::text_at(invalid, "confirmed_disputes", text)
        }
        ApplyRefused::MessageTooLong => AppError::text_at(invalid, "message", text),
        ApplyRefused::Document(_) => AppError::text_at(invalid, "documents", text),
        _ => AppError::text(ErrorCode::Conflict, text),
    }
}

/// The stored status, read back.
pub fn status_of(application: &Application) -> Result<ApplicationStatus, AppError> {
    ApplicationStatus::from_wire(&application.status)
        .ok_or_else(|| AppError::internal(format!("unknown status {}", application.status)))
}

/// The stored kind and status, read back.
fn kind_and_status(
    application: &Application,
) -> Result<(ApplicationKind, ApplicationStatus), AppError> {
    let kind = ApplicationKind::from_wire(&application.kind)
        .ok_or_else(|| AppError::internal(format!("unknown kind {}", application.kind)))?;
    Ok((kind, status_of(application)?))
}

/// How `seeker` views postings on `today` (a 有効 本登録 sees more employers).
pub fn viewer_of(seeker: &seekers::Seeker, today: chrono::NaiveDate) -> Result<Viewer, AppError> {
    let stored = shigoto_shared::RegistrationStatus::from_wire(&seeker.status)
        .ok_or_else(|| AppError::internal(format!("unknown status {}", seeker.status)))?;
    Ok(visibility::seeker_viewer(
        stored,
        seeker.applied_on,
        seeker.valid_until,
        today,
    ))
}

/// A stored document as lists show it.
fn listed_document(entry: DocumentEntry) -> Result<ApplicationDocument, AppError> {
    Ok(ApplicationDocument {
        number: entry.number,
        kind: DocumentKind::from_wire(&entry.kind)
            .ok_or_else(|| AppError::internal(format!("unknown document kind {}", entry.kind)))?,
        file_name: entry.file_name,
        bytes: entry.byte_size,
    })
}

/// The 応募書類 of the applications `ids`, by application.
pub fn documents_of(
    conn: &mut AnyConnection,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<ApplicationDocument>>, AppError> {
    let mut by_application: HashMap<i64, Vec<ApplicationDocument>> = HashMap::new();
    for entry in application_documents::entries_of(conn, ids)? {
        by_application
            .entry(entry.application_id)
            .or_default()
            .push(listed_document(entry)?);
    }
    Ok(by_application)
}

/// The 応募書類 of application `id`.
pub fn documents_of_one(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Vec<ApplicationDocument>, AppError> {
    Ok(documents_of(conn, &[id])?.remove(&id).unwrap_or_default())
}

/// `application` to `job` as the seeker sees it (the employer's name as `viewer` may see it),
/// with the documents they sent.
pub fn my_application(
    application: &Application,
    job: &StoredJob,
    viewer: Viewer,
    documents: Vec<ApplicationDocument>,
) -> Result<MyApplication, AppError> {
    let (kind, status) = kind_and_status(application)?;
    let sheet = &job.sheet;
    Ok(MyApplication {
        id: application.id,
        job_number: sheet.job_number.clone(),
        title: sheet.work.title.clone(),
        employer_name: if visibility::hides_employer(sheet.publication, viewer) {
            None
        } else {
            sheet.employer.name.clone()
        },
        kind,
        status,
        applied_on: application.applied_on,
        decided_on: application.decided_on,
        result_reason: application.result_reason.clone(),
        documents,
    })
}

/// `application` to `job` as its employer lists it.
pub fn applicant(application: &Application, job: &StoredJob) -> Result<Applicant, AppError> {
    let (kind, status) = kind_and_status(application)?;
    Ok(Applicant {
        id: application.id,
        job_number: job.sheet.job_number.clone(),
        title: job.sheet.work.title.clone(),
        name: sent_profile(application)?.name,
        kind,
        status,
        applied_on: application.applied_on,
        decided_on: application.decided_on,
    })
}

/// The profile stored with `application`.
pub fn sent_profile(application: &Application) -> Result<ApplicantProfile, AppError> {
    serde_json::from_str(&application.profile).map_err(|err| {
        AppError::internal(format!(
            "application {} has an unreadable profile: {err}",
            application.id
        ))
    })
}

/// `seeker`'s applications with `viewer`'s view of each posting, newest first, at most `limit`.
pub fn applications_of(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    viewer: Viewer,
    limit: i64,
) -> Result<Vec<MyApplication>, AppError> {
    let stored = applications::of_seeker(conn, seeker.id, limit)?;
    as_seen(conn, &stored, viewer)
}

/// `seeker`'s applications changed after MyPage sequence number `after` (all when it is 0),
/// as MyPage sync sends them.
pub fn applications_changed(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    viewer: Viewer,
    after: i64,
) -> Result<Vec<MyApplication>, AppError> {
    let stored = applications::of_seeker_since(conn, seeker.id, after)?;
    as_seen(conn, &stored, viewer)
}

/// `stored` applications as their seeker sees them, in the same order.
fn as_seen(
    conn: &mut AnyConnection,
    stored: &[Application],
    viewer: Viewer,
) -> Result<Vec<MyApplication>, AppError> {
    let mut ids: Vec<i64> = stored.iter().map(|a| a.job_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let postings = jobs::find_by_ids(conn, &ids)?;
    let application_ids: Vec<i64> = stored.iter().map(|a| a.id).collect();
    let mut documents = documents_of(conn, &application_ids)?;
    stored
        .iter()
        .filter_map(|application| {
            postings
                .iter()
                .find(|job| job.id == application.job_id)
                .map(|job| {
                    let sent = documents.remove(&application.id).unwrap_or_default();
                    my_application(application, job, viewer, sent)
                })
        })
        .collect()
}

/// What an application carries besides its seeker and posting.
pub struct Filing<'a> {
    pub kind: ApplicationKind,
    /// 応募メッセージ (empty for a referral).
    pub message: &'a str,
    /// The counselor who referred.
    pub referred_by: Option<i64>,
    /// JSON of a referral's 紹介状.
    pub letter: Option<&'a str>,
    /// 応募書類 (checked by the domain already).
    pub documents: &'a [DocumentUpload],
}

/// Stores `seeker`'s application to `job`, 選考中 with the profile and documents they send, and on a day in
/// the registration's last month carries it a month further, in one transaction; a seeker who
/// applied to the posting before gets `already`.
pub fn file_application(
    conn: &mut AnyConnection,
    seeker: &seekers::Seeker,
    job: &StoredJob,
    filing: Filing<'_>,
    (today, now): (chrono::NaiveDate, chrono::NaiveDateTime),
    already: impl FnOnce() -> AppError,
) -> Result<Application, AppError> {
    let profile = serde_json::to_string(&profile_of(seeker)).map_err(AppError::internal)?;
    shigoto_server_db::write_transaction(conn, |conn| {
        let sync_seq = sync_seq_of(conn, seeker.account_id)?;
        let stored = applications::insert(
            conn,
            &applications::NewApplication {
                seeker_id: seeker.id,
                job_id: job.id,
                employer_id: job.employer_id,
                kind: filing.kind.as_str(),
                status: ApplicationStatus::InProgress.as_str(),
                profile: &profile,
                message: filing.message,
                referred_by: filing.referred_by,
                letter: filing.letter,
                applied_on: today,
                created_at: now,
                updated_at: now,
                sync_seq,
            },
        )?
        .ok_or_else(already)?;
        let documents: Vec<NewDocument<'_>> = filing
            .documents
            .iter()
            .zip(1..)
            .map(|(document, number)| NewDocument {
                application_id: stored.id,
                number,
                kind: document.kind.as_str(),
                file_name: document.file_name.trim(),
                byte_size: document.content.len() as i64,
                content: &document.content,
                created_at: now,
            })
            .collect();
        application_documents::insert(conn, &documents)?;
        // The seeker and an employer with a 求人者マイページ may write to each other from now on.
        if shigoto_server_db::employers::find(conn, job.employer_id)?
            .is_some_and(|employer| employer.account_id.is_some())
        {
            shigoto_server_db::messages::open_thread(
                conn,
                seeker.id,
                shigoto_shared::ThreadParty::Employer.as_str(),
                &shigoto_server_db::messages::employer_key(job.employer_id),
                Some(job.employer_id),
                now,
            )?;
        }
        crate::routes::direct_requests::answer_by_applying(conn, seeker, job.id, now)?;
        let extended = shigoto_domain::seeking::after_activity(seeker.valid_until, today);
        if extended != seeker.valid_until {
            seekers::renew_validity(conn, seeker.id, seeker.valid_until, extended, now)?;
        }
        Ok(stored)
    })
}

/// The next number of the MyPage sequence of the seeker's account (`account_id`), which every
/// write of their applications takes in its transaction; 0 for a seeker without an account.
fn sync_seq_of(conn: &mut AnyConnection, account_id: Option<i64>) -> Result<i64, AppError> {
    Ok(match account_id {
        Some(account_id) => shigoto_server_db::mypage::next_seq(conn, account_id)?,
        None => 0,
    })
}

/// Ends the selection of `application` (`from` → `to`, with `reason`) by one guarded update,
/// with the seeker's next MyPage sequence number, in one transaction; 409 when another result
/// came first.
pub fn end_selection(
    conn: &mut AnyConnection,
    application: &Application,
    (from, to): (ApplicationStatus, ApplicationStatus),
    reason: Option<&str>,
    (today, now): (chrono::NaiveDate, chrono::NaiveDateTime),
) -> Result<(), AppError> {
    let account_id = seekers::find(conn, application.seeker_id)?.and_then(|s| s.account_id);
    shigoto_server_db::write_transaction(conn, |conn| {
        let sync_seq = sync_seq_of(conn, account_id)?;
        let decided = applications::decide(
            conn,
            application.id,
            applications::Decision {
                expected: from.as_str(),
                status: to.as_str(),
                reason,
                on: today,
                now,
                sync_seq,
            },
        )?;
        if decided {
            Ok(())
        } else {
            Err(AppError::text(
                ErrorCode::Conflict,
                shigoto_domain::application::DecisionRefused::AlreadyDecided.text(),
            ))
        }
    })
}
