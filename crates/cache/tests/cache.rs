//! The cache on a real SQLite file: edits show at once, limits hold offline, acknowledgements
//! empty the outbox, pulled changes replace the confirmed state (applications included), and
//! reopening keeps it all.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use chrono::NaiveDate;
use common::{at, empty_pull, open};
use shigoto_cache::{Cache, CacheError};
use shigoto_shared::{
    ApplicationKind, ApplicationStatus, ErrorCode, FavoriteChange, JobSearchParams, MutationResult,
    MyApplication, Outcome, PullResponse, SavedSearchChange,
};

fn number(n: usize) -> String {
    format!("13010-{n:08}")
}

#[test]
fn edits_show_at_once_and_survive_a_restart() {
    let (dir, mut cache) = open();
    cache.add_favorite(&number(1), None, "k1", at(1)).unwrap();
    cache.add_favorite(&number(2), None, "k2", at(2)).unwrap();
    cache.add_favorite(&number(1), None, "k3", at(3)).unwrap();
    cache.remove_favorite(&number(9), "k4", at(4)).unwrap();
    let list = cache.favorites().unwrap();
    assert_eq!(
        list.iter()
            .map(|f| f.job_number.clone())
            .collect::<Vec<_>>(),
        vec![number(2), number(1)],
        "newest first, no duplicate"
    );
    assert!(list.iter().all(|f| f.pending));
    assert_eq!(
        cache.pending(10).unwrap().len(),
        2,
        "no-op edits are not queued"
    );
    drop(cache);
    let mut reopened = Cache::open(&dir.path().join("user/cache.sqlite3")).unwrap();
    assert_eq!(reopened.favorites().unwrap().len(), 2);
    assert_eq!(reopened.pending(10).unwrap().len(), 2);
}

#[test]
fn limits_hold_offline() {
    let (_dir, mut cache) = open();
    for n in 0..300 {
        cache
            .add_favorite(&number(n), None, &format!("k{n}"), at(1))
            .unwrap();
    }
    let err = cache
        .add_favorite(&number(300), None, "k300", at(2))
        .unwrap_err();
    let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
    let CacheError::Limit(full) = &err else {
        panic!("{err}")
    };
    assert!(ja.text(full).contains("300件"), "{err}");
    let params = JobSearchParams::default();
    for n in 0..3 {
        cache
            .save_search(&format!("s{n}"), "事務", &params, &format!("s-k{n}"), at(3))
            .unwrap();
    }
    let err = cache
        .save_search("s3", "介護", &params, "s-k3", at(4))
        .unwrap_err();
    let CacheError::Limit(full) = &err else {
        panic!("{err}")
    };
    assert!(ja.text(full).contains("3件"), "{err}");
    cache
        .save_search("s2", "経理", &params, "s-k4", at(5))
        .unwrap();
    assert!(cache
        .save_search("s2", "  ", &params, "s-k5", at(5))
        .is_err());
    assert_eq!(cache.saved_searches().unwrap().len(), 3);
}

#[test]
fn acknowledged_edits_leave_the_outbox_and_refusals_are_told_once() {
    let (_dir, mut cache) = open();
    cache.add_favorite(&number(1), None, "k1", at(1)).unwrap();
    cache.add_favorite(&number(2), None, "k2", at(2)).unwrap();
    let refused = cache
        .acknowledge(
            &[
                MutationResult {
                    key: "k1".into(),
                    outcome: Outcome::Applied,
                },
                MutationResult {
                    key: "k2".into(),
                    outcome: Outcome::Rejected {
                        code: ErrorCode::LimitExceeded,
                        message: "お気に入りは300件まで".into(),
                    },
                },
                MutationResult {
                    key: "unknown".into(),
                    outcome: Outcome::Applied,
                },
            ],
            at(3),
        )
        .unwrap();
    assert_eq!(refused, 1);
    assert!(cache.pending(10).unwrap().is_empty());
    let told = cache.take_rejections().unwrap();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].code, ErrorCode::LimitExceeded);
    assert!(cache.take_rejections().unwrap().is_empty());
}

#[test]
fn pulled_changes_replace_the_confirmed_state_under_the_outbox() {
    let (_dir, mut cache) = open();
    cache.add_favorite(&number(3), None, "k1", at(1)).unwrap();
    let pull = PullResponse {
        cursor: "7.42".into(),
        favorites: vec![
            FavoriteChange {
                job_number: number(1),
                added_at: at(0),
                removed: false,
                sheet: None,
            },
            FavoriteChange {
                job_number: number(2),
                added_at: at(0),
                removed: false,
                sheet: None,
            },
        ],
        saved_searches: vec![SavedSearchChange {
            id: "s1".into(),
            name: "事務".into(),
            params: JobSearchParams::default(),
            last_run_at: None,
            notify_new: false,
            removed: false,
            updated_at: at(0),
        }],
        closed: vec![number(2)],
        applications: vec![],
        threads: vec![],
        messages: vec![],
        introductions: vec![],
        new_postings: None,
        reminders: vec![],
        profile: None,
        requests: vec![],
        hidden_employers: vec![],
    };
    cache.apply_pull(&pull, at(2)).unwrap();
    let record = cache.record().unwrap();
    assert_eq!(record.cursor.to_wire(), "7.42");
    assert_eq!(record.last_success_at, Some(at(2)));
    assert_eq!(record.pending, 1);
    let list = cache.favorites().unwrap();
    assert_eq!(list.len(), 3, "confirmed two plus the pending one");
    assert!(
        list.iter()
            .find(|f| f.job_number == number(2))
            .unwrap()
            .closed
    );
    assert!(
        list.iter()
            .find(|f| f.job_number == number(3))
            .unwrap()
            .pending
    );

    let removal = PullResponse {
        favorites: vec![FavoriteChange {
            job_number: number(1),
            added_at: at(0),
            removed: true,
            sheet: None,
        }],
        ..empty_pull("8.42")
    };
    cache.apply_pull(&removal, at(3)).unwrap();
    let numbers = cache.favorite_numbers().unwrap();
    assert_eq!(numbers, vec![number(2), number(3)]);
    assert!(!cache.favorites().unwrap().iter().any(|f| f.closed));
}

#[test]
fn deleting_the_files_leaves_nothing() {
    let (dir, mut cache) = open();
    cache.add_favorite(&number(1), None, "k1", at(1)).unwrap();
    let path = cache.path().to_owned();
    drop(cache);
    shigoto_cache::delete_files(&path).unwrap();
    let left: Vec<_> = std::fs::read_dir(dir.path().join("user"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_applied_edit_stays_in_view_until_a_pull_brings_it_back() {
    let (_dir, mut cache) = open();
    cache.add_favorite(&number(1), None, "k1", at(1)).unwrap();
    cache
        .acknowledge(
            &[MutationResult {
                key: "k1".into(),
                outcome: Outcome::Applied,
            }],
            at(2),
        )
        .unwrap();
    // The pull that would confirm it has not happened (e.g. it was lost).
    assert!(cache.pending(10).unwrap().is_empty(), "not sent again");
    assert_eq!(cache.favorite_numbers().unwrap(), vec![number(1)]);
    // So removing it is a real edit, not a no-op on a list that forgot it.
    cache.remove_favorite(&number(1), "k2", at(3)).unwrap();
    assert_eq!(cache.pending(10).unwrap().len(), 1);
    let pull = PullResponse {
        favorites: vec![FavoriteChange {
            job_number: number(1),
            added_at: at(1),
            removed: false,
            sheet: None,
        }],
        ..empty_pull("1.0")
    };
    cache.apply_pull(&pull, at(4)).unwrap();
    assert!(
        cache.favorite_numbers().unwrap().is_empty(),
        "the removal still shows"
    );
    assert_eq!(cache.record().unwrap().pending, 1);
}

fn application(id: i64, day: u32, status: ApplicationStatus) -> MyApplication {
    MyApplication {
        id,
        job_number: number(id as usize),
        title: "受発注事務".into(),
        employer_name: Some("株式会社しごと商事".into()),
        kind: ApplicationKind::SelfApplied,
        status,
        applied_on: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
        decided_on: None,
        result_reason: None,
        documents: Vec::new(),
    }
}

fn pull_of(cursor: &str, applications: Vec<MyApplication>) -> PullResponse {
    PullResponse {
        applications,
        ..empty_pull(cursor)
    }
}

#[test]
fn pulled_applications_are_kept_newest_first_and_replaced_as_they_change() {
    let (dir, mut cache) = open();
    assert!(cache.applications().unwrap().is_empty());
    let first = pull_of(
        "3.0",
        vec![
            application(1, 20, ApplicationStatus::InProgress),
            application(2, 24, ApplicationStatus::InProgress),
        ],
    );
    cache.apply_pull(&first, at(1)).unwrap();
    // The same pull again (a lost answer) changes nothing.
    cache.apply_pull(&first, at(2)).unwrap();
    let ids: Vec<i64> = cache.applications().unwrap().iter().map(|a| a.id).collect();
    assert_eq!(ids, [2, 1]);

    let mut rejected = application(1, 20, ApplicationStatus::Rejected);
    rejected.result_reason = Some("経験者を優先しました。".into());
    cache
        .apply_pull(&pull_of("4.0", vec![rejected.clone()]), at(3))
        .unwrap();
    let path = cache.path().to_owned();
    drop(cache);
    let mut cache = Cache::open(&path).unwrap();
    let list = cache.applications().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[1], rejected, "kept across a restart, as it changed");
    assert_eq!(cache.record().unwrap().cursor.to_wire(), "4.0");
    drop(dir);
}
