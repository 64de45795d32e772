//! Who sees the employer of a posting, for every viewer × publication range, the same on the
//! search, the live 求人票, its printable PDF and the favorites' sheets of MyPage sync: only registered job seekers
//! (本登録, valid) and Hello Work staff see the employer of a posting published
//! 「求職者マイページ開設者に限定」; a provisional or lapsed seeker, an employer and the public do not.

use chrono::TimeDelta;
use shigoto_domain::visibility::{self, Viewer};
use shigoto_shared::{
    ErrorCode, JobSearchParams, JobSheet, KeyedMutation, Mutation, PublicationRange, PushRequest,
    SyncCursor,
};
use shigoto_test_support::{
    add_counselor, code_of, on_both_backends, open_employer, sign_up_seeker,
    start_with_jobs_and_smtp, TestDatabase, TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
    SEEKER_PASSWORD,
};

on_both_backends!(every_viewer_sees_each_range_the_same_everywhere);

const RANGES: [PublicationRange; 4] = [
    PublicationRange::Full,
    PublicationRange::RegisteredOnly,
    PublicationRange::NoCompanyName,
    PublicationRange::NotPublished,
];

/// One open posting of each publication range, read from the database.
fn one_of_each_range(server: &TestServer) -> Vec<JobSheet> {
    let mut conn = server.server.state.db.connection().unwrap();
    let all = shigoto_server_db::jobs::changed_since(&mut conn, 0, 10_000).unwrap();
    let today = shigoto_test_support::test_today();
    RANGES
        .iter()
        .map(|range| {
            all.iter()
                .map(|job| &job.sheet)
                .find(|sheet| {
                    sheet.publication == *range
                        && visibility::is_searchable(sheet, Viewer::Staff, today)
                })
                .unwrap_or_else(|| panic!("no open demo posting published {range:?}"))
                .clone()
        })
        .collect()
}

/// The employer's name as stored (every demo posting has one).
fn sheets_name(sheet: &JobSheet) -> &str {
    sheet.employer.name.as_deref().unwrap_or_default()
}

/// A viewer, with the token it signs in with (none for the public).
struct Looking {
    name: &'static str,
    token: Option<String>,
    /// The ranges whose employer this viewer sees.
    sees_employer: Vec<PublicationRange>,
    /// Whether the viewer keeps favorites (job seekers).
    seeker: bool,
}

async fn seeker_number(server: &TestServer, token: &str) -> String {
    server
        .client
        .me(token)
        .await
        .unwrap()
        .seeker_number
        .unwrap()
}

async fn add_favorites(server: &TestServer, token: &str, sheets: &[JobSheet]) {
    let mutations = sheets
        .iter()
        .filter(|sheet| sheet.publication != PublicationRange::NotPublished)
        .map(|sheet| KeyedMutation {
            key: uuid::Uuid::new_v4().to_string(),
            mutation: Mutation::AddFavorite {
                job_number: sheet.job_number.clone(),
                at: None,
            },
        })
        .collect();
    server
        .client
        .push_mutations(token, &PushRequest { mutations })
        .await
        .unwrap();
}

async fn every_viewer_sees_each_range_the_same_everywhere(database: TestDatabase) {
    let server = start_with_jobs_and_smtp(database, 600).await.unwrap();
    let sheets = one_of_each_range(&server);
    add_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();

    // An online registration left incomplete for 15 days has lapsed.
    let lapsed = sign_up_seeker(&server, "lapsed@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    add_favorites(&server, &lapsed, &sheets).await;
    server.clock.advance(TimeDelta::days(15));
    let lapsed = server
        .session_token("lapsed@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    let counselor = server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();

    let provisional = sign_up_seeker(&server, "provisional@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    add_favorites(&server, &provisional, &sheets).await;
    let registered = sign_up_seeker(&server, "registered@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    add_favorites(&server, &registered, &sheets).await;
    // Before 本登録 the registered-to-be seeker's favorites come without the restricted name…
    let before = server
        .client
        .pull_changes(&registered, SyncCursor::default())
        .await
        .unwrap();
    let restricted = &sheets[1].job_number;
    let cached = before
        .favorites
        .iter()
        .find(|f| &f.job_number == restricted)
        .and_then(|f| f.sheet.as_ref())
        .unwrap();
    assert_eq!(cached.employer.name, None, "provisional: no name yet");
    let number = seeker_number(&server, &registered).await;
    server
        .client
        .confirm_seeker(&counselor, &number)
        .await
        .unwrap();
    // …and 本登録 sends them again, named, to a device that pulls from its last cursor.
    let cursor = SyncCursor::from_wire(&before.cursor).unwrap();
    let after = server
        .client
        .pull_changes(&registered, cursor)
        .await
        .unwrap();
    let resent = after
        .favorites
        .iter()
        .find(|f| &f.job_number == restricted)
        .and_then(|f| f.sheet.as_ref())
        .expect("the favorite travels again after 本登録");
    assert!(resent.employer.name.is_some());

    let employer = open_employer(&server, "jinji@example.jp", SEEKER_PASSWORD)
        .await
        .unwrap();
    use PublicationRange::*;
    let viewers = [
        Looking {
            name: "public",
            token: None,
            sees_employer: vec![Full],
            seeker: false,
        },
        Looking {
            name: "provisional seeker",
            token: Some(provisional),
            sees_employer: vec![Full],
            seeker: true,
        },
        Looking {
            name: "lapsed seeker",
            token: Some(lapsed),
            sees_employer: vec![Full],
            seeker: true,
        },
        Looking {
            name: "registered seeker",
            token: Some(registered),
            sees_employer: vec![Full, RegisteredOnly],
            seeker: true,
        },
        Looking {
            name: "employer",
            token: Some(employer),
            sees_employer: vec![Full],
            seeker: false,
        },
        Looking {
            name: "counselor",
            token: Some(counselor),
            sees_employer: vec![Full, RegisteredOnly, NoCompanyName, NotPublished],
            seeker: false,
        },
    ];

    for viewer in &viewers {
        let token = viewer.token.as_deref();
        let pulled = if viewer.seeker {
            Some(
                server
                    .client
                    .pull_changes(token.unwrap(), SyncCursor::default())
                    .await
                    .unwrap(),
            )
        } else {
            None
        };
        for sheet in &sheets {
            let range = sheet.publication;
            let named = viewer.sees_employer.contains(&range);
            let what = format!("{} × {range:?}", viewer.name);

            // The live 求人票.
            match server.client.job_as(&sheet.job_number, token).await {
                Ok(shown) => {
                    let staff = viewer.sees_employer.contains(&NotPublished);
                    assert!(range != NotPublished || staff, "{what}: not published");
                    assert_eq!(shown.employer.name.is_some(), named, "{what}: 求人票");
                    assert_eq!(shown.employer_hidden, !named, "{what}: 求人票");
                }
                Err(err) => {
                    assert_eq!(range, NotPublished, "{what}: {err}");
                    assert_eq!(code_of(&err), Some(ErrorCode::NotFound), "{what}");
                    assert!(!named, "{what}: staff read every posting");
                }
            }

            // The printable 求人票 says the same.
            match server.client.job_pdf_as(&sheet.job_number, token).await {
                Ok(pdf) => {
                    let text: String = shigoto_test_support::pdf_text(&pdf)
                        .unwrap()
                        .split_whitespace()
                        .collect();
                    assert!(text.contains(&sheet.job_number), "{what}: PDF");
                    let name: String = sheets_name(sheet).split_whitespace().collect();
                    assert_eq!(text.contains(&name), named, "{what}: PDF");
                }
                Err(err) => {
                    assert_eq!(range, NotPublished, "{what}: PDF {err}");
                    assert_eq!(code_of(&err), Some(ErrorCode::NotFound), "{what}: PDF");
                }
            }

            // The search (postings not published are never listed).
            let found = server
                .client
                .search_jobs_as(
                    &JobSearchParams {
                        job_numbers: vec![sheet.job_number.clone()],
                        ..JobSearchParams::default()
                    },
                    token,
                )
                .await
                .unwrap();
            if range == NotPublished {
                assert!(found.items.is_empty(), "{what}: search");
            } else {
                assert_eq!(found.items.len(), 1, "{what}: search");
                assert_eq!(
                    found.items[0].employer_name.is_some(),
                    named,
                    "{what}: search"
                );
            }

            // The favorites' sheets of MyPage sync.
            if let Some(pulled) = &pulled {
                let favorite = pulled
                    .favorites
                    .iter()
                    .find(|f| f.job_number == sheet.job_number);
                if range == NotPublished {
                    assert!(favorite.is_none(), "{what}: never a favorite");
                } else {
                    let cached = favorite.and_then(|f| f.sheet.as_ref()).unwrap();
                    assert_eq!(cached.employer.name.is_some(), named, "{what}: sync");
                }
            }
        }
    }
    server.stop().await.unwrap();
}
