//! The counselors' audit trail: [`record`] writes what a counselor did, in the transaction of
//! the action itself (a caller whose action runs its own transaction wraps both in one; diesel
//! nests the inner one as a savepoint), with the counselor's office, so the office can list it.

use chrono::NaiveDateTime;
use shigoto_server_db::counselor_actions::{self, NewAction};
use shigoto_server_db::AnyConnection;
use shigoto_shared::CounselorActionKind;

use crate::auth::caller::Caller;
use crate::error::AppError;
use crate::routes::counselor::counselor_of;

/// The subject of an action on a job seeker.
pub fn seeker(seeker_number: &str) -> String {
    format!("求職番号 {seeker_number}")
}

/// The subject of an action on a posting.
pub fn posting(job_number: &str) -> String {
    format!("求人番号 {job_number}")
}

/// The subject of an action on a job seeker about a posting.
pub fn seeker_and_posting(seeker_number: &str, job_number: &str) -> String {
    format!("求職番号 {seeker_number} → 求人番号 {job_number}")
}

/// Records that the counselor `caller` did `kind` to `subject` at `now`.
pub fn record(
    conn: &mut AnyConnection,
    caller: &Caller,
    kind: CounselorActionKind,
    subject: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    let office = counselor_of(conn, caller)?.office_code;
    counselor_actions::record(
        conn,
        NewAction {
            counselor_id: caller.account_id,
            office_code: &office,
            action: kind.as_str(),
            subject,
            at: now,
        },
    )?;
    Ok(())
}

/// Records that the counselor `caller` did `kind` to the job seeker numbered `seeker_number`.
pub fn record_on_seeker(
    conn: &mut AnyConnection,
    caller: &Caller,
    kind: CounselorActionKind,
    seeker_number: &str,
    now: NaiveDateTime,
) -> Result<(), AppError> {
    record(conn, caller, kind, &seeker(seeker_number), now)
}
