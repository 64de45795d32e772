//! What of an account ends soon (expiry reminders): a job seeker's registration while 有効, an
//! employer's published postings by their 紹介期限日. MyPage pulls carry them to devices and the
//! daily mails tell of them; when each is due is the domain's (`shigoto_domain::reminders`).

use chrono::NaiveDate;
use shigoto_domain::{reminders, seeking};
use shigoto_server_db::{job_postings, seekers, AnyConnection};
use shigoto_shared::{JobSeekingState, PostingStatus, Reminder};

use crate::error::AppError;
use crate::routes::posting_views;
use crate::routes::seeker_record::registration_of;

/// The reminder of `seeker`'s registration due on `today`, if any.
pub fn of_seeker(seeker: &seekers::Seeker, today: NaiveDate) -> Result<Option<Reminder>, AppError> {
    let registration = registration_of(seeker, today)?;
    if seeking::state_on(registration, seeker.valid_until, today) != JobSeekingState::Valid {
        return Ok(None);
    }
    Ok(reminders::registration(seeker.valid_until, today))
}

/// The reminders of employer `employer_id`'s published postings due on `today`.
pub fn of_employer(
    conn: &mut AnyConnection,
    employer_id: i64,
    today: NaiveDate,
) -> Result<Vec<Reminder>, AppError> {
    let postings = job_postings::of_employer(conn, employer_id)?;
    Ok(posting_views::items(conn, &postings, today)?
        .into_iter()
        .filter(|item| item.status == PostingStatus::Published && !item.is_change)
        .filter_map(|item| {
            let number = item.job_number.as_deref()?;
            reminders::posting(
                (item.id, number, &item.title),
                item.referral_deadline?,
                item.extended,
                today,
            )
        })
        .collect())
}
