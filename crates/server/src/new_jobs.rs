//! New postings of saved searches (新着をお知らせ): how many open postings matching each of a
//! seeker's saved searches were published after its last run (carried by a MyPage pull that
//! asks for them), and which were published in a window (the daily digest mail). Both run the
//! search's stored conditions against the index, one bounded query per search (at most three),
//! leaving out the employers the seeker hid as their own searches do.

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_domain::hidden_employers::LeftOut;
use shigoto_domain::search::JobQuery;
use shigoto_search::JobIndex;
use shigoto_server_db::mypage::SavedSearch;
use shigoto_shared::{JobSearchParams, JobSummary, NewPostings};

use crate::error::AppError;

/// The search's conditions as a query of one page of `per_page` without the `hidden`
/// employers, or none when they no longer pass (an old 新着 choice, a retired code): such a
/// search counts nothing.
fn query_of(
    search: &SavedSearch,
    hidden: &[LeftOut],
    today: NaiveDate,
    per_page: u32,
) -> Result<Option<JobQuery>, AppError> {
    let params: JobSearchParams =
        serde_json::from_str(&search.params).map_err(AppError::internal)?;
    let Ok(mut query) = shigoto_domain::search::validate(&params, today) else {
        return Ok(None);
    };
    query.page = 1;
    query.per_page = per_page;
    query.sort = shigoto_shared::SortOrder::ReceivedDesc;
    query.hidden_employers = hidden.to_vec();
    Ok(Some(query))
}

/// For each of `searches` that was run: the open postings matching it published after the run,
/// but those of the `hidden` employers. Blocking.
pub fn counts(
    index: &JobIndex,
    (searches, hidden): (&[SavedSearch], &[LeftOut]),
    today: NaiveDate,
) -> Result<Vec<NewPostings>, AppError> {
    let mut counts = Vec::new();
    for search in searches.iter().filter(|s| !s.removed) {
        let Some(last_run) = search.last_run_at else {
            continue;
        };
        let Some(mut query) = query_of(search, hidden, today, 1)? else {
            continue;
        };
        query.published_after = Some(last_run);
        counts.push(NewPostings {
            id: search.id.clone(),
            since: last_run,
            count: index.search(&query, today)?.total,
        });
    }
    Ok(counts)
}

/// What one saved search gained in a window.
#[derive(Debug, Clone, PartialEq)]
pub struct Gained {
    pub search_name: String,
    /// How many postings matched.
    pub total: u64,
    /// The newest of them, at most `listed`.
    pub postings: Vec<JobSummary>,
}

/// The open postings matching `search` published in `[from, until)` (UTC), but those of the
/// `hidden` employers, the newest `listed` of them listed. Blocking.
pub fn published_between(
    index: &JobIndex,
    (search, hidden): (&SavedSearch, &[LeftOut]),
    (from, until): (NaiveDateTime, NaiveDateTime),
    today: NaiveDate,
    listed: usize,
) -> Result<Option<Gained>, AppError> {
    let per_page = u32::try_from(listed).unwrap_or(u32::MAX);
    let Some(mut query) = query_of(search, hidden, today, per_page)? else {
        return Ok(None);
    };
    // The index keeps whole seconds and both bounds are exclusive.
    query.published_after = Some(from - chrono::TimeDelta::seconds(1));
    query.published_before = Some(until);
    let hits = index.search(&query, today)?;
    Ok(Some(Gained {
        search_name: search.name.clone(),
        total: hits.total,
        postings: hits.items.into_iter().map(|(summary, _)| summary).collect(),
    }))
}
