//! How a keyword word matches: when all its bigrams occur in the posting's title and body (the
//! index keeps no positions for the text, to keep it small; the benchmark counts how often that
//! finds more than FTS5's exact substring on the demo data). The title as written only ranks.

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

/// An index of [`postings`] with the title and 仕事内容 given.
fn indexed(texts: &[(&str, &str)]) -> JobIndex {
    let sheets = postings(texts);
    let index = JobIndex::in_memory(50_000_000).unwrap();
    index
        .apply(
            sheets
                .iter()
                .map(|s| (s, s.received_on.and_hms_opt(9, 0, 0).unwrap())),
            1,
        )
        .unwrap();
    index
}

/// The titles `params` finds, in the order found.
fn titles(index: &JobIndex, params: &JobSearchParams) -> Vec<String> {
    let query = validate(params, today()).unwrap();
    index
        .search(&query, today())
        .unwrap()
        .items
        .into_iter()
        .map(|(summary, _)| summary.title)
        .collect()
}

/// The titles found for `keyword`, sorted.
fn found(index: &JobIndex, keyword: &str) -> Vec<String> {
    let params = JobSearchParams {
        keyword: keyword.into(),
        ..Default::default()
    };
    let mut found = titles(index, &params);
    found.sort();
    found
}

#[test]
fn a_word_matches_by_all_its_bigrams_in_title_and_body() {
    let index = indexed(&[
        ("経理事務スタッフ", "伝票の入力"),
        ("経理スタッフ", "事務所での経理と帳簿"),
        ("総務スタッフ", "理事会の資料、経理と事務"),
        ("配送ドライバー", "ルート配送"),
        ("ドライ食品の倉庫作業", "バーコードの読み取り"),
    ]);

    // 「ドライ食品」 and 「バーコード」 hold ドラ, ライ, バー but not イバ, so no match there.
    assert_eq!(found(&index, "ドライバー"), ["配送ドライバー"]);
    // Every bigram must occur: 「事務所での経理」 lacks 理事; 「理事会の資料、経理と事務」 has
    // 経理, 理事 and 事務 apart and is found (what positions would have excluded).
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

#[test]
fn by_relevance_the_title_as_written_comes_first() {
    let index = indexed(&[
        ("倉庫スタッフ", "介護施設の備品の倉庫です"),
        ("介護スタッフ", "施設での入浴と食事の手伝い"),
    ]);
    let params = JobSearchParams {
        keyword: "介護".into(),
        sort: Some(shigoto_shared::SortOrder::Relevance),
        ..Default::default()
    };
    assert_eq!(titles(&index, &params), ["介護スタッフ", "倉庫スタッフ"]);
}
