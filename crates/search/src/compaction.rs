//! Compaction: every segment of the index merged into one, leaving out the postings changed or
//! stopped since their segment was written.
//!
//! Segments are merged in pairs as postings arrive (`merge_policy` in `index`), which keeps a
//! large index at about log2(postings / 10,000) segments, and every search pays some set-up,
//! collapsing and merging of parts per segment: at two million postings over 8 segments the
//! service answered about 2,000 keyword + prefecture searches a second, over one segment about
//! a fifth more. And a posting that is changed or stopped stays in its segment as a deleted
//! document, still read (and skipped) by every search that finds it, until its segment is
//! merged with one of about its size, which for the largest segment may be never.
//!
//! So when the index has been left alone for a while (the service decides when: `indexer` in
//! the server), [`JobIndex::compact`] rewrites it as one segment. It runs on tantivy's merge
//! thread while searches go on over the segments as they were, and postings applied meanwhile
//! are committed as usual: tantivy applies their deletes to the merged segment before it takes
//! the place of the old ones.

use std::time::{Duration, Instant};

use crate::index::{IndexError, JobIndex};

/// What one compaction did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Compacted {
    /// Segments merged into one.
    pub segments: usize,
    /// Deleted postings left out (changed or stopped since they were written).
    pub deleted: u64,
    /// How long the merge took.
    pub took: Duration,
}

impl JobIndex {
    /// Whether [`JobIndex::compact`] would change anything: the committed index has more than
    /// one segment, or a segment holds deleted postings.
    pub fn is_compactable(&self) -> Result<bool, IndexError> {
        let metas = self.index.searchable_segment_metas()?;
        Ok(metas.len() > 1 || metas.iter().any(|meta| meta.has_deletes()))
    }

    /// Merges every committed segment into one and searches over it from then on; `None` when
    /// there was nothing to do. Blocking, for as long as tantivy takes to write the merged
    /// segment (18 s for 1.8 million postings in 6 segments, on one core); applying postings
    /// meanwhile waits only for the moment the merge is started.
    ///
    /// A merge tantivy started on its own over some of the same segments may end first; this
    /// one is then refused when it ends (the error says so) and can be tried again.
    pub fn compact(&self) -> Result<Option<Compacted>, IndexError> {
        let started = Instant::now();
        let metas = self.index.searchable_segment_metas()?;
        if metas.len() <= 1 && metas.iter().all(|meta| !meta.has_deletes()) {
            return Ok(None);
        }
        let ids: Vec<_> = metas.iter().map(|meta| meta.id()).collect();
        let deleted = metas
            .iter()
            .map(|meta| u64::from(meta.num_deleted_docs()))
            .sum();
        // A segment's files are kept while anything holds its meta.
        drop(metas);
        let merging = self
            .writer
            .lock()
            .map_err(|_| IndexError::Poisoned)?
            .merge(&ids);
        merging.wait()?;
        self.reader.reload()?;
        let searcher = self.reader.searcher();
        self.columns.keep_only(
            searcher
                .segment_readers()
                .iter()
                .map(|reader| reader.segment_id()),
        );
        drop(searcher);
        // tantivy deletes the merged segments' files when the merge ends, but not those a
        // search was still reading then; they go now rather than at the next commit, which may
        // be hours away.
        let collecting = self
            .writer
            .lock()
            .map_err(|_| IndexError::Poisoned)?
            .garbage_collect_files();
        if let Err(err) = collecting.wait() {
            tracing::warn!(error = %err, "the compacted segments' files were not deleted");
        }
        Ok(Some(Compacted {
            segments: ids.len(),
            deleted,
            took: started.elapsed(),
        }))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test should panic

    use std::collections::{BTreeMap, BTreeSet};

    use chrono::{Days, NaiveDate};
    use shigoto_domain::search::validate;
    use shigoto_shared::{JobSearchParams, JobSheet, JobStatus, PublicationRange, SearchFacets};

    use crate::JobIndex;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    fn sheets(count: usize) -> Vec<JobSheet> {
        let config = shigoto_demo::DemoConfig {
            seed: 11,
            count,
            today: today(),
        };
        shigoto_demo::jobs(&config)
            .map(|job| {
                let mut sheet = job.sheet;
                sheet.status = JobStatus::Open;
                sheet.publication = PublicationRange::Full;
                sheet.referral_deadline = today() + Days::new(30);
                sheet
            })
            .collect()
    }

    fn apply(index: &JobIndex, sheets: &[JobSheet], change: i64) {
        let at = today().and_hms_opt(9, 0, 0).unwrap();
        index
            .apply(sheets.iter().map(|sheet| (sheet, at)), change)
            .unwrap();
    }

    /// Every posting a search finds (求人番号), through its pages and the groups of
    /// near-duplicates they show; its totals and its facets. Which posting of a group is shown
    /// may change (ties are broken by the postings' places in the index), what is found not.
    fn found(
        index: &JobIndex,
        params: JobSearchParams,
    ) -> (BTreeSet<String>, u64, u64, SearchFacets) {
        let query = validate(&params, today()).unwrap();
        let (first, facets) = index.search_with_fresh_facets(&query, today()).unwrap();
        let mut all = BTreeSet::new();
        for (job_number, similar) in pages(index, params.clone()) {
            if similar == 0 {
                all.insert(job_number);
                continue;
            }
            let group = JobSearchParams {
                similar_to: Some(job_number),
                ..params.clone()
            };
            all.extend(pages(index, group).into_keys());
        }
        (all, first.total, first.distinct, facets)
    }

    /// The postings the pages of a search list, each with its 「ほか n件」.
    fn pages(index: &JobIndex, mut params: JobSearchParams) -> BTreeMap<String, u32> {
        params.per_page = Some(50);
        let mut listed = BTreeMap::new();
        for page in 1.. {
            params.page = Some(page);
            let hits = index
                .search(&validate(&params, today()).unwrap(), today())
                .unwrap();
            if hits.items.is_empty() {
                break;
            }
            for (summary, _) in hits.items {
                listed.insert(summary.job_number, summary.similar);
            }
        }
        listed
    }

    fn title(index: &JobIndex, job_number: &str) -> String {
        let params = JobSearchParams {
            job_numbers: vec![job_number.to_owned()],
            ..Default::default()
        };
        let hits = index
            .search(&validate(&params, today()).unwrap(), today())
            .unwrap();
        assert_eq!(hits.items.len(), 1, "{job_number} listed once");
        hits.items[0].0.title.clone()
    }

    fn searches() -> Vec<JobSearchParams> {
        vec![
            JobSearchParams::default(),
            JobSearchParams {
                keyword: "事務".into(),
                ..Default::default()
            },
            JobSearchParams {
                prefectures: vec!["13".into()],
                ..Default::default()
            },
        ]
    }

    #[test]
    fn compacting_merges_every_segment_into_one_and_leaves_out_the_deleted_postings() {
        let index = JobIndex::in_memory(15_000_000).unwrap();
        index.stop_merging();
        let mut sheets = sheets(600);
        apply(&index, &sheets[..200], 1);
        apply(&index, &sheets[200..400], 2);
        apply(&index, &sheets[400..], 3);
        // 30 postings changed, 20 stopped: 50 deleted documents left in the first segments.
        for sheet in &mut sheets[..30] {
            sheet.work.title.push_str("（急募）");
        }
        for sheet in &mut sheets[300..320] {
            sheet.status = JobStatus::Closed;
        }
        apply(&index, &sheets[..30], 4);
        apply(&index, &sheets[300..320], 5);
        // The stops only delete: four segments.
        assert_eq!(index.segment_count(), 4);
        assert!(index.is_compactable().unwrap());
        let before: Vec<_> = searches()
            .into_iter()
            .map(|params| found(&index, params))
            .collect();

        let done = index.compact().unwrap().expect("compacted");
        assert_eq!((done.segments, done.deleted), (4, 50));
        assert_eq!(index.segment_count(), 1);
        assert_eq!(index.listed_count(), 580);
        assert!(!index.is_compactable().unwrap());
        assert_eq!(index.compact().unwrap(), None, "nothing left to do");

        let after: Vec<_> = searches()
            .into_iter()
            .map(|params| found(&index, params))
            .collect();
        assert_eq!(after, before, "every search lists and counts the same");
        assert_eq!(title(&index, &sheets[0].job_number), sheets[0].work.title);
        assert!(!after[0].0.contains(&sheets[300].job_number));
    }

    #[test]
    fn postings_applied_while_the_index_is_compacted_are_all_there_after_it() {
        let index = JobIndex::in_memory(15_000_000).unwrap();
        index.stop_merging();
        let mut sheets = sheets(1_200);
        for (n, batch) in sheets[..1_000].chunks(200).enumerate() {
            apply(&index, batch, n as i64 + 1);
        }
        std::thread::scope(|scope| {
            let compacting = scope.spawn(|| index.compact());
            // Meanwhile: new postings, changed ones and stopped ones, a commit each.
            for (n, sheet) in sheets[1_000..].iter().enumerate() {
                apply(&index, std::slice::from_ref(sheet), 100 + n as i64);
            }
            for sheet in &mut sheets[..50] {
                sheet.work.title.push_str("（急募）");
                apply(&index, std::slice::from_ref(sheet), 1_000);
            }
            for sheet in &mut sheets[50..100] {
                sheet.status = JobStatus::Closed;
                apply(&index, std::slice::from_ref(sheet), 2_000);
            }
            let done = compacting.join().unwrap().unwrap().expect("compacted");
            assert_eq!(done.segments, 5, "the segments there when it started");
        });
        assert_eq!(index.listed_count(), 1_150);
        let (all, total, ..) = found(&index, JobSearchParams::default());
        assert_eq!((all.len(), total), (1_150, 1_150));
        for sheet in &sheets[..50] {
            assert_eq!(title(&index, &sheet.job_number), sheet.work.title);
        }
        assert!(sheets[50..100]
            .iter()
            .all(|sheet| !all.contains(&sheet.job_number)));
        // The segments written meanwhile are merged by the next compaction.
        assert!(index.compact().unwrap().is_some());
        assert_eq!(index.segment_count(), 1);
        assert_eq!(index.listed_count(), 1_150);
    }
}
