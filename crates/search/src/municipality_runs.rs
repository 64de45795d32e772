//! The 市区町村 of a segment's postings as runs of one code. Each segment's postings are sorted
//! by 市区町村 code (the index's settings), so its column is a few thousand runs: a search that
//! counts 市区町村 (every search within prefectures) finds each match's code by stepping a
//! cursor along the runs, the matches coming in document order, instead of decoding the column
//! for every match (at two million postings that decoding was 5% of the service's time).
//! [`Municipalities`] reads a segment's codes from its runs, or from the column when the
//! segment has more runs than a sorted one can.

use std::sync::Arc;

use tantivy::columnar::Column;
use tantivy::{DocId, SegmentReader};

use crate::schema;
use crate::segment_columns::SegmentColumns;

/// The most runs a segment keeps: more than there are 市区町村 (about 1,900 codes with the
/// wards of the designated cities), so a sorted segment always fits.
pub const MAX_RUNS: usize = 4_096;

/// Postings read from the column at once while the runs are made.
const READ_BLOCK: usize = 4_096;

/// A segment's runs: the first posting of each run and its code.
#[derive(Debug)]
pub struct MunicipalityRuns {
    starts: Vec<DocId>,
    codes: Vec<Option<u64>>,
}

impl MunicipalityRuns {
    /// The runs of `column` over postings `0..max_doc`; `None` when there are more runs than a
    /// sorted segment can have (one per 市区町村, with or without a code), so the column is
    /// read instead.
    pub fn of(column: &Column<u64>, max_doc: DocId, max_runs: usize) -> Option<Self> {
        let mut runs = Self {
            starts: Vec::new(),
            codes: Vec::new(),
        };
        let mut docs = Vec::with_capacity(READ_BLOCK);
        let mut codes = vec![None; READ_BLOCK];
        let mut first = 0;
        while first < max_doc {
            let end = max_doc.min(first.saturating_add(READ_BLOCK as DocId));
            docs.clear();
            docs.extend(first..end);
            codes.resize(docs.len(), None);
            column.first_vals(&docs, &mut codes);
            for (doc, code) in docs.iter().zip(&codes) {
                if runs.codes.last() != Some(code) {
                    if runs.starts.len() == max_runs {
                        return None;
                    }
                    runs.starts.push(*doc);
                    runs.codes.push(*code);
                }
            }
            first = end;
        }
        Some(runs)
    }

    /// How many runs there are.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the segment has no postings.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }
}

/// A place in a segment's runs, moved forward as the matches come.
#[derive(Debug)]
pub struct RunCursor {
    runs: Arc<MunicipalityRuns>,
    at: usize,
}

impl RunCursor {
    pub fn new(runs: Arc<MunicipalityRuns>) -> Self {
        Self { runs, at: 0 }
    }

    /// The code of posting `doc` (any posting of the segment; quickest in document order).
    pub fn code(&mut self, doc: DocId) -> Option<u64> {
        let starts = &self.runs.starts;
        let after = self.at + 1;
        let in_run = starts.get(self.at).is_some_and(|start| *start <= doc)
            && starts.get(after).is_none_or(|next| doc < *next);
        if !in_run {
            // The run holding `doc`: the last one starting at or before it.
            self.at = starts
                .partition_point(|start| *start <= doc)
                .saturating_sub(1);
        }
        self.runs.codes.get(self.at).copied().flatten()
    }
}

/// Where a segment's 市区町村 codes are read from: its runs, or the column when it has none.
pub enum Municipalities {
    Runs(RunCursor),
    Column(Column<u64>),
}

impl Municipalities {
    pub fn open(columns: &SegmentColumns, reader: &SegmentReader) -> tantivy::Result<Self> {
        Ok(match columns.municipality_runs(reader)? {
            Some(runs) => Self::Runs(RunCursor::new(runs)),
            None => Self::Column(columns.u64(reader, schema::MUNICIPALITY_CODE)?),
        })
    }

    pub fn code(&mut self, doc: DocId) -> Option<u64> {
        match self {
            Self::Runs(cursor) => cursor.code(doc),
            Self::Column(column) => column.first(doc),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test should panic

    use tantivy::schema::{Schema, FAST, INDEXED};
    use tantivy::{doc, Index, IndexSettings, IndexSortByField, Order, TantivyDocument};

    use super::*;

    /// A one-segment index sorted by `code` holding `codes` (`None`: a posting without one).
    fn column_of(codes: &[Option<u64>]) -> (Column<u64>, DocId) {
        let mut builder = Schema::builder();
        let code = builder.add_u64_field("code", INDEXED | FAST);
        let settings = IndexSettings {
            sort_by_field: Some(IndexSortByField {
                field: "code".into(),
                order: Order::Asc,
            }),
            ..Default::default()
        };
        let index = Index::builder()
            .schema(builder.build())
            .settings(settings)
            .create_in_ram()
            .unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for value in codes {
            let doc = match value {
                Some(value) => doc!(code => *value),
                None => TantivyDocument::default(),
            };
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let reader = searcher.segment_reader(0);
        (reader.fast_fields().u64("code").unwrap(), reader.max_doc())
    }

    #[test]
    fn each_posting_gets_its_columns_code_in_any_order() {
        let mut codes: Vec<Option<u64>> = (0..10_000u64)
            .map(|n| (n % 7 != 0).then_some(13_100 + n % 23))
            .collect();
        codes.push(Some(1_101));
        let (column, max_doc) = column_of(&codes);
        let runs = Arc::new(MunicipalityRuns::of(&column, max_doc, 100).unwrap());
        assert_eq!(
            runs.len(),
            25,
            "23 codes, one more, and the postings without one"
        );
        let mut cursor = RunCursor::new(runs.clone());
        let every: Vec<DocId> = (0..max_doc).collect();
        let sparse: Vec<DocId> = (0..max_doc).step_by(997).collect();
        let backwards: Vec<DocId> = (0..max_doc).rev().step_by(13).collect();
        for docs in [every, sparse, backwards] {
            for doc in docs {
                assert_eq!(cursor.code(doc), column.first(doc), "posting {doc}");
            }
        }
    }

    #[test]
    fn too_many_runs_read_the_column_instead() {
        let codes: Vec<Option<u64>> = (0..500u64).map(|n| Some(1_000 + n)).collect();
        let (column, max_doc) = column_of(&codes);
        assert!(MunicipalityRuns::of(&column, max_doc, 100).is_none());
        assert_eq!(
            MunicipalityRuns::of(&column, max_doc, 500).unwrap().len(),
            500
        );
    }
}
