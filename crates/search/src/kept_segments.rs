//! [`KeptPerSegment`]: what a search found in each segment, kept for the next time the same
//! search runs. It is for the one search asked far more often than any other and costing most:
//! the empty form, shown each time the app opens, which reads every listed posting for its
//! near-duplicate group, its order and every facet. A segment never changes once written, so
//! what a search found in it stays true until the segment loses a posting (its delete opstamp
//! moves: the entry no longer matches) or is merged away (its id is gone: the entry ages out).
//! A posting accepted makes a new generation of the index with one new small segment; the next
//! search reads only that one and takes the others from here. The caller's key holds what else
//! the fruit depends on (the day, the order, the page's reach, the facet groups).

use std::sync::{Mutex, PoisonError};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::query::Weight as QueryWeight;
use tantivy::{Opstamp, SegmentOrdinal, SegmentReader};

use crate::lru::{Lru, Weight};

/// The most fruits kept (a search over the 9 to 30 segments of a large index keeps one each;
/// each page, order and day is another search).
const KEPT_FRUITS: usize = 512;
/// What the kept fruits may weigh in all, in bytes (a fruit of the empty search over two
/// million postings marks its groups in a bitset of about 250 KB).
const KEPT_BYTES: usize = 64 << 20;

/// A segment's fruit that can be kept and handed to a later search; its weight is in bytes.
pub(crate) trait SegmentFruit: Clone + Weight + Send + Sync + 'static {
    /// The same fruit for a searcher that holds the segment at place `ordinal` (a later
    /// generation numbers its segments afresh).
    fn at_segment(self, ordinal: SegmentOrdinal) -> Self;
}

impl Weight for usize {
    fn weight(&self) -> usize {
        std::mem::size_of::<usize>()
    }
}

impl SegmentFruit for usize {
    fn at_segment(self, _: SegmentOrdinal) -> Self {
        self
    }
}

impl<A: Weight, B: Weight, C: Weight> Weight for (A, B, C) {
    fn weight(&self) -> usize {
        self.0.weight() + self.1.weight() + self.2.weight()
    }
}

impl<A: SegmentFruit, B: SegmentFruit, C: SegmentFruit> SegmentFruit for (A, B, C) {
    fn at_segment(self, ordinal: SegmentOrdinal) -> Self {
        (
            self.0.at_segment(ordinal),
            self.1.at_segment(ordinal),
            self.2.at_segment(ordinal),
        )
    }
}

/// Which segment, as of which deletions, under which search.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry<K> {
    segment: SegmentId,
    deletions: Option<Opstamp>,
    search: K,
}

/// The kept fruits, and how many were made rather than taken.
pub(crate) struct KeptFruits<K, F> {
    fruits: Lru<Entry<K>, F>,
    made: u64,
}

impl<K: PartialEq, F: SegmentFruit> Default for KeptFruits<K, F> {
    fn default() -> Self {
        Self {
            fruits: Lru::new(KEPT_FRUITS, KEPT_BYTES),
            made: 0,
        }
    }
}

impl<K, F> KeptFruits<K, F> {
    /// How many segments' fruits searches have made (the others they took from here).
    #[cfg(test)]
    pub(crate) fn made(&self) -> u64 {
        self.made
    }
}

/// Runs `collector`, each segment's fruit taken from `kept` when this search (`search`) was
/// made on the segment as it is now, else made and kept.
pub(crate) struct KeptPerSegment<'a, C: Collector, K> {
    pub collector: C,
    pub search: K,
    pub kept: &'a Mutex<KeptFruits<K, <C::Child as SegmentCollector>::Fruit>>,
}

impl<C, K> Collector for KeptPerSegment<'_, C, K>
where
    C: Collector,
    <C::Child as SegmentCollector>::Fruit: SegmentFruit,
    K: Clone + PartialEq + Send + Sync,
{
    type Fruit = C::Fruit;
    type Child = C::Child;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<C::Child> {
        self.collector.for_segment(segment, reader)
    }

    fn requires_scoring(&self) -> bool {
        self.collector.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<C::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<C::Fruit> {
        self.collector.merge_fruits(fruits)
    }

    fn collect_segment(
        &self,
        weight: &dyn QueryWeight,
        ordinal: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<<C::Child as SegmentCollector>::Fruit> {
        let entry = Entry {
            segment: reader.segment_id(),
            deletions: reader.delete_opstamp(),
            search: self.search.clone(),
        };
        // Every step leaves the store whole, so a lock poisoned by a panic elsewhere is used.
        let kept = self
            .kept
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .fruits
            .get(&entry);
        if let Some(fruit) = kept {
            return Ok(fruit.at_segment(ordinal));
        }
        // Made outside the lock: two searches asking at once may both make it.
        let fruit = self.collector.collect_segment(weight, ordinal, reader)?;
        let mut kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        kept.made += 1;
        tracing::debug!(
            segment = %entry.segment.short_uuid_string(),
            made = kept.made,
            "a segment's part of a kept search was made"
        );
        kept.fruits.put(entry, fruit.clone());
        Ok(fruit)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test should panic

    use chrono::{Days, NaiveDate};
    use shigoto_domain::search::{validate, JobQuery};
    use shigoto_shared::{JobSearchParams, JobSheet, JobStatus, PublicationRange, SortOrder};

    use crate::{Counting, JobIndex};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    /// The empty form's results as kept and as made afresh are the same (the page's postings
    /// in order, the totals, every count).
    fn check_kept(index: &JobIndex, query: &JobQuery, today: NaiveDate) {
        let (fresh_hits, fresh_facets) = index.search_with_fresh_facets(query, today).unwrap();
        let (hits, facets) = index
            .search_counting(query, today, Counting::SharedPasses)
            .unwrap();
        assert_eq!(hits, fresh_hits);
        assert_eq!(facets, fresh_facets);
        assert_eq!(index.search(query, today).unwrap(), fresh_hits);
    }

    fn made(index: &JobIndex) -> u64 {
        index.empty_form.lock().unwrap().made()
    }

    fn apply(index: &JobIndex, sheets: &[JobSheet], change: i64) {
        let at = today().and_hms_opt(9, 0, 0).unwrap();
        index
            .apply(sheets.iter().map(|sheet| (sheet, at)), change)
            .unwrap();
    }

    #[test]
    fn the_empty_form_is_kept_per_segment_until_the_segment_or_the_day_changes() {
        let config = shigoto_demo::DemoConfig {
            seed: 5,
            count: 400,
            today: today(),
        };
        let mut sheets: Vec<JobSheet> = shigoto_demo::jobs(&config).map(|job| job.sheet).collect();
        let index = JobIndex::in_memory(15_000_000).unwrap();
        index.stop_merging();
        // Two commits: two segments.
        apply(&index, &sheets[..200], 1);
        apply(&index, &sheets[200..399], 2);
        let segments = index.reader.searcher().segment_readers().len() as u64;
        assert_eq!(segments, 2);
        let mut params = JobSearchParams::default();
        let empty = validate(&params, today()).unwrap();

        check_kept(&index, &empty, today());
        assert_eq!(made(&index), segments, "each segment's fruit made once");
        check_kept(&index, &empty, today());
        assert_eq!(made(&index), segments, "then taken");

        // A new posting: only its new segment is read.
        let mut more = sheets[399].clone();
        more.status = JobStatus::Open;
        more.publication = PublicationRange::Full;
        more.referral_deadline = today() + Days::new(30);
        apply(&index, &[more.clone()], 3);
        check_kept(&index, &empty, today());
        assert_eq!(made(&index), segments + 1);

        // A posting of the first segment stops: that segment is read again, the others not.
        let listed = sheets[..200]
            .iter()
            .position(|sheet| JobIndex::is_listed(sheet) && sheet.referral_deadline >= today())
            .unwrap();
        let stopped = &mut sheets[listed];
        stopped.status = JobStatus::Closed;
        apply(&index, std::slice::from_ref(stopped), 4);
        let before = made(&index);
        check_kept(&index, &empty, today());
        assert_eq!(made(&index), before + 1);

        // Another page, order or day is another search.
        params.page = Some(2);
        params.sort = Some(SortOrder::DeadlineAsc);
        let second_page = validate(&params, today()).unwrap();
        check_kept(&index, &second_page, today());
        let tomorrow = today() + Days::new(1);
        let next_day = validate(&JobSearchParams::default(), tomorrow).unwrap();
        check_kept(&index, &next_day, tomorrow);
        // A condition chosen: nothing is kept for it.
        let before = made(&index);
        params.prefectures = vec!["13".into()];
        check_kept(&index, &validate(&params, today()).unwrap(), today());
        assert_eq!(made(&index), before);
    }
}
