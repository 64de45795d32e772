//! `seeker_profiles`: a job seeker's 求職者情報 (JSON of `SeekerProfile`, checked before it is
//! written), one row per seeker, numbered in the seeker's MyPage sequence. Written only under
//! the MyPage lock of the seeker's account (`mypage::lock_user`), so an update that finds no
//! row can insert one.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::schema::seeker_profiles;
use crate::AnyConnection;

/// A stored profile.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = seeker_profiles)]
pub struct StoredProfile {
    pub seeker_id: i64,
    /// JSON of `SeekerProfile`.
    pub profile: String,
    pub seq: i64,
    pub updated_at: NaiveDateTime,
}

/// The seeker's profile, if they ever saved one.
pub fn find(conn: &mut AnyConnection, seeker_id: i64) -> QueryResult<Option<StoredProfile>> {
    seeker_profiles::table
        .find(seeker_id)
        .select(StoredProfile::as_select())
        .first(conn)
        .optional()
}

/// The seeker's profile when it changed after MyPage number `seq`.
pub fn changed_since(
    conn: &mut AnyConnection,
    seeker_id: i64,
    seq: i64,
) -> QueryResult<Option<StoredProfile>> {
    seeker_profiles::table
        .find(seeker_id)
        .filter(seeker_profiles::seq.gt(seq))
        .select(StoredProfile::as_select())
        .first(conn)
        .optional()
}

/// Keeps `profile` (JSON) as the seeker's, numbered `seq` (inside the caller's transaction,
/// under the account's MyPage lock).
pub fn put(
    conn: &mut AnyConnection,
    seeker_id: i64,
    profile: &str,
    seq: i64,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let changed = diesel::update(seeker_profiles::table.find(seeker_id))
        .set((
            seeker_profiles::profile.eq(profile),
            seeker_profiles::seq.eq(seq),
            seeker_profiles::updated_at.eq(at),
        ))
        .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(seeker_profiles::table)
            .values((
                seeker_profiles::seeker_id.eq(seeker_id),
                seeker_profiles::profile.eq(profile),
                seeker_profiles::seq.eq(seq),
                seeker_profiles::updated_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}
