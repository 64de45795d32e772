//! オンライン職業紹介 and おすすめ求人 over HTTP against the real service: a counselor sends a
//! posting to a seeker, who finds it in MyPage sync and in the Hello Work thread (with the
//! posting's number), applies from an online introduction as a referral whose 紹介状 the
//! employer reads; a recommendation is not applied to this way; the same posting is introduced
//! the same way once, even under concurrent requests, and applied from once; every other role
//! and user is refused.

use shigoto_shared::{
    ApplicationKind, ErrorCode, IntroductionKind, IntroductionRequest, SyncCursor, ThreadParty,
};
use shigoto_test_support::{
    add_counselor_at, code_of, desk_with_seeker, field_of, on_both_backends, registered_seeker,
    PostingDesk, TestDatabase, COUNSELOR_PASSWORD, SEEKER_PASSWORD,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";
const SECOND_SEEKER: &str = "jiro@example.jp";
const OSAKA_COUNSELOR: &str = "yamamoto@hellowork.example.jp";
const NOTE: &str = "受発注の経験が活かせる求人です。";

on_both_backends!(
    a_seeker_applies_from_an_online_introduction,
    a_posting_is_introduced_once_and_applied_from_once,
    only_the_counselor_and_the_seeker_reach_an_introduction,
);

/// A desk with a published posting and a registered seeker: the desk, the posting's number,
/// the seeker's token and 求職番号.
async fn desk(database: TestDatabase) -> (PostingDesk, String, String, String) {
    desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap()
}

fn request(job_number: &str, kind: IntroductionKind) -> IntroductionRequest {
    IntroductionRequest {
        job_number: job_number.to_owned(),
        kind,
        note: format!("  {NOTE}\n"),
    }
}

async fn a_seeker_applies_from_an_online_introduction(database: TestDatabase) {
    let (desk, number, seeker, seeker_number) = desk(database).await;
    let client = &desk.server.client;
    let sent = client
        .introduce_job(
            &desk.counselor,
            &seeker_number,
            &request(&number, IntroductionKind::Referral),
        )
        .await
        .unwrap();
    assert_eq!(sent.note, NOTE);
    assert_eq!(sent.title, "受発注事務（文具）");

    // In MyPage sync, and as a message of the Hello Work thread pointing to the posting.
    let pulled = client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(pulled.introductions, std::slice::from_ref(&sent));
    let thread = pulled
        .threads
        .iter()
        .find(|t| t.party == ThreadParty::HelloWork)
        .unwrap();
    assert_eq!(thread.unread, 1);
    let message = pulled.messages.last().unwrap();
    assert_eq!(message.job_number.as_deref(), Some(number.as_str()));
    assert!(
        message.body.starts_with("【オンライン職業紹介】"),
        "{}",
        message.body
    );
    assert!(message.body.contains(&number) && message.body.ends_with(NOTE));
    let next = client
        .pull_changes(&seeker, SyncCursor::from_wire(&pulled.cursor).unwrap())
        .await
        .unwrap();
    assert!(next.introductions.is_empty(), "sent once");

    // Applying from it is a referral; the employer reads its 紹介状.
    let applied = client
        .apply_from_introduction(&seeker, sent.id)
        .await
        .unwrap();
    assert_eq!(applied.kind, ApplicationKind::Referred);
    let applicants = client.applicants(&desk.employer, &number).await.unwrap();
    assert_eq!(applicants.len(), 1);
    assert_eq!(applicants[0].kind, ApplicationKind::Referred);
    let letter = client
        .applicant_referral_letter(&desk.employer, applicants[0].id)
        .await
        .unwrap();
    assert!(letter.starts_with(b"%PDF-"));
    let again = client
        .apply_from_introduction(&seeker, sent.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&again), Some(ErrorCode::Conflict));

    // A recommendation is applied to through the posting's own 応募する.
    let recommended = client
        .introduce_job(
            &desk.counselor,
            &seeker_number,
            &request(&number, IntroductionKind::Recommendation),
        )
        .await
        .unwrap();
    let err = client
        .apply_from_introduction(&seeker, recommended.id)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));
    desk.server.stop().await.unwrap();
}

async fn a_posting_is_introduced_once_and_applied_from_once(database: TestDatabase) {
    let (desk, number, seeker, seeker_number) = desk(database).await;
    let client = &desk.server.client;
    let mut at_once = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let (client, counselor) = (client.clone(), desk.counselor.clone());
        let (seeker_number, request) = (
            seeker_number.clone(),
            request(&number, IntroductionKind::Referral),
        );
        at_once.spawn(async move {
            client
                .introduce_job(&counselor, &seeker_number, &request)
                .await
        });
    }
    let answers = at_once.join_all().await;
    let sent: Vec<_> = answers.iter().filter_map(|a| a.as_ref().ok()).collect();
    assert_eq!(sent.len(), 1, "{answers:?}");
    assert!(answers
        .iter()
        .filter_map(|a| a.as_ref().err())
        .all(|err| code_of(err) == Some(ErrorCode::Conflict)));
    let id = sent[0].id;
    let thread = client.threads(&seeker).await.unwrap();
    let messages = client.thread(&seeker, thread[0].id).await.unwrap().messages;
    assert_eq!(messages.len(), 1, "one message for one introduction");

    let mut at_once = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (client, seeker) = (client.clone(), seeker.clone());
        at_once.spawn(async move { client.apply_from_introduction(&seeker, id).await });
    }
    let answers = at_once.join_all().await;
    assert_eq!(answers.iter().filter(|a| a.is_ok()).count(), 1);
    assert_eq!(
        client
            .applicants(&desk.employer, &number)
            .await
            .unwrap()
            .len(),
        1
    );
    desk.server.stop().await.unwrap();
}

async fn only_the_counselor_and_the_seeker_reach_an_introduction(database: TestDatabase) {
    let (desk, number, seeker, seeker_number) = desk(database).await;
    let client = &desk.server.client;
    let (second, _) = registered_seeker(
        &desk.server,
        &desk.counselor,
        SECOND_SEEKER,
        SEEKER_PASSWORD,
    )
    .await
    .unwrap();
    add_counselor_at(&desk.server, OSAKA_COUNSELOR, COUNSELOR_PASSWORD, "27010")
        .await
        .unwrap();
    let osaka = desk
        .server
        .session_token(OSAKA_COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let referral = request(&number, IntroductionKind::Referral);
    for (who, token, code) in [
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("employer", desk.employer.as_str(), ErrorCode::Forbidden),
        ("another prefecture", osaka.as_str(), ErrorCode::NotFound),
    ] {
        let err = client
            .introduce_job(token, &seeker_number, &referral)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
    }
    let mut long = referral.clone();
    long.note = "あ".repeat(501);
    let err = client
        .introduce_job(&desk.counselor, &seeker_number, &long)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("note"));

    let sent = client
        .introduce_job(&desk.counselor, &seeker_number, &referral)
        .await
        .unwrap();
    for (who, token, code) in [
        ("another seeker", second.as_str(), ErrorCode::NotFound),
        ("employer", desk.employer.as_str(), ErrorCode::Forbidden),
        ("counselor", desk.counselor.as_str(), ErrorCode::Forbidden),
    ] {
        let err = client
            .apply_from_introduction(token, sent.id)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
    }
    let others = client
        .pull_changes(&second, SyncCursor::default())
        .await
        .unwrap();
    assert!(others.introductions.is_empty() && others.threads.is_empty());
    desk.server.stop().await.unwrap();
}
