//! The near misses of a search's key-decided conditions, counted for every choice of their
//! values at once. [`HistogramCollector`] goes over what the other conditions find and counts
//! how many postings have each combination of the key's parts the chosen conditions look at
//! ([`KeyConditions::key_mask`]) and, when 新着 is chosen, of their 受付年月日. Postings alike
//! there are alike to any values of those conditions, so [`KeyHistogram::tally`] answers the
//! near-miss pass of any such search from the combinations instead of the postings: the
//! searches of one keyword in each of the 47 prefectures share one pass over the keyword's
//! postings.

use std::sync::Arc;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use shigoto_domain::search_steps::MAX_POSTING_AGE;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::facet_key::Decoded;
use crate::facets::{FacetCollector, KeyColumns, Tally};
use crate::key_conditions::KeyConditions;
use crate::schema::day_number;
use crate::segment_columns::SegmentColumns;

/// How many combinations a histogram may hold: past this, counting the postings themselves is
/// as quick, and the memory a search takes stays bounded (a few MiB).
pub const MAX_COMBINATIONS: usize = 65_536;

/// A combination: the masked key and the 受付年月日 (0 when not kept).
type Combination = (u64, i64);

/// How many postings have each combination.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyHistogram {
    counts: FxHashMap<Combination, u64>,
    /// Whether the 受付年月日 were kept.
    received: bool,
}

impl KeyHistogram {
    /// The near-miss counts of a pass with `counting`'s filter and groups, as if it had gone
    /// over the postings themselves.
    pub fn tally(&self, counting: &FacetCollector) -> Tally {
        let mut tally = Tally::default();
        for ((key, received), count) in &self.counts {
            let received = self.received.then_some(*received);
            tally.add(counting, Decoded(*key), received, *count);
        }
        tally
    }

    /// How many combinations it holds.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Counts the combinations of `conditions`' parts over the postings a query matches; `None`
/// when there are more than `max` of them.
#[derive(Debug, Clone)]
pub struct HistogramCollector {
    mask: u64,
    /// The 受付年月日 are kept from this day on; earlier ones as this day less one, which no
    /// 新着 choice (at most [`MAX_POSTING_AGE`] days) reaches.
    received_from: Option<i64>,
    max: usize,
    /// Where each segment's columns are read from.
    columns: Arc<SegmentColumns>,
}

impl HistogramCollector {
    pub fn new(
        conditions: &KeyConditions,
        today: NaiveDate,
        max: usize,
        columns: Arc<SegmentColumns>,
    ) -> Self {
        Self {
            mask: conditions.key_mask(),
            received_from: conditions
                .needs_received()
                .then(|| day_number(today) - i64::from(MAX_POSTING_AGE)),
            max,
            columns,
        }
    }
}

/// One segment's combinations, or `None` once there were too many.
pub struct SegmentHistogram {
    mask: u64,
    received_from: Option<i64>,
    max: usize,
    columns: KeyColumns,
    counts: Option<FxHashMap<Combination, u64>>,
}

impl SegmentHistogram {
    fn count(&mut self, key: Option<u64>, received: Option<i64>) {
        let Some(counts) = self.counts.as_mut() else {
            return;
        };
        let received = self
            .received_from
            .map_or(0, |from| received.unwrap_or(0).max(from - 1));
        *counts
            .entry((key.unwrap_or(0) & self.mask, received))
            .or_default() += 1;
        if counts.len() > self.max {
            self.counts = None;
        }
    }
}

impl Collector for HistogramCollector {
    type Fruit = Option<KeyHistogram>;
    type Child = SegmentHistogram;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentHistogram> {
        Ok(SegmentHistogram {
            mask: self.mask,
            received_from: self.received_from,
            max: self.max,
            columns: KeyColumns::open(&self.columns, reader, self.received_from.is_some())?,
            counts: Some(FxHashMap::default()),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Option<KeyHistogram>>) -> tantivy::Result<Self::Fruit> {
        let mut all = KeyHistogram {
            counts: FxHashMap::default(),
            received: self.received_from.is_some(),
        };
        for fruit in fruits {
            let Some(fruit) = fruit else { return Ok(None) };
            for (combination, count) in fruit.counts {
                *all.counts.entry(combination).or_default() += count;
            }
            if all.counts.len() > self.max {
                return Ok(None);
            }
        }
        Ok(Some(all))
    }
}

impl SegmentCollector for SegmentHistogram {
    type Fruit = Option<KeyHistogram>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let (key, received) = self.columns.get(doc);
        self.count(key, received);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        if self.counts.is_none() {
            return;
        }
        self.columns.read_block(docs);
        for i in 0..docs.len() {
            let (key, received) = self.columns.in_block(i);
            self.count(key, received);
        }
    }

    fn harvest(self) -> Option<KeyHistogram> {
        self.counts.map(|counts| KeyHistogram {
            counts,
            received: self.received_from.is_some(),
        })
    }
}
