//! Expiry reminders in the cache on a real SQLite file: each reminder (what ends, its last day,
//! the stage) is news once, on a device's first pull too; the next stage, or a new last day
//! after an extension, is news again.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use chrono::NaiveDate;
use common::{empty_pull, open};
use shigoto_cache::Cache;
use shigoto_shared::{PullResponse, Reminder};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, d).unwrap()
}

fn pull(cursor: &str, reminders: Vec<Reminder>) -> PullResponse {
    PullResponse {
        reminders,
        ..empty_pull(cursor)
    }
}

fn told(cache: &mut Cache, reminders: Vec<Reminder>) -> Vec<(NaiveDate, u64)> {
    let at = day(1, 1).and_hms_opt(0, 0, 0).unwrap();
    cache
        .apply_pull(&pull("1.0", reminders), at)
        .unwrap()
        .reminders
        .into_iter()
        .map(|r| (r.ends_on, r.days_left))
        .collect()
}

#[test]
fn each_stage_of_each_last_day_is_told_once() {
    let (_dir, mut cache) = open();
    let registration = |ends: NaiveDate, today: NaiveDate| {
        shigoto_domain::reminders::registration(ends, today).unwrap()
    };
    let end = day(1, 31);
    assert_eq!(
        told(&mut cache, vec![registration(end, day(1, 17))]),
        vec![(end, 14)],
        "a first pull tells it"
    );
    assert!(told(&mut cache, vec![registration(end, day(1, 18))]).is_empty());
    assert_eq!(
        told(&mut cache, vec![registration(end, day(1, 28))]),
        vec![(end, 3)]
    );
    assert!(told(&mut cache, vec![registration(end, day(1, 30))]).is_empty());
    let extended = day(2, 28);
    assert_eq!(
        told(&mut cache, vec![registration(extended, day(2, 14))]),
        vec![(extended, 14)]
    );
    // The banners show the last pull's reminders; a pull without any clears them.
    let shown = cache.reminders().unwrap();
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].ends_on, extended);
    told(&mut cache, vec![]);
    assert!(cache.reminders().unwrap().is_empty());
}
