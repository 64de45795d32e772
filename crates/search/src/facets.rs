//! Counting the facets of a search: [`FacetCollector`] goes once over the postings a query
//! matches and counts, for the groups it is asked for, how many have each value. It reads the
//! packed [`facet_key`](crate::facet_key) and, only when a group needs them, the 受付年月日 and
//! 市区町村 columns. [`Tally::add`] is the one rule of what a posting counts for, used by the
//! passes and by [`KeyHistogram`](crate::key_histogram::KeyHistogram) alike;
//! [`Tally::write_into`] turns the counts into the wire's [`SearchFacets`].

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use shigoto_domain::search_steps::{
    received_since, ANNUAL_HOLIDAYS, HOURLY_WAGES, MONTHLY_WAGES, POSTING_AGES,
};
use shigoto_shared::{
    EmploymentType, FacetCount, JobCategory, JobFeature, SearchFacets, WageKind, WorkStyle,
};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::facet_key::{self, Decoded, NO_OCCUPATION};
use crate::kept_segments::SegmentFruit;
use crate::key_conditions::{KeyCondition, KeyConditions};
use crate::lru::Weight;
use crate::municipality_runs::Municipalities;
use crate::schema::{self, day_number};
use crate::segment_columns::SegmentColumns;

/// The groups of counts a pass can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Prefectures,
    /// Counted only when prefectures are chosen, so only theirs.
    Municipalities,
    Occupations,
    Category,
    WorkStyle,
    EmploymentTypes,
    /// The 求人票's flags and 週休二日制（毎週）: counted over what the conditions find, as
    /// each narrows it further.
    Flags,
    /// Both monthly and hourly steps.
    Wage,
    AnnualHolidays,
    PostedWithin,
}

impl Group {
    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of groups.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Groups(u16);

impl Groups {
    pub const ALL: Groups = Groups(u16::MAX);

    pub fn with(self, group: Group) -> Self {
        Groups(self.0 | group.bit())
    }

    pub fn without(self, group: Group) -> Self {
        Groups(self.0 & !group.bit())
    }

    pub fn has(self, group: Group) -> bool {
        self.0 & group.bit() != 0
    }
}

/// What one pass counts.
#[derive(Debug, Clone)]
pub struct FacetCollector {
    pub groups: Groups,
    /// For a near-miss pass: the chosen conditions decided from each posting's key. A posting
    /// that meets them all counts in every group of `groups`; one that fails exactly one counts
    /// in that condition's group and against it (what it left out); any other is passed over.
    pub filter: Option<KeyConditions>,
    /// The first 受付年月日 of each 新着 step, as day numbers.
    posted_since: Vec<i64>,
    /// The places of 月給 and 時給 in [`WageKind::ALL`].
    monthly_kind: usize,
    hourly_kind: usize,
    /// Where each segment's columns are read from.
    columns: Arc<SegmentColumns>,
}

impl FacetCollector {
    pub fn new(groups: Groups, today: NaiveDate, columns: Arc<SegmentColumns>) -> Self {
        let place = |kind: WageKind| {
            WageKind::ALL
                .iter()
                .position(|k| *k == kind)
                .unwrap_or(usize::MAX)
        };
        Self {
            groups,
            filter: None,
            posted_since: POSTING_AGES
                .iter()
                .map(|age| day_number(received_since(*age, today)))
                .collect(),
            monthly_kind: place(WageKind::Monthly),
            hourly_kind: place(WageKind::Hourly),
            columns,
        }
    }

    /// Whether the passes need each posting's 受付年月日.
    pub fn needs_received(&self) -> bool {
        self.groups.has(Group::PostedWithin)
            || self
                .filter
                .as_ref()
                .is_some_and(KeyConditions::needs_received)
    }
}

/// The counts of one pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Postings the pass went over.
    pub matched: u64,
    prefectures: Vec<u64>,
    occupations: Vec<u64>,
    category: Vec<u64>,
    work_style: Vec<u64>,
    employment_types: Vec<u64>,
    /// By bit of the facet key (flags and 週休二日制).
    flags: Vec<u64>,
    /// By bit of the facet key: postings lacking that chosen flag alone.
    flag_misses: Vec<u64>,
    /// By [`KeyCondition`]: postings failing that condition alone.
    misses: Vec<u64>,
    /// By how many steps the wage reaches (0..=steps).
    monthly: Vec<u64>,
    hourly: Vec<u64>,
    holidays: Vec<u64>,
    posted: Vec<u64>,
    /// By 5-digit 市区町村 code.
    municipalities: BTreeMap<u32, u64>,
}

impl Default for Tally {
    fn default() -> Self {
        Self {
            matched: 0,
            prefectures: vec![0; 48],
            occupations: vec![0; NO_OCCUPATION + 1],
            category: vec![0; JobCategory::ALL.len()],
            work_style: vec![0; WorkStyle::ALL.len()],
            employment_types: vec![0; EmploymentType::ALL.len()],
            flags: vec![0; 64],
            flag_misses: vec![0; 64],
            misses: vec![0; KeyCondition::ALL.len()],
            monthly: vec![0; MONTHLY_WAGES.len() + 1],
            hourly: vec![0; HOURLY_WAGES.len() + 1],
            holidays: vec![0; ANNUAL_HOLIDAYS.len() + 1],
            posted: vec![0; POSTING_AGES.len()],
            municipalities: BTreeMap::new(),
        }
    }
}

impl Weight for Tally {
    fn weight(&self) -> usize {
        let counts = self.prefectures.len()
            + self.occupations.len()
            + self.category.len()
            + self.work_style.len()
            + self.employment_types.len()
            + self.flags.len()
            + self.flag_misses.len()
            + self.misses.len()
            + self.monthly.len()
            + self.hourly.len()
            + self.holidays.len()
            + self.posted.len();
        counts * 8 + self.municipalities.len() * 16
    }
}

impl SegmentFruit for Tally {
    fn at_segment(self, _: SegmentOrdinal) -> Self {
        self
    }
}

fn add_into(into: &mut [u64], from: &[u64]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a += b;
    }
}

impl Tally {
    fn merge(&mut self, other: Tally) {
        self.matched += other.matched;
        add_into(&mut self.prefectures, &other.prefectures);
        add_into(&mut self.occupations, &other.occupations);
        add_into(&mut self.category, &other.category);
        add_into(&mut self.work_style, &other.work_style);
        add_into(&mut self.employment_types, &other.employment_types);
        add_into(&mut self.flags, &other.flags);
        add_into(&mut self.flag_misses, &other.flag_misses);
        add_into(&mut self.misses, &other.misses);
        add_into(&mut self.monthly, &other.monthly);
        add_into(&mut self.hourly, &other.hourly);
        add_into(&mut self.holidays, &other.holidays);
        add_into(&mut self.posted, &other.posted);
        for (code, count) in other.municipalities {
            *self.municipalities.entry(code).or_default() += count;
        }
    }

    /// Counts `weight` postings of key `key`, received on day `received` (when asked for), as
    /// `counting` says; returns the groups they were counted in (none when passed over). With
    /// a filter, a posting that meets every chosen condition counts in every group; one that
    /// fails exactly one counts in that condition's group and against it; any other is passed
    /// over. 市区町村 are counted by the caller, which has the posting's column.
    pub fn add(
        &mut self,
        counting: &FacetCollector,
        key: Decoded,
        received: Option<i64>,
        weight: u64,
    ) -> Groups {
        let mut groups = counting.groups;
        if let Some(filter) = &counting.filter {
            let (missed, missing_flags) = filter.misses(key, received);
            match missed.count_ones() + missing_flags.count_ones() {
                0 => {}
                1 if missed != 0 => {
                    let Some(condition) = KeyCondition::ALL
                        .into_iter()
                        .find(|condition| missed == condition.bit())
                    else {
                        return Groups::default();
                    };
                    self.misses[condition as usize] += weight;
                    groups = condition
                        .condition()
                        .group()
                        .map_or(Groups::default(), |group| Groups::default().with(group));
                }
                1 => {
                    self.flag_misses[missing_flags.trailing_zeros() as usize] += weight;
                    return Groups::default();
                }
                _ => return Groups::default(),
            }
        }
        self.add_groups(counting, groups, key, received, weight);
        groups
    }

    /// Counts the values of `groups` (but 市区町村) of `weight` postings.
    fn add_groups(
        &mut self,
        counting: &FacetCollector,
        groups: Groups,
        key: Decoded,
        received: Option<i64>,
        weight: u64,
    ) {
        self.matched += weight;
        if groups.has(Group::Prefectures) {
            self.prefectures[key.prefecture()] += weight;
        }
        if groups.has(Group::Occupations) {
            self.occupations[key.occupation()] += weight;
        }
        if groups.has(Group::Category) {
            self.category[key.category()] += weight;
        }
        if groups.has(Group::WorkStyle) {
            self.work_style[key.work_style()] += weight;
        }
        if groups.has(Group::EmploymentTypes) {
            self.employment_types[key.employment_type()] += weight;
        }
        if groups.has(Group::Flags) {
            let mut flags = key.flags();
            while flags != 0 {
                self.flags[flags.trailing_zeros() as usize] += weight;
                flags &= flags - 1;
            }
        }
        if groups.has(Group::Wage) {
            if key.wage_kind() == counting.monthly_kind {
                self.monthly[key.wage_steps()] += weight;
            } else if key.wage_kind() == counting.hourly_kind {
                self.hourly[key.wage_steps()] += weight;
            }
        }
        if groups.has(Group::AnnualHolidays) {
            self.holidays[key.holiday_steps()] += weight;
        }
        if groups.has(Group::PostedWithin) {
            if let Some(received) = received {
                for (count, since) in self.posted.iter_mut().zip(&counting.posted_since) {
                    if received >= *since {
                        *count += weight;
                    }
                }
            }
        }
    }

    /// Postings that lack the chosen flag at `bit` of the facet key and meet every other
    /// condition.
    pub fn flag_misses(&self, bit: u32) -> u64 {
        self.flag_misses.get(bit as usize).copied().unwrap_or(0)
    }

    /// Postings that fail `condition` and meet every other.
    pub fn misses(&self, condition: KeyCondition) -> u64 {
        self.misses.get(condition as usize).copied().unwrap_or(0)
    }

    /// Writes the groups of `groups` into `facets`.
    pub fn write_into(&self, groups: Groups, facets: &mut SearchFacets) {
        let listed = |values: Vec<FacetCount>| -> Vec<FacetCount> {
            values.into_iter().filter(|v| v.count > 0).collect()
        };
        if groups.has(Group::Prefectures) {
            facets.prefectures = listed(
                self.prefectures
                    .iter()
                    .enumerate()
                    .map(|(number, count)| FacetCount {
                        value: format!("{number:02}"),
                        count: *count,
                    })
                    .filter(|v| v.value != "00")
                    .collect(),
            );
        }
        if groups.has(Group::Municipalities) {
            facets.municipalities = self
                .municipalities
                .iter()
                .map(|(code, count)| FacetCount {
                    value: format!("{code:05}"),
                    count: *count,
                })
                .collect();
        }
        if groups.has(Group::Occupations) {
            facets.occupations = self.occupation_counts();
        }
        if groups.has(Group::Category) {
            facets.category = by_place(JobCategory::ALL, JobCategory::as_str, &self.category);
        }
        if groups.has(Group::WorkStyle) {
            facets.work_style = by_place(WorkStyle::ALL, WorkStyle::as_str, &self.work_style);
        }
        if groups.has(Group::EmploymentTypes) {
            facets.employment_types = by_place(
                EmploymentType::ALL,
                EmploymentType::as_str,
                &self.employment_types,
            );
        }
        if groups.has(Group::Flags) {
            facets.features = JobFeature::ALL
                .iter()
                .map(|feature| FacetCount {
                    value: feature.as_str().to_owned(),
                    count: self.flags[facet_key::feature_bit(*feature) as usize],
                })
                .collect();
            facets.two_days_off_weekly = self.flags[facet_key::TWO_DAYS_OFF_WEEKLY as usize];
        }
        if groups.has(Group::Wage) {
            facets.monthly_wage_min = at_least(&MONTHLY_WAGES, &self.monthly);
            facets.hourly_wage_min = at_least(&HOURLY_WAGES, &self.hourly);
        }
        if groups.has(Group::AnnualHolidays) {
            facets.annual_holidays_min = at_least(&ANNUAL_HOLIDAYS, &self.holidays);
        }
        if groups.has(Group::PostedWithin) {
            facets.posting_age_max = POSTING_AGES
                .iter()
                .zip(&self.posted)
                .map(|(age, count)| FacetCount {
                    value: age.to_string(),
                    count: *count,
                })
                .collect();
        }
    }

    /// The 中分類 counted, and each 大分類 as the sum of its 中分類.
    fn occupation_counts(&self) -> Vec<FacetCount> {
        let table = shigoto_refdata::occupations();
        let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
        for (slot, count) in self.occupations.iter().enumerate() {
            let Some(node) = table.get(slot).filter(|_| *count > 0) else {
                continue;
            };
            *counts.entry(node.code).or_default() += count;
            if let Some(major) = node.parent {
                *counts.entry(major).or_default() += count;
            }
        }
        counts
            .into_iter()
            .map(|(code, count)| FacetCount {
                value: code.to_owned(),
                count,
            })
            .collect()
    }
}

/// Every value of a closed list with its count.
fn by_place<T: Copy>(all: &[T], wire: fn(T) -> &'static str, counts: &[u64]) -> Vec<FacetCount> {
    all.iter()
        .zip(counts)
        .map(|(value, count)| FacetCount {
            value: wire(*value).to_owned(),
            count: *count,
        })
        .collect()
}

/// Each step with the postings reaching it, from the histogram of steps reached.
fn at_least<T: ToString>(steps: &[T], reached: &[u64]) -> Vec<FacetCount> {
    steps
        .iter()
        .enumerate()
        .map(|(i, step)| FacetCount {
            value: step.to_string(),
            count: reached.iter().skip(i + 1).sum(),
        })
        .collect()
}

/// A segment's packed keys and (when asked for) 受付年月日, read one posting or one block of
/// postings at a time.
pub struct KeyColumns {
    keys: Column<u64>,
    received: Option<Column<i64>>,
    key_block: Vec<Option<u64>>,
    received_block: Vec<Option<i64>>,
}

impl KeyColumns {
    pub fn open(
        columns: &SegmentColumns,
        reader: &SegmentReader,
        with_received: bool,
    ) -> tantivy::Result<Self> {
        Ok(Self {
            keys: columns.u64(reader, schema::FACET_KEY)?,
            received: with_received
                .then(|| columns.i64(reader, schema::RECEIVED))
                .transpose()?,
            key_block: Vec::new(),
            received_block: Vec::new(),
        })
    }

    /// The key and 受付年月日 of `doc`.
    pub fn get(&self, doc: DocId) -> (Option<u64>, Option<i64>) {
        let received = self.received.as_ref().and_then(|column| column.first(doc));
        (self.keys.first(doc), received)
    }

    /// Reads the keys and 受付年月日 of `docs`; [`KeyColumns::in_block`] gives them.
    pub fn read_block(&mut self, docs: &[DocId]) {
        self.key_block.clear();
        self.key_block.resize(docs.len(), None);
        self.keys.first_vals(docs, &mut self.key_block);
        self.received_block.clear();
        self.received_block.resize(docs.len(), None);
        if let Some(column) = &self.received {
            column.first_vals(docs, &mut self.received_block);
        }
    }

    /// The key and 受付年月日 of the `i`-th posting of the block read last.
    pub fn in_block(&self, i: usize) -> (Option<u64>, Option<i64>) {
        (
            self.key_block.get(i).copied().flatten(),
            self.received_block.get(i).copied().flatten(),
        )
    }
}

/// The columns of one segment that the groups need, and the counts so far.
pub struct SegmentFacets {
    counting: FacetCollector,
    columns: KeyColumns,
    municipalities: Option<(Municipalities, MunicipalityCounts)>,
    tally: Tally,
}

impl Collector for FacetCollector {
    type Fruit = Tally;
    type Child = SegmentFacets;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacets> {
        let municipalities = if self.groups.has(Group::Municipalities) {
            Some((
                Municipalities::open(&self.columns, reader)?,
                MunicipalityCounts::default(),
            ))
        } else {
            None
        };
        Ok(SegmentFacets {
            counting: self.clone(),
            columns: KeyColumns::open(&self.columns, reader, self.needs_received())?,
            municipalities,
            tally: Tally::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Tally>) -> tantivy::Result<Tally> {
        let mut all = Tally::default();
        for fruit in fruits {
            all.merge(fruit);
        }
        Ok(all)
    }
}

/// The postings of one segment per 市区町村, by prefecture and the code's last three digits:
/// a block of counts is made for a prefecture when its first posting comes.
#[derive(Default)]
struct MunicipalityCounts {
    by_prefecture: Vec<Option<Box<[u32; 1000]>>>,
}

impl MunicipalityCounts {
    fn add(&mut self, code: u64) {
        let (prefecture, local) = ((code / 1000) as usize, (code % 1000) as usize);
        if !(1..=47).contains(&prefecture) {
            return;
        }
        if self.by_prefecture.len() <= prefecture {
            self.by_prefecture.resize(prefecture + 1, None);
        }
        let block = self.by_prefecture[prefecture].get_or_insert_with(|| Box::new([0; 1000]));
        block[local] += 1;
    }

    fn add_into(self, into: &mut BTreeMap<u32, u64>) {
        for (prefecture, block) in self.by_prefecture.into_iter().enumerate() {
            let Some(block) = block else { continue };
            for (local, count) in block.iter().enumerate() {
                if *count > 0 {
                    let code = (prefecture * 1000 + local) as u32;
                    *into.entry(code).or_default() += u64::from(*count);
                }
            }
        }
    }
}

impl SegmentFacets {
    fn count(&mut self, doc: DocId, key: u64, received: Option<i64>) {
        let groups = self.tally.add(&self.counting, Decoded(key), received, 1);
        if groups.has(Group::Municipalities) {
            if let Some((municipalities, counts)) = self.municipalities.as_mut() {
                if let Some(code) = municipalities.code(doc) {
                    counts.add(code);
                }
            }
        }
    }
}

impl SegmentCollector for SegmentFacets {
    type Fruit = Tally;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let (key, received) = self.columns.get(doc);
        self.count(doc, key.unwrap_or(0), received);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.columns.read_block(docs);
        for (i, doc) in docs.iter().enumerate() {
            let (key, received) = self.columns.in_block(i);
            self.count(*doc, key.unwrap_or(0), received);
        }
    }

    fn harvest(mut self) -> Tally {
        if let Some((_, counts)) = self.municipalities.take() {
            counts.add_into(&mut self.tally.municipalities);
        }
        self.tally
    }
}
