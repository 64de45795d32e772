//! 新着をお知らせ in the cache on a real SQLite file: the mark follows pulls and the device's
//! own edit at once; counts are kept between checks and shown only against the run they were
//! counted from; a marked search is told of once per growth (never on a device's first pull),
//! an unmarked one never; the menu's count adds up the marked searches.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use chrono::NaiveDateTime;
use common::{at, empty_pull, open};
use shigoto_cache::Cache;
use shigoto_shared::{JobSearchParams, NewPostings, PullResponse, SavedSearchChange};

fn search(id: &str, notify_new: bool, last_run_at: NaiveDateTime) -> SavedSearchChange {
    SavedSearchChange {
        id: id.into(),
        name: format!("条件{id}"),
        params: JobSearchParams::default(),
        last_run_at: Some(last_run_at),
        notify_new,
        removed: false,
        updated_at: last_run_at,
    }
}

fn pull(
    cursor: &str,
    searches: Vec<SavedSearchChange>,
    counts: Option<Vec<(&str, NaiveDateTime, u64)>>,
) -> PullResponse {
    PullResponse {
        saved_searches: searches,
        new_postings: counts.map(|counts| {
            counts
                .into_iter()
                .map(|(id, since, count)| NewPostings {
                    id: id.into(),
                    since,
                    count,
                })
                .collect()
        }),
        ..empty_pull(cursor)
    }
}

fn told(cache: &mut Cache, pulled: &PullResponse, now: NaiveDateTime) -> Vec<(String, u64)> {
    cache
        .apply_pull(pulled, now)
        .unwrap()
        .new_postings
        .into_iter()
        .map(|n| (n.name, n.count))
        .collect()
}

#[test]
fn a_marked_search_is_told_of_once_per_growth() {
    let (_dir, mut cache) = open();
    let run = at(0);
    assert_eq!(cache.new_postings_checked_at().unwrap(), None);
    let first = pull(
        "1.0",
        vec![search("a", true, run), search("b", false, run)],
        Some(vec![("a", run, 2), ("b", run, 4)]),
    );
    assert!(
        told(&mut cache, &first, at(1)).is_empty(),
        "a first pull is history"
    );
    assert_eq!(cache.new_postings_checked_at().unwrap(), Some(at(1)));
    let counts: Vec<(String, bool, Option<u64>)> = cache
        .saved_searches()
        .unwrap()
        .into_iter()
        .map(|s| (s.id, s.notify_new, s.new_count))
        .collect();
    assert_eq!(
        counts,
        vec![("a".into(), true, Some(2)), ("b".into(), false, Some(4))]
    );
    assert_eq!(
        cache.new_postings_total().unwrap(),
        2,
        "marked searches only"
    );

    let same = pull("1.0", vec![], Some(vec![("a", run, 2), ("b", run, 4)]));
    assert!(told(&mut cache, &same, at(11)).is_empty());
    let grown = pull("1.0", vec![], Some(vec![("a", run, 5), ("b", run, 9)]));
    assert_eq!(told(&mut cache, &grown, at(21)), vec![("条件a".into(), 5)]);
    assert!(told(&mut cache, &grown, at(31)).is_empty(), "told once");
    let unasked = pull("1.0", vec![], None);
    assert!(told(&mut cache, &unasked, at(32)).is_empty());
    assert_eq!(
        cache.new_postings_total().unwrap(),
        5,
        "kept between checks"
    );
    assert_eq!(cache.new_postings_checked_at().unwrap(), Some(at(31)));

    // Turned off here: no count in the menu at once, and no notice from the next check.
    cache.set_search_alert("a", false, "k-1", at(33)).unwrap();
    assert_eq!(cache.new_postings_total().unwrap(), 0);
    let more = pull("1.0", vec![], Some(vec![("a", run, 7), ("b", run, 9)]));
    assert!(told(&mut cache, &more, at(41)).is_empty());
}

#[test]
fn a_count_belongs_to_the_run_it_was_counted_from() {
    let (_dir, mut cache) = open();
    let run = at(0);
    let first = pull(
        "1.0",
        vec![search("a", true, run)],
        Some(vec![("a", run, 3)]),
    );
    told(&mut cache, &first, at(1));
    // Run again on this device: the old count no longer applies.
    cache.mark_search_run("a", at(2), "k-1", at(2)).unwrap();
    assert_eq!(cache.saved_searches().unwrap()[0].new_count, None);
    assert_eq!(cache.new_postings_total().unwrap(), 0);
    // The service counts from the new run: one new posting is news again.
    let again = pull(
        "2.0",
        vec![search("a", true, at(2))],
        Some(vec![("a", at(2), 1)]),
    );
    assert_eq!(told(&mut cache, &again, at(12)), vec![("条件a".into(), 1)]);
    assert_eq!(cache.saved_searches().unwrap()[0].new_count, Some(1));
    // A check that no longer counts it (the service has no run for it) drops the count.
    let gone = pull("3.0", vec![], Some(vec![]));
    told(&mut cache, &gone, at(22));
    assert_eq!(cache.saved_searches().unwrap()[0].new_count, None);
}
