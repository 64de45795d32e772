//! Hidden employers in the cache on a real SQLite file: a hide shows at once and waits in the
//! outbox (named from a 求人票 seen here, else by its 求人番号), the limit of 100 holds offline,
//! an acknowledged hide stops being pending, and pulled changes replace what was confirmed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use common::{at, empty_pull, open};
use shigoto_cache::CacheError;
use shigoto_domain::limits::MAX_HIDDEN_EMPLOYERS;
use shigoto_shared::{HiddenEmployerChange, MutationResult, Outcome};

fn number(n: usize) -> String {
    format!("13010-{n:08}")
}

fn change(n: usize, removed: bool) -> HiddenEmployerChange {
    HiddenEmployerChange {
        job_number: number(n),
        employer_name: Some(format!("事業所{n}")),
        title: "一般事務".into(),
        hidden_at: at(1),
        removed,
    }
}

#[test]
fn a_hide_shows_at_once_and_is_confirmed_by_the_pull() {
    let (_dir, mut cache) = open();
    cache.hide_employer(&number(1), "k1", at(1)).unwrap();
    cache.hide_employer(&number(1), "k2", at(2)).unwrap();
    cache.hide_employer(&number(2), "k3", at(3)).unwrap();
    let list = cache.hidden_employers().unwrap();
    assert_eq!(
        list.iter()
            .map(|h| h.job_number.clone())
            .collect::<Vec<_>>(),
        vec![number(2), number(1)],
        "most recent first, once each"
    );
    assert!(list.iter().all(|h| h.pending && h.employer_name.is_none()));
    assert_eq!(
        cache.pending(10).unwrap().len(),
        2,
        "a repeated hide is not queued"
    );
    assert!(matches!(
        cache.hide_employer("not a number", "k4", at(4)),
        Err(CacheError::Invalid(_))
    ));

    // The service took both: no longer pending, still listed until the pull.
    let took: Vec<MutationResult> = cache
        .pending(10)
        .unwrap()
        .into_iter()
        .map(|m| MutationResult {
            key: m.key,
            outcome: Outcome::Applied,
        })
        .collect();
    cache.acknowledge(&took, at(5)).unwrap();
    let list = cache.hidden_employers().unwrap();
    assert_eq!(list.len(), 2);
    assert!(list.iter().all(|h| !h.pending));
    assert!(!cache.hidden_changes_pending().unwrap());

    let mut pull = empty_pull("3.0");
    pull.hidden_employers = vec![change(1, false), change(2, false)];
    cache.apply_pull(&pull, at(6)).unwrap();
    let list = cache.hidden_employers().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].employer_name.as_deref(), Some("事業所1"));
    assert_eq!(list[0].title.as_deref(), Some("一般事務"));

    // Shown again here, then confirmed removed by the service.
    cache.show_employer(&number(1), "k5", at(7)).unwrap();
    cache.show_employer(&number(9), "k6", at(7)).unwrap();
    assert_eq!(
        cache.pending(10).unwrap().len(),
        1,
        "showing what is not hidden does nothing"
    );
    assert_eq!(cache.hidden_employers().unwrap().len(), 1);
    assert!(
        cache.hidden_changes_pending().unwrap(),
        "a show waits to be sent too"
    );
    let mut pull = empty_pull("4.0");
    pull.hidden_employers = vec![change(1, true)];
    cache.apply_pull(&pull, at(8)).unwrap();
    let list = cache.hidden_employers().unwrap();
    assert_eq!(
        list.iter()
            .map(|h| h.job_number.clone())
            .collect::<Vec<_>>(),
        vec![number(2)]
    );
}

#[test]
fn the_limit_holds_offline() {
    let (_dir, mut cache) = open();
    for n in 0..MAX_HIDDEN_EMPLOYERS {
        cache
            .hide_employer(&number(n), &format!("k{n}"), at(1))
            .unwrap();
    }
    let err = cache
        .hide_employer(&number(MAX_HIDDEN_EMPLOYERS), "over", at(2))
        .unwrap_err();
    let CacheError::Limit(full) = &err else {
        panic!("{err:?}");
    };
    let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
    assert!(ja.text(full).contains("100社まで"), "{}", ja.text(full));
    // Showing one again makes room.
    cache.show_employer(&number(0), "show", at(3)).unwrap();
    cache
        .hide_employer(&number(MAX_HIDDEN_EMPLOYERS), "fits", at(4))
        .unwrap();
}
