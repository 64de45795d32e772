//! The facets of the latest searches, kept per index generation and day, so a search asked
//! again (the empty form each time the app opens, a popular prefecture) is answered without
//! counting.

use std::collections::VecDeque;

use chrono::NaiveDate;
use shigoto_domain::search::JobQuery;
use shigoto_shared::{SearchFacets, SortOrder};

/// How many searches' facets are kept.
const FACET_CACHE_ENTRIES: usize = 64;

/// The facets of the latest searches, for one generation of the index and one day: the same
/// conditions asked again (the empty form each time the app opens, a popular prefecture) are
/// answered without counting. A new generation (any change applied) or a new day empties it.
#[derive(Default)]
pub(crate) struct FacetCache {
    generation: u64,
    today: Option<NaiveDate>,
    /// Newest first; the conditions with paging and order left out.
    entries: VecDeque<(JobQuery, SearchFacets)>,
}

impl FacetCache {
    /// Empties the cache when it was filled for another generation or day.
    fn follow(&mut self, generation: u64, today: NaiveDate) {
        if self.generation != generation || self.today != Some(today) {
            self.entries.clear();
            self.generation = generation;
            self.today = Some(today);
        }
    }

    pub(crate) fn get(
        &mut self,
        generation: u64,
        today: NaiveDate,
        key: &JobQuery,
    ) -> Option<SearchFacets> {
        self.follow(generation, today);
        let position = self.entries.iter().position(|(query, _)| query == key)?;
        let entry = self.entries.remove(position)?;
        let facets = entry.1.clone();
        self.entries.push_front(entry);
        Some(facets)
    }

    pub(crate) fn put(
        &mut self,
        generation: u64,
        today: NaiveDate,
        key: JobQuery,
        facets: SearchFacets,
    ) {
        self.follow(generation, today);
        self.entries.push_front((key, facets));
        self.entries.truncate(FACET_CACHE_ENTRIES);
    }
}

/// The conditions facets depend on: paging and order left out.
pub(crate) fn facet_cache_key(conditions: &JobQuery) -> JobQuery {
    JobQuery {
        page: 1,
        per_page: 0,
        sort: SortOrder::ReceivedDesc,
        ..conditions.clone()
    }
}
