//! The public search API against a real service on a loopback port, with a fresh database per
//! test: SQLite always, PostgreSQL when `cargo xtask test` provides a cluster (the PostgreSQL
//! variants are `#[ignore]`d for a plain `cargo test`).

use std::time::Duration;

use chrono::Days;
use shigoto_api_client::ClientError;
use shigoto_shared::{
    EmploymentType, ErrorCode, JobFeature, JobSearchParams, JobStatus, PostedWithin,
    PublicationRange, SortOrder, WageKind,
};
use shigoto_test_support::{
    field_of, start, start_configured, test_today, TestDatabase, TestServer,
};

/// Demo postings per test service: enough for every filter to have hits.
const DEMO_JOBS: usize = 3_000;

use shigoto_test_support::on_both_backends;

on_both_backends!(
    two_character_japanese_keywords_match,
    keyword_modes_and_exclusion,
    filters_narrow_the_results,
    sorting_and_paging,
    job_number_lookup_and_sheet,
    employer_identity_follows_the_publication_range,
    bad_parameters_get_json_errors,
    index_follows_database_changes,
    an_idle_index_is_compacted,
    large_answers_are_gzipped_for_clients_that_accept_it,
    every_search_answers_its_facet_counts,
    near_duplicates_are_listed_once_and_open_on_request,
);

async fn server(database: TestDatabase) -> TestServer {
    start(database, DEMO_JOBS).await.expect("service starts")
}

fn params() -> JobSearchParams {
    JobSearchParams::default()
}

async fn two_character_japanese_keywords_match(database: TestDatabase) {
    let server = server(database).await;
    let health = server.client.health().await.unwrap();
    assert!(health.indexed_jobs > 2_000, "{health:?}");

    let tokyo_office = JobSearchParams {
        keyword: "事務".into(),
        prefectures: vec!["13".into()],
        ..params()
    };
    let results = server.client.search_jobs(&tokyo_office).await.unwrap();
    assert!(results.total >= 10, "事務 in 東京都: {}", results.total);
    assert_eq!(results.sort, SortOrder::Relevance);
    for item in &results.items {
        assert!(item.locality.starts_with("東京都"), "{}", item.locality);
    }
    assert!(results.items.iter().any(|i| i.title.contains("事務")));

    for word in ["介護", "経理", "ドライバー"] {
        let found = server
            .client
            .search_jobs(&JobSearchParams {
                keyword: word.into(),
                ..params()
            })
            .await
            .unwrap();
        assert!(found.total > 0, "{word} finds nothing");
    }
    server.stop().await.unwrap();
}

async fn keyword_modes_and_exclusion(database: TestDatabase) {
    let server = server(database).await;
    let count = |keyword: &str, mode, exclude: &str| {
        let search = JobSearchParams {
            keyword: keyword.into(),
            keyword_mode: mode,
            exclude: exclude.into(),
            ..params()
        };
        let client = server.client.clone();
        async move { client.search_jobs(&search).await.unwrap().total }
    };
    use shigoto_shared::KeywordMode::{And, Or};
    let office = count("事務", And, "").await;
    let accounting = count("経理", And, "").await;
    let both = count("事務 経理", And, "").await;
    let either = count("事務 経理", Or, "").await;
    assert!(
        both <= office.min(accounting),
        "AND narrows: {both} vs {office}/{accounting}"
    );
    assert!(either >= office.max(accounting), "OR widens: {either}");
    assert_eq!(either, office + accounting - both, "inclusion–exclusion");
    let office_without_accounting = count("事務", And, "経理").await;
    assert_eq!(office_without_accounting, office - both);

    let excluded = JobSearchParams {
        keyword: "事務".into(),
        exclude: "経理".into(),
        ..params()
    };
    let page = server.client.search_jobs(&excluded).await.unwrap();
    for item in page.items.iter().take(5) {
        let sheet = server.client.job(&item.job_number).await.unwrap();
        assert!(
            !sheet.work.description.contains("経理"),
            "{}",
            sheet.job_number
        );
        assert!(!sheet.work.title.contains("経理"), "{}", sheet.job_number);
    }
    server.stop().await.unwrap();
}

async fn filters_narrow_the_results(database: TestDatabase) {
    let server = server(database).await;
    let everything = server.client.search_jobs(&params()).await.unwrap().total;
    assert!(everything > 2_000);

    let car = JobSearchParams {
        features: vec![JobFeature::CarCommute],
        ..params()
    };
    let found = server.client.search_jobs(&car).await.unwrap();
    assert!(found.total > 0 && found.total < everything);
    assert!(found
        .items
        .iter()
        .all(|i| i.features.contains(&JobFeature::CarCommute)));

    let regular = JobSearchParams {
        employment_types: vec![EmploymentType::Regular],
        monthly_wage_min: Some(250_000),
        ..params()
    };
    let found = server.client.search_jobs(&regular).await.unwrap();
    assert!(found.total > 0);
    for item in &found.items {
        assert_eq!(item.employment_type, EmploymentType::Regular);
        assert_eq!(item.wage_kind, WageKind::Monthly);
        assert!(item.wage_max >= 250_000, "{}", item.wage_max);
    }

    let fresh = JobSearchParams {
        posted_within: Some(PostedWithin::TodayOrYesterday),
        ..params()
    };
    let found = server.client.search_jobs(&fresh).await.unwrap();
    let yesterday = test_today() - Days::new(1);
    assert!(found.total < everything);
    assert!(found.items.iter().all(|i| i.received_on >= yesterday));
    // The same 新着 as days before today; up to 100 days back.
    let by_age = JobSearchParams {
        posting_age_max: Some(1),
        ..params()
    };
    assert_eq!(
        server.client.search_jobs(&by_age).await.unwrap().total,
        found.total
    );
    let today_only = JobSearchParams {
        posting_age_max: Some(0),
        ..params()
    };
    let found = server.client.search_jobs(&today_only).await.unwrap();
    assert!(found.items.iter().all(|i| i.received_on == test_today()));
    let too_old = JobSearchParams {
        posting_age_max: Some(101),
        ..params()
    };
    let err = server.client.search_jobs(&too_old).await.unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("posting_age_max"));

    let daytime = JobSearchParams {
        start_after: "08:00".into(),
        end_before: "18:00".into(),
        ..params()
    };
    let found = server.client.search_jobs(&daytime).await.unwrap();
    assert!(found.total > 0 && found.total < everything);
    for item in found.items.iter().take(5) {
        let sheet = server.client.job(&item.job_number).await.unwrap();
        for shift in &sheet.hours.shifts {
            assert!(shift.start.as_str() >= "08:00", "{shift:?}");
            assert!(
                shift.end.as_str() <= "18:00" && shift.end > shift.start,
                "{shift:?}"
            );
        }
    }

    let area = JobSearchParams {
        prefectures: vec!["13".into(), "27".into()],
        occupations: vec!["C".into()],
        ..params()
    };
    let found = server.client.search_jobs(&area).await.unwrap();
    assert!(found.total > 0);
    assert!(found
        .items
        .iter()
        .all(|i| i.locality.starts_with("東京都") || i.locality.starts_with("大阪府")));
    server.stop().await.unwrap();
}

async fn sorting_and_paging(database: TestDatabase) {
    let server = server(database).await;
    let newest = JobSearchParams {
        per_page: Some(50),
        ..params()
    };
    let page = server.client.search_jobs(&newest).await.unwrap();
    assert_eq!(page.sort, SortOrder::ReceivedDesc);
    assert_eq!(page.items.len(), 50);
    assert!(page
        .items
        .windows(2)
        .all(|w| w[0].received_on >= w[1].received_on));

    let by_deadline = JobSearchParams {
        sort: Some(SortOrder::DeadlineAsc),
        ..params()
    };
    let page = server.client.search_jobs(&by_deadline).await.unwrap();
    assert_eq!(page.items.len(), 30, "30 per page by default");
    assert!(page
        .items
        .windows(2)
        .all(|w| w[0].referral_deadline <= w[1].referral_deadline));
    assert!(page
        .items
        .iter()
        .all(|i| i.referral_deadline >= test_today()));

    // By pay: monthly, daily and hourly wages compared as monthly amounts.
    let by_wage = JobSearchParams {
        sort: Some(SortOrder::WageDesc),
        per_page: Some(50),
        ..params()
    };
    let page = server.client.search_jobs(&by_wage).await.unwrap();
    assert_eq!(page.sort, SortOrder::WageDesc);
    let monthly: Vec<u64> = page
        .items
        .iter()
        .map(|i| shigoto_domain::monthly_wage::monthly_equivalent(i.wage_kind, i.wage_max))
        .collect();
    assert!(monthly.windows(2).all(|w| w[0] >= w[1]), "{monthly:?}");
    let every = server.client.search_jobs(&params()).await.unwrap();
    assert_eq!(page.total, every.total, "the order changes nothing else");

    let first = JobSearchParams {
        per_page: Some(10),
        ..params()
    };
    let second = JobSearchParams {
        per_page: Some(10),
        page: Some(2),
        ..params()
    };
    let (first, second) = (
        server.client.search_jobs(&first).await.unwrap(),
        server.client.search_jobs(&second).await.unwrap(),
    );
    assert_eq!(first.total, second.total);
    assert_eq!(second.page, 2);
    for item in &second.items {
        assert!(!first.items.iter().any(|f| f.job_number == item.job_number));
    }
    server.stop().await.unwrap();
}

async fn job_number_lookup_and_sheet(database: TestDatabase) {
    let server = server(database).await;
    let some = server
        .client
        .search_jobs(&JobSearchParams {
            per_page: Some(10),
            ..params()
        })
        .await
        .unwrap();
    let wanted: Vec<String> = some
        .items
        .iter()
        .take(3)
        .map(|i| i.job_number.clone())
        .collect();
    let lookup = JobSearchParams {
        job_numbers: wanted.clone(),
        ..params()
    };
    let found = server.client.search_jobs(&lookup).await.unwrap();
    assert_eq!(found.total, 3);
    for number in &wanted {
        assert!(found.items.iter().any(|i| &i.job_number == number));
    }

    let sheet = server.client.job(&wanted[0]).await.unwrap();
    assert_eq!(sheet.job_number, wanted[0]);
    assert!(!sheet.work.description.is_empty());
    assert!(sheet.referral_deadline >= sheet.received_on);

    // Full-width input typed with a Japanese IME works too.
    let full_width: String = wanted[0]
        .chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap(),
            '-' => '－',
            other => other,
        })
        .collect();
    let lookup = JobSearchParams {
        job_numbers: vec![full_width],
        ..params()
    };
    assert_eq!(server.client.search_jobs(&lookup).await.unwrap().total, 1);
    server.stop().await.unwrap();
}

async fn employer_identity_follows_the_publication_range(database: TestDatabase) {
    let server = server(database).await;
    let mut conn = server.server.state.db.connection().unwrap();
    let mut seen = std::collections::HashSet::new();
    for job in shigoto_server_db::jobs::changed_since(&mut conn, 0, 10_000).unwrap() {
        let range = job.sheet.publication;
        if job.sheet.status != JobStatus::Open || !seen.insert(range) {
            continue;
        }
        let answer = server.client.job(&job.sheet.job_number).await;
        match range {
            PublicationRange::Full => {
                let sheet = answer.unwrap();
                assert!(sheet.employer.name.is_some() && !sheet.employer_hidden);
            }
            PublicationRange::RegisteredOnly | PublicationRange::NoCompanyName => {
                let sheet = answer.unwrap();
                assert!(sheet.employer_hidden);
                assert_eq!(sheet.employer.name, None);
                assert_eq!(sheet.employer.phone, None);
                assert_eq!(sheet.selection.contact, None);
                let found = server
                    .client
                    .search_jobs(&JobSearchParams {
                        job_numbers: vec![sheet.job_number.clone()],
                        ..params()
                    })
                    .await
                    .unwrap();
                assert_eq!(found.items[0].employer_name, None);
            }
            PublicationRange::NotPublished => {
                let err = answer.unwrap_err();
                assert!(
                    matches!(&err, ClientError::Api { error, .. } if error.code == ErrorCode::NotFound),
                    "{err}"
                );
                let found = server
                    .client
                    .search_jobs(&JobSearchParams {
                        job_numbers: vec![job.sheet.job_number.clone()],
                        ..params()
                    })
                    .await
                    .unwrap();
                assert_eq!(found.total, 0);
            }
        }
    }
    assert_eq!(seen.len(), 4, "the demo set has every publication range");
    server.stop().await.unwrap();
}

async fn bad_parameters_get_json_errors(database: TestDatabase) {
    let server = server(database).await;
    let http = reqwest::Client::new();
    let cases = [
        (format!("keyword={}", "あ".repeat(51)), "keyword"),
        ("prefectures=13,14,11,12".to_owned(), "prefectures"),
        ("prefectures=99".to_owned(), "prefectures"),
        ("municipalities=99999".to_owned(), "municipalities"),
        ("occupations=ZZ".to_owned(), "occupations"),
        ("per_page=20".to_owned(), "per_page"),
        ("page=0".to_owned(), "page"),
        ("job_numbers=1234".to_owned(), "job_numbers"),
        ("features=flying".to_owned(), "query"),
        ("age=abc".to_owned(), "query"),
        ("sort=relevance".to_owned(), "sort"),
        ("start_after=25:00".to_owned(), "start_after"),
    ];
    for (query, field) in cases {
        let url = format!("{}/api/v1/jobs?{}", server.base_url(), query);
        let response = http.get(&url).send().await.unwrap();
        assert_eq!(response.status(), 400, "{query}");
        let body: shigoto_shared::ApiError = response.json().await.unwrap();
        assert_eq!(body.code, ErrorCode::InvalidParameter, "{query}");
        assert_eq!(body.field.as_deref(), Some(field), "{query}");
        assert!(
            !body.message.is_ascii(),
            "message is Japanese: {}",
            body.message
        );
    }
    for (path, status) in [
        ("/api/v1/jobs/13010-1234", 400),
        ("/api/v1/jobs/99999-99999999", 404),
        ("/api/v1/nothing", 404),
    ] {
        let response = http
            .get(format!("{}{}", server.base_url(), path))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{path}");
        let body: shigoto_shared::ApiError = response.json().await.unwrap();
        assert!(!body.message.is_empty());
    }
    let openapi: serde_json::Value = http
        .get(format!("{}/api/v1/openapi.json", server.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(openapi["paths"]["/api/v1/jobs"]["get"].is_object());
    assert!(openapi["paths"]["/api/v1/jobs/{job_number}"]["get"].is_object());
    server.stop().await.unwrap();
}

async fn index_follows_database_changes(database: TestDatabase) {
    let server = server(database).await;
    let listed = server
        .client
        .search_jobs(&JobSearchParams {
            per_page: Some(10),
            ..params()
        })
        .await
        .unwrap();
    let number = listed.items[0].job_number.clone();
    let lookup = JobSearchParams {
        job_numbers: vec![number.clone()],
        ..params()
    };
    assert_eq!(server.client.search_jobs(&lookup).await.unwrap().total, 1);

    let db = server.server.state.db.clone();
    let closed = number.clone();
    let published_at = listed.items[0].published_at;
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection().unwrap();
        // The result says when the posting was first published here, to the second.
        let stored = shigoto_server_db::jobs::find(&mut conn, &closed)
            .unwrap()
            .unwrap();
        assert_eq!(
            published_at.map(|at| at.and_utc().timestamp()),
            Some(stored.published_at.and_utc().timestamp())
        );
        let now = chrono::NaiveDateTime::default();
        assert!(
            shigoto_server_db::jobs::set_status(&mut conn, &closed, JobStatus::Closed, now)
                .unwrap()
        );
    })
    .await
    .unwrap();

    assert!(
        found_nothing_within(&server, &lookup, Duration::from_secs(10)).await,
        "a closed posting leaves the index within 10 s"
    );
    let sheet = server.client.job(&number).await.unwrap();
    assert_eq!(
        sheet.status,
        JobStatus::Closed,
        "the sheet stays readable, marked closed"
    );
    server.stop().await.unwrap();
}

/// Whether `search` finds nothing within `limit` (asked every 100 ms).
async fn found_nothing_within(
    server: &TestServer,
    search: &JobSearchParams,
    limit: Duration,
) -> bool {
    let started = std::time::Instant::now();
    while started.elapsed() < limit {
        if server.client.search_jobs(search).await.unwrap().total == 0 {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// Once no posting has changed for the time set, the instance merges its index into one
/// segment, leaving out the postings changed or stopped since they were indexed; searches find
/// the same before and after.
async fn an_idle_index_is_compacted(database: TestDatabase) {
    const IDLE: Duration = Duration::from_secs(3);
    let server = start_configured(database, 300, false, |settings| {
        settings.index_compact_after_idle = Some(IDLE);
    })
    .await
    .expect("service starts");
    let index = server.server.state.index.clone();
    let everything = JobSearchParams {
        per_page: Some(10),
        ..params()
    };
    let listed = server.client.search_jobs(&everything).await.unwrap();
    let number = listed.items[0].job_number.clone();
    let lookup = JobSearchParams {
        job_numbers: vec![number.clone()],
        ..params()
    };

    let db = server.server.state.db.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = db.connection().unwrap();
        let now = chrono::NaiveDateTime::default();
        shigoto_server_db::jobs::set_status(&mut conn, &number, JobStatus::Closed, now).unwrap()
    })
    .await
    .unwrap();
    assert!(
        found_nothing_within(&server, &lookup, Duration::from_secs(5)).await,
        "the stop reached the index"
    );
    assert!(
        index.is_compactable().unwrap(),
        "the stopped posting is still in its segment, deleted"
    );

    let mut compacted = false;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        if !index.is_compactable().unwrap() {
            compacted = true;
            break;
        }
    }
    assert!(
        compacted,
        "compacted within 20 s of {IDLE:?} without a change"
    );
    assert_eq!(index.segment_count(), 1);
    let after = server.client.search_jobs(&everything).await.unwrap();
    assert_eq!(after.total, listed.total - 1);
    assert_eq!(server.client.search_jobs(&lookup).await.unwrap().total, 0);
    server.stop().await.unwrap();
}

async fn large_answers_are_gzipped_for_clients_that_accept_it(database: TestDatabase) {
    let server = server(database).await;
    let url = format!("{}/api/v1/jobs?per_page=50", server.base_url());
    // A client that decompresses nothing itself, to see the bytes on the wire.
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let plain = raw.get(&url).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.bytes().await.unwrap();
    let gzipped = raw
        .get(&url)
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(
        gzipped.headers().get("content-encoding").unwrap(),
        "gzip",
        "a search page is worth compressing"
    );
    let gzipped = gzipped.bytes().await.unwrap();
    assert!(
        gzipped.len() * 4 < plain.len(),
        "{} bytes gzipped of {} plain",
        gzipped.len(),
        plain.len()
    );
    // The API client accepts gzip and reads the same page.
    let read = server
        .client
        .search_jobs(&JobSearchParams {
            per_page: Some(50),
            ..params()
        })
        .await
        .unwrap();
    let expected: shigoto_shared::JobSearchResults = serde_json::from_slice(&plain).unwrap();
    assert_eq!(read, expected);
    // A small answer is sent as it is.
    let health = raw
        .get(format!("{}/healthz", server.base_url()))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert!(health.headers().get("content-encoding").is_none());
    server.stop().await.unwrap();
}

/// A search answers, with its page, the counts beside each choice of the form under the other
/// conditions, and what each chosen condition left out; a count is what that choice finds.
async fn every_search_answers_its_facet_counts(database: TestDatabase) {
    let server = server(database).await;
    let client = &server.client;
    let chosen = JobSearchParams {
        keyword: "事務".into(),
        prefectures: vec!["13".into()],
        features: vec![JobFeature::CarCommute],
        ..params()
    };
    let found = client.search_jobs(&chosen).await.unwrap();
    let facets = &found.facets;

    // Another prefecture's count is what searching it instead finds.
    let osaka = facets
        .prefectures
        .iter()
        .find(|f| f.value == "27")
        .map_or(0, |f| f.count);
    let in_osaka = JobSearchParams {
        prefectures: vec!["27".into()],
        ..chosen.clone()
    };
    assert_eq!(osaka, client.search_jobs(&in_osaka).await.unwrap().total);
    // Tokyo's municipalities are counted; a flag's count is what choosing it too leaves.
    assert!(facets
        .municipalities
        .iter()
        .all(|m| m.value.starts_with("13")));
    assert_eq!(
        facets.municipalities.iter().map(|m| m.count).sum::<u64>(),
        found.total
    );
    let no_transfer = facets
        .features
        .iter()
        .find(|f| f.value == "no_transfer")
        .map(|f| f.count);
    let with_it = JobSearchParams {
        features: vec![JobFeature::CarCommute, JobFeature::NoTransfer],
        ..chosen.clone()
    };
    assert_eq!(
        no_transfer,
        Some(client.search_jobs(&with_it).await.unwrap().total)
    );

    // What each chosen condition left out.
    let removed = |field: &str| {
        facets
            .removed
            .iter()
            .find(|r| r.field == field)
            .map(|r| r.count)
    };
    let without_keyword = JobSearchParams {
        keyword: String::new(),
        ..chosen.clone()
    };
    let everywhere = JobSearchParams {
        prefectures: Vec::new(),
        ..chosen.clone()
    };
    assert_eq!(
        removed("keyword"),
        Some(client.search_jobs(&without_keyword).await.unwrap().total - found.total)
    );
    assert_eq!(
        removed("prefectures"),
        Some(client.search_jobs(&everywhere).await.unwrap().total - found.total)
    );
    assert_eq!(facets.removed.len(), 3, "{:?}", facets.removed);
    server.stop().await.unwrap();
}

async fn near_duplicates_are_listed_once_and_open_on_request(database: TestDatabase) {
    let server = server(database).await;
    let mut lines = Vec::new();
    let mut first = None;
    for page in 1.. {
        let results = server
            .client
            .search_jobs(&JobSearchParams {
                page: Some(page),
                per_page: Some(50),
                ..params()
            })
            .await
            .unwrap();
        if results.items.is_empty() {
            break;
        }
        lines.extend(
            results
                .items
                .iter()
                .map(|i| (i.job_number.clone(), i.similar)),
        );
        first.get_or_insert(results);
    }
    let first = first.unwrap();
    assert!(
        first.distinct < first.total,
        "the demo reposts some postings"
    );
    assert_eq!(
        lines.len() as u64,
        first.distinct,
        "one line per distinct job"
    );
    let represented: u64 = lines.iter().map(|(_, n)| 1 + u64::from(*n)).sum();
    assert_eq!(represented, first.total);

    // 「ほか n件の類似求人」 opened, for every line that has it: the line's posting and its n
    // similar ones, each listed, all of one employer shown the same way (a group never names
    // an employer that one of its postings hides).
    let grouped: Vec<_> = lines.iter().filter(|(_, n)| *n > 0).collect();
    assert!(!grouped.is_empty());
    for (number, similar) in grouped {
        let opened = server
            .client
            .search_jobs(&JobSearchParams {
                similar_to: Some(number.clone()),
                ..params()
            })
            .await
            .unwrap();
        assert_eq!(opened.total, u64::from(*similar) + 1, "{number}");
        assert_eq!(opened.distinct, opened.total);
        assert!(opened.items.iter().any(|i| &i.job_number == number));
        assert!(opened.items.iter().all(|i| i.similar == 0));
        let mut employers = std::collections::BTreeSet::new();
        for item in &opened.items {
            let sheet = server.client.job(&item.job_number).await.unwrap();
            employers.insert((sheet.employer.office_number, item.employer_name.clone()));
        }
        assert_eq!(employers.len(), 1, "{number}: one employer, shown alike");
    }

    // A malformed number is refused, naming the field.
    let err = server
        .client
        .search_jobs(&JobSearchParams {
            similar_to: Some("not-a-number".into()),
            ..params()
        })
        .await
        .unwrap_err();
    assert_eq!(
        shigoto_test_support::field_of(&err).as_deref(),
        Some("similar_to")
    );
    server.stop().await.unwrap();
}
