//! 応募検討依頼 in the cache on a real SQLite file: a request pulled the first time is news once
//! (not on a device's first pull, which is history), counts on 求職活動状況 until seen, and an
//! answered one is neither news nor counted; the list shows the newest first as last pulled.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use common::{at, empty_pull, open};
use shigoto_shared::{PullResponse, ReceivedRequest, RequestAnswer};

fn request(id: i64, answer: Option<RequestAnswer>) -> ReceivedRequest {
    ReceivedRequest {
        id,
        job_number: format!("13010-{id:08}"),
        title: "経理事務".into(),
        employer_name: Some("さくら経理株式会社".into()),
        note: "ご検討ください。".into(),
        sent_at: at(1),
        answer,
        answered_at: answer.map(|_| at(2)),
    }
}

fn pull(cursor: &str, requests: Vec<ReceivedRequest>) -> PullResponse {
    PullResponse {
        requests,
        hidden_employers: vec![],
        ..empty_pull(cursor)
    }
}

#[test]
fn a_new_request_is_news_once_and_counted_until_seen() {
    let (_dir, mut cache) = open();
    let first = cache
        .apply_pull(&pull("1.0", vec![request(1, None)]), at(1))
        .unwrap();
    assert!(first.requests.is_empty(), "a first pull is history");
    cache.mark_activity_seen().unwrap();

    let news = cache
        .apply_pull(
            &pull(
                "2.0",
                vec![request(2, None), request(3, Some(RequestAnswer::Declined))],
            ),
            at(2),
        )
        .unwrap();
    let told: Vec<i64> = news.requests.iter().map(|r| r.id).collect();
    assert_eq!(told, vec![2], "an answered request is no news");
    assert_eq!(cache.activity_news().unwrap(), 1);
    let again = cache
        .apply_pull(&pull("3.0", vec![request(2, None)]), at(3))
        .unwrap();
    assert!(again.requests.is_empty(), "told once");

    let listed: Vec<i64> = cache.requests().unwrap().iter().map(|r| r.id).collect();
    assert_eq!(listed, vec![3, 2, 1]);
    cache.mark_activity_seen().unwrap();
    assert_eq!(cache.activity_news().unwrap(), 0);

    // Answered (by applying): stays listed, as applied.
    cache
        .apply_pull(
            &pull("4.0", vec![request(2, Some(RequestAnswer::Applied))]),
            at(4),
        )
        .unwrap();
    let shown = cache.requests().unwrap();
    assert_eq!(shown[1].answer, Some(RequestAnswer::Applied));
}
