//! [`JobIndex`]: opening or creating the index, applying changed postings, searching.

use std::path::Path;
use std::sync::Mutex;

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_domain::search::JobQuery;
use shigoto_shared::{JobSheet, JobStatus, JobSummary, PublicationRange, SortOrder};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::schema::Value;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term,
};

use crate::schema::{self, Fields, SCHEMA_VERSION};
use crate::{query, tokenizer};

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
    pub items: Vec<(JobSummary, PublicationRange)>,
}

/// The search index of one service instance.
pub struct JobIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

/// Commit payload: `v<schema version>:<last applied change sequence>`.
fn payload(change: i64) -> String {
    format!("v{SCHEMA_VERSION}:{change}")
}

fn parse_payload(text: &str) -> Option<i64> {
    let (version, change) = text.split_once(':')?;
    (version == format!("v{SCHEMA_VERSION}"))
        .then(|| change.parse().ok())
        .flatten()
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

    fn with_index(index: Index, fields: Fields, heap: usize) -> Result<Self, IndexError> {
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
        })
    }

    /// The last database change this index has applied (0 for a new index).
    pub fn applied_change(&self) -> Result<i64, IndexError> {
        Ok(self
            .index
            .load_metas()?
            .payload
            .as_deref()
            .and_then(parse_payload)
            .unwrap_or(0))
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
        let mut applied = 0;
        for (sheet, published_at) in changed {
            writer.delete_term(Term::from_field_text(
                self.fields.job_number,
                &sheet.job_number,
            ));
            if Self::is_listed(sheet) {
                writer.add_document(schema::document(&self.fields, sheet, published_at)?)?;
            }
            applied += 1;
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&payload(up_to_change));
        commit.commit()?;
        drop(writer);
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
        let searcher = self.reader.searcher();
        let query = query::build(&self.fields, conditions, today);
        let top = TopDocs::with_limit(conditions.per_page as usize).and_offset(conditions.offset());
        let (addresses, total): (Vec<DocAddress>, usize) = match conditions.sort {
            SortOrder::Relevance => {
                let (hits, total) = searcher.search(&query, &(top.order_by_score(), Count))?;
                (hits.into_iter().map(|(_, a)| a).collect(), total)
            }
            SortOrder::ReceivedDesc => {
                let collector = top.order_by_fast_field::<i64>("received", Order::Desc);
                let (hits, total) = searcher.search(&query, &(collector, Count))?;
                (hits.into_iter().map(|(_, a)| a).collect(), total)
            }
            SortOrder::DeadlineAsc => {
                let collector = top.order_by_fast_field::<i64>("deadline", Order::Asc);
                let (hits, total) = searcher.search(&query, &(collector, Count))?;
                (hits.into_iter().map(|(_, a)| a).collect(), total)
            }
        };
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
        Ok(SearchHits {
            total: total as u64,
            items,
        })
    }
}
