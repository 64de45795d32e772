//! [`Collapse`]: the top hits of a search with near-duplicates collapsed (one posting per group
//! of `crate::duplicates`, the best of the group in the order asked for), and how many distinct
//! groups matched. Each segment keeps its best `limit` groups (a group's best posting replaces a
//! worse one, and a posting that cannot enter is skipped after one comparison), which holds every
//! group of the global best `limit`: a group ranked above one of those in a segment ranks above
//! it everywhere. The groups seen are listed while they are few and marked in a bitset over the
//! group numbers once the list would outgrow it ([`GroupsSeen`]), so a search that finds little
//! does not pay for a bitset of every group; the lists also tell how many matches each of the
//! page's groups has in those segments (「ほか n件」), so only the segments that marked their
//! groups are searched again for it.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use shigoto_shared::SortOrder;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::kept_segments::SegmentFruit;
use crate::lru::Weight;
use crate::schema;
use crate::segment_columns::SegmentColumns;

/// Better first: the order's value (bigger is better), then the earlier document.
type Rank = (u64, Reverse<(SegmentOrdinal, DocId)>);

/// The best posting of each of the best groups, best first, and the groups seen.
#[derive(Debug, Default)]
pub struct Collapsed {
    pub best: Vec<(DocAddress, u64)>,
    /// Distinct groups among the matches.
    pub distinct: u64,
    /// The matches of each of the best groups in the segments that listed their groups.
    pub sizes: HashMap<u64, u32>,
    /// The segments that marked their groups in a bitset: the best groups' matches there are
    /// not in `sizes`.
    pub uncounted: Vec<SegmentOrdinal>,
}

/// Collects the best `limit` groups in `order`.
pub struct Collapse<'a> {
    pub order: SortOrder,
    pub limit: usize,
    /// Group numbers are below this (the bitset's size; larger ones grow it).
    pub groups: u64,
    /// Where each segment's columns are read from.
    pub columns: &'a SegmentColumns,
}

/// Where a segment's rank value comes from.
enum RankSource {
    Score,
    Newest(Column<i64>),
    Soonest(Column<i64>),
    Highest(Column<u64>),
}

/// The order-preserving map of an `i64` onto `u64`.
fn unsigned(value: i64) -> u64 {
    (value as u64) ^ (1 << 63)
}

/// The rank of a day when the soonest is best (none: last).
fn soonest(day: Option<i64>) -> u64 {
    u64::MAX - day.map_or(u64::MAX, unsigned)
}

/// What one segment found: its best groups, best last, and the groups it saw.
#[derive(Debug, Clone)]
pub struct SegmentBest {
    segment: SegmentOrdinal,
    top: Vec<(Rank, u64)>,
    seen: GroupsSeen,
}

impl Weight for SegmentBest {
    fn weight(&self) -> usize {
        let words = self.seen.listed.len() + self.seen.marks.len();
        self.top.len() * std::mem::size_of::<(Rank, u64)>() + words * 8
    }
}

impl SegmentFruit for SegmentBest {
    fn at_segment(mut self, ordinal: SegmentOrdinal) -> Self {
        self.segment = ordinal;
        for ((_, Reverse((segment, _))), _) in &mut self.top {
            *segment = ordinal;
        }
        self
    }
}

pub struct SegmentCollapse {
    segment: SegmentOrdinal,
    limit: usize,
    source: RankSource,
    groups: Column<u64>,
    seen: GroupsSeen,
    top: BTreeMap<Rank, u64>,
    rank_of: HashMap<u64, Rank>,
    /// The worst rank held once `top` is full: most postings fail against it and go no further.
    worst: Option<Rank>,
    group_buffer: Vec<Option<u64>>,
    value_buffer: Vec<Option<u64>>,
}

impl SegmentCollapse {
    fn rank(&self, doc: DocId, score: Score) -> u64 {
        match &self.source {
            RankSource::Score => u64::from(score.max(0.0).to_bits()),
            RankSource::Newest(column) => column.first(doc).map_or(0, unsigned),
            RankSource::Soonest(column) => soonest(column.first(doc)),
            RankSource::Highest(column) => column.first(doc).unwrap_or(0),
        }
    }

    /// Takes one posting of `group` at `rank`.
    fn offer(&mut self, doc: DocId, group: u64, value: u64) {
        self.mark(group);
        let rank = (value, Reverse((self.segment, doc)));
        if self.worst.is_some_and(|worst| rank <= worst) {
            return;
        }
        if let Some(held) = self.rank_of.get(&group).copied() {
            if rank <= held {
                return;
            }
            self.top.remove(&held);
        } else if self.top.len() >= self.limit {
            if let Some((_, dropped)) = self.top.pop_first() {
                self.rank_of.remove(&dropped);
            }
        }
        self.top.insert(rank, group);
        self.rank_of.insert(group, rank);
        if self.top.len() >= self.limit {
            self.worst = self.top.first_key_value().map(|(worst, _)| *worst);
        }
    }

    fn mark(&mut self, group: u64) {
        self.seen.add(group);
    }
}

/// Counting a listed group (marking it in a bitset kept between searches, then clearing it)
/// costs about as much as clearing, merging and counting this many words of a segment's own
/// bitset: a list longer than the bitset's words over this is marked in a bitset instead.
const WORDS_PER_LISTED: usize = 2;

/// The groups of one segment's matches: a list (with repeats) while it is short next to the
/// bitset over the group numbers ([`WORDS_PER_LISTED`]), then that bitset.
#[derive(Debug, Default, Clone)]
pub struct GroupsSeen {
    listed: Vec<u64>,
    marks: Vec<u64>,
    /// The bitset's size in words.
    words: usize,
}

impl GroupsSeen {
    fn new(groups: u64) -> Self {
        Self {
            listed: Vec::new(),
            marks: Vec::new(),
            words: groups.div_ceil(64).max(1) as usize,
        }
    }

    fn add(&mut self, group: u64) {
        if self.marks.is_empty() {
            self.listed.push(group);
            if self.listed.len() > self.words / WORDS_PER_LISTED {
                self.marks = vec![0; self.words];
                for listed in std::mem::take(&mut self.listed) {
                    mark(&mut self.marks, listed);
                }
            }
        } else {
            mark(&mut self.marks, group);
        }
    }

    /// How many distinct groups the segments saw: the lists counted in a bitset kept between
    /// searches when no segment marked its groups, else everything marked in the largest of
    /// the segments' bitsets.
    fn distinct(segments: Vec<GroupsSeen>) -> u64 {
        let Some(largest) = (0..segments.len())
            .filter(|i| !segments[*i].marks.is_empty())
            .max_by_key(|i| segments[*i].marks.len())
        else {
            let words = segments.iter().map(|seen| seen.words).max().unwrap_or(1);
            return scratch::count_distinct(words, segments.iter().map(|seen| &seen.listed[..]));
        };
        let mut segments = segments;
        let mut marks = std::mem::take(&mut segments[largest].marks);
        for seen in segments {
            for (word, mark) in marks.iter_mut().zip(&seen.marks) {
                *word |= mark;
            }
            for group in seen.listed {
                mark(&mut marks, group);
            }
        }
        marks.iter().map(|word| u64::from(word.count_ones())).sum()
    }
}

/// Bitsets over the group numbers, kept zeroed between searches so that counting a few
/// thousand listed groups does not allocate and clear a bitset of every group each time.
mod scratch {
    use std::sync::{Mutex, PoisonError};

    /// Bitsets kept: about one per search running at once (each 250 KB at two million groups).
    const KEPT: usize = 16;

    static BITSETS: Mutex<Vec<Vec<u64>>> = Mutex::new(Vec::new());

    /// How many distinct groups `lists` hold, over a bitset of at least `words` words.
    pub(super) fn count_distinct<'a>(
        words: usize,
        lists: impl Iterator<Item = &'a [u64]> + Clone,
    ) -> u64 {
        let taken = BITSETS.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let mut marks = taken.unwrap_or_default();
        if marks.len() < words {
            marks.resize(words, 0);
        }
        let mut distinct = 0;
        for group in lists.clone().flatten() {
            let (word, bit) = ((group / 64) as usize, 1 << (group % 64));
            if word >= marks.len() {
                marks.resize(word + 1, 0);
            }
            if marks[word] & bit == 0 {
                marks[word] |= bit;
                distinct += 1;
            }
        }
        // Zeroed again where it was marked, and kept.
        for group in lists.flatten() {
            marks[(group / 64) as usize] = 0;
        }
        let mut kept = BITSETS.lock().unwrap_or_else(PoisonError::into_inner);
        if kept.len() < KEPT {
            kept.push(marks);
        }
        distinct
    }
}

/// Sets the bit of `group`, growing the bitset when the group is past its end.
fn mark(marks: &mut Vec<u64>, group: u64) {
    let (word, bit) = ((group / 64) as usize, group % 64);
    if word >= marks.len() {
        marks.resize(word + 1, 0);
    }
    marks[word] |= 1 << bit;
}

impl SegmentCollector for SegmentCollapse {
    type Fruit = SegmentBest;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(group) = self.groups.first(doc) {
            let value = self.rank(doc, score);
            self.offer(doc, group, value);
        }
    }

    /// Unscored blocks (every order but relevance): the columns read a block at a time.
    fn collect_block(&mut self, docs: &[DocId]) {
        let mut groups = std::mem::take(&mut self.group_buffer);
        groups.clear();
        groups.resize(docs.len(), None);
        self.groups.first_vals(docs, &mut groups);
        let mut values = std::mem::take(&mut self.value_buffer);
        values.clear();
        values.resize(docs.len(), None);
        match &self.source {
            RankSource::Score => {}
            RankSource::Highest(column) => column.first_vals(docs, &mut values),
            RankSource::Newest(column) | RankSource::Soonest(column) => {
                let mut days = vec![None; docs.len()];
                column.first_vals(docs, &mut days);
                let newest = matches!(self.source, RankSource::Newest(_));
                for (value, day) in values.iter_mut().zip(days) {
                    *value = Some(if newest {
                        day.map_or(0, unsigned)
                    } else {
                        soonest(day)
                    });
                }
            }
        }
        for ((doc, group), value) in docs.iter().zip(&groups).zip(&values) {
            if let Some(group) = group {
                self.offer(*doc, *group, value.unwrap_or(0));
            }
        }
        self.group_buffer = groups;
        self.value_buffer = values;
    }

    fn harvest(self) -> Self::Fruit {
        SegmentBest {
            segment: self.segment,
            top: self.top.into_iter().collect(),
            seen: self.seen,
        }
    }
}

impl Collector for Collapse<'_> {
    type Fruit = Collapsed;
    type Child = SegmentCollapse;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCollapse> {
        let columns = self.columns;
        let source = match self.order {
            SortOrder::Relevance => RankSource::Score,
            SortOrder::ReceivedDesc => RankSource::Newest(columns.i64(reader, schema::RECEIVED)?),
            SortOrder::DeadlineAsc => RankSource::Soonest(columns.i64(reader, schema::DEADLINE)?),
            SortOrder::WageDesc => RankSource::Highest(columns.u64(reader, schema::MONTHLY_WAGE)?),
        };
        Ok(SegmentCollapse {
            segment,
            limit: self.limit.max(1),
            source,
            groups: columns.u64(reader, schema::DUP_GROUP)?,
            seen: GroupsSeen::new(self.groups),
            top: BTreeMap::new(),
            rank_of: HashMap::new(),
            worst: None,
            group_buffer: Vec::new(),
            value_buffer: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.order == SortOrder::Relevance
    }

    fn merge_fruits(&self, fruits: Vec<SegmentBest>) -> tantivy::Result<Collapsed> {
        let mut seen = Vec::with_capacity(fruits.len());
        let mut best: HashMap<u64, Rank> = HashMap::new();
        let mut uncounted = Vec::new();
        for fruit in fruits {
            if !fruit.seen.marks.is_empty() {
                uncounted.push(fruit.segment);
            }
            seen.push(fruit.seen);
            for (rank, group) in fruit.top {
                let held = best.entry(group).or_insert(rank);
                if rank > *held {
                    *held = rank;
                }
            }
        }
        let mut ranked: Vec<(Rank, u64)> = best.into_iter().map(|(g, r)| (r, g)).collect();
        ranked.sort_unstable_by_key(|entry| Reverse(entry.0));
        ranked.truncate(self.limit);
        // Every listed match is looked up among the page's few groups: a sorted list is
        // quicker to search than a hash map (SipHash was 1.6% of the service's time).
        let mut sizes: Vec<(u64, u32)> = ranked.iter().map(|(_, group)| (*group, 0)).collect();
        sizes.sort_unstable();
        for group in seen.iter().flat_map(|seen| &seen.listed) {
            if let Ok(at) = sizes.binary_search_by_key(group, |(group, _)| *group) {
                sizes[at].1 += 1;
            }
        }
        Ok(Collapsed {
            best: ranked
                .into_iter()
                .map(|((_, Reverse((segment, doc))), group)| (DocAddress::new(segment, doc), group))
                .collect(),
            distinct: GroupsSeen::distinct(seen),
            sizes: sizes.into_iter().collect(),
            uncounted,
        })
    }
}

/// Counts the matching postings of each group, its columns read from `.0`.
pub struct GroupSizes<'a>(pub &'a SegmentColumns);

pub struct SegmentGroupSizes {
    groups: Column<u64>,
    sizes: HashMap<u64, u32>,
}

impl SegmentCollector for SegmentGroupSizes {
    type Fruit = HashMap<u64, u32>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(group) = self.groups.first(doc) {
            *self.sizes.entry(group).or_default() += 1;
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.sizes
    }
}

impl Collector for GroupSizes<'_> {
    type Fruit = HashMap<u64, u32>;
    type Child = SegmentGroupSizes;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentGroupSizes> {
        Ok(SegmentGroupSizes {
            groups: self.0.u64(reader, schema::DUP_GROUP)?,
            sizes: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<u64, u32>>) -> tantivy::Result<HashMap<u64, u32>> {
        let mut sizes = HashMap::new();
        for fruit in fruits {
            for (group, count) in fruit {
                *sizes.entry(group).or_default() += count;
            }
        }
        Ok(sizes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(groups: u64, added: &[u64]) -> GroupsSeen {
        let mut seen = GroupsSeen::new(groups);
        for group in added {
            seen.add(*group);
        }
        seen
    }

    #[test]
    fn distinct_groups_are_counted_listed_marked_or_both() {
        // 256 groups: a bitset of 4 words, so a list of more than two turns into it.
        let groups = 256;
        let few = seen(groups, &[5, 5]);
        let many = seen(groups, &[1, 5, 70, 70, 127, 9_000]);
        assert!(few.marks.is_empty() && !many.marks.is_empty());
        assert_eq!(GroupsSeen::distinct(vec![seen(groups, &[5, 5])]), 1);
        assert_eq!(
            GroupsSeen::distinct(vec![few, seen(groups, &[9, 5])]),
            2,
            "lists, counted together"
        );
        assert_eq!(
            GroupsSeen::distinct(vec![seen(groups, &[5])]),
            1,
            "the kept bitset was cleared after counting"
        );
        assert_eq!(
            GroupsSeen::distinct(vec![seen(groups, &[300, 5]), seen(groups, &[300])]),
            2,
            "lists past the bitset's end"
        );
        let bitsets = vec![seen(groups, &[1, 2, 3]), seen(groups, &[3, 4, 5, 600])];
        assert_eq!(GroupsSeen::distinct(bitsets), 6, "bitsets, merged");
        assert_eq!(
            GroupsSeen::distinct(vec![seen(groups, &[5, 9_100]), many]),
            6,
            "a list and a bitset (9,000 and 9,100 past its end)"
        );
        assert_eq!(GroupsSeen::distinct(Vec::new()), 0);
    }
}
