//! 求職者情報 in the cache on a real SQLite file: a save is checked by the domain before it is
//! queued, shows at once (waiting) and offline, survives reopening, and gives way to the
//! service's copy only once a pull brought it back; a wrong profile is refused and queues
//! nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use chrono::NaiveDate;
use common::{at, empty_pull, open};
use shigoto_cache::{Cache, CacheError};
use shigoto_shared::{KeptProfile, MutationResult, Outcome, PullResponse, SeekerProfile};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn typed(phone: &str) -> SeekerProfile {
    let mut profile = SeekerProfile::default();
    profile.contact.phone = phone.into();
    profile.licences = vec!["日商簿記検定2級".into()];
    profile
}

fn pull_with(cursor: &str, profile: SeekerProfile) -> PullResponse {
    PullResponse {
        profile: Some(KeptProfile {
            profile,
            updated_at: at(5),
        }),
        ..empty_pull(cursor)
    }
}

#[test]
fn a_save_shows_at_once_and_waits_until_a_pull_brings_it_back() {
    let (dir, mut cache) = open();
    assert_eq!(cache.profile().unwrap().profile, SeekerProfile::default());
    let kept = cache
        .save_profile(&typed("０３１２３４５６７８"), "k-1", at(1), today())
        .unwrap();
    assert_eq!(
        kept.contact.phone, "0312345678",
        "kept as the domain normalised it"
    );
    let shown = cache.profile().unwrap();
    assert!(shown.pending);
    assert_eq!(shown.confirmed_at, None);
    assert_eq!(shown.profile, kept);

    // Reopened (the app restarted offline): still there, still waiting.
    drop(cache);
    let mut cache = Cache::open(&dir.path().join("user/cache.sqlite3")).unwrap();
    assert!(cache.profile().unwrap().pending);
    let queued = cache.pending(10).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].key, "k-1");

    // Sent and applied: the save stays shown (no flicker back to the old copy) …
    cache
        .acknowledge(
            &[MutationResult {
                key: "k-1".into(),
                outcome: Outcome::Applied,
            }],
            at(2),
        )
        .unwrap();
    let shown = cache.profile().unwrap();
    assert!(!shown.pending);
    assert_eq!(shown.profile, kept);
    // … until the pull brings the service's copy.
    cache
        .apply_pull(&pull_with("1.0", kept.clone()), at(3))
        .unwrap();
    let shown = cache.profile().unwrap();
    assert_eq!(shown.profile, kept);
    assert_eq!(shown.confirmed_at, Some(at(5)));
    assert!(cache.pending(10).unwrap().is_empty());
}

#[test]
fn a_newer_save_here_stays_over_an_older_copy_pulled() {
    let (_dir, mut cache) = open();
    cache
        .apply_pull(&pull_with("1.0", typed("0311112222")), at(1))
        .unwrap();
    let mine = cache
        .save_profile(&typed("0633334444"), "k-2", at(2), today())
        .unwrap();
    // Another device's older save arrives before this one is sent.
    cache
        .apply_pull(&pull_with("2.0", typed("0455556666")), at(3))
        .unwrap();
    let shown = cache.profile().unwrap();
    assert_eq!(shown.profile, mine);
    assert!(shown.pending);
}

#[test]
fn a_wrong_profile_is_refused_and_queues_nothing() {
    let (_dir, mut cache) = open();
    let refused = cache.save_profile(&typed("12345"), "k-3", at(1), today());
    let Err(CacheError::Problems(problems)) = refused else {
        panic!("refused with the problems: {refused:?}");
    };
    let first = problems.first().expect("at least one problem");
    assert!(shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
        .text(&first.message)
        .contains("電話番号"));
    assert!(cache.pending(10).unwrap().is_empty());
    assert_eq!(cache.profile().unwrap().profile, SeekerProfile::default());
}
