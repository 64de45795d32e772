//! The two databases a test runs on: SQLite in a temporary folder, or a new database on the
//! PostgreSQL cluster `cargo xtask test` starts; [`on_both_backends!`](crate::on_both_backends)
//! declares a test for each, and takes turns so that timed tests run alone.

use diesel::{Connection, RunQueryDsl};
use tokio::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Which database a test server uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestDatabase {
    Sqlite,
    Postgres,
}

/// Environment variable naming a PostgreSQL server (a maintenance database URL such as
/// `postgres://postgres@127.0.0.1:5433/postgres`); `cargo xtask test` starts one and sets it.
pub const POSTGRES_ENV: &str = "SHIGOTO_TEST_POSTGRES_URL";

/// Creates an empty database with a unique name on the PostgreSQL server of [`POSTGRES_ENV`]
/// and returns its URL.
pub async fn fresh_postgres_database() -> anyhow::Result<String> {
    let admin_url = std::env::var(POSTGRES_ENV).map_err(|_| {
        anyhow::anyhow!(
            "{POSTGRES_ENV} is not set: run PostgreSQL tests through `cargo xtask test`"
        )
    })?;
    let name = format!("shigoto_test_{}", uuid::Uuid::new_v4().simple());
    let url = admin_url
        .rsplit_once('/')
        .map(|(server, _)| format!("{server}/{name}"))
        .ok_or_else(|| anyhow::anyhow!("{POSTGRES_ENV} must end with /DATABASE"))?;
    let create = format!("CREATE DATABASE {name}");
    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut admin = diesel::PgConnection::establish(&admin_url)?;
        diesel::sql_query(create).execute(&mut admin)?;
        Ok(())
    })
    .await??;
    Ok(url)
}

/// The turns of the tests in one test binary: any number of ordinary tests at once, or one
/// timed test alone, so that another test's hashing or indexing cannot pass for a difference
/// in the timed one's answers.
static TURNS: RwLock<()> = RwLock::const_new(());

/// An ordinary test's turn: shared with other ordinary tests, never with a timed one.
pub async fn beside_others() -> RwLockReadGuard<'static, ()> {
    TURNS.read().await
}

/// A timed test's turn: it waits for the running tests to end, and no other test starts
/// until it ends.
pub async fn alone() -> RwLockWriteGuard<'static, ()> {
    TURNS.write().await
}

/// Declares each listed `async fn name(TestDatabase)` as two tests: `sqlite::name`, and
/// `postgres::name`, which is `#[ignore]`d for a plain `cargo test` (`cargo xtask test` runs it
/// against a throwaway PostgreSQL cluster). A name marked `#[alone]` is a timed test: it runs
/// while no other test declared here runs ([`alone`], [`beside_others`]).
///
/// ```ignore
/// on_both_backends!(
///     favorites_travel_once_per_key,
///     #[alone]
///     sign_in_refusals_take_the_same_time,
/// );
/// ```
#[macro_export]
macro_rules! on_both_backends {
    ($($(#[$turn:ident])? $name:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let _turn = $crate::__turn_of!($($turn)?);
                    super::$name($crate::TestDatabase::Sqlite).await;
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[ignore = "needs PostgreSQL: run through `cargo xtask test`"]
                async fn $name() {
                    let _turn = $crate::__turn_of!($($turn)?);
                    super::$name($crate::TestDatabase::Postgres).await;
                }
            )+
        }
    };
}

/// The turn a test of [`on_both_backends!`] waits for: `alone` or, unmarked, beside others.
#[doc(hidden)]
#[macro_export]
macro_rules! __turn_of {
    () => {
        $crate::backends::beside_others().await
    };
    (alone) => {
        $crate::backends::alone().await
    };
}
