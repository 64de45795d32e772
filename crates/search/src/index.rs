//! [`JobIndex`]: opening or creating the index, applying changed postings, searching.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_domain::search::JobQuery;
use shigoto_shared::{JobSheet, JobStatus, JobSummary, PublicationRange, SortOrder};
use tantivy::collector::{Collector, Count, DocSetCollector, SegmentCollector, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::merge_policy::LogMergePolicy;
use tantivy::query::{EnableScoring, Occur, Query};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    DocAddress, DocId, DocSet, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Score,
    SegmentOrdinal, SegmentReader, TantivyDocument, Term, TERMINATED,
};

use crate::collapse::{Collapse, Collapsed, GroupSizes, SegmentBest};
use crate::duplicates::Grouper;
use crate::executor::{Executors, Search};
use crate::facet_cache::{CountingCache, FacetCache, GenerationCache, HistogramCache};
use crate::facets::{FacetCollector, Groups, Tally};
use crate::kept_segments::{KeptFruits, KeptPerSegment};
use crate::schema::{self, Fields};
use crate::segment_columns::SegmentColumns;
use crate::{counting, query, tokenizer};

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
pub(crate) struct Page {
    hits: Vec<(DocAddress, Option<u64>)>,
    pub(crate) total: u64,
    distinct: u64,
    /// The matches of the page's groups counted while collapsing, and the segments where
    /// they were not (see [`Collapsed`]).
    sizes: HashMap<u64, u32>,
    uncounted: Vec<SegmentOrdinal>,
}

impl Page {
    /// The page `conditions` ask for of the collapsed best hits.
    fn collapsed(collapsed: Collapsed, total: usize, conditions: &JobQuery) -> Self {
        Page {
            hits: collapsed
                .best
                .into_iter()
                .skip(conditions.offset())
                .map(|(address, group)| (address, Some(group)))
                .collect(),
            total: total as u64,
            distinct: collapsed.distinct,
            sizes: collapsed.sizes,
            uncounted: collapsed.uncounted,
        }
    }
}

/// What the empty form's search found in a segment depends on, beside the segment.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EmptyForm {
    /// Deadlines and 新着 steps move with the day.
    today: NaiveDate,
    order: SortOrder,
    /// How many groups each segment keeps (the page's reach).
    limit: usize,
    groups: Groups,
}

/// A segment's part of the empty form's search: its best groups, its count and its counts.
type EmptyFormFruit = (SegmentBest, usize, Tally);

/// The search index of one service instance.
pub struct JobIndex {
    pub(crate) index: Index,
    pub(crate) reader: IndexReader,
    pub(crate) writer: Mutex<IndexWriter>,
    executors: Executors,
    fields: Fields,
    pub(crate) facet_cache: Mutex<FacetCache>,
    pub(crate) histograms: Mutex<HistogramCache>,
    pub(crate) counting_passes: Mutex<CountingCache>,
    /// The most combinations a histogram pass keeps before the postings are counted instead.
    pub(crate) max_combinations: usize,
    /// Group numbers of near-duplicates are below this (as of the last commit).
    groups: AtomicU64,
    /// Each segment's columns, opened once.
    pub(crate) columns: Arc<SegmentColumns>,
    /// The empty form's search, kept per segment.
    pub(crate) empty_form: Mutex<KeptFruits<EmptyForm, EmptyFormFruit>>,
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

/// How a new index is laid out:
/// - the stored summaries in blocks of 4 KiB (tantivy's default is 16 KiB), since a page of
///   hits reads 30 postings from as many blocks and each read decompresses its whole block: at
///   300,000 postings under load that decompression was 11% of the service's time;
/// - each segment's postings sorted by 市区町村 code, whose two first digits are the
///   prefecture's: a search within prefectures (most of them) finds its postings side by side,
///   so the columns read for each (group, facet key, 受付年月日) come from a few pages instead
///   of a cache miss apiece. At 2,000,000 postings this nearly doubled the keyword + prefecture
///   searches served per second.
fn settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_blocksize: 4_096,
        sort_by_field: Some(tantivy::IndexSortByField {
            field: schema::MUNICIPALITY_CODE.to_owned(),
            order: Order::Asc,
        }),
        ..Default::default()
    }
}

/// When segments are merged: tantivy's log-structured policy, but two segments of about the
/// same size are merged at once instead of eight. Every search sets up its scorers and
/// columns, and counts its groups, once per segment, so the number of segments weighs on every
/// search: at 2,000,000 postings the keyword + prefecture searches served per second went from
/// 1,550 over 16 segments to 1,895 over 3 and 2,138 over one. Merging pairs rewrites a posting
/// about log2(postings / 10,000) times (about 8 at two million, against 3 in eights), on the
/// writer's background threads.
fn merge_policy() -> LogMergePolicy {
    let mut policy = LogMergePolicy::default();
    policy.set_min_num_segments(2);
    policy
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
            let laid_out = existing.settings().docstore_blocksize == settings().docstore_blocksize
                && existing.settings().sort_by_field == settings().sort_by_field;
            if current.is_none() || existing.schema() != schema || !laid_out {
                tracing::warn!(?dir, "search index is of another version; rebuilding it");
                drop(existing);
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
            }
        }
        let index = Index::builder()
            .schema(schema)
            .settings(settings())
            .open_or_create(MmapDirectory::open(dir)?)?;
        Self::with_index(index, fields, writer_heap_bytes)
    }

    /// A throwaway index in memory (tests, benchmarks).
    pub fn in_memory(writer_heap_bytes: usize) -> Result<Self, IndexError> {
        let (schema, fields) = schema::build();
        let index = Index::builder()
            .schema(schema)
            .settings(settings())
            .create_in_ram()?;
        Self::with_index(index, fields, writer_heap_bytes)
    }

    fn with_index(index: Index, fields: Fields, heap: usize) -> Result<Self, IndexError> {
        index
            .tokenizers()
            .register(tokenizer::NAME, tokenizer::BigramTokenizer);
        let writer: IndexWriter = index.writer(heap.max(15_000_000))?;
        writer.set_merge_policy(Box::new(merge_policy()));
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Self {
            index,
            reader,
            writer: Mutex::new(writer),
            executors: Executors::new()?,
            fields,
            facet_cache: Mutex::new(FacetCache::default()),
            histograms: Mutex::new(GenerationCache::for_passes()),
            counting_passes: Mutex::new(GenerationCache::for_passes()),
            max_combinations: crate::key_histogram::MAX_COMBINATIONS,
            groups: AtomicU64::new(0),
            columns: Arc::default(),
            empty_form: Mutex::default(),
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

    /// A search over the index as of now, on the threads [`Executors`] decides.
    pub(crate) fn start_search(&self) -> Search<'_> {
        self.executors.start(self.reader.searcher())
    }

    /// Postings currently listed.
    pub fn listed_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Segments the index's searches read now (each costs every search some set-up).
    pub fn segment_count(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    /// Segments are no longer merged (tests that count segments).
    #[cfg(test)]
    pub(crate) fn stop_merging(&self) {
        if let Ok(writer) = self.writer.lock() {
            writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));
        }
    }

    /// Runs checked conditions on `today`; hits come in the order the conditions ask for.
    pub fn search(
        &self,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<SearchHits, IndexError> {
        self.search_in(&self.start_search(), conditions, today)
    }

    pub(crate) fn search_in(
        &self,
        searcher: &Search<'_>,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<SearchHits, IndexError> {
        let clauses = self.clauses(searcher, conditions, today)?;
        let query = query::combine(&clauses, &[]);
        let page = if query::is_empty_form(&clauses) {
            // Counted with its facets, as the search with facets keeps it: one kept fruit.
            let groups = counting::page_groups(conditions, &[]);
            let main = FacetCollector::new(groups, today, self.columns.clone());
            self.kept_top_hits(searcher, &query, conditions, today, main)?
                .0
        } else {
            self.top_hits(searcher, &query, conditions, DevNull)?.0
        };
        self.hits(searcher, &clauses, page)
    }

    /// The clauses of `conditions`, with the group of the posting whose near-duplicates are
    /// asked for.
    pub(crate) fn clauses(
        &self,
        searcher: &Search<'_>,
        conditions: &JobQuery,
        today: NaiveDate,
    ) -> Result<Vec<query::Clause>, IndexError> {
        let mut clauses = query::clauses(&self.fields, conditions, today);
        if let Some(number) = &conditions.similar_to {
            let term = Term::from_field_text(self.fields.job_number, number.as_str());
            let query = tantivy::query::TermQuery::new(term, IndexRecordOption::Basic);
            let found = searcher.search(&query, &DocSetCollector)?;
            let group = match found.into_iter().next() {
                Some(address) => self
                    .columns
                    .u64(
                        searcher.segment_reader(address.segment_ord),
                        schema::DUP_GROUP,
                    )?
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
    pub(crate) fn top_hits<C: Collector>(
        &self,
        searcher: &Search<'_>,
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
                sizes: HashMap::new(),
                uncounted: Vec::new(),
            };
            return Ok((page, fruit));
        }
        let collapse = self.collapse(conditions);
        let (collapsed, total, fruit) = searcher.search(query, &(collapse, Count, extra))?;
        Ok((Page::collapsed(collapsed, total, conditions), fruit))
    }

    /// [`JobIndex::top_hits`] of the empty form (see [`query::is_empty_form`]) with the
    /// counts `main` makes, each segment's part kept for the next such search
    /// ([`KeptPerSegment`]).
    pub(crate) fn kept_top_hits(
        &self,
        searcher: &Search<'_>,
        query: &dyn Query,
        conditions: &JobQuery,
        today: NaiveDate,
        main: FacetCollector,
    ) -> Result<(Page, Tally), IndexError> {
        let collapse = self.collapse(conditions);
        let kept = KeptPerSegment {
            search: EmptyForm {
                today,
                order: collapse.order,
                limit: collapse.limit,
                groups: main.groups,
            },
            collector: (collapse, Count, main),
            kept: &self.empty_form,
        };
        let (collapsed, total, tally) = searcher.search(query, &kept)?;
        Ok((Page::collapsed(collapsed, total, conditions), tally))
    }

    /// Collapses near-duplicates for the page `conditions` ask for.
    fn collapse(&self, conditions: &JobQuery) -> Collapse<'_> {
        Collapse {
            order: conditions.sort,
            limit: conditions.offset() + conditions.per_page as usize,
            groups: self.groups.load(Ordering::Relaxed),
            columns: &self.columns,
        }
    }

    /// The page's summaries, each with how many of its near-duplicates match too.
    pub(crate) fn hits(
        &self,
        searcher: &Search<'_>,
        clauses: &[query::Clause],
        page: Page,
    ) -> Result<SearchHits, IndexError> {
        let groups: Vec<u64> = page.hits.iter().filter_map(|(_, group)| *group).collect();
        let mut sizes = page.sizes;
        if !groups.is_empty() && !page.uncounted.is_empty() {
            let counted = self.group_sizes(searcher, clauses, &groups, &page.uncounted)?;
            for (group, count) in counted {
                *sizes.entry(group).or_default() += count;
            }
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

    /// How many postings of each of `groups` match `clauses` in the segments `segments`. Only
    /// those holding one of the groups are searched: a page's few groups sit in few segments,
    /// and making the scorers of every clause on every segment was most of this step's work.
    fn group_sizes(
        &self,
        searcher: &Search<'_>,
        clauses: &[query::Clause],
        groups: &[u64],
        segments: &[SegmentOrdinal],
    ) -> Result<HashMap<u64, u32>, IndexError> {
        let in_groups = query::in_groups(&self.fields, groups);
        let within = tantivy::query::BooleanQuery::new(vec![
            (Occur::Must, query::combine(clauses, &[])),
            (Occur::Must, in_groups.box_clone()),
        ]);
        let unscored = EnableScoring::disabled_from_searcher(searcher);
        let holding = in_groups.weight(unscored)?;
        let weight = within.weight(unscored)?;
        let collector = GroupSizes(&self.columns);
        let mut fruits = Vec::new();
        for &ordinal in segments {
            let reader = searcher.segment_reader(ordinal);
            if holding.scorer(reader, 1.0)?.doc() == TERMINATED {
                continue;
            }
            fruits.push(collector.collect_segment(weight.as_ref(), ordinal, reader)?);
        }
        Ok(collector.merge_fruits(fruits)?)
    }

    /// The stored summaries of `addresses`, in their order.
    fn summaries(
        &self,
        searcher: &Search<'_>,
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
    searcher: &Search<'_>,
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
            let collector = top.order_by_fast_field::<i64>(schema::RECEIVED, Order::Desc);
            let (hits, total, fruit) = searcher.search(query, &(collector, Count, extra))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, fruit)
        }
        SortOrder::DeadlineAsc => {
            let collector = top.order_by_fast_field::<i64>(schema::DEADLINE, Order::Asc);
            let (hits, total, fruit) = searcher.search(query, &(collector, Count, extra))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, fruit)
        }
        SortOrder::WageDesc => {
            let collector = top.order_by_fast_field::<u64>(schema::MONTHLY_WAGE, Order::Desc);
            let (hits, total, fruit) = searcher.search(query, &(collector, Count, extra))?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, fruit)
        }
    })
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
