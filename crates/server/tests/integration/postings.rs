//! 求人申込み end to end over HTTP against a real service with a real SMTP server: drafts kept
//! and private to their employer, 申込み checked by the steps' rules, the counselor's 受理
//! (numbers unique under concurrency, searchable within seconds) and 返戻, a change reviewed
//! while the published version stays, the one extension, 募集停止 and expiry, the redaction a
//! posting's publication range asks for, and who may do what.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeDelta};
use shigoto_api_client::ClientError;
use shigoto_shared::{
    ErrorCode, JobSearchParams, JobStatus, KeyedMutation, Mutation, NewPosting, Outcome,
    PostingForm, PostingReturn, PostingSave, PostingStatus, PublicationRange, PushRequest, Role,
    SyncCursor,
};
use shigoto_test_support::{
    accepted_employer, code_of, field_of, filed_posting, on_both_backends, open_employer,
    posting_desk, published_posting, sample_posting, sign_up_seeker, signed_in_counselor_at,
    test_today, PostingDesk, TestDatabase, TestServer, COUNSELOR_PASSWORD, SAMPLE_KEYWORD,
    SEEKER_EMAIL, SEEKER_PASSWORD,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const OTHER_EMPLOYER: &str = "saiyo@kasumi-bungu.example.jp";
const PASSWORD: &str = "Kyujin#Moushikomi1";
const OSAKA_COUNSELOR: &str = "yamamoto@hellowork.example.jp";

/// How long a published or stopped posting may take to reach search (the issue's bound).
const SEARCH_WITHIN: Duration = Duration::from_secs(5);

type Desk = PostingDesk;

/// A service with a few demo postings, a Tokyo counselor and an accepted Tokyo employer.
async fn desk(database: TestDatabase) -> Desk {
    posting_desk(database, 50, EMPLOYER, PASSWORD)
        .await
        .unwrap()
}

fn save(form: PostingForm) -> PostingSave {
    PostingSave { form }
}

/// Writes a posting as a draft and files it; returns its id.
async fn filed(desk: &Desk, title: &str) -> i64 {
    filed_posting(&desk.server, &desk.employer, sample_posting(title))
        .await
        .unwrap()
}

/// Files a posting and has it accepted; returns its id and 求人番号.
async fn published(desk: &Desk, title: &str) -> (i64, String) {
    published_posting(
        &desk.server,
        &desk.employer,
        &desk.counselor,
        sample_posting(title),
    )
    .await
    .unwrap()
}

fn keyword(word: &str) -> JobSearchParams {
    JobSearchParams {
        keyword: word.into(),
        ..JobSearchParams::default()
    }
}

/// The 求人番号 the public search finds for `word`.
async fn found(server: &TestServer, word: &str) -> Vec<String> {
    server
        .client
        .search_jobs(&keyword(word))
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|item| item.job_number)
        .collect()
}

/// Waits until the search for `word` does (or does not) find `number`; returns how long it
/// took, or panics after [`SEARCH_WITHIN`].
async fn until_search(server: &TestServer, word: &str, number: &str, listed: bool) -> Duration {
    let started = Instant::now();
    loop {
        if found(server, word).await.iter().any(|n| n == number) == listed {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < SEARCH_WITHIN,
            "{number} still {} search for {word} after {SEARCH_WITHIN:?}",
            if listed { "missing from" } else { "in" }
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

on_both_backends!(
    a_posting_goes_from_a_draft_to_search_and_out_again,
    a_returned_posting_is_corrected_and_filed_again,
    drafts_are_their_employers_alone,
    counselors_decide_only_their_prefectures_postings,
    concurrent_acceptance_issues_unique_numbers_once,
    a_published_posting_is_extended_once_and_expires,
    a_change_is_reviewed_while_the_published_version_stays,
    drafts_are_limited_under_concurrency,
    a_posting_is_published_with_the_redaction_its_range_asks_for,
);

async fn a_posting_goes_from_a_draft_to_search_and_out_again(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;

    // A half-written draft keeps exactly what was typed, numbers included.
    let draft = client
        .new_posting(&desk.employer, &NewPosting::default())
        .await
        .unwrap();
    assert_eq!(draft.item.status, PostingStatus::Draft);
    let mut half = PostingForm::default();
    half.work.title = "総務・一般事務".into();
    half.wage.base_min = "２１万".into();
    let kept = client
        .save_posting(&desk.employer, draft.item.id, &save(half.clone()))
        .await
        .unwrap();
    assert_eq!(kept.form, half);
    assert_eq!(
        client
            .posting(&desk.employer, draft.item.id)
            .await
            .unwrap()
            .form,
        half
    );
    let list = client.list_postings(&desk.employer).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].title, "総務・一般事務");
    assert_eq!(list[0].status, PostingStatus::Draft);

    // Filing it half-written is refused on the field at fault, and nothing is lost.
    let err = client
        .submit_posting(&desk.employer, draft.item.id, &save(half.clone()))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter));
    assert_eq!(field_of(&err).as_deref(), Some("category.category"));
    assert_eq!(
        client
            .posting(&desk.employer, draft.item.id)
            .await
            .unwrap()
            .item
            .status,
        PostingStatus::Draft
    );

    // Filed complete, it waits for the counselor, who sees the sheet to be published.
    let filed = client
        .submit_posting(
            &desk.employer,
            draft.item.id,
            &save(sample_posting("総務・一般事務")),
        )
        .await
        .unwrap();
    assert_eq!(filed.item.status, PostingStatus::Submitted);
    let queue = client.posting_queue(&desk.counselor).await.unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].employer_name, "株式会社しごと商事");
    assert_eq!(queue[0].title, "総務・一般事務");
    let review = client
        .posting_review(&desk.counselor, draft.item.id)
        .await
        .unwrap();
    assert_eq!(
        review.sheet.job_number,
        shigoto_domain::posting::NUMBER_AT_ACCEPTANCE
    );
    assert_eq!(
        review.sheet.employer.name.as_deref(),
        Some("株式会社しごと商事")
    );
    // Filed postings cannot be edited meanwhile.
    let err = client
        .save_posting(&desk.employer, draft.item.id, &save(half))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));

    // 受理: the office's first 求人番号, today's date, 翌々月末日; mailed to the employer.
    let accepted = client
        .accept_posting(&desk.counselor, draft.item.id)
        .await
        .unwrap();
    let number = accepted.sheet.job_number.clone();
    assert_eq!(number, "13010-00000001");
    assert_eq!(accepted.sheet.received_on, test_today());
    assert_eq!(accepted.sheet.referral_deadline, day(2027, 1, 31));
    let (subject, body) = desk
        .server
        .mail()
        .unwrap()
        .take_mail_about(EMPLOYER, "求人受理")
        .await
        .unwrap();
    assert!(subject.contains("求人受理"), "{subject}");
    assert!(body.contains(&number), "{body}");
    assert!(client
        .posting_queue(&desk.counselor)
        .await
        .unwrap()
        .is_empty());

    // Searchable by a word of its 仕事内容 within seconds, and its 求人票 opens for anyone.
    let took = until_search(&desk.server, SAMPLE_KEYWORD, &number, true).await;
    println!("accepted posting searchable after {} ms", took.as_millis());
    let sheet = client.job(&number).await.unwrap();
    assert_eq!(sheet.work.title, "総務・一般事務");
    assert_eq!(sheet.status, JobStatus::Open);
    let mine = client.list_postings(&desk.employer).await.unwrap();
    assert_eq!(mine[0].status, PostingStatus::Published);
    assert_eq!(mine[0].job_number.as_deref(), Some(number.as_str()));
    assert_eq!(mine[0].referral_deadline, Some(day(2027, 1, 31)));

    // 募集停止: out of search, its sheet marked closed; it cannot be stopped twice.
    let stopped = client
        .stop_posting(&desk.employer, draft.item.id)
        .await
        .unwrap();
    assert_eq!(stopped.item.status, PostingStatus::Stopped);
    let took = until_search(&desk.server, SAMPLE_KEYWORD, &number, false).await;
    println!(
        "stopped posting out of search after {} ms",
        took.as_millis()
    );
    assert_eq!(client.job(&number).await.unwrap().status, JobStatus::Closed);
    let err = client
        .stop_posting(&desk.employer, draft.item.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));

    // A copy of it starts a new draft with its form.
    let copy = client
        .new_posting(
            &desk.employer,
            &NewPosting {
                copy_from: Some(draft.item.id),
            },
        )
        .await
        .unwrap();
    assert_eq!(copy.item.status, PostingStatus::Draft);
    assert_eq!(copy.form, sample_posting("総務・一般事務"));
    client
        .delete_posting(&desk.employer, copy.item.id)
        .await
        .unwrap();
    let err = client
        .delete_posting(&desk.employer, draft.item.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict), "only drafts go");
}

async fn a_returned_posting_is_corrected_and_filed_again(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let id = filed(&desk, "経理事務").await;

    let err = client
        .return_posting(&desk.counselor, id, &PostingReturn { reason: " ".into() })
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("reason"));
    let reason = "賃金締切日と支払日を具体的に記入してください。";
    client
        .return_posting(
            &desk.counselor,
            id,
            &PostingReturn {
                reason: reason.into(),
            },
        )
        .await
        .unwrap();
    let (_, body) = desk
        .server
        .mail()
        .unwrap()
        .take_mail_about(EMPLOYER, "返戻")
        .await
        .unwrap();
    assert!(body.contains(reason), "{body}");
    let returned = client.posting(&desk.employer, id).await.unwrap();
    assert_eq!(returned.item.status, PostingStatus::Returned);
    assert_eq!(returned.item.return_reason.as_deref(), Some(reason));
    // Decided once: neither 返戻 nor 受理 again.
    let err = client
        .accept_posting(&desk.counselor, id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));

    // Corrected (kept first, then filed) and accepted.
    let mut corrected = sample_posting("経理事務");
    corrected.wage.closing_day = "毎月20日".into();
    client
        .save_posting(&desk.employer, id, &save(corrected.clone()))
        .await
        .unwrap();
    let refiled = client
        .submit_posting(&desk.employer, id, &save(corrected))
        .await
        .unwrap();
    assert_eq!(refiled.item.status, PostingStatus::Submitted);
    let review = client.accept_posting(&desk.counselor, id).await.unwrap();
    assert_eq!(review.sheet.wage.closing_day, "毎月20日");
    let err = client
        .return_posting(
            &desk.counselor,
            id,
            &PostingReturn {
                reason: reason.into(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));
}

/// Every employer call on posting `id`, as `token`: (name, the error if refused).
async fn employer_calls(
    server: &TestServer,
    token: &str,
    id: i64,
) -> Vec<(&'static str, Option<ClientError>)> {
    let client = &server.client;
    let form = save(sample_posting("盗み見"));
    vec![
        ("list", client.list_postings(token).await.err()),
        (
            "new",
            client
                .new_posting(token, &NewPosting::default())
                .await
                .err(),
        ),
        (
            "copy",
            client
                .new_posting(
                    token,
                    &NewPosting {
                        copy_from: Some(id),
                    },
                )
                .await
                .err(),
        ),
        ("read", client.posting(token, id).await.err()),
        ("save", client.save_posting(token, id, &form).await.err()),
        (
            "submit",
            client.submit_posting(token, id, &form).await.err(),
        ),
        ("change", client.change_posting(token, id).await.err()),
        ("extend", client.extend_posting(token, id).await.err()),
        ("stop", client.stop_posting(token, id).await.err()),
        ("delete", client.delete_posting(token, id).await.err()),
    ]
}

async fn drafts_are_their_employers_alone(database: TestDatabase) {
    let desk = desk(database).await;
    let draft = desk
        .server
        .client
        .new_posting(&desk.employer, &NewPosting::default())
        .await
        .unwrap();
    let mut mine = PostingForm::default();
    mine.work.title = "秘密の下書き".into();
    desk.server
        .client
        .save_posting(&desk.employer, draft.item.id, &save(mine.clone()))
        .await
        .unwrap();
    let other = accepted_employer(&desk.server, &desk.counselor, OTHER_EMPLOYER, PASSWORD)
        .await
        .unwrap();
    let seeker = sign_up_seeker(&desk.server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let provisional = open_employer(&desk.server, "mada@shinsa-chu.example.jp", PASSWORD)
        .await
        .unwrap();

    // Another employer: their own list and drafts work; this one's posting does not exist.
    for (call, refused) in employer_calls(&desk.server, &other, draft.item.id).await {
        match call {
            "list" | "new" => assert!(refused.is_none(), "{call}: {refused:?}"),
            _ => assert_eq!(
                refused.as_ref().and_then(code_of),
                Some(ErrorCode::NotFound),
                "{call}"
            ),
        }
    }
    assert!(desk
        .server
        .client
        .list_postings(&other)
        .await
        .unwrap()
        .iter()
        .all(|item| item.id != draft.item.id));
    // Other roles, no session, and an employer whose 事業所登録 is not accepted yet.
    let refusals = [
        ("", ErrorCode::Unauthenticated),
        ("not-a-token", ErrorCode::Unauthenticated),
        (seeker.as_str(), ErrorCode::Forbidden),
        (desk.counselor.as_str(), ErrorCode::Forbidden),
        (provisional.as_str(), ErrorCode::Conflict),
    ];
    for (token, code) in refusals {
        for (call, refused) in employer_calls(&desk.server, token, draft.item.id).await {
            assert_eq!(
                refused.as_ref().and_then(code_of),
                Some(code),
                "{call} with {token:?}"
            );
        }
    }
    // A draft is never in a counselor's list, nor readable there.
    assert!(desk
        .server
        .client
        .posting_queue(&desk.counselor)
        .await
        .unwrap()
        .is_empty());
    let err = desk
        .server
        .client
        .posting_review(&desk.counselor, draft.item.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));
    // And the draft is as its employer left it.
    let me = desk.server.client.me(&desk.employer).await.unwrap();
    assert_eq!(me.role, Role::Employer);
    assert_eq!(
        desk.server
            .client
            .posting(&desk.employer, draft.item.id)
            .await
            .unwrap()
            .form,
        mine
    );
}

async fn counselors_decide_only_their_prefectures_postings(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let id = filed(&desk, "倉庫内作業").await;
    let osaka = signed_in_counselor_at(&desk.server, OSAKA_COUNSELOR, COUNSELOR_PASSWORD, "27010")
        .await
        .unwrap();
    let seeker = sign_up_seeker(&desk.server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let reason = PostingReturn {
        reason: "不備があります。".into(),
    };

    assert!(client.posting_queue(&osaka).await.unwrap().is_empty());
    for (token, code) in [
        (osaka.as_str(), ErrorCode::NotFound),
        (desk.employer.as_str(), ErrorCode::Forbidden),
        (seeker.as_str(), ErrorCode::Forbidden),
        ("", ErrorCode::Unauthenticated),
    ] {
        let review = client.posting_review(token, id).await.unwrap_err();
        assert_eq!(code_of(&review), Some(code), "review with {token:?}");
        let accept = client.accept_posting(token, id).await.unwrap_err();
        assert_eq!(code_of(&accept), Some(code), "accept with {token:?}");
        let send_back = client.return_posting(token, id, &reason).await.unwrap_err();
        assert_eq!(code_of(&send_back), Some(code), "return with {token:?}");
        if code != ErrorCode::NotFound {
            let list = client.posting_queue(token).await.unwrap_err();
            assert_eq!(code_of(&list), Some(code), "list with {token:?}");
        }
    }
    // Nothing was decided by the refused calls.
    assert_eq!(
        client.posting_queue(&desk.counselor).await.unwrap().len(),
        1
    );
}

async fn concurrent_acceptance_issues_unique_numbers_once(database: TestDatabase) {
    let desk = desk(database).await;
    let second = {
        shigoto_test_support::add_counselor(
            &desk.server,
            "sato@hellowork.example.jp",
            COUNSELOR_PASSWORD,
        )
        .await
        .unwrap();
        desk.server
            .session_token("sato@hellowork.example.jp", COUNSELOR_PASSWORD)
            .await
            .unwrap()
    };
    const POSTINGS: usize = 12;
    let mut ids = Vec::new();
    for i in 0..POSTINGS {
        ids.push(filed(&desk, &format!("製造スタッフ{i}")).await);
    }
    // Two counselors accept every posting at the same time: each is accepted exactly once.
    let mut tasks = Vec::new();
    for &id in &ids {
        for token in [desk.counselor.clone(), second.clone()] {
            let client = desk.server.client.clone();
            tasks.push(tokio::spawn(async move {
                client.accept_posting(&token, id).await
            }));
        }
    }
    let mut numbers = Vec::new();
    let mut refused = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(review) => numbers.push(review.sheet.job_number),
            Err(err) => {
                assert_eq!(code_of(&err), Some(ErrorCode::Conflict), "{err}");
                refused += 1;
            }
        }
    }
    assert_eq!(numbers.len(), POSTINGS);
    assert_eq!(refused, POSTINGS);
    numbers.sort();
    let expected: Vec<String> = (1..=POSTINGS)
        .map(|serial| format!("13010-{serial:08}"))
        .collect();
    assert_eq!(numbers, expected);
    let listed = desk
        .server
        .client
        .list_postings(&desk.employer)
        .await
        .unwrap();
    assert!(listed
        .iter()
        .all(|item| item.status == PostingStatus::Published));
}

async fn a_published_posting_is_extended_once_and_expires(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let (id, number) = published(&desk, "介護職員").await;

    // Ten at once: one extension.
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let client = client.clone();
        let token = desk.employer.clone();
        tasks.push(tokio::spawn(async move {
            client.extend_posting(&token, id).await
        }));
    }
    let mut extended = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            Ok(detail) => extended.push(detail),
            Err(err) => {
                assert_eq!(code_of(&err), Some(ErrorCode::Conflict));
                assert!(err.to_string().contains("1回だけ"), "{err}");
            }
        }
    }
    assert_eq!(extended.len(), 1);
    assert_eq!(extended[0].item.referral_deadline, Some(day(2027, 2, 28)));
    assert!(extended[0].item.extended);
    assert_eq!(
        client.job(&number).await.unwrap().referral_deadline,
        day(2027, 2, 28)
    );

    // Listed through the last day (Japan date), gone the day after, by itself.
    until_search(&desk.server, SAMPLE_KEYWORD, &number, true).await;
    desk.server.clock.advance(TimeDelta::days(
        (day(2027, 2, 28) - test_today()).num_days(),
    ));
    assert!(found(&desk.server, SAMPLE_KEYWORD).await.contains(&number));
    desk.server.clock.advance(TimeDelta::days(1));
    assert!(!found(&desk.server, SAMPLE_KEYWORD).await.contains(&number));
    // Months later the session has ended: sign in again.
    let employer = desk.server.session_token(EMPLOYER, PASSWORD).await.unwrap();
    let listed = client.list_postings(&employer).await.unwrap();
    assert_eq!(listed[0].status, PostingStatus::Expired);
    let err = client.extend_posting(&employer, id).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));
    let err = client.change_posting(&employer, id).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));
}

async fn a_change_is_reviewed_while_the_published_version_stays(database: TestDatabase) {
    let desk = desk(database).await;
    let client = &desk.server.client;
    let (id, number) = published(&desk, "総務事務").await;
    until_search(&desk.server, SAMPLE_KEYWORD, &number, true).await;
    // A job seeker keeps it among their favorites and has synced.
    let seeker = sign_up_seeker(&desk.server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let pushed = client
        .push_mutations(
            &seeker,
            &PushRequest {
                mutations: vec![KeyedMutation {
                    key: uuid::Uuid::new_v4().to_string(),
                    mutation: Mutation::AddFavorite {
                        job_number: number.clone(),
                        at: None,
                    },
                }],
            },
        )
        .await
        .unwrap();
    assert_eq!(pushed.results[0].outcome, Outcome::Applied);
    let synced = client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    let cursor = SyncCursor::from_wire(&synced.cursor).unwrap();

    let change = client.change_posting(&desk.employer, id).await.unwrap();
    assert!(change.item.is_change);
    assert_eq!(change.item.status, PostingStatus::Draft);
    assert_eq!(change.item.job_number.as_deref(), Some(number.as_str()));
    assert_eq!(change.form, sample_posting("総務事務"));
    let err = client.change_posting(&desk.employer, id).await.unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::Conflict),
        "one change at a time"
    );
    let listed = client.list_postings(&desk.employer).await.unwrap();
    let original = listed.iter().find(|item| item.id == id).unwrap();
    assert_eq!(original.status, PostingStatus::Published);
    assert_eq!(original.change.as_ref().map(|c| c.id), Some(change.item.id));

    let mut changed = sample_posting("総務事務（変更後）");
    changed.work.description = "文具問屋の受発注と請求書の発行をお願いします。".into();
    client
        .submit_posting(&desk.employer, change.item.id, &save(changed))
        .await
        .unwrap();
    // Under review, the published version is still what search and the sheet show.
    assert!(found(&desk.server, SAMPLE_KEYWORD).await.contains(&number));
    let review = client
        .posting_review(&desk.counselor, change.item.id)
        .await
        .unwrap();
    assert_eq!(review.item.changes.as_deref(), Some(number.as_str()));
    assert_eq!(review.sheet.job_number, number, "a change keeps its number");
    assert_eq!(review.current.unwrap().work.title, "総務事務");

    let accepted = client
        .accept_posting(&desk.counselor, change.item.id)
        .await
        .unwrap();
    assert_eq!(accepted.sheet.job_number, number);
    assert_eq!(accepted.sheet.received_on, test_today());
    let took = until_search(&desk.server, "請求書", &number, true).await;
    println!("changed posting searchable after {} ms", took.as_millis());
    until_search(&desk.server, SAMPLE_KEYWORD, &number, false).await;
    assert_eq!(
        client.job(&number).await.unwrap().work.title,
        "総務事務（変更後）"
    );
    // The change is folded into the posting: one line, no change under way.
    let listed = client.list_postings(&desk.employer).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].title, "総務事務（変更後）");
    assert!(listed[0].change.is_none());
    let err = client
        .posting(&desk.employer, change.item.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));

    // A change started and then the posting stopped: the change goes with it.
    let again = client.change_posting(&desk.employer, id).await.unwrap();
    client.stop_posting(&desk.employer, id).await.unwrap();
    let err = client
        .posting(&desk.employer, again.item.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));
    // Stopped, the favorite shows it ended (掲載終了).
    let last = client.pull_changes(&seeker, cursor).await.unwrap();
    assert!(last.closed.contains(&number), "{:?}", last.closed);
}

async fn drafts_are_limited_under_concurrency(database: TestDatabase) {
    let desk = desk(database).await;
    let limit = shigoto_domain::posting::MAX_DRAFTS;
    let mut tasks = Vec::new();
    for _ in 0..limit + 10 {
        let client = desk.server.client.clone();
        let token = desk.employer.clone();
        tasks.push(tokio::spawn(async move {
            client.new_posting(&token, &NewPosting::default()).await
        }));
    }
    let mut created = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => created += 1,
            Err(err) => {
                assert_eq!(code_of(&err), Some(ErrorCode::Conflict), "{err}");
                assert!(err.to_string().contains("下書き"), "{err}");
            }
        }
    }
    assert_eq!(created, limit);
    assert_eq!(
        desk.server
            .client
            .list_postings(&desk.employer)
            .await
            .unwrap()
            .len(),
        limit
    );
}

/// Files `form` and has it accepted; returns its 求人番号.
async fn published_form(desk: &Desk, form: PostingForm) -> String {
    let draft = desk
        .server
        .client
        .new_posting(&desk.employer, &NewPosting::default())
        .await
        .unwrap();
    let id = draft.item.id;
    desk.server
        .client
        .submit_posting(&desk.employer, id, &save(form))
        .await
        .unwrap();
    let review = desk
        .server
        .client
        .accept_posting(&desk.counselor, id)
        .await
        .unwrap();
    review.sheet.job_number
}

async fn a_posting_is_published_with_the_redaction_its_range_asks_for(database: TestDatabase) {
    let desk = desk(database).await;
    let server = &desk.server;
    let with_range = |title: &str, range: PublicationRange| {
        let mut form = sample_posting(title);
        form.selection.publication = Some(range);
        // 自主応募 goes only with the ranges that name the company.
        form.selection.online_application = false;
        form
    };
    let unlisted = published_form(
        &desk,
        with_range("経理事務（非公開）", PublicationRange::NotPublished),
    )
    .await;
    let nameless = published_form(
        &desk,
        with_range("経理事務（名称非公開）", PublicationRange::NoCompanyName),
    )
    .await;

    // Accepted after the unpublished one, the nameless one reaching search means the index has
    // passed both.
    until_search(server, SAMPLE_KEYWORD, &nameless, true).await;
    let results = server
        .client
        .search_jobs(&keyword(SAMPLE_KEYWORD))
        .await
        .unwrap();
    let listed: Vec<_> = results.items.iter().map(|i| &i.job_number).collect();
    assert_eq!(
        listed,
        [&nameless],
        "the unpublished posting is not searchable"
    );
    assert_eq!(
        results.items[0].employer_name, None,
        "no company name in the list"
    );
    let public = server.client.job(&nameless).await.unwrap();
    assert_eq!(public.employer.name, None, "no company name on the 求人票");
    assert!(public.employer_hidden);
    let refused = server.client.job(&unlisted).await.unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::NotFound), "{refused:?}");

    // Hello Work staff see both, with the company.
    for number in [&nameless, &unlisted] {
        let staff = server
            .client
            .job_as(number, Some(&desk.counselor))
            .await
            .unwrap();
        assert_eq!(staff.employer.name.as_deref(), Some("株式会社しごと商事"));
    }
    desk.server.stop().await.unwrap();
}
