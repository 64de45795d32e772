//! Which threads a search runs on. A search that runs alone reads the index's segments on
//! every core at once (the broad searches, which read every posting for its group and order,
//! take about 40% less on two cores); one that starts while others run reads them on its own
//! thread, since the cores are busy anyway and handing segments between threads then only
//! costs (under the HTTP load run those hand-offs were about a twentieth of the service's time).

use std::ops::Deref;
use std::sync::atomic::{AtomicUsize, Ordering};

use tantivy::collector::Collector;
use tantivy::query::{EnableScoring, Query};
use tantivy::{Executor, Searcher};

/// A search on its own thread.
static ONE_THREAD: Executor = Executor::SingleThread;

/// The thread pool and how many searches are running.
pub(crate) struct Executors {
    pool: Executor,
    running: AtomicUsize,
}

impl Executors {
    pub(crate) fn new() -> tantivy::Result<Self> {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Ok(Self {
            pool: Executor::multi_thread(cores, "tantivy-search-")?,
            running: AtomicUsize::new(0),
        })
    }

    /// A search over `searcher`, running until it is dropped: on every core when no other
    /// search is running, else on the caller's thread.
    pub(crate) fn start(&self, searcher: Searcher) -> Search<'_> {
        let others = self.running.fetch_add(1, Ordering::AcqRel);
        Search {
            searcher,
            executor: if others == 0 { &self.pool } else { &ONE_THREAD },
            executors: self,
        }
    }
}

/// One search's view of the index and the threads its passes run on.
pub(crate) struct Search<'a> {
    searcher: Searcher,
    executor: &'a Executor,
    executors: &'a Executors,
}

impl Search<'_> {
    /// Runs `collector` over what `query` finds (in place of [`Searcher::search`], which would
    /// take the index's default executor).
    pub(crate) fn search<C: Collector>(
        &self,
        query: &dyn Query,
        collector: &C,
    ) -> tantivy::Result<C::Fruit> {
        let scoring = if collector.requires_scoring() {
            EnableScoring::enabled_from_searcher(&self.searcher)
        } else {
            EnableScoring::disabled_from_searcher(&self.searcher)
        };
        self.searcher
            .search_with_executor(query, collector, self.executor, scoring)
    }

    /// Whether this search's passes run on every core.
    #[cfg(test)]
    pub(crate) fn is_parallel(&self) -> bool {
        matches!(self.executor, Executor::ThreadPool(_))
    }
}

impl Deref for Search<'_> {
    type Target = Searcher;

    fn deref(&self) -> &Searcher {
        &self.searcher
    }
}

impl Drop for Search<'_> {
    fn drop(&mut self) {
        self.executors.running.fetch_sub(1, Ordering::AcqRel);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test should panic

    use super::*;

    #[test]
    fn a_search_alone_runs_on_every_core_and_one_beside_others_on_its_own() {
        let index = crate::JobIndex::in_memory(15_000_000).unwrap();
        let executors = Executors::new().unwrap();
        let first = executors.start(index.reader.searcher());
        assert!(first.is_parallel());
        let second = executors.start(index.reader.searcher());
        assert!(!second.is_parallel());
        drop(first);
        drop(second);
        assert!(executors.start(index.reader.searcher()).is_parallel());
    }

    #[test]
    fn searches_started_and_ended_at_once_leave_the_count_at_zero() {
        let index = crate::JobIndex::in_memory(15_000_000).unwrap();
        let executors = Executors::new().unwrap();
        std::thread::scope(|scope| {
            for _ in 0..8 {
                scope.spawn(|| {
                    for _ in 0..500 {
                        let search = executors.start(index.reader.searcher());
                        std::hint::black_box(&search);
                    }
                });
            }
        });
        assert_eq!(executors.running.load(Ordering::Acquire), 0);
        assert!(executors.start(index.reader.searcher()).is_parallel());
    }
}
