//! 「この事業所の求人を表示しない」: the employers a job seeker hid from their results, edited
//! through the MyPage sync (`Mutation::HideEmployer`, `Mutation::ShowEmployer`) and sent back in
//! its pulls. An employer is named by the posting it was hidden from, with its name only when
//! the publication range shows it to the seeker. A hide leaves out only the employer's postings
//! that show it the way the posting hidden from does (named, or each unnamed range on its own:
//! `shigoto_domain::hidden_employers`), so neither hiding nor its answers ever tell who an
//! undisclosed employer is. The service keeps one row per employer and 公開範囲 hidden from
//! (a row stays what it was made from whatever the seeker's registration becomes); hiding
//! again from a posting of that range changes nothing.

use chrono::NaiveDateTime;
use shigoto_domain::hidden_employers::{may_name, reaches, LeftOut};
use shigoto_domain::japan_time::japan_date;
use shigoto_domain::mypage as rules;
use shigoto_domain::visibility::{self, Viewer};
use shigoto_domain::JobNumber;
use shigoto_i18n::{Catalogue, Text};
use shigoto_server_db::hidden_employers::{self, HiddenEmployer};
use shigoto_server_db::{jobs, mypage, AnyConnection};
use shigoto_shared::{ErrorCode, HiddenEmployerChange, JobSheet, Outcome, PublicationRange};

use crate::auth::viewer::seeker_viewer;
use crate::error::AppError;

/// The 公開範囲 a row was stored with.
fn stored_range(stored: &str) -> Result<PublicationRange, AppError> {
    PublicationRange::from_wire(stored)
        .ok_or_else(|| AppError::internal(format!("unknown publication range {stored}")))
}

/// Whether the kept `row` leaves out a posting published to `posting` for `viewer`.
fn row_reaches(
    row: &HiddenEmployer,
    posting: PublicationRange,
    viewer: Viewer,
) -> Result<bool, AppError> {
    Ok(reaches(stored_range(&row.publication)?, posting, viewer))
}

/// What the searches of the job seeker `account_id`, viewing as `viewer`, leave out.
pub fn left_out(
    conn: &mut AnyConnection,
    account_id: i64,
    viewer: Viewer,
) -> Result<Vec<LeftOut>, AppError> {
    let hides = hidden_employers::kept(conn, account_id)?
        .into_iter()
        .map(|(office, stored)| Ok((office, stored_range(&stored)?)))
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(shigoto_domain::hidden_employers::left_out(hides, viewer))
}

fn rejected(code: ErrorCode, message: String) -> Outcome {
    Outcome::Rejected { code, message }
}

/// Hides the employer of `job_number` for `account_id` (inside the caller's transaction, which
/// holds the user's sync row: the limit counted here sees every earlier write).
pub fn hide(
    conn: &mut AnyConnection,
    account_id: i64,
    (job_number, at): (&str, Option<NaiveDateTime>),
    now: NaiveDateTime,
    texts: &Catalogue,
) -> Result<Outcome, AppError> {
    let not_found = || {
        rejected(
            ErrorCode::NotFound,
            texts.text(
                &Text::new("service-hidden-employer-job-not-found").with("number", job_number),
            ),
        )
    };
    let Ok(number) = JobNumber::parse(job_number) else {
        return Ok(not_found());
    };
    let Some(job) = jobs::find(conn, number.as_str())?
        .filter(|job| visibility::sheet_for(&job.sheet, Viewer::Seeker).is_some())
    else {
        return Ok(not_found());
    };
    let posting = job.sheet.publication;
    if hidden_employers::find(conn, account_id, job.employer_id, posting.as_str())?
        .is_some_and(|row| !row.removed)
    {
        return Ok(Outcome::Applied);
    }
    let hidden = hidden_employers::kept_count(conn, account_id)?;
    if let Err(full) =
        rules::room_for_hidden_employer(usize::try_from(hidden).unwrap_or(usize::MAX))
    {
        return Ok(rejected(
            ErrorCode::LimitExceeded,
            texts.text(
                &Text::new("service-hidden-employer-not-hidden")
                    .with("number", number.as_str())
                    .with("reason", texts.text(&full.message)),
            ),
        ));
    }
    let seq = mypage::next_seq(conn, account_id)?;
    hidden_employers::put(
        conn,
        &HiddenEmployer {
            account_id,
            employer_id: job.employer_id,
            publication: posting.as_str().to_owned(),
            job_number: number.as_str().to_owned(),
            hidden_at: at.map_or(now, |at| at.min(now)),
            removed: false,
            seq,
        },
    )?;
    Ok(Outcome::Applied)
}

/// Shows again the employer hidden from `job_number`: the rows named by that posting and those
/// that leave it out (when another posting of the same employer hid it), with any other row of
/// their names. Showing one not hidden changes nothing.
pub fn show(
    conn: &mut AnyConnection,
    account_id: i64,
    job_number: &str,
    now: NaiveDateTime,
) -> Result<Outcome, AppError> {
    let mut shown = hidden_employers::kept_named_by(conn, account_id, job_number)?;
    if let Some(job) = jobs::find(conn, job_number)? {
        let viewer = seeker_viewer(conn, account_id, japan_date(now))?;
        for row in hidden_employers::kept_of_employer(conn, account_id, job.employer_id)? {
            let known = shown.iter().any(|s| s.publication == row.publication);
            if !known && row_reaches(&row, job.sheet.publication, viewer)? {
                // Devices know a row by its posting: every row of that name goes with it.
                for named in hidden_employers::kept_named_by(conn, account_id, &row.job_number)? {
                    if !shown.iter().any(|s| s.publication == named.publication) {
                        shown.push(named);
                    }
                }
            }
        }
    }
    for row in shown {
        let seq = mypage::next_seq(conn, account_id)?;
        hidden_employers::put(
            conn,
            &HiddenEmployer {
                removed: true,
                seq,
                ..row
            },
        )?;
    }
    Ok(Outcome::Applied)
}

/// The user's hidden employers that changed after `after`, as `viewer` may see them.
pub fn changed(
    conn: &mut AnyConnection,
    account_id: i64,
    viewer: Viewer,
    after: i64,
) -> Result<Vec<HiddenEmployerChange>, AppError> {
    let rows = hidden_employers::since(conn, account_id, after)?;
    let numbers: Vec<String> = rows.iter().map(|row| row.job_number.clone()).collect();
    let postings = jobs::find_many(conn, &numbers)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let sheet = postings
                .iter()
                .find(|job| job.sheet.job_number == row.job_number)
                .map(|job| &job.sheet);
            let named = |sheet: &&JobSheet| {
                PublicationRange::from_wire(&row.publication)
                    .is_some_and(|from| may_name(from, sheet.publication, viewer))
            };
            HiddenEmployerChange {
                employer_name: sheet
                    .filter(named)
                    .and_then(|sheet| sheet.employer.name.clone()),
                title: sheet
                    .map(|sheet| sheet.work.title.clone())
                    .unwrap_or_default(),
                job_number: row.job_number,
                hidden_at: row.hidden_at,
                removed: row.removed,
            }
        })
        .collect())
}
