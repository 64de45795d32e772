//! [`JobIndex`]: opening or creating the index, applying changed postings, searching.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_domain::search::JobQuery;
use shigoto_shared::{
    JobSheet, JobStatus, JobSummary, PublicationRange, RemovedBy, SearchFacets, SortOrder,
};
use tantivy::collector::{Collector, Count, DocSetCollector, SegmentCollector, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{Occur, Query};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Score, Searcher,
    SegmentOrdinal, SegmentReader, TantivyDocument, Term,
};

use crate::collapse::{Collapse, GroupSizes};
use crate::duplicates::Grouper;
use crate::facet_cache::{facet_cache_key, FacetCache};
use crate::facets::{FacetCollector, Group, Groups, Tally};
use crate::key_conditions::{KeyCondition, KeyConditions};
use crate::query::Condition;
use crate::schema::{self, Fields};
use crate::{facet_key, query, tokenizer};

/// Index errors.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index folder: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index folder: {0}")]
    OpenDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("stored summary is not valid JSON: {0}")]
    Summary(#[from] serde_json::Error),
    #[error("the index writer lock was poisoned by a panic")]
    Poisoned,
}

/// One page of hits: the stored summaries (unredacted) and their publication ranges.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHits {
    pub total: u64,
    /// Distinct jobs among the matches (near-duplicates once; `total` when they were asked for).
    pub distinct: u64,
    pub items: Vec<(JobSummary, PublicationRange)>,
}

/// One page of hits as found: each posting with its near-duplicate group (when collapsed).
struct Page {
    hits: Vec<(DocAddress, Option<u64>)>,
    total: u64,
    distinct: u64,
}

/// The search index of one service instance.
pub struct JobIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    facet_cache: Mutex<FacetCache>,
    /// Group numbers of near-duplicates are below this (as of the last commit).
    groups: AtomicU64,
}

/// Commit payload: `<layout version>:<last applied change sequence>:<next group number>`.
fn payload(change: i64, next_group: u64) -> String {
    format!("{}:{change}:{next_group}", schema::layout_version())
}

/// The last applied change and the next group number of a payload of this layout.
fn parse_payload(text: &str) -> Option<(i64, u64)> {
    let mut parts = text.splitn(3, ':');
    let version = parts.next()?;
    let change = parts.next()?.parse().ok()?;
    let next_group = parts.next()?.parse().ok()?;
    (version == schema::layout_version()).then_some((change, next_group))
}

impl JobIndex {
    /// Opens the index in `dir`, creating it; an index of another schema version is wiped and
    /// rebuilt from scratch by the caller's next [`JobIndex::apply`] calls.
    pub fn open_in_dir(dir: &Path, writer_heap_bytes: usize) -> Result<Self, IndexError> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema::build();
        if let Ok(existing) = Index::open_in_dir(dir) {
            let current = existing
                .load_metas()?
                .payload
                .as_deref()
                .and_then(parse_payload);
            if current.is_none() || existing.schema() != schema {
                tracing::warn!(?dir, "search index is of another version; rebuilding it");
                drop(existing);
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
            }
        }
        let index = Index::open_or_create(MmapDirectory::open(dir)?, schema)?;
        Self::with_index(index, fields, writer_heap_bytes)
    }

    /// A throwaway index in memory (tests, benchmarks).
    pub fn in_memory(writer_heap_bytes: usize) -> Result<Self, IndexError> {
        let (schema, fields) = schema::build();
        Self::with_index(Index::create_in_ram(schema), fields, writer_heap_bytes)
    }

    fn with_index(mut index: Index, fields: Fields, heap: usize) -> Result<Self, IndexError> {
        // A search reads the index's segments on every core at once: the broad searches, which
        // read every posting for its group and order, took about 40% less on two cores.
        index.set_default_multithread_executor()?;
        index
            .tokenizers()
            .register(tokenizer::NAME, tokenizer::BigramTokenizer);
        let writer = index.writer(heap.max(15_000_000))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Self {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            facet_cache: Mutex::new(FacetCache::default()),
            groups: AtomicU64::new(0),
        })
        .and_then(|index| {
            index.groups.store(index.next_group()?, Ordering::Relaxed);
            Ok(index)
        })
    }

    /// The last database change this index has applied (0 for a new index).
    pub fn applied_change(&self) -> Result<i64, IndexError> {
        Ok(self.committed()?.0)
    }

    /// The number the next new group of near-duplicates takes.
    fn next_group(&self) -> Result<u64, IndexError> {
        Ok(self.committed()?.1)
    }

    /// What the last commit recorded: the change applied and the next group number.
    fn committed(&self) -> Result<(i64, u64), IndexError> {
        let metas = self.index.load_metas()?;
        Ok(metas
            .payload
            .as_deref()
            .and_then(parse_payload)
            .unwrap_or((0, 0)))
    }

    /// Whether public search lists this posting at all (deadlines are checked per query).
    pub fn is_listed(sheet: &JobSheet) -> bool {
        sheet.status == JobStatus::Open && sheet.publication != PublicationRange::NotPublished
    }

    /// Applies changed postings, each with when it was first published here (UTC); each
    /// replaces any earlier version with the same 求人番号. Commits, recording `up_to_change` so
    /// the next catch-up starts after it.
    pub fn apply<'a>(
        &self,
        changed: impl IntoIterator<Item = (&'a JobSheet, NaiveDateTime)>,
        up_to_change: i64,
    ) -> Result<usize, IndexError> {
        let mut writer = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        let searcher = self.reader.searcher();
        let mut grouper = Grouper::new(&searcher, &self.fields, self.next_group()?);
        let mut applied = 0;
        for (sheet, published_at) in changed {
            writer.delete_term(Term::from_field_text(
                self.fields.job_number,
                &sheet.job_number,
            ));
            if Self::is_listed(sheet) {
                let (group, print) = grouper.group_of(sheet)?;
                let doc = schema::document(&self.fields, sheet, published_at, (group, &print))?;
                writer.add_document(doc)?;
            }
            applied += 1;
        }
        let mut commit = writer.prepare_commit()?;
        let next_group = grouper.next;
        commit.set_payload(&payload(up_to_change, next_group));
        commit.commit()?;
        drop(writer);
        self.groups.store(next_group, Ordering::Relaxed);
        self.reader.reload()?;
        Ok(applied)
    }

    /// Postings currently listed.
    pub fn listed_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Runs checked conditions on `today`; hits come in the order the conditions ask for.
    pub fn search(
        &self,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<SearchHits, IndexError> {
        self.search_in(&self.reader.searcher(), conditions, today)
    }

    fn search_in(
        &self,
        searcher: &Searcher,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<SearchHits, IndexError> {
        let clauses = self.clauses(searcher, conditions, today)?;
        let query = query::combine(&clauses, &[]);
        let (page, ()) = self.top_hits(searcher, &query, conditions, DevNull)?;
        self.hits(searcher, &clauses, page)
    }

    /// The clauses of `conditions`, with the group of the posting whose near-duplicates are
    /// asked for.
    fn clauses(
        &self,
        searcher: &Searcher,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<Vec<query::Clause>, IndexError> {
        let mut clauses = query::clauses(&self.fields, conditions, today);
        if let Some(number) = &conditions.similar_to {
            let term = Term::from_field_text(self.fields.job_number, number.as_str());
            let query = tantivy::query::TermQuery::new(term, IndexRecordOption::Basic);
            let found = searcher.search(&query, &DocSetCollector)?;
            let group = match found.into_iter().next() {
                Some(address) => searcher
                    .segment_reader(address.segment_ord)
                    .fast_fields()
                    .u64("dup_group")?
                    .first(address.doc_id),
                None => None,
            };
            clauses.push(query::in_group(&self.fields, group));
        }
        Ok(clauses)
    }

    /// The page of hits in the order the conditions ask for, near-duplicates collapsed unless
    /// they are what is asked for (one group's postings, or postings named by 求人番号, each of
    /// which the person typed to see), and what `extra` gathered over the same postings.
    fn top_hits<C: Collector>(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        conditions: &JobQuery,
        extra: C,
    ) -> Result<(Page, C::Fruit), IndexError> {
        if conditions.similar_to.is_some() || !conditions.job_numbers.is_empty() {
            let (addresses, total, fruit) = top_hits(searcher, query, conditions, extra)?;
            let page = Page {
                hits: addresses.into_iter().map(|a| (a, None)).collect(),
                total: total as u64,
                distinct: total as u64,
            };
            return Ok((page, fruit));
        }
        let collapse = Collapse {
            order: conditions.sort,
            limit: conditions.offset() + conditions.per_page as usize,
            groups: self.groups.load(Ordering::Relaxed),
        };
        let (collapsed, total, fruit) = searcher.search(query, &(collapse, Count, extra))?;
        let page = Page {
            hits: collapsed
                .best
                .into_iter()
                .skip(conditions.offset())
                .map(|(address, group)| (address, Some(group)))
                .collect(),
            total: total as u64,
            distinct: collapsed.distinct,
        };
        Ok((page, fruit))
    }

    /// The page's summaries, each with how many of its near-duplicates match too.
    fn hits(
        &self,
        searcher: &Searcher,
        clauses: &[query::Clause],
        page: Page,
    ) -> Result<SearchHits, IndexError> {
        let groups: Vec<u64> = page.hits.iter().filter_map(|(_, group)| *group).collect();
        let mut sizes = HashMap::new();
        if !groups.is_empty() {
            let within = tantivy::query::BooleanQuery::new(vec![
                (Occur::Must, query::combine(clauses, &[])),
                (Occur::Must, query::in_groups(&self.fields, &groups)),
            ]);
            sizes = searcher.search(&within, &GroupSizes)?;
        }
        let addresses: Vec<DocAddress> = page.hits.iter().map(|(address, _)| *address).collect();
        let mut items = self.summaries(searcher, addresses)?;
        for ((summary, _), (_, group)) in items.iter_mut().zip(&page.hits) {
            if let Some(size) = group.and_then(|g| sizes.get(&g)) {
                summary.similar = size.saturating_sub(1);
            }
        }
        Ok(SearchHits {
            total: page.total,
            distinct: page.distinct,
            items,
        })
    }

    /// [`JobIndex::search_with_fresh_facets`], the facets taken from the cache when the same
    /// conditions were counted on the same index and day.
    pub fn search_with_facets(
        &self,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<(SearchHits, SearchFacets), IndexError> {
        let searcher = self.reader.searcher();
        let generation = searcher.generation().generation_id();
        let key = facet_cache_key(conditions);
        let cached = self
            .facet_cache
            .lock()
            .map_err(|_| IndexError::Poisoned)?
            .get(generation, today, &key);
        if let Some(facets) = cached {
            return Ok((self.search_in(&searcher, conditions, today)?, facets));
        }
        let (hits, facets) = self.counted(&searcher, conditions, today)?;
        self.facet_cache
            .lock()
            .map_err(|_| IndexError::Poisoned)?
            .put(generation, today, key, facets.clone());
        Ok((hits, facets))
    }

    /// [`JobIndex::search`] with the counts beside the form's choices and what each chosen
    /// condition left out, counted now. The page's pass counts every group whose condition is
    /// not chosen. The chosen conditions the packed key decides ([`KeyConditions`]) share one
    /// more pass, over what the other conditions find, in which a posting failing exactly one
    /// of them counts for that one. Each other chosen condition takes one pass without it. So
    /// the work is bounded by the number of conditions, not by their values.
    pub fn search_with_fresh_facets(
        &self,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<(SearchHits, SearchFacets), IndexError> {
        self.counted(&self.reader.searcher(), conditions, today)
    }

    fn counted(
        &self,
        searcher: &Searcher,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<(SearchHits, SearchFacets), IndexError> {
        let clauses = self.clauses(searcher, conditions, today)?;
        let chosen: Vec<Condition> = form_conditions(&clauses);
        let mut groups = Groups::ALL;
        for condition in &chosen {
            if let Some(group) = condition.group() {
                groups = groups.without(group);
            }
        }
        // Flags narrow, so each counts what choosing it too would leave: over these postings.
        groups = groups.with(Group::Flags);
        if conditions.prefectures.is_empty() {
            groups = groups.without(Group::Municipalities);
        }
        let main = FacetCollector::new(groups, today);
        let (page, tally) =
            self.top_hits(searcher, &*query::combine(&clauses, &[]), conditions, main)?;
        let total = page.total;
        let mut facets = SearchFacets::default();
        tally.write_into(groups, &mut facets);

        let decided = KeyConditions::of(conditions);
        let (by_key, by_index): (Vec<Condition>, Vec<Condition>) = chosen
            .iter()
            .partition(|condition| decided.decides(**condition));
        let mut near_misses = Tally::default();
        if !by_key.is_empty() {
            let key_groups = by_key
                .iter()
                .filter_map(|condition| condition.group())
                .filter(|group| *group != Group::Flags)
                .fold(Groups::default(), Groups::with);
            let mut collector = FacetCollector::new(key_groups, today);
            collector.filter = Some(decided);
            near_misses = searcher.search(&query::combine(&clauses, &by_key), &collector)?;
            near_misses.write_into(key_groups, &mut facets);
        }
        let mut left_out_by_index = Vec::with_capacity(by_index.len());
        for condition in &by_index {
            let mut collector = FacetCollector::new(Groups::default(), today);
            match condition.group() {
                // 市区町村 are counted only within chosen prefectures.
                Some(Group::Municipalities) if conditions.prefectures.is_empty() => {}
                Some(group) => collector.groups = collector.groups.with(group),
                None => {}
            }
            let tally = searcher.search(&query::combine(&clauses, &[*condition]), &collector)?;
            tally.write_into(collector.groups, &mut facets);
            left_out_by_index.push((*condition, tally.matched.saturating_sub(total)));
        }
        for condition in chosen {
            let left_out = match left_out_by_index.iter().find(|(c, _)| *c == condition) {
                Some((_, count)) => LeftOut::Counted(*count),
                None => LeftOut::NearMisses(&near_misses),
            };
            removed_by(condition, conditions, left_out, &mut facets);
        }
        Ok((self.hits(searcher, &clauses, page)?, facets))
    }

    /// The stored summaries of `addresses`, in their order.
    fn summaries(
        &self,
        searcher: &Searcher,
        addresses: Vec<DocAddress>,
    ) -> Result<Vec<(JobSummary, PublicationRange)>, IndexError> {
        let mut items = Vec::with_capacity(addresses.len());
        for address in addresses {
            let doc: TantivyDocument = searcher.doc(address)?;
            let summary = doc
                .get_first(self.fields.summary)
                .and_then(|v| v.as_str())
                .unwrap_or("{}");
            let publication = doc
                .get_first(self.fields.publication)
                .and_then(|v| v.as_str())
                .and_then(PublicationRange::from_wire)
                .unwrap_or(PublicationRange::NoCompanyName);
            items.push((serde_json::from_str(summary)?, publication));
        }
        Ok(items)
    }
}

/// The page of hits in the order the conditions ask for, their number, and what `extra`
/// gathered over the same postings.
fn top_hits<C: Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    conditions: &JobQuery,
    extra: C,
) -> Result<(Vec<DocAddress>, usize, C::Fruit), IndexError> {
    let top = TopDocs::with_limit(conditions.per_page as usize).and_offset(conditions.offset());
    Ok(match conditions.sort {
        SortOrder::Relevance => {
            let (hits, total, fruit) =
                searcher.search(query, &(top.order_by_score(), Count, extra))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, fruit)
        }
        SortOrder::ReceivedDesc => {
            let collector = top.order_by_fast_field::<i64>("received", Order::Desc);
            let (hits, total, fruit) = searcher.search(query, &(collector, Count, extra))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, fruit)
        }
        SortOrder::DeadlineAsc => {
            let collector = top.order_by_fast_field::<i64>("deadline", Order::Asc);
            let (hits, total, fruit) = searcher.search(query, &(collector, Count, extra))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, fruit)
        }
        SortOrder::WageDesc => {
            let collector = top.order_by_fast_field::<u64>("monthly_wage", Order::Desc);
            let (hits, total, fruit) = searcher.search(query, &(collector, Count, extra))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, fruit)
        }
    })
}

/// The conditions of the form among `clauses`, each once, in their order.
fn form_conditions(clauses: &[query::Clause]) -> Vec<Condition> {
    let mut chosen = Vec::new();
    for clause in clauses {
        let condition = clause.condition;
        let of_form = !matches!(
            condition,
            Condition::PublishedWindow | Condition::Deadline | Condition::SimilarTo
        );
        if of_form && !chosen.contains(&condition) {
            chosen.push(condition);
        }
    }
    chosen
}

/// How many postings a chosen condition left out: counted by a pass without it, or among the
/// near misses of the pass of the conditions the key decides.
enum LeftOut<'a> {
    Counted(u64),
    NearMisses(&'a Tally),
}

/// Records what `condition` left out.
fn removed_by(
    condition: Condition,
    conditions: &JobQuery,
    left_out: LeftOut<'_>,
    facets: &mut SearchFacets,
) {
    let mut record = |field: &str, value: Option<&str>, count: u64| {
        facets.removed.push(RemovedBy {
            field: field.to_owned(),
            value: value.map(str::to_owned),
            count,
        });
    };
    if condition == Condition::Flags {
        let LeftOut::NearMisses(tally) = left_out else {
            return;
        };
        if conditions.two_days_off_weekly {
            let count = tally.flag_misses(facet_key::TWO_DAYS_OFF_WEEKLY);
            record("two_days_off_weekly", None, count);
        }
        for feature in &conditions.features {
            let count = tally.flag_misses(facet_key::feature_bit(*feature));
            record("features", Some(feature.as_str()), count);
        }
        return;
    }
    let field = match condition {
        Condition::Keyword => "keyword",
        Condition::Exclude => "exclude",
        Condition::JobNumbers => "job_numbers",
        Condition::Prefectures => "prefectures",
        Condition::Municipalities => "municipalities",
        Condition::Occupations => "occupations",
        Condition::Category => "category",
        Condition::WorkStyle => "work_style",
        Condition::EmploymentTypes => "employment_types",
        Condition::Age => "age",
        Condition::Wage if conditions.monthly_wage_min.is_some() => "monthly_wage_min",
        Condition::Wage => "hourly_wage_min",
        Condition::StartAfter => "start_after",
        Condition::EndBefore => "end_before",
        Condition::AnnualHolidays => "annual_holidays_min",
        Condition::PostedWithin => "posting_age_max",
        Condition::HiddenEmployers => "hidden_employers",
        Condition::Flags
        | Condition::PublishedWindow
        | Condition::Deadline
        | Condition::SimilarTo => return,
    };
    let count = match left_out {
        LeftOut::Counted(count) => count,
        LeftOut::NearMisses(tally) => KeyCondition::ALL
            .into_iter()
            .find(|key| key.condition() == condition)
            .map_or(0, |key| tally.misses(key)),
    };
    record(field, None, count);
}

/// A collector that gathers nothing (for [`top_hits`] without facets).
struct DevNull;

impl Collector for DevNull {
    type Fruit = ();
    type Child = DevNull;

    fn for_segment(&self, _: SegmentOrdinal, _: &SegmentReader) -> tantivy::Result<DevNull> {
        Ok(DevNull)
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, _: Vec<()>) -> tantivy::Result<()> {
        Ok(())
    }
}

impl SegmentCollector for DevNull {
    type Fruit = ();

    fn collect(&mut self, _: DocId, _: Score) {}

    fn harvest(self) {}
}
