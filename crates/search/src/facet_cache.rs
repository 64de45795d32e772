//! What searches counted, kept per index generation and day so that it is not counted again:
//! [`FacetCache`] the facets of the latest searches (the empty form each time the app opens, a
//! popular prefecture), [`HistogramCache`] and [`CountingCache`] the passes that many different
//! searches share (a keyword's postings in every prefecture, a prefecture's postings under every
//! keyword). A new generation (any change applied) or a new day empties them.

use std::sync::Arc;

use chrono::NaiveDate;
use shigoto_domain::search::JobQuery;
use shigoto_shared::SearchFacets;

use crate::facets::{Groups, Tally};
use crate::key_histogram::KeyHistogram;
use crate::lru::{Lru, Weight};

/// How many searches' facets are kept.
const FACET_CACHE_ENTRIES: usize = 64;
/// How many shared passes are kept: the 47 prefectures' passes and those of a few hundred
/// keywords.
const PASS_CACHE_ENTRIES: usize = 512;
/// How many combinations the kept histograms hold in all (about 20 MiB): a histogram holds up
/// to [`crate::key_histogram::MAX_COMBINATIONS`] (a keyword's over the prefectures: 48), so
/// many different searches with many chosen conditions cannot make the cache grow past this.
const PASS_CACHE_COMBINATIONS: usize = 1 << 19;

impl Weight for SearchFacets {
    fn weight(&self) -> usize {
        1
    }
}

impl Weight for Arc<Tally> {
    fn weight(&self) -> usize {
        1
    }
}

impl Weight for Arc<Option<KeyHistogram>> {
    fn weight(&self) -> usize {
        self.as_ref()
            .as_ref()
            .map_or(1, |histogram| histogram.len().max(1))
    }
}

/// The latest entries of one index generation and one day.
pub(crate) struct GenerationCache<K, V> {
    generation: u64,
    today: Option<NaiveDate>,
    entries: Lru<K, V>,
}

impl<K: PartialEq, V: Clone + Weight> GenerationCache<K, V> {
    fn new(capacity: usize, budget: usize) -> Self {
        Self {
            generation: 0,
            today: None,
            entries: Lru::new(capacity, budget),
        }
    }

    /// Empties the cache when it was filled for another generation or day.
    fn follow(&mut self, generation: u64, today: NaiveDate) {
        if self.generation != generation || self.today != Some(today) {
            self.entries.clear();
            self.generation = generation;
            self.today = Some(today);
        }
    }

    pub(crate) fn get(&mut self, generation: u64, today: NaiveDate, key: &K) -> Option<V> {
        self.follow(generation, today);
        self.entries.get(key)
    }

    /// Keeps `value` under `key` (see [`Lru::put`]).
    pub(crate) fn put(&mut self, generation: u64, today: NaiveDate, key: K, value: V) {
        self.follow(generation, today);
        self.entries.put(key, value);
    }
}

/// The facets of whole searches, keyed by [`facet_cache_key`].
pub(crate) type FacetCache = GenerationCache<JobQuery, SearchFacets>;

impl Default for FacetCache {
    fn default() -> Self {
        Self::new(FACET_CACHE_ENTRIES, FACET_CACHE_ENTRIES)
    }
}

/// A histogram pass: the combinations of the key's parts in `mask` (and the 受付年月日 when
/// `received`) over what the conditions `others` find.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct HistogramPass {
    pub others: JobQuery,
    pub mask: u64,
    pub received: bool,
}

/// A counting pass: the counts of `groups` over what the conditions `others` find.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CountingPass {
    pub others: JobQuery,
    pub groups: Groups,
}

/// The histograms of the latest searches (`None`: more combinations than one holds).
pub(crate) type HistogramCache = GenerationCache<HistogramPass, Arc<Option<KeyHistogram>>>;
/// The counting passes of the latest searches.
pub(crate) type CountingCache = GenerationCache<CountingPass, Arc<Tally>>;

impl<K: PartialEq, V: Clone + Weight> GenerationCache<K, V> {
    /// A cache of the shared passes of the latest searches.
    pub(crate) fn for_passes() -> Self {
        Self::new(PASS_CACHE_ENTRIES, PASS_CACHE_COMBINATIONS)
    }
}

/// The conditions facets depend on: paging and order left out.
pub(crate) fn facet_cache_key(conditions: &JobQuery) -> JobQuery {
    crate::query::without(conditions, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_generation_or_day_empties_the_cache() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let tomorrow = today.succ_opt().unwrap_or_default();
        let mut cache: GenerationCache<u32, Arc<Tally>> = GenerationCache::new(3, 10);
        let tally = Arc::new(Tally::default());
        cache.put(1, today, 1, tally.clone());
        assert_eq!(cache.get(1, today, &1), Some(tally.clone()));
        assert_eq!(cache.get(1, tomorrow, &1), None, "a new day");
        cache.put(1, tomorrow, 1, tally.clone());
        assert_eq!(cache.get(2, tomorrow, &1), None, "a new generation");
        assert_eq!(cache.entries.len(), 0);
    }
}
