//! `profile_publications`: a job seeker's 求職情報公開, the anonymous view stored as agreed to.
//! Publishing (again) and stopping are single statements on the seeker's one row: publishing
//! replaces the view, the time and the public id and clears `stopped_at`; stopping sets it once.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::schema::{profile_publications, publication_terms, seekers};

/// `seekers.status` of a 本登録.
const REGISTERED: &str = "registered";
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
    /// The licences, one a line (searched by word).
    pub licences: String,
}

/// What a publication is stored with.
#[derive(Debug, Clone, Copy)]
pub struct Published<'a> {
    pub public_id: &'a str,
    /// JSON of `AnonymousProfile`.
    pub view: &'a str,
    /// The licences, one a line.
    pub licences: &'a str,
    /// The terms employers find it by.
    pub terms: &'a [String],
}

/// The seeker's publication, stopped or not, if they ever published.
pub fn find(conn: &mut AnyConnection, seeker_id: i64) -> QueryResult<Option<StoredPublication>> {
    profile_publications::table
        .find(seeker_id)
        .select(StoredPublication::as_select())
        .first(conn)
        .optional()
}

/// Publishes for the seeker, agreed at `at`, with its search terms (inside the caller's
/// transaction).
pub fn publish(
    conn: &mut AnyConnection,
    seeker_id: i64,
    published: Published<'_>,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let Published {
        public_id,
        view,
        licences,
        terms,
    } = published;
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
            profile_publications::licences.eq(licences),
        ))
        .execute(conn)?;
    if changed == 0 {
        diesel::insert_into(profile_publications::table)
            .values((
                profile_publications::seeker_id.eq(seeker_id),
                profile_publications::public_id.eq(public_id),
                profile_publications::view.eq(view),
                profile_publications::agreed_at.eq(at),
                profile_publications::licences.eq(licences),
            ))
            .execute(conn)?;
    }
    diesel::delete(publication_terms::table.filter(publication_terms::seeker_id.eq(seeker_id)))
        .execute(conn)?;
    for term in terms {
        diesel::insert_into(publication_terms::table)
            .values((
                publication_terms::term.eq(term),
                publication_terms::seeker_id.eq(seeker_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The publication employers know as `public_id`, if it is published now and its registration
/// is 有効 on `today`.
pub fn shown(
    conn: &mut AnyConnection,
    public_id: &str,
    today: NaiveDate,
) -> QueryResult<Option<StoredPublication>> {
    profile_publications::table
        .inner_join(seekers::table)
        .filter(profile_publications::public_id.eq(public_id))
        .filter(profile_publications::stopped_at.is_null())
        .filter(seekers::status.eq(REGISTERED))
        .filter(seekers::valid_until.ge(today))
        .select(StoredPublication::as_select())
        .first(conn)
        .optional()
}

/// A page of the publications shown on `today` matching every group of terms (any term of a
/// group) and containing `licence` among the licences, newest first, with how many match.
pub fn search(
    conn: &mut AnyConnection,
    groups: &[Vec<String>],
    licence: Option<&str>,
    today: NaiveDate,
    (offset, limit): (i64, i64),
) -> QueryResult<(Vec<StoredPublication>, i64)> {
    let matching = || {
        let mut query = profile_publications::table
            .inner_join(seekers::table)
            .filter(profile_publications::stopped_at.is_null())
            .filter(seekers::status.eq(REGISTERED))
            .filter(seekers::valid_until.ge(today))
            .into_boxed();
        for group in groups {
            query = query.filter(
                profile_publications::seeker_id.eq_any(
                    publication_terms::table
                        .filter(publication_terms::term.eq_any(group.clone()))
                        .select(publication_terms::seeker_id),
                ),
            );
        }
        if let Some(word) = licence {
            query = query.filter(
                profile_publications::licences
                    .like(crate::seekers::contains(word))
                    .escape('\\'),
            );
        }
        query
    };
    let total = matching().count().get_result(conn)?;
    let page = matching()
        .order((
            profile_publications::agreed_at.desc(),
            profile_publications::seeker_id.desc(),
        ))
        .offset(offset)
        .limit(limit)
        .select(StoredPublication::as_select())
        .load(conn)?;
    Ok((page, total))
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
