//! 「この事業所の求人を表示しない」 over HTTP against a real service: a job seeker's hidden
//! employers leave every page of their searches (and only theirs), the results say how many
//! are hidden and what they left out, pulls carry them, showing one again brings its postings
//! back, the limit of 100 holds under concurrent pushes, and only job seekers may hide.

use std::collections::{BTreeMap, BTreeSet};

use shigoto_domain::limits::MAX_HIDDEN_EMPLOYERS;
use shigoto_shared::{
    ErrorCode, HiddenEmployerChange, JobSearchParams, JobSearchResults, KeyedMutation, Mutation,
    Outcome, PublicationRange, PushRequest, SyncCursor,
};
use shigoto_test_support::{
    code_of, confirm_signed_up_seeker, on_both_backends, open_employer, posting_desk,
    published_posting, registered_seeker, sample_posting, sign_up_seeker, signed_in_counselor,
    start_with_seeker, TestDatabase, TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
    SAMPLE_KEYWORD, SEEKER_PASSWORD,
};

on_both_backends!(
    hidden_employers_leave_the_seekers_results_and_come_back,
    the_hidden_limit_holds_under_concurrent_pushes,
    only_job_seekers_hide_employers,
    a_hide_never_crosses_between_named_and_unnamed_postings,
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

/// The hidden employers a pull from the start gives `token`'s caller.
async fn hidden_from_the_start(server: &TestServer, token: &str) -> Vec<HiddenEmployerChange> {
    let pulled = server.client.pull_changes(token, SyncCursor::default());
    pulled.await.unwrap().hidden_employers
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
    // Whose each posting is and how it is published, as staff see it (the oracle).
    let mut office_of = BTreeMap::new();
    for number in &listed {
        let sheet = server.client.job_as(number, Some(&staff)).await.unwrap();
        let office = sheet.employer.office_number.unwrap();
        office_of.insert(number.clone(), (office, sheet.publication));
    }
    // An employer with more than one posting that names it, hidden from one of them: the
    // seeker (not yet 本登録) sees the employer named on 「公開」 postings only.
    let named = |number: &String| office_of[number].1 == PublicationRange::Full;
    let mut postings_of: BTreeMap<&String, Vec<&String>> = BTreeMap::new();
    for (number, (office, _)) in office_of.iter().filter(|(number, _)| named(number)) {
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
        .filter(|number| &office_of[*number].0 != *office || !named(number))
        .cloned()
        .collect();
    assert_eq!(
        seen, expected,
        "every posting naming the hidden employer, and only those, left out"
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
    let pulled = hidden_from_the_start(&server, &hanako).await;
    assert_eq!(pulled.len(), MAX_HIDDEN_EMPLOYERS);
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
    let pulled = hidden_from_the_start(&server, &hanako).await;
    assert!(pulled.is_empty());
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

/// The sample employer's four postings.
const SAMPLE_POSTINGS: usize = 4;

/// The sample employer's postings (those with [`SAMPLE_KEYWORD`]) that `token`'s caller finds,
/// and how many hidden employers the answer counts; what the hiding left out is the rest.
async fn sample_postings_found(server: &TestServer, token: &str) -> (BTreeSet<String>, u32) {
    let params = JobSearchParams {
        keyword: SAMPLE_KEYWORD.into(),
        per_page: Some(50),
        ..JobSearchParams::default()
    };
    let results = server
        .client
        .search_jobs_as(&params, Some(token))
        .await
        .unwrap();
    assert!(results.items.iter().all(|item| item.similar == 0));
    let left_out = left_out_by_hiding(&results).unwrap_or(0) as usize;
    let found: BTreeSet<String> = results.items.into_iter().map(|i| i.job_number).collect();
    if results.hidden_employers > 0 {
        assert_eq!(
            found.len() + left_out,
            SAMPLE_POSTINGS,
            "what hiding left out"
        );
    }
    (found, results.hidden_employers)
}

/// Pushes `change` as `token`'s caller, which is applied, then what [`sample_postings_found`].
async fn found_after(
    server: &TestServer,
    token: &str,
    change: KeyedMutation,
) -> (BTreeSet<String>, u32) {
    assert_eq!(push(server, token, vec![change]).await, [Outcome::Applied]);
    sample_postings_found(server, token).await
}

fn set(numbers: &[&String]) -> BTreeSet<String> {
    numbers.iter().map(|number| (*number).clone()).collect()
}

async fn a_hide_never_crosses_between_named_and_unnamed_postings(database: TestDatabase) {
    let desk = posting_desk(database, 5, "jinji@kasumi-bungu.example.jp", "Koyou#2026x")
        .await
        .unwrap();
    let server = &desk.server;
    // One employer, two postings 「公開」, one 「マイページ開設者に限定」, one without its name.
    let mut numbers = Vec::new();
    for (title, range) in [
        ("一般事務", PublicationRange::Full),
        ("営業事務", PublicationRange::Full),
        ("経理事務", PublicationRange::RegisteredOnly),
        ("受付事務", PublicationRange::NoCompanyName),
    ] {
        let mut form = sample_posting(title);
        form.selection.publication = Some(range);
        form.selection.online_application = range != PublicationRange::NoCompanyName;
        let (_, number) = published_posting(server, &desk.employer, &desk.counselor, form)
            .await
            .unwrap();
        numbers.push(number);
    }
    let [full, full_too, limited, unnamed] = [&numbers[0], &numbers[1], &numbers[2], &numbers[3]];
    let all = set(&[full, full_too, limited, unnamed]);
    let staff = desk.counselor.as_str();
    for _ in 0..200 {
        if sample_postings_found(server, staff).await.0 == all {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(sample_postings_found(server, staff).await.0, all, "indexed");

    // Before 本登録 the 「限定」 posting does not name the employer either: each of the two
    // unnamed kinds is hidden on its own, and neither touches the named postings.
    let taro = sign_up_seeker(server, "taro@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    assert_eq!(sample_postings_found(server, &taro).await, (all.clone(), 0));
    assert_eq!(
        found_after(server, &taro, hide(unnamed)).await,
        (set(&[full, full_too, limited]), 1),
        "hiding from the unnamed posting left the named ones"
    );
    assert_eq!(
        found_after(server, &taro, hide(limited)).await,
        (set(&[full, full_too]), 2)
    );
    assert_eq!(
        found_after(server, &taro, hide(full)).await,
        (BTreeSet::new(), 3)
    );
    // The list names only the employer of the named posting.
    let pulled = hidden_from_the_start(server, &taro).await;
    let names: BTreeMap<String, Option<String>> = pulled
        .into_iter()
        .map(|change| (change.job_number, change.employer_name))
        .collect();
    assert_eq!(names.len(), 3);
    assert!(names[full].is_some());
    assert_eq!((&names[limited], &names[unnamed]), (&None, &None));
    // Shown again from the other named posting: the named ones come back, nothing else.
    assert_eq!(
        found_after(server, &taro, show(full_too)).await,
        (set(&[full, full_too]), 2)
    );

    // Registered later, taro sees the 「限定」 posting named: his hide from it now leaves out
    // every posting naming the employer (and the list names it); the unnamed hide stays apart.
    confirm_signed_up_seeker(server, &desk.counselor, &taro)
        .await
        .unwrap();
    assert_eq!(
        sample_postings_found(server, &taro).await,
        (BTreeSet::new(), 2)
    );
    let names: BTreeMap<String, Option<String>> = hidden_from_the_start(server, &taro)
        .await
        .into_iter()
        .map(|change| (change.job_number, change.employer_name))
        .collect();
    assert!(names[limited].is_some());
    assert_eq!(names[unnamed], None);

    // Once registered, both named kinds are one: hiding from either leaves out both and the
    // unnamed posting stays; showing from the unnamed posting brings back nothing.
    let (hanako, _) = registered_seeker(
        server,
        &desk.counselor,
        "hanako@example.jp",
        SEEKER_PASSWORD,
    )
    .await
    .unwrap();
    assert_eq!(
        found_after(server, &hanako, hide(full)).await,
        (set(&[unnamed]), 1)
    );
    assert_eq!(
        found_after(server, &hanako, show(unnamed)).await,
        (set(&[unnamed]), 1)
    );
    // Hiding from the 「限定」 posting too is a row of its own (it would still hide should the
    // registration lapse), the same employer to search.
    assert_eq!(
        found_after(server, &hanako, hide(limited)).await,
        (set(&[unnamed]), 1)
    );
    let pulled = hidden_from_the_start(server, &hanako).await;
    assert_eq!(pulled.len(), 2);
    assert!(pulled.iter().all(|change| change.employer_name.is_some()));
    // Hiding from the unnamed posting is answered and counted the same as for an employer
    // with nothing hidden: a new hide of its own.
    assert_eq!(
        found_after(server, &hanako, hide(unnamed)).await,
        (BTreeSet::new(), 2)
    );
    // Shown again from the 「限定」 posting: both named hides go, the unnamed one stays.
    assert_eq!(
        found_after(server, &hanako, show(limited)).await,
        (set(&[full, full_too, limited]), 1)
    );
    desk.server.stop().await.unwrap();
}
