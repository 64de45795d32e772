//! The seeker's visits in the cache on a real SQLite file: each search moves them on, a break of
//! more than half an hour starts a new visit whose 「前回以降の新着」 count from the last search of
//! the one before, and the record survives a restart.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use common::{at, open};
use shigoto_cache::Cache;

#[test]
fn searches_move_the_visits_on_and_survive_a_restart() {
    let (dir, mut cache) = open();
    assert_eq!(
        cache.searched(at(0)).unwrap(),
        None,
        "the first visit marks nothing"
    );
    assert_eq!(cache.searched(at(20)).unwrap(), None);
    assert_eq!(
        cache.searched(at(50)).unwrap(),
        None,
        "30 minutes apart: one visit"
    );
    drop(cache);
    let mut reopened = Cache::open(&dir.path().join("user/cache.sqlite3")).unwrap();
    // 69 minutes after the last search: a new visit, counted from that search.
    let next = reopened.searched(at(59) + chrono::TimeDelta::minutes(60));
    assert_eq!(next.unwrap(), Some(at(50)));
    assert_eq!(
        reopened
            .searched(at(59) + chrono::TimeDelta::minutes(70))
            .unwrap(),
        Some(at(50)),
        "the marks stay during the visit"
    );
}
