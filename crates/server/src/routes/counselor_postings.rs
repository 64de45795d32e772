//! Counselors' 求人受理 (`/api/v1/counselor/postings…`): the postings filed in the counselor's
//! prefecture, oldest first; one posting's 求人票 as it would be published; 受理 (a new posting
//! gets the next 求人番号 of its office, 受付年月日 today and its 紹介期限日, and is written to
//! `jobs`, which the search index follows; a change replaces the published sheet, keeping its
//! number and dates) and 返戻 with a reason. The employer is told by mail either way. Postings
//! of other prefectures, and drafts, answer 404 as if they did not exist.

use axum::extract::State;
use axum::Json;
use shigoto_domain::posting::{self as rules, Checked, Context, Issue};
use shigoto_i18n::Text;
use shigoto_server_db::job_postings::{self, Posting};
use shigoto_server_db::notification_settings::{self, Recipient};
use shigoto_server_db::{employers, jobs, offices, serials, AnyConnection};
use shigoto_shared::{
    ApiError, CounselorActionKind, ErrorCode, JobSheet, PostingQueueItem, PostingReturn,
    PostingReview, PostingStatus, Role,
};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::extract::{ApiJson, ApiPath};
use crate::routes::counselor::counselor_prefecture;
use crate::routes::posting_views::{company_by_id, form_of, queue_item, stored_status};

/// Serial kind of 求人番号 in `office_serials`.
const JOB_SERIAL: &str = "job";
/// Numbers tried past ones already held (imported or demo postings) before giving up.
const NUMBER_TRIES: usize = 1_000;

/// The filed (or decided) posting `id` of the caller's prefecture.
fn in_my_prefecture(
    conn: &mut AnyConnection,
    caller: &Caller,
    id: i64,
) -> Result<Posting, AppError> {
    let prefecture = counselor_prefecture(conn, caller)?;
    job_postings::find(conn, id)?
        .filter(|posting| posting.prefecture_code == prefecture)
        .filter(|posting| posting.status != job_postings::DRAFT)
        .ok_or_else(|| AppError::text(ErrorCode::NotFound, Text::new("service-no-such-posting")))
}

fn already_decided() -> AppError {
    AppError::text(ErrorCode::Conflict, Text::new("service-posting-decided"))
}

/// The posting's form checked against its company on `today`.
fn checked(
    conn: &mut AnyConnection,
    posting: &Posting,
    today: chrono::NaiveDate,
) -> Result<(Checked, shigoto_shared::EmployerProfile, String), AppError> {
    let (profile, office_number) = company_by_id(conn, posting.employer_id)?;
    let context = Context {
        today,
        company: &profile,
    };
    let checked = rules::check(&form_of(posting)?, &context).map_err(|problems| {
        // Said in Japanese, like the rest of this refusal.
        let reason = problems
            .first()
            .map(|problem| shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja).text(&problem.message))
            .unwrap_or_default();
        AppError::text(
            ErrorCode::Conflict,
            Text::new("service-posting-breaks-rules-today").with("reason", reason),
        )
    })?;
    Ok((checked, profile, office_number))
}

fn office_name(conn: &mut AnyConnection, code: &str) -> Result<String, AppError> {
    Ok(offices::find(conn, code)?
        .map(|office| office.name)
        .unwrap_or_else(|| code.to_owned()))
}

/// The sheet in search under this posting's number (for a change: its original's).
fn published_sheet(
    conn: &mut AnyConnection,
    posting: &Posting,
) -> Result<Option<(Posting, JobSheet)>, AppError> {
    let published = match posting.revises_id {
        Some(id) => job_postings::find(conn, id)?,
        None => Some(posting.clone()),
    };
    let Some(published) = published else {
        return Ok(None);
    };
    let Some(number) = published.job_number.clone() else {
        return Ok(None);
    };
    Ok(jobs::find(conn, &number)?.map(|job| (published, job.sheet)))
}

fn review(
    conn: &mut AnyConnection,
    posting: &Posting,
    today: chrono::NaiveDate,
) -> Result<PostingReview, AppError> {
    let item = queue_item(conn, posting)?;
    let published = published_sheet(conn, posting)?;
    let sheet = match (stored_status(posting)?, &published) {
        (PostingStatus::Published | PostingStatus::Stopped, Some((_, sheet))) => sheet.clone(),
        _ => {
            let (checked, profile, office_number) = checked(conn, posting, today)?;
            let receiving_office = office_name(conn, &posting.office_code)?;
            rules::sheet(
                &checked,
                &profile,
                &office_number,
                match &published {
                    Some((_, current)) => issue_of(current),
                    None => Issue {
                        job_number: rules::NUMBER_AT_ACCEPTANCE.to_owned(),
                        received_on: today,
                        referral_deadline: rules::referral_deadline(&checked, today),
                        receiving_office,
                    },
                },
            )
        }
    };
    Ok(PostingReview {
        item,
        sheet,
        current: match posting.revises_id {
            Some(_) => published.map(|(_, sheet)| sheet),
            None => None,
        },
    })
}

/// What 受理 gave a published sheet (kept when a change replaces it).
fn issue_of(sheet: &JobSheet) -> Issue {
    Issue {
        job_number: sheet.job_number.clone(),
        received_on: sheet.received_on,
        referral_deadline: sheet.referral_deadline,
        receiving_office: sheet.receiving_office.clone(),
    }
}

/// Filed postings of the counselor's prefecture, oldest first.
#[utoipa::path(get, path = "/api/v1/counselor/postings", tag = "counselor",
    responses((status = 200, body = [PostingQueueItem]), (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<PostingQueueItem>>, AppError> {
    caller.require(Role::Counselor)?;
    let db = state.db.clone();
    let list = tokio::task::spawn_blocking(move || -> Result<Vec<PostingQueueItem>, AppError> {
        let mut conn = db.connection()?;
        let prefecture = counselor_prefecture(&mut conn, &caller)?;
        job_postings::queue(&mut conn, &prefecture)?
            .iter()
            .map(|posting| queue_item(&mut conn, posting))
            .collect()
    })
    .await??;
    Ok(Json(list))
}

/// One filed posting: the 求人票 as it would be published (and, for a change, the current one).
#[utoipa::path(get, path = "/api/v1/counselor/postings/{id}", tag = "counselor",
    params(("id" = i64, Path, description = "The posting's id")),
    responses((status = 200, body = PostingReview), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PostingReview>, AppError> {
    caller.require(Role::Counselor)?;
    let today = state.clock.today();
    let db = state.db.clone();
    let found = tokio::task::spawn_blocking(move || -> Result<PostingReview, AppError> {
        let mut conn = db.connection()?;
        let posting = in_my_prefecture(&mut conn, &caller, id)?;
        review(&mut conn, &posting, today)
    })
    .await??;
    Ok(Json(found))
}

/// The next free 求人番号 of `office_code`. Call inside the accepting transaction.
fn next_job_number(conn: &mut AnyConnection, office_code: &str) -> Result<String, AppError> {
    for _ in 0..NUMBER_TRIES {
        let serial = serials::next(conn, office_code, JOB_SERIAL)?;
        let number = rules::job_number(office_code, serial).ok_or_else(|| {
            AppError::internal(format!("office {office_code} ran out of 求人番号"))
        })?;
        if jobs::find(conn, number.as_str())?.is_none() {
            return Ok(number.as_str().to_owned());
        }
    }
    Err(AppError::internal(format!(
        "no free 求人番号 at office {office_code} after {NUMBER_TRIES} tries"
    )))
}

/// Accepts a filed posting in one transaction; answers the published sheet. The demo's
/// postings are accepted here too.
pub(crate) fn accept_filed(
    conn: &mut AnyConnection,
    posting: &Posting,
    counselor: i64,
    today: chrono::NaiveDate,
    now: chrono::NaiveDateTime,
) -> Result<JobSheet, AppError> {
    if posting.status != job_postings::SUBMITTED {
        return Err(already_decided());
    }
    let (checked, profile, office_number) = checked(conn, posting, today)?;
    let receiving_office = office_name(conn, &posting.office_code)?;
    shigoto_server_db::write_transaction(conn, |conn| -> Result<JobSheet, AppError> {
        match published_sheet(conn, posting)? {
            Some((_, current)) if posting.revises_id.is_some() => {
                let mut sheet =
                    rules::sheet(&checked, &profile, &office_number, issue_of(&current));
                sheet.status = current.status;
                if !job_postings::apply_change(conn, posting, counselor, now)? {
                    return Err(already_decided());
                }
                jobs::update(conn, &sheet, now)?;
                Ok(sheet)
            }
            _ if posting.revises_id.is_some() => Err(AppError::text(
                ErrorCode::Conflict,
                Text::new("service-revised-posting-closed"),
            )),
            _ => {
                let received_on = today;
                let referral_deadline = rules::referral_deadline(&checked, received_on);
                if referral_deadline < today {
                    return Err(AppError::text(
                        ErrorCode::Conflict,
                        Text::new("service-posting-past-referral-deadline"),
                    ));
                }
                let job_number = next_job_number(conn, &posting.office_code)?;
                let sheet = rules::sheet(
                    &checked,
                    &profile,
                    &office_number,
                    Issue {
                        job_number: job_number.clone(),
                        received_on,
                        referral_deadline,
                        receiving_office,
                    },
                );
                if !job_postings::mark_published(conn, posting.id, &job_number, counselor, now)? {
                    return Err(already_decided());
                }
                jobs::insert_all(conn, &[(posting.employer_id, &sheet)], now)?;
                Ok(sheet)
            }
        }
    })
}

/// The address and company name to tell the employer of `posting`.
fn employer_contact(
    conn: &mut AnyConnection,
    posting: &Posting,
) -> Result<Option<(Recipient, String)>, AppError> {
    let Some(employer) = employers::find(conn, posting.employer_id)? else {
        return Ok(None);
    };
    let Some(account) = employer.account_id else {
        return Ok(None);
    };
    Ok(notification_settings::address(conn, account)?.map(|to| (to, employer.name)))
}

/// 受理: a new posting is published with a new 求人番号; a change replaces the published sheet.
#[utoipa::path(post, path = "/api/v1/counselor/postings/{id}/accept", tag = "counselor",
    params(("id" = i64, Path, description = "The posting's id")),
    responses((status = 200, body = PostingReview), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn accept(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<PostingReview>, AppError> {
    caller.require(Role::Counselor)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let (accepted, contact) = tokio::task::spawn_blocking(
        move || -> Result<(PostingReview, Option<(Recipient, String)>), AppError> {
            let mut conn = db.connection()?;
            let posting = in_my_prefecture(&mut conn, &caller, id)?;
            let sheet = shigoto_server_db::write_transaction(&mut conn, |conn| {
                let sheet = accept_filed(conn, &posting, caller.account_id, today, now)?;
                let kind = CounselorActionKind::AcceptPosting;
                crate::audit::record(
                    conn,
                    &caller,
                    kind,
                    &crate::audit::posting(&sheet.job_number),
                    now,
                )?;
                Ok::<_, AppError>(sheet)
            })?;
            let mut item = queue_item(&mut conn, &posting)?;
            item.status = PostingStatus::Published;
            let contact = employer_contact(&mut conn, &posting)?;
            let current = posting.revises_id.map(|_| sheet.clone());
            Ok((
                PostingReview {
                    item,
                    sheet,
                    current,
                },
                contact,
            ))
        },
    )
    .await??;
    tracing::info!(job_number = %accepted.sheet.job_number, change = accepted.item.changes.is_some(), "posting accepted");
    if let Some((to, name)) = contact {
        state.send_later(
            shigoto_mail::posting_accepted_mail(
                to.lang,
                &to.email,
                &name,
                &accepted.sheet.work.title,
                &accepted.sheet.job_number,
                accepted.item.changes.is_some(),
            ),
            "posting accepted",
        );
    }
    Ok(Json(accepted))
}

/// 返戻: sent back to the employer with the reason; they correct it and file it again.
#[utoipa::path(post, path = "/api/v1/counselor/postings/{id}/return", tag = "counselor",
    params(("id" = i64, Path, description = "The posting's id")),
    request_body = PostingReturn,
    responses((status = 200, body = PostingQueueItem), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError), (status = 409, body = ApiError)))]
pub async fn send_back(
    State(state): State<AppState>,
    caller: Caller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(request): ApiJson<PostingReturn>,
) -> Result<Json<PostingQueueItem>, AppError> {
    caller.require(Role::Counselor)?;
    let reason = shigoto_domain::employer::return_reason(&request.reason)
        .map_err(|err| AppError::text_at(ErrorCode::InvalidParameter, err.field, err.message))?;
    let now = state.clock.now_utc();
    let db = state.db.clone();
    let (returned, contact) = tokio::task::spawn_blocking(
        move || -> Result<(PostingQueueItem, Option<(Recipient, String)>), AppError> {
            let mut conn = db.connection()?;
            let posting = in_my_prefecture(&mut conn, &caller, id)?;
            shigoto_server_db::write_transaction(&mut conn, |conn| {
                if !job_postings::mark_returned(conn, id, &reason, caller.account_id, now)? {
                    return Err(already_decided());
                }
                let subject = format!("求人申込み「{}」", posting.title);
                crate::audit::record(
                    conn,
                    &caller,
                    CounselorActionKind::ReturnPosting,
                    &subject,
                    now,
                )
            })?;
            let posting = job_postings::find(&mut conn, posting.id)?.unwrap_or(posting);
            let contact = employer_contact(&mut conn, &posting)?;
            Ok((queue_item(&mut conn, &posting)?, contact))
        },
    )
    .await??;
    tracing::info!(posting = returned.id, "posting returned");
    if let Some((to, name)) = contact {
        state.send_later(
            shigoto_mail::posting_returned_mail(
                to.lang,
                &to.email,
                &name,
                &returned.title,
                &request.reason,
            ),
            "posting returned",
        );
    }
    Ok(Json(returned))
}
