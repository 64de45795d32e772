//! How a keyword word matches: as written in the title (its bigrams in a row), and in the
//! body when all its bigrams occur (the body keeps no positions, to keep the index small; the
//! benchmark counts how often that finds more than FTS5's exact substring on the demo data).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use chrono::NaiveDate;
use shigoto_domain::search::validate;
use shigoto_search::JobIndex;
use shigoto_shared::{JobSearchParams, JobSheet, JobStatus, PublicationRange};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

/// Demo postings with the title and 仕事内容 given, open and published.
fn postings(texts: &[(&str, &str)]) -> Vec<JobSheet> {
    let config = shigoto_demo::DemoConfig {
        seed: 5,
        count: texts.len(),
        today: today(),
    };
    shigoto_demo::jobs(&config)
        .zip(texts)
        .map(|(job, (title, description))| {
            let mut sheet = job.sheet;
            sheet.status = JobStatus::Open;
            sheet.publication = PublicationRange::Full;
            sheet.referral_deadline = today() + chrono::Days::new(30);
            sheet.work.title = (*title).into();
            sheet.work.description = (*description).into();
            sheet.employer.business = String::new();
            sheet.employer.features = String::new();
            sheet.notes.special = String::new();
            sheet
        })
        .collect()
}

/// The titles found for `keyword`, sorted.
fn found(index: &JobIndex, keyword: &str) -> Vec<String> {
    let params = JobSearchParams {
        keyword: keyword.into(),
        ..Default::default()
    };
    let query = validate(&params, today()).unwrap();
    let mut titles: Vec<String> = index
        .search(&query, today())
        .unwrap()
        .items
        .into_iter()
        .map(|(summary, _)| summary.title)
        .collect();
    titles.sort();
    titles
}

#[test]
fn a_word_matches_the_title_as_written_and_the_body_by_all_its_bigrams() {
    let sheets = postings(&[
        ("経理事務スタッフ", "伝票の入力"),
        ("経理スタッフ", "事務所での経理と帳簿"),
        ("総務スタッフ", "理事会の資料、経理と事務"),
        ("配送ドライバー", "ルート配送"),
        ("ドライ食品の倉庫作業", "バーコードの読み取り"),
    ]);
    let index = JobIndex::in_memory(50_000_000).unwrap();
    index
        .apply(
            sheets
                .iter()
                .map(|s| (s, s.received_on.and_hms_opt(9, 0, 0).unwrap())),
            1,
        )
        .unwrap();

    // In the title only as written: 「ドライ食品」 and 「バーコード」 hold ドラ, ライ, バー but not
    // イバ, so no match there.
    assert_eq!(found(&index, "ドライバー"), ["配送ドライバー"]);
    // In the body every bigram must occur: 「事務所での経理」 lacks 理事; 「理事会の資料、経理と
    // 事務」 has 経理, 理事 and 事務 apart and is found (what positions would have excluded).
    assert_eq!(
        found(&index, "経理事務"),
        ["経理事務スタッフ", "総務スタッフ"]
    );
    // A word of two characters is one bigram: exact in both.
    assert_eq!(
        found(&index, "事務"),
        ["経理スタッフ", "経理事務スタッフ", "総務スタッフ"]
    );
}
