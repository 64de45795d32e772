//! 応募検討依頼: an employer finds published 求職情報 by occupation, prefecture, experience and
//! licence (never anything personal), asks a seeker to consider their posting once, the seeker
//! gets it in the MyPage pull with a thread and a mail, and answers by applying or declining
//! (once); at most ten seekers per posting however many requests race; nobody else sends,
//! reads or answers them.

use shigoto_api_client::ClientError;
use shigoto_shared::{
    ErrorCode, ProfileSearch, RequestAnswer, RequestToConsider, SeekerProfile, SentRequest,
    SentRequests, SyncCursor, WorkHistoryEntry,
};
use shigoto_test_support::{
    accepted_employer, code_of, desk_with_seeker, on_both_backends, open_employer,
    plain_application, publish_profile, registered_seeker, PostingDesk, TestDatabase, TestServer,
    SEEKER_EMAIL,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";

on_both_backends!(
    an_employer_finds_a_published_seeker_and_asks_once,
    the_seeker_declines_once_and_nobody_else_answers,
    at_most_ten_seekers_per_posting_under_concurrent_requests,
);

fn profile() -> SeekerProfile {
    let mut profile = SeekerProfile::default();
    profile.contact.phone = "03-1234-5678".into();
    profile.desired.occupations = vec!["251".into()];
    profile.desired.areas = vec!["13101".into()];
    profile.licences = vec!["日商簿記検定2級".into()];
    profile.work_history = vec![WorkHistoryEntry {
        employer: "株式会社みなと商事".into(),
        occupation_code: "251".into(),
        from: "2019-04".into(),
        ..WorkHistoryEntry::default()
    }];
    profile
}

/// Saves [`profile`] for the seeker and publishes it; answers its public id.
async fn publish(server: &TestServer, seeker: &str, employer: &str) -> String {
    let key = uuid::Uuid::new_v4().to_string();
    publish_profile(server, seeker, profile(), &key)
        .await
        .unwrap();
    // Newest first; publications of the same minute (the test clock stands still) by the
    // seeker's number, so the one just published leads.
    let found = server
        .client
        .search_published_profiles(employer, &ProfileSearch::default())
        .await
        .unwrap();
    found.items[0].public_id.clone()
}

fn search(occupation: &str, prefecture: &str, experience: &str, licence: &str) -> ProfileSearch {
    let given = |v: &str| (!v.is_empty()).then(|| v.to_owned());
    ProfileSearch {
        occupation: given(occupation),
        prefecture: given(prefecture),
        experience: given(experience),
        licence: given(licence),
        page: None,
    }
}

/// 応募検討依頼 of `job_number` to `public_id`, as the employer signed in with `token`.
async fn send(
    desk: &PostingDesk,
    token: &str,
    job_number: &str,
    public_id: &str,
) -> Result<SentRequest, ClientError> {
    let request = ask(job_number, public_id);
    desk.server
        .client
        .send_direct_request(token, &request)
        .await
}

/// The requests of `job_number`, as listed for `token`.
async fn requests_of(
    desk: &PostingDesk,
    token: &str,
    job_number: &str,
) -> Result<SentRequests, ClientError> {
    desk.server.client.sent_requests(token, job_number).await
}

fn ask(job_number: &str, public_id: &str) -> RequestToConsider {
    RequestToConsider {
        job_number: job_number.into(),
        public_id: public_id.into(),
        note: "経理のご経験を活かせる職場です。".into(),
    }
}

async fn found(desk: &PostingDesk, conditions: ProfileSearch) -> u64 {
    desk.server
        .client
        .search_published_profiles(&desk.employer, &conditions)
        .await
        .unwrap()
        .total
}

async fn an_employer_finds_a_published_seeker_and_asks_once(database: TestDatabase) {
    let (desk, job_number, seeker, seeker_number) =
        desk_with_seeker(database, (EMPLOYER, EMPLOYER_PASSWORD), "経理事務")
            .await
            .unwrap();
    assert_eq!(
        found(&desk, ProfileSearch::default()).await,
        0,
        "nobody publishes yet"
    );
    let public_id = publish(&desk.server, &seeker, &desk.employer).await;

    assert_eq!(found(&desk, search("25", "", "", "")).await, 1);
    assert_eq!(found(&desk, search("251", "13", "C", "簿記")).await, 1);
    assert_eq!(found(&desk, search("252", "", "", "")).await, 0);
    assert_eq!(found(&desk, search("", "27", "", "")).await, 0);
    assert_eq!(found(&desk, search("", "", "", "医師")).await, 0);
    assert_eq!(
        found(&desk, search("", "", "", "%")).await,
        0,
        "wildcards are literal"
    );
    let listed = desk
        .server
        .client
        .search_published_profiles(&desk.employer, &ProfileSearch::default())
        .await
        .unwrap();
    let shown = serde_json::to_string(&listed).unwrap();
    for personal in ["03-1234-5678", "みなと商事", "1992"] {
        assert!(!shown.contains(personal), "{personal} in {shown}");
    }

    let sent = send(&desk, &desk.employer, &job_number, &public_id)
        .await
        .unwrap();
    assert_eq!(sent.answer, None);
    let again = send(&desk, &desk.employer, &job_number, &public_id)
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&again),
        Some(ErrorCode::Conflict),
        "each seeker once a posting"
    );
    let listed = requests_of(&desk, &desk.employer, &job_number)
        .await
        .unwrap();
    assert_eq!(listed.items.len(), 1);
    assert_eq!(listed.remaining, 9, "a refused request takes no place");

    // The seeker: the request and a thread with the employer in the pull, and a mail.
    let pulled = desk
        .server
        .client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(pulled.requests.len(), 1);
    assert_eq!(pulled.requests[0].job_number, job_number);
    assert_eq!(pulled.requests[0].note, "経理のご経験を活かせる職場です。");
    let opening = pulled
        .messages
        .iter()
        .find(|m| m.body.contains("【応募検討依頼】"));
    assert!(opening.is_some(), "{:?}", pulled.messages);
    let mail = desk.server.mail().unwrap();
    let (subject, _) = mail
        .take_mail_about(SEEKER_EMAIL, "応募検討依頼")
        .await
        .unwrap();
    assert!(subject.contains("応募検討依頼"), "{subject}");

    // Applying answers it.
    desk.server
        .client
        .apply(&seeker, &plain_application(&job_number))
        .await
        .unwrap();
    let listed = requests_of(&desk, &desk.employer, &job_number)
        .await
        .unwrap();
    assert_eq!(listed.items[0].answer, Some(RequestAnswer::Applied));
    let cursor = SyncCursor::from_wire(&pulled.cursor).unwrap();
    let later = desk
        .server
        .client
        .pull_changes(&seeker, cursor)
        .await
        .unwrap();
    assert_eq!(later.requests[0].answer, Some(RequestAnswer::Applied));

    // The counselor's record shows the publication and the request with its answer.
    let record = desk
        .server
        .client
        .seeker_record(&desk.counselor, &seeker_number)
        .await
        .unwrap();
    assert!(record.published_since.is_some());
    assert_eq!(record.requests.len(), 1);
    assert_eq!(record.requests[0].answer, Some(RequestAnswer::Applied));

    // Stopped: no longer found, no longer asked.
    desk.server.client.stop_publishing(&seeker).await.unwrap();
    assert_eq!(found(&desk, ProfileSearch::default()).await, 0);
    let refused = send(&desk, &desk.employer, &job_number, &public_id)
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&refused),
        Some(ErrorCode::NotFound),
        "no longer published"
    );
    let record = desk
        .server
        .client
        .seeker_record(&desk.counselor, &seeker_number)
        .await
        .unwrap();
    assert_eq!(record.published_since, None);
    desk.server.stop().await.unwrap();
}

async fn the_seeker_declines_once_and_nobody_else_answers(database: TestDatabase) {
    let (desk, job_number, seeker, _) =
        desk_with_seeker(database, (EMPLOYER, EMPLOYER_PASSWORD), "経理事務")
            .await
            .unwrap();
    let public_id = publish(&desk.server, &seeker, &desk.employer).await;
    let pending_employer = open_employer(&desk.server, "pending@example.jp", "Shinsa#Chu2026")
        .await
        .unwrap();
    let other_employer = accepted_employer(
        &desk.server,
        &desk.counselor,
        "other@example.jp",
        "Hoka#Kaisha2026",
    )
    .await
    .unwrap();
    let other_seeker = registered_seeker(
        &desk.server,
        &desk.counselor,
        "other@example.jp.test",
        "Hoka#Seeker26",
    )
    .await
    .unwrap()
    .0;

    // Who may not send: another employer (not theirs: 404; not accepted yet: 409), a seeker, a
    // counselor, nobody.
    let refused = send(&desk, &other_employer, &job_number, &public_id)
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&refused),
        Some(ErrorCode::NotFound),
        "not their posting"
    );
    let refused = requests_of(&desk, &other_employer, &job_number)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::NotFound));
    for (who, token, code) in [
        (
            "employer under review",
            pending_employer.as_str(),
            ErrorCode::Conflict,
        ),
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("counselor", desk.counselor.as_str(), ErrorCode::Forbidden),
        ("nobody", "not-a-token", ErrorCode::Unauthenticated),
    ] {
        let refused = send(&desk, token, &job_number, &public_id)
            .await
            .unwrap_err();
        assert_eq!(code_of(&refused), Some(code), "{who} sends");
        let refused = requests_of(&desk, token, &job_number).await.unwrap_err();
        assert_eq!(code_of(&refused), Some(code), "{who} lists");
        let refused = desk
            .server
            .client
            .search_published_profiles(token, &ProfileSearch::default())
            .await
            .unwrap_err();
        assert_eq!(code_of(&refused), Some(code), "{who} searches");
    }
    let unknown = send(&desk, &desk.employer, &job_number, "no-such-publication")
        .await
        .unwrap_err();
    assert_eq!(code_of(&unknown), Some(ErrorCode::NotFound));

    let sent = send(&desk, &desk.employer, &job_number, &public_id)
        .await
        .unwrap();
    let refused = desk
        .server
        .client
        .decline_request(&other_seeker, sent.id)
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&refused),
        Some(ErrorCode::NotFound),
        "another seeker's request"
    );
    let refused = desk
        .server
        .client
        .decline_request(&desk.employer, sent.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Forbidden));
    let declined = desk
        .server
        .client
        .decline_request(&seeker, sent.id)
        .await
        .unwrap();
    assert_eq!(declined.answer, Some(RequestAnswer::Declined));
    let again = desk
        .server
        .client
        .decline_request(&seeker, sent.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&again), Some(ErrorCode::Conflict), "answered once");
    let listed = requests_of(&desk, &desk.employer, &job_number)
        .await
        .unwrap();
    assert_eq!(listed.items[0].answer, Some(RequestAnswer::Declined));
    desk.server.stop().await.unwrap();
}

async fn at_most_ten_seekers_per_posting_under_concurrent_requests(database: TestDatabase) {
    let (desk, job_number, first, _) =
        desk_with_seeker(database, (EMPLOYER, EMPLOYER_PASSWORD), "経理事務")
            .await
            .unwrap();
    let mut public_ids = vec![publish(&desk.server, &first, &desk.employer).await];
    for i in 1..12 {
        let email = format!("seeker{i}@example.jp");
        let (token, _) = registered_seeker(&desk.server, &desk.counselor, &email, "Kyushoku#2026")
            .await
            .unwrap();
        public_ids.push(publish(&desk.server, &token, &desk.employer).await);
    }
    let mut tries = tokio::task::JoinSet::new();
    for public_id in &public_ids {
        let (client, employer) = (desk.server.client.clone(), desk.employer.clone());
        let request = ask(&job_number, public_id);
        tries.spawn(async move { client.send_direct_request(&employer, &request).await });
    }
    let answers = tries.join_all().await;
    let sent = answers.iter().filter(|a| a.is_ok()).count();
    assert_eq!(sent, 10, "{answers:?}");
    for refused in answers.iter().filter_map(|a| a.as_ref().err()) {
        assert_eq!(code_of(refused), Some(ErrorCode::Conflict), "{refused:?}");
    }
    let listed = requests_of(&desk, &desk.employer, &job_number)
        .await
        .unwrap();
    assert_eq!(listed.items.len(), 10);
    assert_eq!(listed.remaining, 0);
    desk.server.stop().await.unwrap();
}
