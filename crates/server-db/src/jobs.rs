//! `jobs`: postings. Each write assigns fresh change sequence numbers from the `jobs` counter,
//! inside the same transaction, so the search index can follow with [`changed_since`].

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_shared::{JobSheet, JobStatus};

use crate::error::DbError;
use crate::schema::{change_counters, jobs};
use crate::AnyConnection;

/// Rows per INSERT statement (well under both backends' bound-parameter limits).
const INSERT_CHUNK: usize = 500;

/// A posting as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredJob {
    pub id: i64,
    pub employer_id: i64,
    pub change_seq: i64,
    /// When it was first published here (UTC): a change keeps it.
    pub published_at: NaiveDateTime,
    pub sheet: JobSheet,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = jobs)]
struct JobRow {
    id: i64,
    employer_id: i64,
    job_number: String,
    sheet: String,
    change_seq: i64,
    published_at: NaiveDateTime,
}

impl JobRow {
    fn decode(self) -> Result<StoredJob, DbError> {
        let sheet = serde_json::from_str(&self.sheet).map_err(|source| DbError::CorruptSheet {
            job_number: self.job_number,
            source,
        })?;
        Ok(StoredJob {
            id: self.id,
            employer_id: self.employer_id,
            change_seq: self.change_seq,
            published_at: self.published_at,
            sheet,
        })
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = jobs)]
struct JobColumns<'a> {
    job_number: &'a str,
    employer_id: i64,
    office_code: &'a str,
    status: &'a str,
    publication: &'a str,
    received_on: chrono::NaiveDate,
    referral_deadline: chrono::NaiveDate,
    prefecture_code: &'a str,
    municipality_code: &'a str,
    occupation_code: &'a str,
    title: &'a str,
    sheet: String,
    change_seq: i64,
    updated_at: NaiveDateTime,
}

/// A new row: its columns and when it is published (never changed afterwards).
#[derive(Insertable)]
#[diesel(table_name = jobs)]
struct NewJob<'a> {
    #[diesel(embed)]
    columns: JobColumns<'a>,
    published_at: NaiveDateTime,
}

fn columns(
    employer_id: i64,
    sheet: &JobSheet,
    change_seq: i64,
    now: NaiveDateTime,
) -> Result<JobColumns<'_>, DbError> {
    Ok(JobColumns {
        job_number: &sheet.job_number,
        employer_id,
        office_code: sheet.job_number.get(..5).unwrap_or_default(),
        status: sheet.status.as_str(),
        publication: sheet.publication.as_str(),
        received_on: sheet.received_on,
        referral_deadline: sheet.referral_deadline,
        prefecture_code: &sheet.work.place.prefecture_code,
        municipality_code: &sheet.work.place.municipality_code,
        occupation_code: &sheet.work.occupation_code,
        title: &sheet.work.title,
        sheet: serde_json::to_string(sheet).map_err(DbError::Encode)?,
        change_seq,
        updated_at: now,
    })
}

/// Reserves `count` change sequence numbers and returns the first. Must run inside the
/// caller's transaction: the counter row stays locked until it commits.
fn reserve_sequence(conn: &mut AnyConnection, count: i64) -> QueryResult<i64> {
    diesel::update(change_counters::table.find("jobs"))
        .set(change_counters::value.eq(change_counters::value + count))
        .execute(conn)?;
    let last: i64 = change_counters::table
        .find("jobs")
        .select(change_counters::value)
        .first(conn)?;
    Ok(last - count + 1)
}

/// Inserts new postings, each `(employer id, sheet)`, in one transaction.
pub fn insert_all(
    conn: &mut AnyConnection,
    postings: &[(i64, &JobSheet)],
    now: NaiveDateTime,
) -> Result<(), DbError> {
    if postings.is_empty() {
        return Ok(());
    }
    crate::write_transaction(conn, |conn| {
        let count = i64::try_from(postings.len()).unwrap_or(i64::MAX);
        let first_seq = reserve_sequence(conn, count)?;
        for (chunk_index, chunk) in postings.chunks(INSERT_CHUNK).enumerate() {
            let base = first_seq + (chunk_index * INSERT_CHUNK) as i64;
            let rows = chunk
                .iter()
                .enumerate()
                .map(|(i, (employer_id, sheet))| {
                    Ok(NewJob {
                        columns: columns(*employer_id, sheet, base + i as i64, now)?,
                        published_at: now,
                    })
                })
                .collect::<Result<Vec<_>, DbError>>()?;
            // Multi-row INSERT is backend-specific in diesel, so it runs on the inner connection.
            let insert = diesel::insert_into(jobs::table).values(&rows);
            match conn {
                AnyConnection::Sqlite(inner) => insert.execute(inner)?,
                AnyConnection::Postgresql(inner) => insert.execute(inner)?,
            };
        }
        Ok(())
    })
}

/// Replaces a stored posting's sheet (same 求人番号), giving it a new change sequence number.
/// Returns false when no posting has that number.
pub fn update(
    conn: &mut AnyConnection,
    sheet: &JobSheet,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    crate::write_transaction(conn, |conn| {
        let Some(employer_id) = jobs::table
            .filter(jobs::job_number.eq(&sheet.job_number))
            .select(jobs::employer_id)
            .first::<i64>(conn)
            .optional()?
        else {
            return Ok(false);
        };
        let seq = reserve_sequence(conn, 1)?;
        let row = columns(employer_id, sheet, seq, now)?;
        diesel::update(jobs::table.filter(jobs::job_number.eq(&sheet.job_number)))
            .set(&row)
            .execute(conn)?;
        Ok(true)
    })
}

/// Marks a posting 募集終了 (or open again). Returns false when there is no such posting.
pub fn set_status(
    conn: &mut AnyConnection,
    job_number: &str,
    status: JobStatus,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some(mut stored) = find(conn, job_number)? else {
        return Ok(false);
    };
    stored.sheet.status = status;
    update(conn, &stored.sheet, now)
}

/// Up to `limit` employers, by id after `after`, with an open posting whose 紹介期限日 falls in
/// `from..=until` (the expiry reminders' window).
pub fn employers_with_deadlines_between(
    conn: &mut AnyConnection,
    (from, until): (chrono::NaiveDate, chrono::NaiveDate),
    after: i64,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    jobs::table
        .filter(jobs::status.eq(JobStatus::Open.as_str()))
        .filter(jobs::referral_deadline.between(from, until))
        .filter(jobs::employer_id.gt(after))
        .select(jobs::employer_id)
        .distinct()
        .order(jobs::employer_id.asc())
        .limit(limit)
        .load(conn)
}

/// The posting with this 求人番号.
pub fn find(conn: &mut AnyConnection, job_number: &str) -> Result<Option<StoredJob>, DbError> {
    jobs::table
        .filter(jobs::job_number.eq(job_number))
        .select(JobRow::as_select())
        .first(conn)
        .optional()?
        .map(JobRow::decode)
        .transpose()
}

/// The postings with these 求人番号 (those that exist).
pub fn find_many(
    conn: &mut AnyConnection,
    job_numbers: &[String],
) -> Result<Vec<StoredJob>, DbError> {
    if job_numbers.is_empty() {
        return Ok(Vec::new());
    }
    jobs::table
        .filter(jobs::job_number.eq_any(job_numbers))
        .select(JobRow::as_select())
        .load(conn)?
        .into_iter()
        .map(JobRow::decode)
        .collect()
}

/// The postings with these row ids (those that exist).
pub fn find_by_ids(conn: &mut AnyConnection, ids: &[i64]) -> Result<Vec<StoredJob>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    jobs::table
        .filter(jobs::id.eq_any(ids))
        .select(JobRow::as_select())
        .load(conn)?
        .into_iter()
        .map(JobRow::decode)
        .collect()
}

/// Which of these 求人番号 are open on `today`: accepting applications, within the 紹介期限,
/// and published to job seekers (from the columns, without reading the sheets).
pub fn open_among(
    conn: &mut AnyConnection,
    job_numbers: &[String],
    today: chrono::NaiveDate,
) -> QueryResult<Vec<String>> {
    if job_numbers.is_empty() {
        return Ok(Vec::new());
    }
    jobs::table
        .filter(jobs::job_number.eq_any(job_numbers))
        .filter(jobs::status.eq(shigoto_shared::JobStatus::Open.as_str()))
        .filter(jobs::referral_deadline.ge(today))
        .filter(jobs::publication.ne(shigoto_shared::PublicationRange::NotPublished.as_str()))
        .select(jobs::job_number)
        .load(conn)
}

/// Postings written after change `after`, oldest change first, at most `limit`.
pub fn changed_since(
    conn: &mut AnyConnection,
    after: i64,
    limit: i64,
) -> Result<Vec<StoredJob>, DbError> {
    jobs::table
        .filter(jobs::change_seq.gt(after))
        .order(jobs::change_seq.asc())
        .limit(limit)
        .select(JobRow::as_select())
        .load(conn)?
        .into_iter()
        .map(JobRow::decode)
        .collect()
}

/// The newest change sequence number handed out.
pub fn latest_change(conn: &mut AnyConnection) -> QueryResult<i64> {
    change_counters::table
        .find("jobs")
        .select(change_counters::value)
        .first(conn)
}

/// Postings stored, all states.
pub fn count(conn: &mut AnyConnection) -> QueryResult<i64> {
    jobs::table.count().get_result(conn)
}
