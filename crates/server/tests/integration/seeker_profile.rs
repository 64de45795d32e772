//! 求職者情報 in the MyPage sync: a seeker's save is checked by the domain and kept normalised,
//! a pull carries it once after it changed (a save that changes nothing is not news), a wrong
//! profile is refused with its reason and keeps the last good one, concurrent saves from many
//! devices leave one profile, only job seekers may save, and only counselors of the seeker's
//! prefecture read it on the record.

use shigoto_shared::{
    ErrorCode, KeyedMutation, Mutation, Outcome, PushRequest, SeekerProfile, SyncCursor,
};
use shigoto_test_support::{
    code_of, on_both_backends, open_employer, registered_seeker, signed_in_counselor_at,
    start_with_counselor, TestDatabase, TestServer, SEEKER_EMAIL, SEEKER_PASSWORD,
};

on_both_backends!(
    a_saved_profile_is_pulled_once_and_read_by_the_counselor,
    a_wrong_profile_is_refused_and_the_last_good_one_stays,
    concurrent_saves_leave_one_profile,
    only_job_seekers_save_a_profile,
);

fn profile(phone: &str) -> SeekerProfile {
    let mut profile = SeekerProfile::default();
    profile.contact.phone = phone.into();
    profile.contact.prefecture_code = "13".into();
    profile.contact.address = "千代田区霞が関1-2-2".into();
    profile.licences = vec!["普通自動車第一種運転免許".into()];
    profile.desired.occupations = vec!["251".into()];
    profile.desired.areas = vec!["13101".into()];
    profile
}

async fn save(server: &TestServer, token: &str, profile: SeekerProfile) -> Outcome {
    let request = PushRequest {
        mutations: vec![KeyedMutation {
            key: uuid::Uuid::new_v4().to_string(),
            mutation: Mutation::SaveProfile {
                profile: Box::new(profile),
            },
        }],
    };
    let mut answer = server.client.push_mutations(token, &request).await.unwrap();
    answer.results.remove(0).outcome
}

async fn a_saved_profile_is_pulled_once_and_read_by_the_counselor(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (seeker, number) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let before = server
        .client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(before.profile, None, "nothing saved yet");

    assert_eq!(
        save(&server, &seeker, profile("０３ー１２３４ー５６７８")).await,
        Outcome::Applied
    );
    let pulled = server
        .client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    let kept = pulled.profile.expect("the saved profile").profile;
    assert_eq!(kept.contact.phone, "03-1234-5678", "kept normalised");
    let cursor = SyncCursor::from_wire(&pulled.cursor).unwrap();
    let next = server.client.pull_changes(&seeker, cursor).await.unwrap();
    assert_eq!(next.profile, None, "pulled once");

    // Saving the same again is no news; a change is.
    assert_eq!(save(&server, &seeker, kept.clone()).await, Outcome::Applied);
    let next = server.client.pull_changes(&seeker, cursor).await.unwrap();
    assert_eq!(next.profile, None);
    assert_eq!(
        save(&server, &seeker, profile("06-1111-2222")).await,
        Outcome::Applied
    );
    let next = server.client.pull_changes(&seeker, cursor).await.unwrap();
    assert_eq!(next.profile.unwrap().profile.contact.phone, "06-1111-2222");

    let record = server
        .client
        .seeker_record(&counselor, &number)
        .await
        .unwrap();
    assert_eq!(
        record.profile.unwrap().profile.contact.phone,
        "06-1111-2222"
    );
    let osaka = signed_in_counselor_at(
        &server,
        "osaka@hellowork.example.jp",
        "Osaka#Shokuin26",
        "27010",
    )
    .await
    .unwrap();
    let refused = server
        .client
        .seeker_record(&osaka, &number)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::NotFound));
    server.stop().await.unwrap();
}

async fn a_wrong_profile_is_refused_and_the_last_good_one_stays(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (seeker, _) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    assert_eq!(
        save(&server, &seeker, profile("03-1234-5678")).await,
        Outcome::Applied
    );
    let mut wrong = profile("03-1234-5678");
    wrong.desired.occupations = vec!["251".into(), "252".into(), "25".into(), "C".into()];
    match save(&server, &seeker, wrong).await {
        Outcome::Rejected { code, message } => {
            assert_eq!(code, ErrorCode::InvalidParameter);
            assert!(message.contains("希望職種"), "{message}");
        }
        applied => panic!("a wrong profile was {applied:?}"),
    }
    let mut unknown_code = profile("03-1234-5678");
    unknown_code.contact.prefecture_code = "99".into();
    assert!(matches!(
        save(&server, &seeker, unknown_code).await,
        Outcome::Rejected { .. }
    ));
    let pulled = server
        .client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    assert_eq!(
        pulled.profile.unwrap().profile.desired.occupations,
        vec!["251"]
    );
    server.stop().await.unwrap();
}

async fn concurrent_saves_leave_one_profile(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (seeker, _) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let phones: Vec<String> = (0..8).map(|i| format!("03-1234-56{i:02}")).collect();
    let mut saves = tokio::task::JoinSet::new();
    for phone in &phones {
        let (client, seeker) = (server.client.clone(), seeker.clone());
        let request = PushRequest {
            mutations: vec![KeyedMutation {
                key: uuid::Uuid::new_v4().to_string(),
                mutation: Mutation::SaveProfile {
                    profile: Box::new(profile(phone)),
                },
            }],
        };
        saves.spawn(async move { client.push_mutations(&seeker, &request).await });
    }
    for answer in saves.join_all().await {
        assert_eq!(answer.unwrap().results[0].outcome, Outcome::Applied);
    }
    let pulled = server
        .client
        .pull_changes(&seeker, SyncCursor::default())
        .await
        .unwrap();
    let kept = pulled.profile.unwrap().profile.contact.phone;
    assert!(phones.contains(&kept), "{kept}");
    server.stop().await.unwrap();
}

async fn only_job_seekers_save_a_profile(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let employer = open_employer(&server, "jinji@example.jp", "Kyujin#Moushikomi1")
        .await
        .unwrap();
    for (who, token) in [("counselor", &counselor), ("employer", &employer)] {
        let request = PushRequest {
            mutations: vec![KeyedMutation {
                key: uuid::Uuid::new_v4().to_string(),
                mutation: Mutation::SaveProfile {
                    profile: Box::new(profile("03-1234-5678")),
                },
            }],
        };
        let refused = server
            .client
            .push_mutations(token, &request)
            .await
            .unwrap_err();
        assert_eq!(code_of(&refused), Some(ErrorCode::Forbidden), "{who}");
    }
    let request = PushRequest { mutations: vec![] };
    let refused = server
        .client
        .push_mutations("not-a-token", &request)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Unauthenticated));
    server.stop().await.unwrap();
}
