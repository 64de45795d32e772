//! 「この事業所の求人を表示しない」 over HTTP against a real service: a job seeker's hidden
//! employers leave every page of their searches (and only theirs), the results say how many
//! are hidden and what they left out, pulls carry them, showing one again brings its postings
//! back, the limit of 100 holds under concurrent pushes, and only job seekers may hide.

use std::collections::{BTreeMap, BTreeSet};

use shigoto_domain::limits::MAX_HIDDEN_EMPLOYERS;
use shigoto_shared::{
    ErrorCode, JobSearchParams, JobSearchResults, KeyedMutation, Mutation, Outcome, PushRequest,
    SyncCursor,
};
use shigoto_test_support::{
    code_of, on_both_backends, open_employer, sign_up_seeker, signed_in_counselor,
    start_with_seeker, TestDatabase, TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
    SEEKER_PASSWORD,
};

on_both_backends!(
    hidden_employers_leave_the_seekers_results_and_come_back,
    the_hidden_limit_holds_under_concurrent_pushes,
    only_job_seekers_hide_employers,
);

fn keyed(mutation: Mutation) -> KeyedMutation {
    KeyedMutation {
        key: uuid::Uuid::new_v4().to_string(),
        mutation,
    }
}

fn hide(job_number: &str) -> KeyedMutation {
    keyed(Mutation::HideEmployer {
        job_number: job_number.into(),
        at: None,
    })
}

fn show(job_number: &str) -> KeyedMutation {
    keyed(Mutation::ShowEmployer {
        job_number: job_number.into(),
    })
}

async fn push(server: &TestServer, token: &str, mutations: Vec<KeyedMutation>) -> Vec<Outcome> {
    let answer = server
        .client
        .push_mutations(token, &PushRequest { mutations })
        .await
        .unwrap();
    answer.results.into_iter().map(|r| r.outcome).collect()
}

/// Every page of the search without conditions, as `token`'s caller: the first page's answer
/// and the 求人番号 of every posting found: the lines of all pages and, for each line with
/// similar postings, those too.
async fn everything(
    server: &TestServer,
    token: Option<&str>,
) -> (JobSearchResults, BTreeSet<String>) {
    let mut numbers = BTreeSet::new();
    let mut first = None;
    for page in 1.. {
        let params = JobSearchParams {
            page: Some(page),
            per_page: Some(50),
            ..JobSearchParams::default()
        };
        let results = server.client.search_jobs_as(&params, token).await.unwrap();
        let done = results.items.is_empty();
        for item in &results.items {
            numbers.insert(item.job_number.clone());
            if item.similar > 0 {
                let group = JobSearchParams {
                    similar_to: Some(item.job_number.clone()),
                    per_page: Some(50),
                    ..JobSearchParams::default()
                };
                let similar = server.client.search_jobs_as(&group, token).await.unwrap();
                assert_eq!(similar.total, u64::from(item.similar) + 1);
                numbers.extend(similar.items.into_iter().map(|i| i.job_number));
            }
        }
        first.get_or_insert(results);
        if done {
            break;
        }
    }
    let first = first.unwrap();
    assert_eq!(first.total as usize, numbers.len(), "the pages add up");
    (first, numbers)
}

fn left_out_by_hiding(results: &JobSearchResults) -> Option<u64> {
    results
        .facets
        .removed
        .iter()
        .find(|removed| removed.field == "hidden_employers")
        .map(|removed| removed.count)
}

async fn hidden_employers_leave_the_seekers_results_and_come_back(database: TestDatabase) {
    let (server, hanako) = start_with_seeker(database, 300).await.unwrap();
    let taro = sign_up_seeker(&server, "taro@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    let staff = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let (public, listed) = everything(&server, None).await;
    assert_eq!(public.hidden_employers, 0);
    // Whose each posting is, as staff see it (the oracle).
    let mut office_of = BTreeMap::new();
    for number in &listed {
        let sheet = server.client.job_as(number, Some(&staff)).await.unwrap();
        office_of.insert(number.clone(), sheet.employer.office_number.unwrap());
    }
    // An employer with more than one posting, hidden from one of them.
    let mut postings_of: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
    for (number, office) in &office_of {
        postings_of.entry(office).or_default().push(number);
    }
    let (office, postings) = postings_of
        .iter()
        .max_by_key(|(_, postings)| postings.len())
        .unwrap();
    assert!(
        postings.len() > 1,
        "the demo data has an employer with several postings"
    );
    let from = postings[0].clone();

    assert_eq!(
        push(&server, &hanako, vec![hide(&from)]).await,
        vec![Outcome::Applied]
    );
    // Hiding it again, from another of its postings, changes nothing.
    let again = postings[1].clone();
    assert_eq!(
        push(&server, &hanako, vec![hide(&again)]).await,
        vec![Outcome::Applied]
    );

    let (mine, seen) = everything(&server, Some(&hanako)).await;
    let expected: BTreeSet<String> = listed
        .iter()
        .filter(|number| &office_of[*number] != *office)
        .cloned()
        .collect();
    assert_eq!(
        seen, expected,
        "every posting of the hidden employer, and only those, left out"
    );
    assert_eq!(mine.hidden_employers, 1);
    assert_eq!(left_out_by_hiding(&mine), Some(postings.len() as u64));
    // Nobody else's search changes.
    let (theirs, their_numbers) = everything(&server, Some(&taro)).await;
    assert_eq!(
        (theirs.hidden_employers, their_numbers),
        (0, listed.clone())
    );
    assert_eq!(left_out_by_hiding(&theirs), None);
    assert_eq!(everything(&server, None).await.1, listed);

    // The pull names it by the posting it was hidden from.
    let pulled = server
        .client
        .pull_changes(&hanako, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(pulled.hidden_employers.len(), 1);
    let change = &pulled.hidden_employers[0];
    assert_eq!(
        (change.job_number.as_str(), change.removed),
        (from.as_str(), false)
    );
    let sheet = server.client.job_as(&from, Some(&hanako)).await.unwrap();
    assert_eq!(change.employer_name, sheet.employer.name);
    assert_eq!(change.title, sheet.work.title);
    let cursor = SyncCursor::from_wire(&pulled.cursor).unwrap();

    // Shown again from the other posting of the same employer: it comes back.
    assert_eq!(
        push(&server, &hanako, vec![show(&again)]).await,
        vec![Outcome::Applied]
    );
    let later = server.client.pull_changes(&hanako, cursor).await.unwrap();
    assert_eq!(later.hidden_employers.len(), 1);
    assert_eq!(
        (
            later.hidden_employers[0].job_number.as_str(),
            later.hidden_employers[0].removed
        ),
        (from.as_str(), true)
    );
    let (back, numbers) = everything(&server, Some(&hanako)).await;
    assert_eq!((back.hidden_employers, numbers), (0, listed));
    assert_eq!(left_out_by_hiding(&back), None);
    server.stop().await.unwrap();
}

async fn the_hidden_limit_holds_under_concurrent_pushes(database: TestDatabase) {
    let (server, hanako) = start_with_seeker(database, 1_000).await.unwrap();
    // One posting each of employers with different names (so different employers).
    let (_, listed) = everything(&server, None).await;
    let mut names = BTreeSet::new();
    let mut picked = Vec::new();
    for page in 1..=20 {
        let params = JobSearchParams {
            page: Some(page),
            per_page: Some(50),
            ..JobSearchParams::default()
        };
        let results = server.client.search_jobs(&params).await.unwrap();
        for item in results.items {
            if let Some(name) = item.employer_name {
                if names.insert(name) {
                    picked.push(item.job_number);
                }
            }
        }
    }
    let wanted = MAX_HIDDEN_EMPLOYERS + 20;
    assert!(
        picked.len() >= wanted,
        "{} employers in the demo data",
        picked.len()
    );
    picked.truncate(wanted);
    // Twelve devices hide ten employers each at once, one of them twice (same keys): exactly
    // 100 are hidden, the rest refused, nothing fails.
    let batches: Vec<Vec<KeyedMutation>> = picked
        .chunks(10)
        .map(|chunk| chunk.iter().map(|number| hide(number)).collect())
        .collect();
    let mut pushes = tokio::task::JoinSet::new();
    for batch in batches.iter().chain(std::iter::once(&batches[0])) {
        let (client, token) = (server.client.clone(), hanako.clone());
        let request = PushRequest {
            mutations: batch.clone(),
        };
        pushes.spawn(async move { client.push_mutations(&token, &request).await });
    }
    let mut by_key = BTreeMap::new();
    for answer in pushes.join_all().await {
        for result in answer.expect("no push fails").results {
            if let Some(first) = by_key.insert(result.key.clone(), result.outcome.clone()) {
                assert_eq!(
                    first, result.outcome,
                    "a resent key answers its first outcome"
                );
            }
        }
    }
    assert_eq!(by_key.len(), wanted);
    let applied = by_key.values().filter(|o| **o == Outcome::Applied).count();
    let refused: Vec<&Outcome> = by_key
        .values()
        .filter(|o| **o != Outcome::Applied)
        .collect();
    assert_eq!(applied, MAX_HIDDEN_EMPLOYERS);
    for outcome in &refused {
        match outcome {
            Outcome::Rejected { code, message } => {
                assert_eq!(*code, ErrorCode::LimitExceeded);
                assert!(message.contains("100社まで"), "{message}");
            }
            Outcome::Applied => unreachable!(),
        }
    }
    let pulled = server
        .client
        .pull_changes(&hanako, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(pulled.hidden_employers.len(), MAX_HIDDEN_EMPLOYERS);
    let (mine, seen) = everything(&server, Some(&hanako)).await;
    assert_eq!(mine.hidden_employers as usize, MAX_HIDDEN_EMPLOYERS);
    let left_out = listed.len() - seen.len();
    assert!(
        left_out >= MAX_HIDDEN_EMPLOYERS,
        "{left_out} postings left out"
    );
    assert_eq!(left_out_by_hiding(&mine), Some(left_out as u64));
    server.stop().await.unwrap();
}

async fn only_job_seekers_hide_employers(database: TestDatabase) {
    let (server, hanako) = start_with_seeker(database, 20).await.unwrap();
    let staff = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let employer = open_employer(&server, "jinji@shigoto-shoji.example.jp", "Koyou#2026x")
        .await
        .unwrap();
    let (_, listed) = everything(&server, None).await;
    let number = listed.iter().next().unwrap().clone();
    let request = PushRequest {
        mutations: vec![hide(&number)],
    };
    for (token, code) in [
        (staff.as_str(), ErrorCode::Forbidden),
        (employer.as_str(), ErrorCode::Forbidden),
        ("", ErrorCode::Unauthenticated),
        ("not-a-token", ErrorCode::Unauthenticated),
    ] {
        let err = server
            .client
            .push_mutations(token, &request)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "hide with {token:?}");
    }
    // Their searches hide nothing, and nothing of theirs is the seeker's.
    for token in [&staff, &employer] {
        let (results, numbers) = everything(&server, Some(token)).await;
        assert_eq!((results.hidden_employers, &numbers), (0, &listed));
    }
    let pulled = server
        .client
        .pull_changes(&hanako, SyncCursor::default())
        .await
        .unwrap();
    assert!(pulled.hidden_employers.is_empty());
    // Postings that are not there, or not 求人番号 at all, are refused with a reason.
    for number in ["13010-99999999", "no-such-thing"] {
        match &push(&server, &hanako, vec![hide(number)]).await[0] {
            Outcome::Rejected { code, message } => {
                assert_eq!(*code, ErrorCode::NotFound);
                assert!(message.contains(number), "{message}");
            }
            Outcome::Applied => panic!("hiding from {number} was applied"),
        }
    }
    server.stop().await.unwrap();
}
