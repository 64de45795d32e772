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
/// keywords.
const PASS_CACHE_ENTRIES: usize = 512;
/// How many combinations the kept histograms hold in all (about 20 MiB): a histogram holds up
/// to [`crate::key_histogram::MAX_COMBINATIONS`] (a keyword's over the prefectures: 48), so
/// many different searches with many chosen conditions cannot make the cache grow past this.
const PASS_CACHE_COMBINATIONS: usize = 1 << 19;

/// What an entry weighs against a cache's budget.
pub(crate) trait Weight {
    fn weight(&self) -> usize;
}

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

/// The latest entries of one index generation and one day, newest first, at most `capacity`
/// of them weighing at most `budget` in all.
pub(crate) struct GenerationCache<K, V> {
    capacity: usize,
    budget: usize,
    /// What the entries weigh in all.
    held: usize,
    generation: u64,
    today: Option<NaiveDate>,
    entries: VecDeque<(K, V, usize)>,
}

impl<K: PartialEq, V: Clone + Weight> GenerationCache<K, V> {
    fn new(capacity: usize, budget: usize) -> Self {
        Self {
            capacity,
            budget,
            held: 0,
            generation: 0,
            today: None,
            entries: VecDeque::new(),
        }
    }

    /// Empties the cache when it was filled for another generation or day.
    fn follow(&mut self, generation: u64, today: NaiveDate) {
        if self.generation != generation || self.today != Some(today) {
            self.entries.clear();
            self.held = 0;
            self.generation = generation;
            self.today = Some(today);
        }
    }

    pub(crate) fn get(&mut self, generation: u64, today: NaiveDate, key: &K) -> Option<V> {
        self.follow(generation, today);
        let position = self.entries.iter().position(|(k, _, _)| k == key)?;
        let entry = self.entries.remove(position)?;
        let value = entry.1.clone();
        self.entries.push_front(entry);
        Some(value)
    }

    /// Keeps `value` under `key`, dropping the oldest entries past the capacity or the budget
    /// (a value weighing more than the whole budget is not kept).
    pub(crate) fn put(&mut self, generation: u64, today: NaiveDate, key: K, value: V) {
        self.follow(generation, today);
        let weight = value.weight();
        if let Some(position) = self.entries.iter().position(|(k, _, _)| *k == key) {
            if let Some((_, _, old)) = self.entries.remove(position) {
                self.held -= old;
            }
        }
        if weight > self.budget {
            return;
        }
        self.entries.push_front((key, value, weight));
        self.held += weight;
        while self.entries.len() > self.capacity || self.held > self.budget {
            match self.entries.pop_back() {
                Some((_, _, dropped)) => self.held -= dropped,
                None => break,
            }
        }
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

    #[derive(Debug, Clone, PartialEq)]
    struct Weighing(usize);

    impl Weight for Weighing {
        fn weight(&self) -> usize {
            self.0
        }
    }

    #[test]
    fn the_oldest_entries_go_past_the_capacity_or_the_budget() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        let mut cache: GenerationCache<u32, Weighing> = GenerationCache::new(3, 10);
        for key in 1..=4 {
            cache.put(1, today, key, Weighing(1));
        }
        assert_eq!(cache.get(1, today, &1), None, "past the capacity of 3");
        assert_eq!(cache.get(1, today, &2), Some(Weighing(1)));
        cache.put(1, today, 5, Weighing(9));
        assert_eq!(cache.held, 10);
        assert_eq!(cache.get(1, today, &3), None, "past the budget of 10");
        assert_eq!(cache.get(1, today, &5), Some(Weighing(9)));
        cache.put(1, today, 6, Weighing(11));
        assert_eq!(
            cache.get(1, today, &6),
            None,
            "heavier than the whole budget"
        );
        assert_eq!(cache.get(1, today, &5), Some(Weighing(9)));
        cache.put(1, today, 5, Weighing(2));
        assert_eq!(cache.held, 3, "a key kept again weighs once");
        assert_eq!(cache.get(2, today, &5), None, "a new generation empties it");
        assert_eq!(cache.held, 0);
    }
}
