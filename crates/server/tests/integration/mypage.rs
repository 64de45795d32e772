//! MyPage data over HTTP against a real service: favorites and saved searches pushed under
//! idempotency keys and pulled as changes since a cursor; the limits (300 favorites, 3 saved
//! searches); postings that close; and who may reach whose data.

use chrono::TimeDelta;
use shigoto_server::clock::Clock as _;
use shigoto_shared::{
    ErrorCode, JobSearchParams, KeyedMutation, Mutation, Outcome, PushRequest, SyncCursor,
};
use shigoto_test_support::{
    code_of, on_both_backends, sign_up_seeker, signed_in_counselor, start_with_seeker,
    TestDatabase, TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD, SEEKER_EMAIL, SEEKER_PASSWORD,
};

fn key() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn keyed(mutation: Mutation) -> KeyedMutation {
    KeyedMutation {
        key: key(),
        mutation,
    }
}

fn add(job_number: &str) -> Mutation {
    Mutation::AddFavorite {
        job_number: job_number.into(),
        at: None,
    }
}

fn rejection(outcome: &Outcome) -> Option<ErrorCode> {
    match outcome {
        Outcome::Applied => None,
        Outcome::Rejected { code, .. } => Some(*code),
    }
}

/// Checks that `outcome` (of `what`) is a refusal over a limit whose message names `limit`.
fn assert_over_the_limit(outcome: &Outcome, limit: &str, what: &str) {
    match outcome {
        Outcome::Rejected { code, message } => {
            assert_eq!(*code, ErrorCode::LimitExceeded, "{what}");
            assert!(message.contains(limit), "{what}: {message}");
        }
        other => panic!("{what} was {other:?}"),
    }
}

/// 求人番号 of `count` postings open to the public (so to job seekers too).
async fn open_jobs(server: &TestServer, count: usize) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut page = 1;
    while numbers.len() < count {
        let params = JobSearchParams {
            page: Some(page),
            per_page: Some(50),
            ..JobSearchParams::default()
        };
        let results = server.client.search_jobs(&params).await.unwrap();
        assert!(!results.items.is_empty(), "not enough open demo postings");
        numbers.extend(results.items.into_iter().map(|i| i.job_number));
        page += 1;
    }
    numbers.truncate(count);
    numbers
}

async fn push(server: &TestServer, token: &str, mutations: Vec<KeyedMutation>) -> Vec<Outcome> {
    server
        .client
        .push_mutations(token, &PushRequest { mutations })
        .await
        .unwrap()
        .results
        .into_iter()
        .map(|r| r.outcome)
        .collect()
}

on_both_backends!(
    favorites_travel_once_per_key_and_changes_follow_the_cursor,
    the_limits_hold_and_refusals_say_why,
    saved_searches_are_created_overwritten_and_deleted,
    closed_postings_are_reported,
    only_the_seeker_reaches_their_data,
    saved_searches_count_the_postings_new_since_their_last_run,
    favorites_keep_the_time_they_were_added_on_the_device,
    the_limits_hold_under_concurrent_pushes,
);

async fn the_limits_hold_under_concurrent_pushes(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 1_000).await.unwrap();
    let jobs = open_jobs(&server, 400).await;
    // Ten devices push 40 different favorites each at once, and one of them resends its push
    // (same keys) at the same time: exactly 300 are kept, the rest refused, nothing fails.
    let batches: Vec<Vec<KeyedMutation>> = jobs
        .chunks(40)
        .map(|chunk| chunk.iter().map(|j| keyed(add(j))).collect())
        .collect();
    let mut pushes = tokio::task::JoinSet::new();
    for batch in batches.iter().chain(std::iter::once(&batches[0])) {
        let (client, token) = (server.client.clone(), token.clone());
        let request = PushRequest {
            mutations: batch.clone(),
        };
        pushes.spawn(async move { client.push_mutations(&token, &request).await });
    }
    let answers: Vec<_> = pushes
        .join_all()
        .await
        .into_iter()
        .map(|answer| answer.expect("no push fails"))
        .collect();
    // Every key once: the resend must answer exactly what the first push of its keys did.
    let mut by_key = std::collections::HashMap::new();
    for result in answers.iter().flat_map(|answer| &answer.results) {
        if let Some(first) = by_key.insert(result.key.clone(), result.outcome.clone()) {
            assert_eq!(
                first, result.outcome,
                "a resent key answers its first outcome"
            );
        }
    }
    assert_eq!(by_key.len(), 400);
    let applied = by_key.values().filter(|o| rejection(o).is_none()).count();
    let refused = by_key
        .values()
        .filter(|o| rejection(o) == Some(ErrorCode::LimitExceeded))
        .count();
    assert_eq!((applied, refused), (300, 100));
    let pulled = server
        .client
        .pull_changes(&token, shigoto_shared::SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(pulled.favorites.len(), 300);
    server.stop().await.unwrap();
}

async fn favorites_keep_the_time_they_were_added_on_the_device(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 50).await.unwrap();
    let jobs = open_jobs(&server, 2).await;
    let now = server.clock.now_utc();
    let earlier = now - TimeDelta::hours(2);
    let at = |job: &str, at| {
        keyed(Mutation::AddFavorite {
            job_number: job.into(),
            at: Some(at),
        })
    };
    // Added offline two hours ago, and with a device clock running ahead.
    push(
        &server,
        &token,
        vec![
            at(&jobs[0], earlier),
            at(&jobs[1], now + TimeDelta::hours(1)),
        ],
    )
    .await;
    let all = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    let added = |job: &str| {
        all.favorites
            .iter()
            .find(|f| f.job_number == job)
            .unwrap()
            .added_at
    };
    assert_eq!(added(&jobs[0]), earlier);
    assert_eq!(
        added(&jobs[1]),
        now,
        "never later than the service's own time"
    );
    server.stop().await.unwrap();
}

async fn saved_searches_count_the_postings_new_since_their_last_run(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 300).await.unwrap();
    let [long_ago, today, never] = [key(), key(), key()];
    let everything = Box::new(JobSearchParams::default());
    let save = |id: &str, name: &str| {
        keyed(Mutation::SaveSearch {
            id: id.into(),
            name: name.into(),
            params: everything.clone(),
        })
    };
    let old_run = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    push(
        &server,
        &token,
        vec![
            save(&long_ago, "全部"),
            save(&today, "今日"),
            save(&never, "未実行"),
            keyed(Mutation::MarkSearchRun {
                id: long_ago.clone(),
                at: old_run,
            }),
            keyed(Mutation::MarkSearchRun {
                id: today.clone(),
                at: server.clock.now_utc(),
            }),
        ],
    )
    .await;
    let total = server
        .client
        .search_jobs(&JobSearchParams::default())
        .await
        .unwrap()
        .total;
    let plain = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(plain.new_postings, None, "counted only when asked");
    let counts = server
        .client
        .pull_changes_with(&token, SyncCursor::default(), true)
        .await
        .unwrap()
        .new_postings
        .unwrap();
    assert_eq!(
        counts.len(),
        2,
        "a search never run has no count: {counts:?}"
    );
    let of = |id: &str| counts.iter().find(|c| c.id == id).unwrap();
    assert_eq!(of(&long_ago).count, total, "everything is new since 2000");
    assert_eq!(of(&today).since, server.clock.now_utc());
    assert_eq!(of(&today).count, 0, "nothing was published after it ran");

    let counselor = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let err = server
        .client
        .pull_changes_with(&counselor, SyncCursor::default(), true)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    server.stop().await.unwrap();
}

async fn favorites_travel_once_per_key_and_changes_follow_the_cursor(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 400).await.unwrap();
    let jobs = open_jobs(&server, 3).await;

    let first = keyed(add(&jobs[0]));
    let outcomes = push(&server, &token, vec![first.clone(), keyed(add(&jobs[1]))]).await;
    assert_eq!(outcomes, vec![Outcome::Applied, Outcome::Applied]);

    let all = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(all.favorites.len(), 2);
    assert!(all.favorites.iter().all(|f| !f.removed));
    let sheet = all.favorites[0].sheet.as_ref().expect("the full 求人票");
    assert_eq!(sheet.job_number, all.favorites[0].job_number);
    let cursor = SyncCursor::from_wire(&all.cursor).unwrap();
    assert!(cursor.user_seq >= 2);

    // Nothing changed: nothing comes back.
    let quiet = server.client.pull_changes(&token, cursor).await.unwrap();
    assert!(quiet.favorites.is_empty() && quiet.saved_searches.is_empty());
    assert_eq!(quiet.cursor, all.cursor);

    // A resent key (lost answer) changes nothing and answers as the first time.
    assert_eq!(
        push(&server, &token, vec![first.clone()]).await,
        vec![Outcome::Applied]
    );
    let quiet = server.client.pull_changes(&token, cursor).await.unwrap();
    assert!(quiet.favorites.is_empty(), "a resend is not a new change");
    // The same key with another body is refused.
    let reused = KeyedMutation {
        key: first.key.clone(),
        mutation: add(&jobs[2]),
    };
    let outcomes = push(&server, &token, vec![reused]).await;
    assert_eq!(
        rejection(&outcomes[0]),
        Some(ErrorCode::IdempotencyConflict)
    );

    let removal = keyed(Mutation::RemoveFavorite {
        job_number: jobs[0].clone(),
    });
    push(&server, &token, vec![removal]).await;
    let after = server.client.pull_changes(&token, cursor).await.unwrap();
    assert_eq!(after.favorites.len(), 1);
    assert!(after.favorites[0].removed);
    assert_eq!(after.favorites[0].job_number, jobs[0]);
    assert!(after.favorites[0].sheet.is_none());

    // Unknown postings and malformed keys.
    let outcomes = push(
        &server,
        &token,
        vec![keyed(add("99999-99999999")), keyed(add("nonsense"))],
    )
    .await;
    assert_eq!(rejection(&outcomes[0]), Some(ErrorCode::NotFound));
    assert_eq!(rejection(&outcomes[1]), Some(ErrorCode::InvalidParameter));
    let err = server
        .client
        .push_mutations(
            &token,
            &PushRequest {
                mutations: vec![KeyedMutation {
                    key: "not-a-uuid".into(),
                    mutation: add(&jobs[2]),
                }],
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter));
    let err = server
        .client
        .pull_changes(
            &token,
            SyncCursor {
                user_seq: -1,
                jobs_seq: 0,
            },
        )
        .await;
    assert!(err.is_err());
    server.stop().await.unwrap();
}

async fn the_limits_hold_and_refusals_say_why(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 1_000).await.unwrap();
    let jobs = open_jobs(&server, 302).await;

    let outcomes = push(
        &server,
        &token,
        jobs[..300].iter().map(|j| keyed(add(j))).collect(),
    )
    .await;
    assert!(outcomes.iter().all(|o| *o == Outcome::Applied));
    // Adding one already kept is fine; the 301st is refused with a message naming the limit.
    let outcomes = push(
        &server,
        &token,
        vec![keyed(add(&jobs[0])), keyed(add(&jobs[300]))],
    )
    .await;
    assert_eq!(outcomes[0], Outcome::Applied);
    assert_over_the_limit(&outcomes[1], "300件", "the 301st favorite");
    // Room again after a removal.
    let outcomes = push(
        &server,
        &token,
        vec![
            keyed(Mutation::RemoveFavorite {
                job_number: jobs[5].clone(),
            }),
            keyed(add(&jobs[301])),
        ],
    )
    .await;
    assert_eq!(outcomes, vec![Outcome::Applied, Outcome::Applied]);
    let all = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(all.favorites.iter().filter(|f| !f.removed).count(), 300);
    assert!(all.favorites.iter().all(|f| f.removed || f.sheet.is_some()));
    server.stop().await.unwrap();
}

async fn saved_searches_are_created_overwritten_and_deleted(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 50).await.unwrap();
    let save = |id: &str, name: &str, keyword: &str| {
        keyed(Mutation::SaveSearch {
            id: id.into(),
            name: name.into(),
            params: Box::new(JobSearchParams {
                keyword: keyword.into(),
                ..JobSearchParams::default()
            }),
        })
    };
    let ids: Vec<String> = (0..4).map(|_| key()).collect();
    let outcomes = push(
        &server,
        &token,
        vec![
            save(&ids[0], "事務", "事務"),
            save(&ids[1], "介護", "介護"),
            save(&ids[2], "経理", "経理"),
            save(&ids[3], "営業", "営業"),
        ],
    )
    .await;
    assert_eq!(
        &outcomes[..3],
        &[Outcome::Applied, Outcome::Applied, Outcome::Applied]
    );
    assert_over_the_limit(&outcomes[3], "3件", "the 4th saved search");
    // 上書き保存 of an existing one is not a new one.
    let outcomes = push(
        &server,
        &token,
        vec![save(&ids[2], "経理（東京）", "経理 東京")],
    )
    .await;
    assert_eq!(outcomes, vec![Outcome::Applied]);
    let bad = push(
        &server,
        &token,
        vec![
            save(&ids[2], &"名".repeat(21), "経理"),
            save(&ids[2], "  ", "経理"),
            save("not-a-uuid", "事務", "事務"),
            save(&ids[2], "長い", &"あ".repeat(51)),
        ],
    )
    .await;
    assert!(bad
        .iter()
        .all(|o| rejection(o) == Some(ErrorCode::InvalidParameter)));

    let run_at = server.clock.now_utc();
    push(
        &server,
        &token,
        vec![
            keyed(Mutation::DeleteSearch { id: ids[0].clone() }),
            keyed(Mutation::MarkSearchRun {
                id: ids[1].clone(),
                at: run_at,
            }),
            save(&ids[3], "営業", "営業"),
        ],
    )
    .await
    .iter()
    .for_each(|o| assert_eq!(*o, Outcome::Applied));
    let all = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    let kept: Vec<_> = all.saved_searches.iter().filter(|s| !s.removed).collect();
    assert_eq!(kept.len(), 3);
    let overwritten = kept.iter().find(|s| s.id == ids[2]).unwrap();
    assert_eq!(overwritten.name, "経理（東京）");
    assert_eq!(overwritten.params.keyword, "経理 東京");
    let run = kept.iter().find(|s| s.id == ids[1]).unwrap();
    assert_eq!(run.last_run_at, Some(run_at));
    assert!(all
        .saved_searches
        .iter()
        .any(|s| s.id == ids[0] && s.removed));
    server.stop().await.unwrap();
}

async fn closed_postings_are_reported(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 200).await.unwrap();
    let jobs = open_jobs(&server, 1).await;
    let soonest = server.client.job(&jobs[0]).await.unwrap();
    push(&server, &token, vec![keyed(add(&soonest.job_number))]).await;
    let now = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    assert!(now.closed.is_empty(), "{:?}", now.closed);

    let days = soonest
        .referral_deadline
        .signed_duration_since(server.clock.today())
        .num_days()
        + 1;
    server.clock.advance(TimeDelta::days(days));
    let cursor = SyncCursor::from_wire(&now.cursor).unwrap();
    // The session would have gone idle: sign in again.
    let token = server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let later_pull = server.client.pull_changes(&token, cursor).await.unwrap();
    assert_eq!(later_pull.closed, vec![soonest.job_number.clone()]);
    // Still kept, with the sheet as last synced on the device: 掲載終了, not gone.
    let everything = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(everything.favorites.len(), 1);
    assert!(!everything.favorites[0].removed);
    server.stop().await.unwrap();
}

async fn only_the_seeker_reaches_their_data(database: TestDatabase) {
    let (server, hanako) = start_with_seeker(database, 50).await.unwrap();
    let taro = sign_up_seeker(&server, "taro@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    let counselor = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let jobs = open_jobs(&server, 2).await;
    let shared_key = key();
    let mine = KeyedMutation {
        key: shared_key.clone(),
        mutation: add(&jobs[0]),
    };
    push(&server, &hanako, vec![mine]).await;

    // Keys belong to one user: the same UUID from another user is that user's own edit.
    let theirs = KeyedMutation {
        key: shared_key,
        mutation: add(&jobs[1]),
    };
    assert_eq!(
        push(&server, &taro, vec![theirs]).await,
        vec![Outcome::Applied]
    );
    let taro_data = server
        .client
        .pull_changes(&taro, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(taro_data.favorites.len(), 1);
    assert_eq!(taro_data.favorites[0].job_number, jobs[1]);

    let request = PushRequest {
        mutations: vec![keyed(add(&jobs[1]))],
    };
    for (token, code) in [
        (counselor.as_str(), ErrorCode::Forbidden),
        ("", ErrorCode::Unauthenticated),
        ("not-a-token", ErrorCode::Unauthenticated),
    ] {
        let err = server
            .client
            .push_mutations(token, &request)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "push with {token:?}");
        let err = server
            .client
            .pull_changes(token, SyncCursor::default())
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "pull with {token:?}");
    }
    let hanako_data = server
        .client
        .pull_changes(&hanako, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(hanako_data.favorites.len(), 1);
    assert_eq!(hanako_data.favorites[0].job_number, jobs[0]);
    server.stop().await.unwrap();
}
