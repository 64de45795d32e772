//! New-job alerts (新着をお知らせ): a saved search marked for them syncs the mark; a pull that
//! asks counts the postings published after the search's last run (not those published before
//! it, not those of another search); the daily digest goes through a real SMTP server once per
//! reader and day however many instances look at once, lists the day's postings with the rest
//! counted, and goes only to seekers who asked (employers cannot).

use chrono::TimeDelta;
use shigoto_server::clock::Clock;
use shigoto_shared::{
    ErrorCode, JobSearchParams, KeyedMutation, Mutation, NotificationSettings, Outcome,
    PushRequest, SyncCursor,
};
use shigoto_test_support::{
    code_of, desk_with_seeker, on_both_backends, published_posting, sample_posting, PostingDesk,
    TestDatabase, COUNSELOR_EMAIL, COUNSELOR_PASSWORD, SAMPLE_KEYWORD, SEEKER_EMAIL,
    SEEKER_PASSWORD,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";

on_both_backends!(
    a_marked_search_counts_what_was_published_after_its_run,
    the_daily_digest_goes_once_to_those_who_asked,
);

fn keyed(mutation: Mutation) -> KeyedMutation {
    KeyedMutation {
        key: uuid::Uuid::new_v4().to_string(),
        mutation,
    }
}

async fn push(desk: &PostingDesk, token: &str, mutations: Vec<Mutation>) {
    let mutations = mutations.into_iter().map(keyed).collect();
    let answer = desk
        .server
        .client
        .push_mutations(token, &PushRequest { mutations })
        .await
        .unwrap();
    for result in answer.results {
        assert_eq!(result.outcome, Outcome::Applied);
    }
}

/// Saves a search for `keyword` under `id`, run now.
fn saved(id: &str, name: &str, keyword: &str, at: chrono::NaiveDateTime) -> Vec<Mutation> {
    vec![
        Mutation::SaveSearch {
            id: id.into(),
            name: name.into(),
            params: Box::new(JobSearchParams {
                keyword: keyword.into(),
                ..JobSearchParams::default()
            }),
        },
        Mutation::MarkSearchRun { id: id.into(), at },
    ]
}

/// Publishes sample postings titled `titles` and waits until search lists them all.
async fn publish(desk: &PostingDesk, titles: &[String]) -> Vec<String> {
    let mut numbers = Vec::new();
    for title in titles {
        let form = sample_posting(title);
        let (_, number) = published_posting(&desk.server, &desk.employer, &desk.counselor, form)
            .await
            .unwrap();
        numbers.push(number);
    }
    for _ in 0..200 {
        let listed: Vec<String> = desk
            .server
            .client
            .search_jobs(&JobSearchParams {
                keyword: SAMPLE_KEYWORD.into(),
                per_page: Some(50),
                ..JobSearchParams::default()
            })
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|item| item.job_number)
            .collect();
        if numbers.iter().all(|n| listed.contains(n)) {
            return numbers;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{numbers:?} never reached the index");
}

async fn new_counts(desk: &PostingDesk, token: &str) -> Vec<(String, u64)> {
    let pulled = desk
        .server
        .client
        .pull_changes_with(token, SyncCursor::default(), true)
        .await
        .unwrap();
    let mut counts: Vec<(String, u64)> = pulled
        .new_postings
        .unwrap()
        .into_iter()
        .map(|n| (n.id, n.count))
        .collect();
    counts.sort();
    counts
}

async fn a_marked_search_counts_what_was_published_after_its_run(database: TestDatabase) {
    let (desk, _, seeker, _) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let (stationery, other) = (
        uuid::Uuid::new_v4().to_string(),
        uuid::Uuid::new_v4().to_string(),
    );
    let now = desk.server.clock.now_utc();
    let mut mutations = saved(&stationery, "文具", SAMPLE_KEYWORD, now);
    mutations.extend(saved(&other, "看護", "看護師", now));
    mutations.push(Mutation::SetSearchAlert {
        id: stationery.clone(),
        on: true,
    });
    push(&desk, &seeker, mutations).await;
    let pulled = desk
        .server
        .client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    let marks: Vec<(bool, bool)> = pulled
        .saved_searches
        .iter()
        .map(|s| (s.id == stationery, s.notify_new))
        .collect();
    assert!(
        marks.contains(&(true, true)) && marks.contains(&(false, false)),
        "{marks:?}"
    );
    assert!(
        new_counts(&desk, &seeker)
            .await
            .iter()
            .all(|(_, n)| *n == 0),
        "the posting published before the run is not new"
    );

    desk.server.clock.advance(TimeDelta::minutes(30));
    publish(&desk, &["受発注事務（文具・午後）".into()]).await;
    let counts = new_counts(&desk, &seeker).await;
    assert!(counts.contains(&(stationery.clone(), 1)), "{counts:?}");
    assert!(counts.contains(&(other.clone(), 0)), "{counts:?}");

    // Running the search again starts the count afresh.
    desk.server.clock.advance(TimeDelta::minutes(1));
    let at = desk.server.clock.now_utc();
    push(
        &desk,
        &seeker,
        vec![Mutation::MarkSearchRun {
            id: stationery.clone(),
            at,
        }],
    )
    .await;
    assert!(new_counts(&desk, &seeker).await.contains(&(stationery, 0)));

    // Employers keep no saved searches: nothing is counted for them.
    let theirs = desk
        .server
        .client
        .pull_changes_with(&desk.employer, SyncCursor::default(), true)
        .await
        .unwrap();
    assert_eq!(theirs.new_postings, None);
    desk.server.stop().await.unwrap();
}

async fn the_daily_digest_goes_once_to_those_who_asked(database: TestDatabase) {
    let (mut desk, first, seeker, _) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let client = &desk.server.client;
    let smtp = desk.server.mail().unwrap();
    let stationery = uuid::Uuid::new_v4().to_string();
    let now = desk.server.clock.now_utc();
    let mut mutations = saved(&stationery, "文具の事務", SAMPLE_KEYWORD, now);
    mutations.push(Mutation::SetSearchAlert {
        id: stationery,
        on: true,
    });
    push(&desk, &seeker, mutations).await;
    let wanted = NotificationSettings {
        mails: true,
        new_jobs_digest: true,
    };
    assert_eq!(
        client
            .set_notification_settings(&seeker, &wanted)
            .await
            .unwrap(),
        wanted
    );
    assert_eq!(client.notification_settings(&seeker).await.unwrap(), wanted);
    let refused = client
        .set_notification_settings(&desk.employer, &wanted)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::InvalidParameter));

    // Eleven more the same day (10:00 JST on the 25th, the clock's start): twelve in all.
    let titles: Vec<String> = (0..11).map(|n| format!("受発注事務（文具{n}）")).collect();
    let mut published = vec![first];
    published.extend(publish(&desk, &titles).await);

    // 07:30 JST on the 26th, many instances at once: one digest.
    desk.server.clock.advance(TimeDelta::minutes(21 * 60 + 30));
    let sent = desk
        .server
        .send_daily_mails_at_once(8)
        .await
        .unwrap()
        .digests;
    assert!(sent <= 1, "{sent} digests");
    let (subject, body) = smtp
        .take_mail_about(SEEKER_EMAIL, "新着求人")
        .await
        .unwrap();
    assert_eq!(subject, "【Shigoto】新着求人のお知らせ（11月25日公開分）");
    assert!(body.contains("「文具の事務」　12件"), "{body}");
    let listed = published
        .iter()
        .filter(|n| body.contains(n.as_str()))
        .count();
    assert_eq!(listed, 10, "{body}");
    assert!(body.contains("ほか2件"), "{body}");
    let again = desk.server.send_daily_mails().await.unwrap();
    assert_eq!(again.digests, 0);
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(smtp.count_about(SEEKER_EMAIL, "新着求人"), 0, "one a day");

    // Turned off: the next day brings none, though a posting was published.
    let again = |email, password| desk.server.session_token(email, password);
    let seeker = again(SEEKER_EMAIL, SEEKER_PASSWORD).await.unwrap();
    desk.employer = again(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    desk.counselor = again(COUNSELOR_EMAIL, COUNSELOR_PASSWORD).await.unwrap();
    let off = NotificationSettings {
        mails: true,
        new_jobs_digest: false,
    };
    client
        .set_notification_settings(&seeker, &off)
        .await
        .unwrap();
    publish(&desk, &["受発注事務（文具・翌日）".into()]).await;
    desk.server.clock.advance(TimeDelta::hours(24));
    let next_day = desk.server.send_daily_mails().await.unwrap();
    assert_eq!(next_day.digests, 0);
    desk.server.stop().await.unwrap();
}
