//! The posting search index, embedded in each service instance.
//!
//! - [`tokenizer`]: NFKC + lower case, then overlapping bigrams over CJK runs (so two-character
//!   words such as 事務, 介護, 経理 match) and whole words for Latin/digit runs, with positions, so
//!   longer words run as phrase queries.
//! - [`schema`]: the tantivy fields of a posting.
//! - [`index`]: [`JobIndex`]: apply changed postings (following the database's change sequence,
//!   recorded in the commit payload) and run a checked [`shigoto_domain::search::JobQuery`].
//! - [`query`]: turning a `JobQuery` into a tantivy query, each clause tagged with its condition.
//! - [`facet_key`]: a posting's closed-list conditions packed into one fast field;
//!   [`facets`]: counting them over the postings a query matches; [`key_conditions`]: the
//!   chosen conditions decided from the key, so one pass finds every near miss;
//!   [`key_histogram`]: that pass counted once for every choice of those conditions' values;
//!   `counting`: the passes of one search's facets, and which of them searches share;
//!   `facet_cache`: the latest searches' counts and shared passes per index generation and day;
//!   `kept_segments`: the empty form's search kept per segment; `lru`: what those caches keep.
//! - [`duplicates`]: each posting's group of near-duplicates, decided when it is indexed;
//!   [`collapse`]: one posting per group on a page, and how many distinct groups matched;
//!   `segment_columns`: each segment's fast-field columns, opened once, and its
//!   `municipality_runs`, the sorted 市区町村 column as runs of one code.
//! - [`compaction`]: the whole index merged into one segment when the service finds it idle.
//! - `executor`: a search on every core while it runs alone, on its own thread beside others.
//! - [`timing`]: how the search benchmarks report their timings.
//!
//! Architecture invariant: the index holds only what public search may list (open, published
//! postings) plus a stored, unredacted summary; callers redact per viewer before answering.

pub mod collapse;
pub mod compaction;
mod counting;
pub mod duplicates;
mod executor;
mod facet_cache;
pub mod facet_key;
pub mod facets;
pub mod index;
mod kept_segments;
pub mod key_conditions;
pub mod key_histogram;
mod lru;
mod municipality_runs;
pub mod query;
pub mod schema;
mod segment_columns;
pub mod timing;
pub mod tokenizer;

pub use compaction::Compacted;
pub use counting::Counting;
pub use index::{IndexError, JobIndex, SearchHits};
