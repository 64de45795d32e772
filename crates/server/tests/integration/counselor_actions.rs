//! The counselors' audit trail: every action a counselor takes (here 事業所登録 受理, 求人 受理,
//! 本登録, 職業相談, おすすめ求人, 紹介, a message, a counter registration) is listed for their office,
//! newest first, with who took it and what it was done to; a refused action leaves no entry;
//! another office (same prefecture) lists none of them; pages go back with `before`; job
//! seekers and employers are refused.

use chrono::TimeDelta;
use shigoto_server::clock::Clock;
use shigoto_shared::{
    CounsellingRequest, CounsellingTopic, CounselorActionKind as Kind, ErrorCode, IntroductionKind,
    IntroductionRequest, NewMessage, ReferralRequest,
};
use shigoto_test_support::{
    code_of, desk_with_seeker, on_both_backends, published_posting, register_at_counter,
    sample_posting, signed_in_counselor_at, TestDatabase,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";

on_both_backends!(every_counselor_action_is_listed_for_their_office,);

async fn every_counselor_action_is_listed_for_their_office(database: TestDatabase) {
    let (desk, first, seeker, number) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let (client, counselor) = (&desk.server.client, &desk.counselor);
    let today = desk.server.clock.today();
    let session = CounsellingRequest {
        held_on: today,
        topic: CounsellingTopic::JobConsultation,
        note: String::new(),
    };
    client
        .record_counselling(counselor, &number, &session)
        .await
        .unwrap();
    let introduction = IntroductionRequest {
        job_number: first.clone(),
        kind: IntroductionKind::Recommendation,
        note: String::new(),
    };
    client
        .introduce_job(counselor, &number, &introduction)
        .await
        .unwrap();
    // Refused (the same posting twice): no entry.
    let refused = client
        .introduce_job(counselor, &number, &introduction)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Conflict));
    let (_, second) = published_posting(
        &desk.server,
        &desk.employer,
        counselor,
        sample_posting("受発注事務（文具・午後）"),
    )
    .await
    .unwrap();
    let referral = ReferralRequest {
        job_number: second.clone(),
    };
    client
        .refer_seeker(counselor, &number, &referral)
        .await
        .unwrap();
    desk.server.clock.advance(TimeDelta::minutes(1));
    let message = NewMessage {
        key: "audit-1".into(),
        body: "紹介状をお渡ししました。".into(),
    };
    client
        .message_seeker(counselor, &number, &message)
        .await
        .unwrap();
    // A resend of the same message stores nothing, and logs nothing.
    client
        .message_seeker(counselor, &number, &message)
        .await
        .unwrap();

    let log = client.counselor_actions(counselor, None).await.unwrap();
    let kinds: Vec<Kind> = log.entries.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        vec![
            Kind::Message,
            Kind::Referral,
            Kind::AcceptPosting,
            Kind::Introduction,
            Kind::Counselling,
            Kind::ConfirmSeeker,
            Kind::AcceptPosting,
            Kind::AcceptEmployer,
        ]
    );
    assert_eq!(log.next_before, None);
    assert!(log.entries.iter().all(|e| e.counselor_name == "田中 一郎"));
    assert_eq!(log.entries[0].subject, format!("求職番号 {number}"));
    assert_eq!(
        log.entries[1].subject,
        format!("求職番号 {number} → 求人番号 {second}")
    );
    assert_eq!(log.entries[2].subject, format!("求人番号 {second}"));
    assert_eq!(log.entries[0].at, desk.server.clock.now_utc());
    // Older than the referral: from the posting accepted before it.
    let older = client
        .counselor_actions(counselor, Some(log.entries[1].id))
        .await
        .unwrap();
    assert_eq!(older.entries.len(), 6);
    assert_eq!(older.entries[0].kind, Kind::AcceptPosting);

    // Another office of the same prefecture lists none of it.
    let other = signed_in_counselor_at(
        &desk.server,
        "tachikawa@hellowork.example.jp",
        "Shokuin#Tama2026",
        "13020",
    )
    .await
    .unwrap();
    assert!(client
        .counselor_actions(&other, None)
        .await
        .unwrap()
        .entries
        .is_empty());
    // A registration at the counter is listed too.
    let registered = register_at_counter(&desk.server, counselor, "kaunta@example.jp")
        .await
        .unwrap();
    let newest = &client
        .counselor_actions(counselor, None)
        .await
        .unwrap()
        .entries[0];
    assert_eq!(
        (newest.kind, newest.subject.clone()),
        (
            Kind::RegisterSeeker,
            format!("求職番号 {}", registered.seeker_number)
        )
    );
    for token in [&seeker, &desk.employer] {
        let err = client.counselor_actions(token, None).await.unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    }
    let unsigned = client
        .counselor_actions("no-such-token", None)
        .await
        .unwrap_err();
    assert_eq!(code_of(&unsigned), Some(ErrorCode::Unauthenticated));
    desk.server.stop().await.unwrap();
}
