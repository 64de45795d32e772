//! `job_postings`: employers' 求人申込み, from the first draft to 募集停止, and changes of
//! published postings under review.
//!
//! The status moves only through the guarded updates here (`draft` → `submitted`;
//! `submitted` → `returned` or `published`; `returned` → `submitted`; `published` →
//! `stopped`), each one statement that names the status it expects, so two people acting at
//! once cannot both succeed. New drafts are counted under a lock of the employer's row.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{employers, job_postings};
use crate::AnyConnection;

/// Being written by its employer.
pub const DRAFT: &str = "draft";
/// Filed (仮登録), waiting for a counselor.
pub const SUBMITTED: &str = "submitted";
/// Sent back with a reason.
pub const RETURNED: &str = "returned";
/// Accepted: its sheet is in `jobs` under `job_number`.
pub const PUBLISHED: &str = "published";
/// Stopped by its employer.
pub const STOPPED: &str = "stopped";

/// Most postings an employer's list shows (the newest).
pub const LIST_LIMIT: i64 = 500;
/// Most filed postings a counselor's list shows (the oldest).
pub const QUEUE_LIMIT: i64 = 200;

/// A stored posting.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = job_postings)]
pub struct Posting {
    pub id: i64,
    pub employer_id: i64,
    pub status: String,
    /// JSON of `shigoto_shared::PostingForm`.
    pub form: String,
    /// 職種 as typed.
    pub title: String,
    pub prefecture_code: String,
    pub office_code: String,
    pub job_number: Option<String>,
    pub revises_id: Option<i64>,
    pub extended: bool,
    pub return_reason: Option<String>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<NaiveDateTime>,
    pub submitted_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A new draft.
#[derive(Debug, Clone, Copy)]
pub struct NewDraft<'a> {
    pub employer_id: i64,
    pub form: &'a str,
    pub title: &'a str,
    pub prefecture_code: &'a str,
    pub office_code: &'a str,
    /// For a change: the published posting it changes.
    pub revises_id: Option<i64>,
}

/// What came of asking for a new draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    Draft(i64),
    /// The employer already keeps the most drafts allowed.
    TooManyDrafts,
    /// A change of that posting is already under way.
    ChangeUnderWay,
}

/// Creates a draft unless the employer already keeps `max_drafts` drafts (or, for a change,
/// one is under way). Holds the employer's row until the caller's transaction ends, so
/// concurrent requests count each other. Call inside a write transaction.
pub fn create_draft(
    conn: &mut AnyConnection,
    draft: NewDraft,
    max_drafts: i64,
    now: NaiveDateTime,
) -> QueryResult<Created> {
    diesel::update(employers::table.find(draft.employer_id))
        .set(employers::id.eq(employers::id))
        .execute(conn)?;
    let drafts: i64 = job_postings::table
        .filter(job_postings::employer_id.eq(draft.employer_id))
        .filter(job_postings::status.eq(DRAFT))
        .count()
        .get_result(conn)?;
    if drafts >= max_drafts {
        return Ok(Created::TooManyDrafts);
    }
    if let Some(original) = draft.revises_id {
        let under_way: i64 = job_postings::table
            .filter(job_postings::revises_id.eq(original))
            .count()
            .get_result(conn)?;
        if under_way > 0 {
            return Ok(Created::ChangeUnderWay);
        }
    }
    diesel::insert_into(job_postings::table)
        .values((
            job_postings::employer_id.eq(draft.employer_id),
            job_postings::status.eq(DRAFT),
            job_postings::form.eq(draft.form),
            job_postings::title.eq(draft.title),
            job_postings::prefecture_code.eq(draft.prefecture_code),
            job_postings::office_code.eq(draft.office_code),
            job_postings::revises_id.eq(draft.revises_id),
            job_postings::extended.eq(false),
            job_postings::created_at.eq(now),
            job_postings::updated_at.eq(now),
        ))
        .execute(conn)?;
    // The employer's row is held, so the newest id of this employer is the one just written.
    job_postings::table
        .filter(job_postings::employer_id.eq(draft.employer_id))
        .select(diesel::dsl::max(job_postings::id))
        .first::<Option<i64>>(conn)?
        .map(Created::Draft)
        .ok_or(diesel::result::Error::NotFound)
}

/// The posting with this id.
pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Posting>> {
    job_postings::table
        .find(id)
        .select(Posting::as_select())
        .first(conn)
        .optional()
}

/// The change under way of the published posting `original`, if any.
pub fn change_of(conn: &mut AnyConnection, original: i64) -> QueryResult<Option<Posting>> {
    job_postings::table
        .filter(job_postings::revises_id.eq(original))
        .select(Posting::as_select())
        .first(conn)
        .optional()
}

/// An employer's postings, the most recently changed first, at most [`LIST_LIMIT`].
pub fn of_employer(conn: &mut AnyConnection, employer_id: i64) -> QueryResult<Vec<Posting>> {
    job_postings::table
        .filter(job_postings::employer_id.eq(employer_id))
        .order((job_postings::updated_at.desc(), job_postings::id.desc()))
        .limit(LIST_LIMIT)
        .select(Posting::as_select())
        .load(conn)
}

/// Filed postings of `prefecture_code`, the oldest filing first, at most [`QUEUE_LIMIT`].
pub fn queue(conn: &mut AnyConnection, prefecture_code: &str) -> QueryResult<Vec<Posting>> {
    job_postings::table
        .filter(job_postings::prefecture_code.eq(prefecture_code))
        .filter(job_postings::status.eq(SUBMITTED))
        .order((job_postings::submitted_at.asc(), job_postings::id.asc()))
        .limit(QUEUE_LIMIT)
        .select(Posting::as_select())
        .load(conn)
}

/// Keeps the form of the employer's draft or returned posting; false when it is neither.
pub fn save_form(
    conn: &mut AnyConnection,
    id: i64,
    employer_id: i64,
    form: &str,
    title: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        job_postings::table
            .find(id)
            .filter(job_postings::employer_id.eq(employer_id))
            .filter(job_postings::status.eq_any([DRAFT, RETURNED])),
    )
    .set((
        job_postings::form.eq(form),
        job_postings::title.eq(title),
        job_postings::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Files the employer's draft or returned posting with this form; false when it is neither.
pub fn submit(
    conn: &mut AnyConnection,
    id: i64,
    employer_id: i64,
    form: &str,
    title: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        job_postings::table
            .find(id)
            .filter(job_postings::employer_id.eq(employer_id))
            .filter(job_postings::status.eq_any([DRAFT, RETURNED])),
    )
    .set((
        job_postings::status.eq(SUBMITTED),
        job_postings::form.eq(form),
        job_postings::title.eq(title),
        job_postings::submitted_at.eq(now),
        job_postings::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Deletes the employer's draft; false when it is not a draft of theirs.
pub fn delete_draft(conn: &mut AnyConnection, id: i64, employer_id: i64) -> QueryResult<bool> {
    diesel::delete(
        job_postings::table
            .find(id)
            .filter(job_postings::employer_id.eq(employer_id))
            .filter(job_postings::status.eq(DRAFT)),
    )
    .execute(conn)
    .map(|n| n == 1)
}

/// Sends a filed posting back; false when it is no longer filed.
pub fn mark_returned(
    conn: &mut AnyConnection,
    id: i64,
    reason: &str,
    counselor: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        job_postings::table
            .find(id)
            .filter(job_postings::status.eq(SUBMITTED)),
    )
    .set((
        job_postings::status.eq(RETURNED),
        job_postings::return_reason.eq(reason),
        job_postings::reviewed_by.eq(counselor),
        job_postings::reviewed_at.eq(now),
        job_postings::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Marks a filed new posting published under `job_number`; false when it is no longer filed.
/// Call inside the transaction that writes its sheet to `jobs`.
pub fn mark_published(
    conn: &mut AnyConnection,
    id: i64,
    job_number: &str,
    counselor: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        job_postings::table
            .find(id)
            .filter(job_postings::status.eq(SUBMITTED))
            .filter(job_postings::revises_id.is_null()),
    )
    .set((
        job_postings::status.eq(PUBLISHED),
        job_postings::job_number.eq(job_number),
        job_postings::return_reason.eq(None::<String>),
        job_postings::reviewed_by.eq(counselor),
        job_postings::reviewed_at.eq(now),
        job_postings::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Applies a filed change: the published posting takes the change's form and the change is
/// deleted. False when the change is no longer filed or its posting no longer published.
/// Call inside the transaction that writes the new sheet to `jobs`.
pub fn apply_change(
    conn: &mut AnyConnection,
    change: &Posting,
    counselor: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let Some(original) = change.revises_id else {
        return Ok(false);
    };
    let removed = diesel::delete(
        job_postings::table
            .find(change.id)
            .filter(job_postings::status.eq(SUBMITTED)),
    )
    .execute(conn)?;
    if removed != 1 {
        return Ok(false);
    }
    diesel::update(
        job_postings::table
            .find(original)
            .filter(job_postings::status.eq(PUBLISHED)),
    )
    .set((
        job_postings::form.eq(&change.form),
        job_postings::title.eq(&change.title),
        job_postings::reviewed_by.eq(counselor),
        job_postings::reviewed_at.eq(now),
        job_postings::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Uses the one extension of the employer's published posting; false when it is not
/// published or was extended before.
pub fn mark_extended(
    conn: &mut AnyConnection,
    id: i64,
    employer_id: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        job_postings::table
            .find(id)
            .filter(job_postings::employer_id.eq(employer_id))
            .filter(job_postings::status.eq(PUBLISHED))
            .filter(job_postings::extended.eq(false)),
    )
    .set((
        job_postings::extended.eq(true),
        job_postings::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Stops the employer's published posting; false when it is not published.
pub fn mark_stopped(
    conn: &mut AnyConnection,
    id: i64,
    employer_id: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        job_postings::table
            .find(id)
            .filter(job_postings::employer_id.eq(employer_id))
            .filter(job_postings::status.eq(PUBLISHED)),
    )
    .set((
        job_postings::status.eq(STOPPED),
        job_postings::updated_at.eq(now),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Deletes the change under way of `original`, whatever its state: a stopped posting has
/// nothing left to change.
pub fn drop_change(conn: &mut AnyConnection, original: i64) -> QueryResult<usize> {
    diesel::delete(job_postings::table.filter(job_postings::revises_id.eq(original))).execute(conn)
}
