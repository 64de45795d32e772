//! The fast-field columns of each segment, opened once and kept.
//!
//! Every search reads columns of each posting it finds: the group (to collapse near-duplicates
//! and count distinct jobs, and again for the page's group sizes), the order's value, the
//! packed facet key, 受付年月日 and the 市区町村. Opening a column decodes its header, and for a
//! column stored as lines per block of postings (the group numbers; the 市区町村 codes the
//! segments are sorted by) its whole block index: at 2,000,000 postings under load that was a
//! tenth of the service's time, paid on every segment by every search. A segment's columns
//! never change (deletes only hide postings), so an opened column is kept by segment id.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use tantivy::columnar::{Column, MonotonicallyMappableToU64};
use tantivy::index::SegmentId;
use tantivy::SegmentReader;

use crate::municipality_runs::{MunicipalityRuns, MAX_RUNS};
use crate::schema;

/// More columns than an index reads at once (merges leave old segments behind): past this the
/// kept columns are dropped and opened again as searches need them.
const MAX_KEPT: usize = 1024;

/// The columns opened so far, by segment and field, and the 市区町村 runs made so far.
#[derive(Default)]
pub struct SegmentColumns {
    unsigned: Kept<u64>,
    signed: Kept<i64>,
    runs: Mutex<HashMap<SegmentId, Option<Arc<MunicipalityRuns>>>>,
}

impl std::fmt::Debug for SegmentColumns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SegmentColumns")
    }
}

type Kept<T> = Mutex<HashMap<(SegmentId, &'static str), Column<T>>>;

impl SegmentColumns {
    /// The `u64` column `field` of `reader`'s segment.
    pub fn u64(&self, reader: &SegmentReader, field: &'static str) -> tantivy::Result<Column<u64>> {
        kept(&self.unsigned, reader, field, |reader| {
            reader.fast_fields().u64(field)
        })
    }

    /// The `i64` column `field` of `reader`'s segment.
    pub fn i64(&self, reader: &SegmentReader, field: &'static str) -> tantivy::Result<Column<i64>> {
        kept(&self.signed, reader, field, |reader| {
            reader.fast_fields().i64(field)
        })
    }

    /// The 市区町村 runs of `reader`'s segment, made once; `None` when it is not sorted by them.
    pub fn municipality_runs(
        &self,
        reader: &SegmentReader,
    ) -> tantivy::Result<Option<Arc<MunicipalityRuns>>> {
        let segment = reader.segment_id();
        if let Some(runs) = self
            .runs
            .lock()
            .ok()
            .and_then(|kept| kept.get(&segment).cloned())
        {
            return Ok(runs);
        }
        // Made outside the lock: two searches asking at once may both make them.
        let column = self.u64(reader, schema::MUNICIPALITY_CODE)?;
        let runs = MunicipalityRuns::of(&column, reader.max_doc(), MAX_RUNS).map(Arc::new);
        if let Ok(mut kept) = self.runs.lock() {
            if kept.len() >= MAX_KEPT {
                kept.clear();
            }
            kept.insert(segment, runs.clone());
        }
        Ok(runs)
    }

    /// Drops the columns of every segment but `live` (after the index was compacted: the
    /// merged segments' files are deleted, and a kept column would hold them on disk).
    pub fn keep_only(&self, live: impl Iterator<Item = SegmentId>) {
        let live: HashSet<SegmentId> = live.collect();
        if let Ok(mut kept) = self.unsigned.lock() {
            kept.retain(|(segment, _), _| live.contains(segment));
        }
        if let Ok(mut kept) = self.signed.lock() {
            kept.retain(|(segment, _), _| live.contains(segment));
        }
        if let Ok(mut kept) = self.runs.lock() {
            kept.retain(|segment, _| live.contains(segment));
        }
    }

    /// How many columns are kept.
    #[cfg(test)]
    fn kept(&self) -> usize {
        let unsigned = self.unsigned.lock().map_or(0, |kept| kept.len());
        let signed = self.signed.lock().map_or(0, |kept| kept.len());
        unsigned + signed
    }
}

fn kept<T: MonotonicallyMappableToU64>(
    kept: &Kept<T>,
    reader: &SegmentReader,
    field: &'static str,
    open: impl Fn(&SegmentReader) -> tantivy::Result<Column<T>>,
) -> tantivy::Result<Column<T>> {
    let key = (reader.segment_id(), field);
    let Ok(mut opened) = kept.lock() else {
        // A search that panicked while holding the lock: open without keeping.
        return open(reader);
    };
    if let Some(column) = opened.get(&key) {
        return Ok(column.clone());
    }
    let column = open(reader)?;
    if opened.len() >= MAX_KEPT {
        opened.clear();
    }
    opened.insert(key, column.clone());
    Ok(column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Schema, FAST, INDEXED};
    use tantivy::{doc, Index};

    #[test]
    fn a_segment_column_is_opened_once_and_reads_the_same_values() {
        let mut builder = Schema::builder();
        let group = builder.add_u64_field("group", INDEXED | FAST);
        let day = builder.add_i64_field("day", FAST);
        let index = Index::create_in_ram(builder.build());
        let mut writer = index
            .writer_with_num_threads(1, 15_000_000)
            .expect("writer");
        for segment in 0..3u64 {
            for n in 0..5u64 {
                let value = segment * 100 + n;
                writer
                    .add_document(doc!(group => value, day => -(value as i64)))
                    .expect("added");
            }
            writer.commit().expect("committed");
        }
        let searcher = index.reader().expect("reader").searcher();
        let columns = SegmentColumns::default();
        for _ in 0..2 {
            for reader in searcher.segment_readers() {
                let docs = 0..reader.max_doc();
                let kept = columns.u64(reader, "group").expect("opened");
                let fresh = reader.fast_fields().u64("group").expect("opened");
                let read: Vec<_> = docs.clone().map(|doc| kept.first(doc)).collect();
                let want: Vec<_> = docs.clone().map(|doc| fresh.first(doc)).collect();
                assert_eq!(read, want);
                let kept = columns.i64(reader, "day").expect("opened");
                let read: Vec<_> = docs.clone().map(|doc| kept.first(doc)).collect();
                let want: Vec<_> = want.iter().map(|v| v.map(|v| -(v as i64))).collect();
                assert_eq!(read, want);
            }
        }
        assert_eq!(columns.kept(), 6);
    }
}
