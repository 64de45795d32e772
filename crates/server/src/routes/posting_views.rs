//! What employers and counselors read of stored postings: the employer's company (from the
//! accepted 事業所登録), the wire `PostingItem` / `PostingDetail` / `PostingQueueItem` built from
//! `job_postings` rows and the published sheets in `jobs`, and the status shown on a day.

use std::collections::HashMap;

use chrono::NaiveDate;
use shigoto_i18n::Text;
use shigoto_server_db::job_postings::Posting;
use shigoto_server_db::{employer_registrations, employers, jobs, AnyConnection};
use shigoto_shared::{
    EmployerProfile, EmployerStatus, ErrorCode, JobSheet, PostingChange, PostingDetail,
    PostingForm, PostingItem, PostingQueueItem, PostingStatus,
};

use crate::auth::caller::Caller;
use crate::error::AppError;

/// The signed-in employer's registered company: postings are filed with the office holding
/// its 事業所登録 and reviewed in that office's prefecture.
#[derive(Debug, Clone)]
pub struct Company {
    pub employer_id: i64,
    pub office_number: String,
    pub office_code: String,
    pub prefecture_code: String,
    pub profile: EmployerProfile,
}

/// The caller's 事業所登録 (404 when they filed none).
pub fn own_listed_registration(
    conn: &mut AnyConnection,
    caller: &Caller,
) -> Result<employer_registrations::Listed, AppError> {
    employer_registrations::find_by_account(conn, caller.account_id)?.ok_or_else(|| {
        AppError::text(
            ErrorCode::NotFound,
            Text::new("service-no-employer-registration"),
        )
    })
}

/// The caller's company, once its 事業所登録 is accepted (409 before that).
pub fn company_of(conn: &mut AnyConnection, caller: &Caller) -> Result<Company, AppError> {
    let listed = own_listed_registration(conn, caller)?;
    let registration = listed.registration;
    match (
        EmployerStatus::from_wire(&registration.status),
        registration.employer_id,
        listed.office_number,
    ) {
        (Some(EmployerStatus::Accepted), Some(employer_id), Some(office_number)) => Ok(Company {
            employer_id,
            office_number,
            office_code: registration.office_code,
            prefecture_code: registration.prefecture_code,
            profile: serde_json::from_str(&registration.profile).map_err(AppError::internal)?,
        }),
        _ => Err(AppError::text(
            ErrorCode::Conflict,
            Text::new("service-employer-not-accepted-yet"),
        )),
    }
}

/// The company of employer `employer_id` as it was accepted, with its 事業所番号.
pub fn company_by_id(
    conn: &mut AnyConnection,
    employer_id: i64,
) -> Result<(EmployerProfile, String), AppError> {
    let employer = employers::find(conn, employer_id)?
        .ok_or_else(|| AppError::internal(format!("employer {employer_id} is missing")))?;
    let profile = serde_json::from_str(&employer.profile).map_err(AppError::internal)?;
    Ok((profile, employer.office_number))
}

pub fn form_of(posting: &Posting) -> Result<PostingForm, AppError> {
    serde_json::from_str(&posting.form).map_err(AppError::internal)
}

pub fn stored_status(posting: &Posting) -> Result<PostingStatus, AppError> {
    PostingStatus::from_wire(&posting.status)
        .ok_or_else(|| AppError::internal(format!("unknown posting status {}", posting.status)))
}

/// The 職種 kept beside the form for lists: as typed, trimmed and cut to a list's width.
pub fn list_title(form: &PostingForm) -> String {
    form.work
        .title
        .trim()
        .chars()
        .take(shigoto_domain::posting::work::MAX_TITLE_CHARS)
        .collect()
}

/// The published sheets of these postings (and of the postings their changes change), by
/// 求人番号.
fn sheets_of(
    conn: &mut AnyConnection,
    postings: &[&Posting],
) -> Result<HashMap<String, JobSheet>, AppError> {
    let numbers: Vec<String> = postings
        .iter()
        .filter_map(|posting| posting.job_number.clone())
        .collect();
    Ok(jobs::find_many(conn, &numbers)?
        .into_iter()
        .map(|stored| (stored.sheet.job_number.clone(), stored.sheet))
        .collect())
}

/// The employer's list lines for `postings` (all of one employer, changes included).
pub fn items(
    conn: &mut AnyConnection,
    postings: &[Posting],
    today: NaiveDate,
) -> Result<Vec<PostingItem>, AppError> {
    let by_id: HashMap<i64, &Posting> = postings.iter().map(|p| (p.id, p)).collect();
    let mut wanted: Vec<&Posting> = postings.iter().collect();
    // A change's original may be beyond the list's limit: read it too.
    let mut extra = Vec::new();
    for posting in postings {
        if let Some(original) = posting.revises_id.filter(|id| !by_id.contains_key(id)) {
            if let Some(found) = shigoto_server_db::job_postings::find(conn, original)? {
                extra.push(found);
            }
        }
    }
    wanted.extend(extra.iter());
    let sheets = sheets_of(conn, &wanted)?;
    let originals: HashMap<i64, &Posting> = wanted.iter().map(|p| (p.id, *p)).collect();
    let changes: HashMap<i64, &Posting> = postings
        .iter()
        .filter_map(|p| p.revises_id.map(|original| (original, p)))
        .collect();
    postings
        .iter()
        .map(|posting| {
            let original = posting
                .revises_id
                .and_then(|id| originals.get(&id).copied());
            item(
                posting,
                original,
                changes.get(&posting.id).copied(),
                &sheets,
                today,
            )
        })
        .collect()
}

fn item(
    posting: &Posting,
    original: Option<&Posting>,
    change: Option<&Posting>,
    sheets: &HashMap<String, JobSheet>,
    today: NaiveDate,
) -> Result<PostingItem, AppError> {
    let published = original.unwrap_or(posting);
    let sheet = published
        .job_number
        .as_ref()
        .and_then(|number| sheets.get(number));
    let stored = stored_status(posting)?;
    let deadline = sheet.map(|sheet| sheet.referral_deadline);
    let change = change
        .map(|change| -> Result<PostingChange, AppError> {
            Ok(PostingChange {
                id: change.id,
                status: stored_status(change)?,
            })
        })
        .transpose()?;
    Ok(PostingItem {
        id: posting.id,
        status: shigoto_domain::posting::status_on(
            stored,
            if original.is_some() { None } else { deadline },
            today,
        ),
        title: posting.title.clone(),
        job_number: published.job_number.clone(),
        is_change: posting.revises_id.is_some(),
        updated_at: posting.updated_at,
        received_on: sheet.map(|sheet| sheet.received_on),
        referral_deadline: deadline,
        extended: published.extended,
        return_reason: posting.return_reason.clone(),
        change,
    })
}

/// One posting as its employer opens it.
pub fn detail(
    conn: &mut AnyConnection,
    posting: Posting,
    today: NaiveDate,
) -> Result<PostingDetail, AppError> {
    let original = match posting.revises_id {
        Some(id) => shigoto_server_db::job_postings::find(conn, id)?,
        None => None,
    };
    let change = shigoto_server_db::job_postings::change_of(conn, posting.id)?;
    let mut wanted = vec![&posting];
    wanted.extend(original.iter());
    let sheets = sheets_of(conn, &wanted)?;
    let item = item(&posting, original.as_ref(), change.as_ref(), &sheets, today)?;
    let sheet = item
        .job_number
        .as_ref()
        .and_then(|number| sheets.get(number))
        .cloned();
    Ok(PostingDetail {
        item,
        form: form_of(&posting)?,
        sheet,
    })
}

/// One line of a counselor's 求人受理 list.
pub fn queue_item(
    conn: &mut AnyConnection,
    posting: &Posting,
) -> Result<PostingQueueItem, AppError> {
    let employer = employers::find(conn, posting.employer_id)?.ok_or_else(|| {
        AppError::internal(format!("employer {} is missing", posting.employer_id))
    })?;
    let changes = match posting.revises_id {
        Some(id) => shigoto_server_db::job_postings::find(conn, id)?.and_then(|p| p.job_number),
        None => None,
    };
    Ok(PostingQueueItem {
        id: posting.id,
        status: stored_status(posting)?,
        employer_name: employer.name,
        office_number: employer.office_number,
        title: posting.title.clone(),
        submitted_at: posting.submitted_at.unwrap_or(posting.updated_at),
        changes,
    })
}
