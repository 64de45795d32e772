//! 新着をお知らせ on this device: how many postings were new for each saved search at the last
//! check (a pull that asked for them), which of those the person was already told of, and the
//! menu's count. A search marked for alerts is told of when its count grows past what was told;
//! one not marked, and every search on a device's first pull, takes its count as told.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_domain::new_jobs::worth_telling;
use shigoto_shared::NewPostings;

use crate::schema::{new_postings, sync_state};
use crate::view::overlay;
use crate::{Cache, CacheError};

/// New postings of one saved search to tell of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchNews {
    pub search_id: String,
    pub name: String,
    pub count: u64,
}

fn count_of(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

fn stored(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Stores the counts of a check made at `now` (after the pull's saved searches were applied)
/// and returns what to tell of. Searches without a count lose theirs.
pub(crate) fn apply_counts(
    conn: &mut SqliteConnection,
    counts: &[NewPostings],
    first: bool,
    now: NaiveDateTime,
) -> Result<Vec<SearchNews>, CacheError> {
    let searches = overlay(conn, false)?.searches;
    let mut news = Vec::new();
    for counted in counts {
        let held: Option<(NaiveDateTime, i64)> = new_postings::table
            .find(&counted.id)
            .select((new_postings::since, new_postings::told))
            .first(conn)
            .optional()?;
        let told = held
            .filter(|(since, _)| *since == counted.since)
            .map_or(0, |(_, told)| count_of(told));
        let marked = searches.get(&counted.id).filter(|s| s.notify_new);
        let told = match marked {
            Some(search) if !first && worth_telling(counted.count, told) => {
                news.push(SearchNews {
                    search_id: counted.id.clone(),
                    name: search.name.clone(),
                    count: counted.count,
                });
                counted.count
            }
            Some(_) if !first => told.min(counted.count),
            _ => counted.count,
        };
        diesel::replace_into(new_postings::table)
            .values((
                new_postings::search_id.eq(&counted.id),
                new_postings::since.eq(counted.since),
                new_postings::count.eq(stored(counted.count)),
                new_postings::told.eq(stored(told)),
            ))
            .execute(conn)?;
    }
    let ids: Vec<&str> = counts.iter().map(|c| c.id.as_str()).collect();
    diesel::delete(new_postings::table.filter(new_postings::search_id.ne_all(ids)))
        .execute(conn)?;
    diesel::update(sync_state::table.find(1))
        .set(sync_state::new_postings_checked_at.eq(now))
        .execute(conn)?;
    Ok(news)
}

/// The count of saved search `id` if it was counted from its run at `last_run_at`.
pub(crate) fn count_since(
    conn: &mut SqliteConnection,
    id: &str,
    last_run_at: Option<NaiveDateTime>,
) -> Result<Option<u64>, CacheError> {
    let Some(last_run_at) = last_run_at else {
        return Ok(None);
    };
    let count: Option<i64> = new_postings::table
        .find(id)
        .filter(new_postings::since.eq(last_run_at))
        .select(new_postings::count)
        .first(conn)
        .optional()?;
    Ok(count.map(count_of))
}

impl Cache {
    /// When the counts were last had (none yet: a check is due).
    pub fn new_postings_checked_at(&mut self) -> Result<Option<NaiveDateTime>, CacheError> {
        self.transaction(|conn| {
            Ok(sync_state::table
                .find(1)
                .select(sync_state::new_postings_checked_at)
                .first(conn)?)
        })
    }

    /// Makes the next pass count new postings, whenever they were last counted (the person
    /// asked for a sync).
    pub fn count_new_postings_next(&mut self) -> Result<(), CacheError> {
        self.transaction(|conn| {
            diesel::update(sync_state::table.find(1))
                .set(sync_state::new_postings_checked_at.eq(None::<NaiveDateTime>))
                .execute(conn)?;
            Ok(())
        })
    }

    /// The menu's count: new postings of the searches marked 新着をお知らせ, as last counted.
    pub fn new_postings_total(&mut self) -> Result<u64, CacheError> {
        Ok(self
            .saved_searches()?
            .iter()
            .filter(|s| s.notify_new)
            .filter_map(|s| s.new_count)
            .sum())
    }
}
