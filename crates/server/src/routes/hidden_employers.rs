//! 「この事業所の求人を表示しない」: the employers a job seeker hid from their results, edited
//! through the MyPage sync (`Mutation::HideEmployer`, `Mutation::ShowEmployer`) and sent back in
//! its pulls. An employer is named by the posting it was hidden from, with its name only when
//! the publication range shows it to the seeker, so hiding never reveals who an undisclosed
//! employer is; the service keeps one row per employer, so two postings of the same employer
//! hide it once.

use chrono::NaiveDateTime;
use shigoto_domain::mypage as rules;
use shigoto_domain::visibility::{self, Viewer};
use shigoto_domain::JobNumber;
use shigoto_i18n::{Catalogue, Text};
use shigoto_server_db::hidden_employers::{self, HiddenEmployer};
use shigoto_server_db::{jobs, mypage, AnyConnection};
use shigoto_shared::{ErrorCode, HiddenEmployerChange, Outcome};

use crate::error::AppError;

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
    if hidden_employers::find(conn, account_id, job.employer_id)?.is_some_and(|row| !row.removed) {
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
            job_number: number.as_str().to_owned(),
            hidden_at: at.map_or(now, |at| at.min(now)),
            removed: false,
            seq,
        },
    )?;
    Ok(Outcome::Applied)
}

/// Shows again the employer hidden from `job_number` (or, failing that, the employer of that
/// posting, when another of its postings hid it). Showing one not hidden changes nothing.
pub fn show(
    conn: &mut AnyConnection,
    account_id: i64,
    job_number: &str,
) -> Result<Outcome, AppError> {
    let mut kept = hidden_employers::find_kept_by_job_number(conn, account_id, job_number)?;
    if kept.is_none() {
        if let Some(job) = jobs::find(conn, job_number)? {
            kept = hidden_employers::find(conn, account_id, job.employer_id)?
                .filter(|row| !row.removed);
        }
    }
    if let Some(row) = kept {
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
            HiddenEmployerChange {
                employer_name: sheet
                    .filter(|sheet| !visibility::hides_employer(sheet.publication, viewer))
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
