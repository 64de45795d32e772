//! Storage errors.

/// What can go wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database URL {0:?} is neither postgres:// nor a SQLite path")]
    BadUrl(String),
    #[error("could not open the database: {0}")]
    Connect(#[from] diesel::ConnectionError),
    #[error("connection pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("migrations failed: {0}")]
    Migration(String),
    #[error("query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("stored posting {job_number} is not a valid sheet: {source}")]
    CorruptSheet {
        job_number: String,
        source: serde_json::Error,
    },
    #[error("could not encode a posting: {0}")]
    Encode(serde_json::Error),
}
