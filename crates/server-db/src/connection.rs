//! Connections: the backend is chosen by the URL (`postgres://…` or a SQLite file path), pooled
//! with r2d2, set up per connection (SQLite: WAL, busy timeout, foreign keys), migrated on start.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{CustomizeConnection, Pool, PooledConnection};
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::error::DbError;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/server/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations =
    embed_migrations!("../../migrations/server/postgres");

/// A connection to either backend; queries are written once against it.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// `postgres://` and `postgresql://` URLs are PostgreSQL; anything else is a SQLite path
    /// (an optional `sqlite://` prefix is stripped).
    pub fn of(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// Opens the right connection type for the URL.
pub struct AnyConnectionManager {
    url: String,
    backend: Backend,
}

impl diesel::r2d2::ManageConnection for AnyConnectionManager {
    type Connection = AnyConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<AnyConnection, Self::Error> {
        let connection = match self.backend {
            Backend::Postgres => AnyConnection::Postgresql(
                PgConnection::establish(&self.url).map_err(diesel::r2d2::Error::ConnectionError)?,
            ),
            Backend::Sqlite => {
                let path = self.url.strip_prefix("sqlite://").unwrap_or(&self.url);
                AnyConnection::Sqlite(
                    SqliteConnection::establish(path)
                        .map_err(diesel::r2d2::Error::ConnectionError)?,
                )
            }
        };
        Ok(connection)
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut AnyConnection) -> bool {
        false
    }
}

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<AnyConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut AnyConnection) -> Result<(), diesel::r2d2::Error> {
        if let AnyConnection::Sqlite(sqlite) = conn {
            sqlite
                .batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; \
                     PRAGMA foreign_keys = ON;",
                )
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// A pooled database handle, cheap to clone.
#[derive(Clone)]
pub struct Database {
    pool: Pool<AnyConnectionManager>,
    backend: Backend,
}

impl Database {
    /// Opens (creating a SQLite file if needed) and migrates the database at `url`.
    pub fn open(url: &str, max_connections: u32) -> Result<Self, DbError> {
        let backend = Backend::of(url);
        if backend == Backend::Sqlite {
            // WAL is a property of the file: switch it once, before the pool opens its
            // connections side by side, so they never race to change the journal mode.
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            SqliteConnection::establish(path)?
                .batch_execute("PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;")
                .map_err(DbError::Query)?;
        }
        let manager = AnyConnectionManager {
            url: url.to_owned(),
            backend,
        };
        let pool = Pool::builder()
            .max_size(max_connections.max(1))
            .connection_timeout(Duration::from_secs(15))
            .connection_customizer(Box::new(SqlitePragmas))
            .build(manager)?;
        let database = Self { pool, backend };
        database.migrate()?;
        Ok(database)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection from the pool (blocking: call from a blocking thread).
    pub fn connection(&self) -> Result<PooledConnection<AnyConnectionManager>, DbError> {
        Ok(self.pool.get()?)
    }

    fn migrate(&self) -> Result<(), DbError> {
        let mut conn = self.connection()?;
        let applied = match &mut *conn {
            AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
            AnyConnection::Postgresql(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
        }
        .map_err(|err| DbError::Migration(err.to_string()))?;
        for version in applied {
            tracing::info!(%version, "applied migration");
        }
        Ok(())
    }
}

/// Executes a statement that diesel builds only per backend (`ON CONFLICT DO NOTHING`,
/// multi-row `INSERT`) on the inner connection of either backend.
macro_rules! execute_per_backend {
    ($conn:expr, $statement:expr) => {
        match $conn {
            $crate::AnyConnection::Sqlite(inner) => $statement.execute(inner),
            $crate::AnyConnection::Postgresql(inner) => $statement.execute(inner),
        }
    };
}
pub(crate) use execute_per_backend;

/// Runs `f` in a transaction that, on SQLite, takes the database's write lock before anything
/// else (as `BEGIN IMMEDIATE` would), so a transaction that reads before it writes waits for
/// other writers (up to the busy timeout) instead of failing with "database is locked" when it
/// first writes. Every transaction that writes goes through here; on PostgreSQL it is a plain
/// transaction.
pub fn write_transaction<T, E, F>(conn: &mut AnyConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    conn.transaction(|conn| {
        if let AnyConnection::Sqlite(sqlite) = conn {
            // A write statement that changes nothing, but takes the write lock.
            sqlite.batch_execute("UPDATE change_counters SET value = value WHERE 0")?;
        }
        f(conn)
    })
}
