//! `counselor_actions`: the counselors' audit trail. An entry is written inside the transaction
//! of the action it records, so an action that happened is listed and one that was undone is
//! not; an office lists its own, newest first.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{counselor_actions, counselors};
use crate::AnyConnection;

/// One recorded action.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = counselor_actions)]
pub struct CounselorAction {
    pub id: i64,
    pub counselor_id: i64,
    pub office_code: String,
    pub action: String,
    pub subject: String,
    pub at: NaiveDateTime,
}

/// An action to record.
#[derive(Debug, Clone, Copy, Insertable)]
#[diesel(table_name = counselor_actions)]
pub struct NewAction<'a> {
    pub counselor_id: i64,
    pub office_code: &'a str,
    pub action: &'a str,
    pub subject: &'a str,
    pub at: NaiveDateTime,
}

/// Records `action` (call inside the action's transaction).
pub fn record(conn: &mut AnyConnection, action: NewAction<'_>) -> QueryResult<()> {
    diesel::insert_into(counselor_actions::table)
        .values(action)
        .execute(conn)
        .map(drop)
}

/// Up to `limit` actions of office `office_code` older than `before` (all when none), newest
/// first, each with the name of the counselor who took it.
pub fn of_office(
    conn: &mut AnyConnection,
    office_code: &str,
    before: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<(CounselorAction, String)>> {
    let mut query = counselor_actions::table
        .filter(counselor_actions::office_code.eq(office_code))
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(counselor_actions::id.lt(before));
    }
    let actions: Vec<CounselorAction> = query
        .order(counselor_actions::id.desc())
        .limit(limit)
        .select(CounselorAction::as_select())
        .load(conn)?;
    let mut ids: Vec<i64> = actions.iter().map(|a| a.counselor_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let names: Vec<(i64, String)> = counselors::table
        .filter(counselors::account_id.eq_any(&ids))
        .select((counselors::account_id, counselors::name))
        .load(conn)?;
    Ok(actions
        .into_iter()
        .map(|action| {
            let name = names
                .iter()
                .find(|(id, _)| *id == action.counselor_id)
                .map(|(_, name)| name.clone())
                .unwrap_or_default();
            (action, name)
        })
        .collect())
}
