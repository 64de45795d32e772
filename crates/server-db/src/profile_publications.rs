//! `profile_publications`: a job seeker's 求職情報公開, the anonymous view stored as agreed to.
//! Publishing (again) and stopping are single statements on the seeker's one row: publishing
//! replaces the view, the time and the public id and clears `stopped_at`; stopping sets it once.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::{profile_publications, seekers};
use crate::AnyConnection;

/// A stored publication.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = profile_publications)]
pub struct StoredPublication {
    pub seeker_id: i64,
    pub public_id: String,
    /// JSON of `AnonymousProfile`.
    pub view: String,
    pub agreed_at: NaiveDateTime,
    pub stopped_at: Option<NaiveDateTime>,
}

/// The seeker's publication, stopped or not, if they ever published.
pub fn find(conn: &mut AnyConnection, seeker_id: i64) -> QueryResult<Option<StoredPublication>> {
    profile_publications::table
        .find(seeker_id)
        .select(StoredPublication::as_select())
        .first(conn)
        .optional()
}

/// Publishes `view` (JSON) for the seeker under a new `public_id`, agreed at `at` (inside the
/// caller's transaction).
pub fn publish(
    conn: &mut AnyConnection,
    seeker_id: i64,
    public_id: &str,
    view: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    // The seeker's row is held, so of concurrent first publications one inserts and the
    // others find its row to update.
    diesel::update(seekers::table.find(seeker_id))
        .set(seekers::id.eq(seekers::id))
        .execute(conn)?;
    let changed = diesel::update(profile_publications::table.find(seeker_id))
        .set((
            profile_publications::public_id.eq(public_id),
            profile_publications::view.eq(view),
            profile_publications::agreed_at.eq(at),
            profile_publications::stopped_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(profile_publications::table)
            .values((
                profile_publications::seeker_id.eq(seeker_id),
                profile_publications::public_id.eq(public_id),
                profile_publications::view.eq(view),
                profile_publications::agreed_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Stops the seeker's publication; `false` when it was not published.
pub fn stop(conn: &mut AnyConnection, seeker_id: i64, at: NaiveDateTime) -> QueryResult<bool> {
    let changed = diesel::update(
        profile_publications::table
            .find(seeker_id)
            .filter(profile_publications::stopped_at.is_null()),
    )
    .set(profile_publications::stopped_at.eq(at))
    .execute(conn)?;
    Ok(changed == 1)
}
