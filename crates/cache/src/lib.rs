//! The desktop app's local cache of a job seeker's MyPage data: one SQLite database per
//! signed-in user (diesel, WAL, migrations embedded from `migrations/cache`).
//!
//! - [`Cache::open`]: the database file, its pragmas and migrations.
//! - [`view`]: what the user sees: the state the service last confirmed with the edits of
//!   the outbox laid over it in order.
//! - [`edits`]: the user's edits, each committed locally together with its outbox entry.
//! - [`messages`]: メッセージ: the threads and messages as synced, messages written here
//!   until they are sent (送信待ち), and 既読.
//! - [`hidden_employers`]: employers hidden from the results, confirmed and pending.
//! - [`profile`]: 求職者情報 as confirmed, with a save still in the outbox laid over it.
//! - [`activity`]: what is new on 求職活動状況 for this device (the menu's count).
//! - [`news`]: what a pull brought to tell the person (new messages, introductions, results).
//! - [`visits`]: the seeker's visits, where 「前回以降の新着」 count from.
//! - [`sync_io`]: what the sync engine reads and writes: pending edits, acknowledgements,
//!   pulled changes and the cursor.
//!
//! Invariants: every write is one transaction; an edit leaves the outbox only when the service
//! acknowledged its key (applied or refused for good); the confirmed tables change only from
//! pulled changes, so the cursor always describes them exactly.

pub mod activity;
pub mod edits;
pub mod hidden_employers;
pub mod messages;
pub mod new_postings;
pub mod news;
pub mod profile;
mod schema;
pub mod sync_io;
pub mod view;
pub mod visits;

use std::path::{Path, PathBuf};

use diesel::connection::SimpleConnection as _;
use diesel::{Connection as _, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use shigoto_domain::problems::Problems;
use shigoto_i18n::Text;

const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/cache");

/// Why a cache operation failed.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("cannot create the cache folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open the cache {path}: {source}")]
    Open {
        path: PathBuf,
        source: diesel::ConnectionError,
    },
    #[error("cache migration failed: {0}")]
    Migration(String),
    #[error("cache query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("cache holds a record it cannot read: {0}")]
    Corrupt(#[from] serde_json::Error),
    /// A MyPage limit would be passed (what to tell the user, written where it is shown).
    #[error("limit reached: {}", .0.key())]
    Limit(Text),
    /// The edit names something the user does not have.
    #[error("not found: {}", .0.key())]
    NotFound(Text),
    /// The edit itself is malformed (a refusal of the domain's rules).
    #[error("invalid edit: {}", .0.key())]
    Invalid(Text),
    /// A form the domain's checks refused, with its problems (at least one).
    #[error("invalid form: {} problems", .0.len())]
    Problems(Problems),
    /// The service sent a sync cursor this cache cannot read.
    #[error("unreadable sync cursor {0:?}")]
    Cursor(String),
}

/// One user's cache.
pub struct Cache {
    conn: SqliteConnection,
    path: PathBuf,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cache").field("path", &self.path).finish()
    }
}

impl Cache {
    /// Opens (creating if needed) the cache at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, CacheError> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|source| CacheError::Folder {
                path: folder.to_owned(),
                source,
            })?;
        }
        let url = path.to_string_lossy().into_owned();
        let mut conn = SqliteConnection::establish(&url).map_err(|source| CacheError::Open {
            path: path.to_owned(),
            source,
        })?;
        conn.batch_execute(
            "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
             PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        )?;
        conn.run_pending_migrations(MIGRATIONS)
            .map_err(|err| CacheError::Migration(err.to_string()))?;
        Ok(Self {
            conn,
            path: path.to_owned(),
        })
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn transaction<T>(
        &mut self,
        work: impl FnOnce(&mut SqliteConnection) -> Result<T, CacheError>,
    ) -> Result<T, CacheError> {
        self.conn.transaction(work)
    }
}

/// Deletes a cache file with its WAL and shared-memory companions (nothing of the user stays).
pub fn delete_files(path: &Path) -> std::io::Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(PathBuf::from(name)) {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => return Err(err),
        }
    }
    Ok(())
}
