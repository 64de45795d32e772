//! What searches counted, kept per index generation and day so that it is not counted again:
//! [`FacetCache`] the facets of the latest searches (the empty form each time the app opens, a
//! popular prefecture), [`HistogramCache`] and [`CountingCache`] the passes that many different
//! searches share (a keyword's postings in every prefecture, a prefecture's postings under every
//! keyword). A new generation (any change applied) or a new day empties them.

use std::collections::VecDeque;
use std::sync::Arc;

use chrono::NaiveDate;
use shigoto_domain::search::JobQuery;
use shigoto_shared::SearchFacets;

use crate::facets::{Groups, Tally};
use crate::key_histogram::KeyHistogram;

/// How many searches' facets are kept.
const FACET_CACHE_ENTRIES: usize = 64;
/// How many shared passes are kept: the 47 prefectures' passes and those of a few hundred
/// keywords (each at most [`crate::key_histogram::MAX_COMBINATIONS`] combinations; most a
/// few dozen).
const PASS_CACHE_ENTRIES: usize = 512;

/// The latest entries of one index generation and one day, newest first.
pub(crate) struct GenerationCache<K, V> {
    capacity: usize,
    generation: u64,
    today: Option<NaiveDate>,
    entries: VecDeque<(K, V)>,
}

impl<K: PartialEq, V: Clone> GenerationCache<K, V> {
    fn with_capacity(capacity: usize) -> Self {
        Self {
            capacity,
            generation: 0,
            today: None,
            entries: VecDeque::new(),
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
        let position = self.entries.iter().position(|(k, _)| k == key)?;
        let entry = self.entries.remove(position)?;
        let value = entry.1.clone();
        self.entries.push_front(entry);
        Some(value)
    }

    pub(crate) fn put(&mut self, generation: u64, today: NaiveDate, key: K, value: V) {
        self.follow(generation, today);
        self.entries.retain(|(k, _)| *k != key);
        self.entries.push_front((key, value));
        self.entries.truncate(self.capacity);
    }
}

/// The facets of whole searches, keyed by [`facet_cache_key`].
pub(crate) type FacetCache = GenerationCache<JobQuery, SearchFacets>;

impl Default for FacetCache {
    fn default() -> Self {
        Self::with_capacity(FACET_CACHE_ENTRIES)
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

impl<K: PartialEq, V: Clone> GenerationCache<K, V> {
    /// A cache of the shared passes of the latest searches.
    pub(crate) fn for_passes() -> Self {
        Self::with_capacity(PASS_CACHE_ENTRIES)
    }
}

/// The conditions facets depend on: paging and order left out.
pub(crate) fn facet_cache_key(conditions: &JobQuery) -> JobQuery {
    crate::query::without(conditions, &[])
}
