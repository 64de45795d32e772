//! What the cache's test files share: a cache on a fresh SQLite file, a minute of the test day,
//! and a pull that brings nothing (each test fills in what it needs).

#![allow(dead_code)] // each test file uses its own part

use chrono::{NaiveDate, NaiveDateTime};
use shigoto_cache::Cache;
use shigoto_shared::PullResponse;

/// 2026-11-25 01:`minute` UTC.
pub fn at(minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(1, minute, 0)
        .unwrap()
}

/// A cache in a new folder (kept while the folder lives).
pub fn open() -> (tempfile::TempDir, Cache) {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::open(&dir.path().join("user/cache.sqlite3")).unwrap();
    (dir, cache)
}

/// A pull to `cursor` that changes nothing.
pub fn empty_pull(cursor: &str) -> PullResponse {
    PullResponse {
        cursor: cursor.into(),
        favorites: vec![],
        saved_searches: vec![],
        closed: vec![],
        applications: vec![],
        threads: vec![],
        messages: vec![],
        introductions: vec![],
        new_postings: None,
        reminders: vec![],
        profile: None,
        requests: vec![],
        hidden_employers: vec![],
    }
}
