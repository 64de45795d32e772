//! What a search index or a database takes on disk. The index is split into its stored
//! documents (the `.store` files: the summaries that let a search answer without the database,
//! and the near-duplicate fingerprints) and the rest (terms, postings, positions, fast fields,
//! norms), which is what the per-posting goal counts.

use std::path::Path;

/// The bytes of one index folder.
#[derive(Debug, Clone, Copy, Default)]
pub struct IndexSize {
    pub stored: u64,
    pub rest: u64,
}

impl IndexSize {
    pub fn total(&self) -> u64 {
        self.stored + self.rest
    }
}

/// Adds up the files of the index in `dir` by kind.
pub fn index_size(dir: &Path) -> anyhow::Result<IndexSize> {
    let mut size = IndexSize::default();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        if !meta.is_file() {
            continue;
        }
        if entry.path().extension().is_some_and(|ext| ext == "store") {
            size.stored += meta.len();
        } else {
            size.rest += meta.len();
        }
    }
    Ok(size)
}

/// The bytes of one file (0 when it does not exist), e.g. the database after a checkpoint.
pub fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |meta| meta.len())
}

/// Bytes as MiB, one decimal.
pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
}

/// The segments of the index in `dir` as last committed (its `meta.json`).
pub fn segment_count(dir: &Path) -> anyhow::Result<usize> {
    let meta: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("meta.json"))?)?;
    Ok(meta["segments"].as_array().map_or(0, Vec::len))
}
