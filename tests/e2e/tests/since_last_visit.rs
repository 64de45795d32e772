//! 「前回以降の新着」 through the real app window, against the real service: a registered job
//! seeker searches (the first visit on this computer: nothing is marked new since a previous
//! one); the visit ends, a posting is published, and at the next visit the search marks that
//! posting 「前回以降の新着」 and not the one published before the break.
//!
//! The break is made by moving the end of the first visit, as the app's cache records it, back
//! to the service's clock (a minute after the first posting was published): a break of more
//! than 30 minutes between two searches, without waiting half an hour. Everything else is what
//! the app does by itself.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use diesel::sql_types::Timestamp;
use shigoto_e2e::desk::{desk, People};
use shigoto_e2e::{support, AppSession, TestKeyring};
use thirtyfour::prelude::*;

const SEEKER: &str = "mori.aoi@example.jp";
const SEEKER_PASSWORD: &str = "Mori#Aoi2026";
const TITLE: &str = "受発注事務（文具）";
const NEW_TITLE: &str = "受発注事務（文具・追加募集）";

const PEOPLE: People = People {
    counselor: ("kudo@hellowork.example.jp", "Jimusho#2026"),
    employer: ("jinji@kasumi-bungu.example.jp", "Kasumi#Jinji26"),
    seeker: (SEEKER, SEEKER_PASSWORD),
    seeker_name: ("森 葵", "モリ アオイ"),
};

/// The seeker's cache file under the app's data folder.
fn cache_file(data_home: &Path) -> PathBuf {
    let mut folders = vec![data_home.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.file_name().is_some_and(|name| name == "cache.sqlite3") {
                return path;
            }
        }
    }
    panic!("no cache file under {data_home:?}");
}

/// Records that the seeker's last search on this computer was at `at` (UTC).
fn last_searched_at(cache: &Path, at: NaiveDateTime) {
    let mut conn = SqliteConnection::establish(cache.to_str().unwrap()).unwrap();
    let changed = diesel::sql_query("UPDATE visits SET last_active = ? WHERE id = 1")
        .bind::<Timestamp, _>(at)
        .execute(&mut conn)
        .unwrap();
    assert_eq!(changed, 1, "the first search recorded a visit");
}

/// The badges of the result card of `number`.
async fn badges(app: &AppSession, number: &str) -> Vec<String> {
    let card = app
        .wait_for(&format!(".result-item[data-job-number=\"{number}\"]"))
        .await
        .unwrap();
    let mut texts = Vec::new();
    for badge in card.find_all(By::Css(".badge")).await.unwrap() {
        texts.push(badge.class_name().await.unwrap().unwrap_or_default());
    }
    texts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postings_published_since_the_last_visit_are_marked() {
    let desk = desk(support::sample_posting(TITLE), &PEOPLE).await.unwrap();
    let keyring = TestKeyring::fresh("since-last-visit").unwrap();
    // The app's data folder (its MyPage cache) outlives the first run.
    let data_home = tempfile::tempdir().unwrap();
    let env = [("XDG_DATA_HOME", data_home.path().to_str().unwrap())];
    let url = desk.service.base_url();

    // The first visit: nothing is new since a previous one.
    let app = AppSession::start_with_keyring_and_env(&url, &keyring, &env)
        .await
        .unwrap();
    app.sign_in(SEEKER, SEEKER_PASSWORD).await.unwrap();
    app.wait_for("#sync-status").await.unwrap();
    app.type_into("#keyword", support::SAMPLE_KEYWORD)
        .await
        .unwrap();
    app.click("#search-button").await.unwrap();
    app.wait_for(&format!(
        ".result-item[data-job-number=\"{}\"]",
        desk.number
    ))
    .await
    .unwrap();
    assert!(app
        .driver
        .find_all(By::Css(".badge-since-visit"))
        .await
        .unwrap()
        .is_empty());
    app.quit().await.unwrap();

    // The visit ended a minute after that posting was published; a minute later another is.
    desk.service.clock.advance(TimeDelta::minutes(1));
    last_searched_at(&cache_file(data_home.path()), desk.service.now_utc());
    desk.service.clock.advance(TimeDelta::minutes(1));
    let number = desk
        .publish(&PEOPLE, support::sample_posting(NEW_TITLE))
        .await
        .unwrap();

    // The next visit: only the new posting is marked 「前回以降の新着」.
    let app = AppSession::start_with_keyring_and_env(&url, &keyring, &env)
        .await
        .unwrap();
    app.wait_for("#sign-out").await.unwrap();
    app.type_into("#keyword", support::SAMPLE_KEYWORD)
        .await
        .unwrap();
    app.click("#search-button").await.unwrap();
    let new = badges(&app, &number).await;
    assert!(
        new.iter().any(|b| b.contains("badge-since-visit")),
        "{new:?}"
    );
    let mark = app
        .text(&format!(
            ".result-item[data-job-number=\"{number}\"] .badge-since-visit"
        ))
        .await
        .unwrap();
    assert_eq!(mark, "前回以降の新着");
    let old = badges(&app, &desk.number).await;
    assert!(
        !old.iter().any(|b| b.contains("badge-since-visit")),
        "{old:?}"
    );
    app.screenshot("213-new-since-last-visit").await.unwrap();
    app.quit().await.unwrap();
    desk.service.stop().await.unwrap();
}
