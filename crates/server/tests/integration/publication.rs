//! 求職情報公開: a seeker publishes exactly the previewed anonymous view with consent (needs
//! 本登録, a 有効 registration and something to search by); a preview that no longer matches is
//! refused; the published view stays as agreed when the profile changes; stopping works at any
//! time; a lapsed registration is no longer shown; concurrent first publications leave one; no
//! other role may publish or read it.

use chrono::TimeDelta;
use shigoto_server::clock::Clock;
use shigoto_shared::{
    ErrorCode, KeyedMutation, Mutation, Outcome, PublishRequest, PushRequest, SeekerProfile,
};
use shigoto_test_support::{
    code_of, on_both_backends, open_employer, registered_seeker, sign_up_seeker,
    start_with_counselor, TestDatabase, TestServer, SEEKER_EMAIL, SEEKER_PASSWORD,
};

on_both_backends!(
    a_seeker_publishes_the_previewed_view_and_stops,
    publishing_needs_a_valid_registration_and_something_to_search_by,
    concurrent_first_publications_leave_one,
    no_other_role_publishes_or_reads,
);

fn profile(licence: &str) -> SeekerProfile {
    let mut profile = SeekerProfile::default();
    profile.contact.phone = "03-1234-5678".into();
    profile.desired.occupations = vec!["25".into()];
    profile.desired.areas = vec!["13101".into()];
    profile.licences = vec![licence.into()];
    profile
}

async fn save(server: &TestServer, token: &str, profile: SeekerProfile) {
    let request = PushRequest {
        mutations: vec![KeyedMutation {
            key: uuid::Uuid::new_v4().to_string(),
            mutation: Mutation::SaveProfile {
                profile: Box::new(profile),
            },
        }],
    };
    let answer = server.client.push_mutations(token, &request).await.unwrap();
    assert_eq!(answer.results[0].outcome, Outcome::Applied);
}

async fn a_seeker_publishes_the_previewed_view_and_stops(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (seeker, _) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    save(&server, &seeker, profile("日商簿記検定2級")).await;
    let status = server.client.publication(&seeker).await.unwrap();
    assert_eq!(status.published, None);
    assert_eq!(status.refused, None);
    let preview = status.preview;
    assert_eq!(preview.licences, vec!["日商簿記検定2級"]);
    let shown = serde_json::to_string(&preview).unwrap();
    assert!(!shown.contains("03-1234-5678"), "{shown}");

    // No consent: 400. Another view than the profile makes: 409.
    let unagreed = PublishRequest {
        view: preview.clone(),
        agreed: false,
    };
    let refused = server
        .client
        .publish_profile(&seeker, &unagreed)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::InvalidParameter));
    let mut tampered = preview.clone();
    tampered.licences = vec!["医師免許".into()];
    let request = PublishRequest {
        view: tampered,
        agreed: true,
    };
    let refused = server
        .client
        .publish_profile(&seeker, &request)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Conflict));

    let request = PublishRequest {
        view: preview.clone(),
        agreed: true,
    };
    let status = server
        .client
        .publish_profile(&seeker, &request)
        .await
        .unwrap();
    let published = status.published.expect("published");
    assert_eq!(published.view, preview);
    assert_eq!(published.agreed_at, server.clock.now_utc());

    // The profile changes: employers still see what was agreed to; the preview differs.
    save(&server, &seeker, profile("宅地建物取引士")).await;
    let status = server.client.publication(&seeker).await.unwrap();
    assert_eq!(
        status.published.unwrap().view.licences,
        vec!["日商簿記検定2級"]
    );
    assert_eq!(status.preview.licences, vec!["宅地建物取引士"]);

    let status = server.client.stop_publishing(&seeker).await.unwrap();
    assert_eq!(status.published, None);
    let again = server.client.stop_publishing(&seeker).await.unwrap();
    assert_eq!(again.published, None, "stopping twice is fine");
    server.stop().await.unwrap();
}

async fn publishing_needs_a_valid_registration_and_something_to_search_by(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    // 仮登録 only.
    let provisional = sign_up_seeker(&server, "kari@example.jp", "Kari#Touroku1")
        .await
        .unwrap();
    save(&server, &provisional, profile("日商簿記検定2級")).await;
    let status = server.client.publication(&provisional).await.unwrap();
    assert!(status.refused.unwrap().contains("本登録"));
    let request = PublishRequest {
        view: status.preview,
        agreed: true,
    };
    let refused = server
        .client
        .publish_profile(&provisional, &request)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Conflict));

    // 本登録 without a 希望職種.
    let (seeker, _) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let status = server.client.publication(&seeker).await.unwrap();
    assert!(status.refused.unwrap().contains("希望職種"));

    // Published, then the registration lapses: no longer shown, and cannot be published again.
    save(&server, &seeker, profile("日商簿記検定2級")).await;
    let preview = server.client.publication(&seeker).await.unwrap().preview;
    let request = PublishRequest {
        view: preview,
        agreed: true,
    };
    server
        .client
        .publish_profile(&seeker, &request)
        .await
        .unwrap();
    server.clock.advance(TimeDelta::days(120));
    let seeker = server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let status = server.client.publication(&seeker).await.unwrap();
    assert_eq!(status.published, None);
    assert!(status.suspended.is_some());
    assert!(status.refused.unwrap().contains("無効"));
    server.stop().await.unwrap();
}

async fn concurrent_first_publications_leave_one(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (seeker, _) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    save(&server, &seeker, profile("日商簿記検定2級")).await;
    let preview = server.client.publication(&seeker).await.unwrap().preview;
    let mut tries = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (client, seeker) = (server.client.clone(), seeker.clone());
        let request = PublishRequest {
            view: preview.clone(),
            agreed: true,
        };
        tries.spawn(async move { client.publish_profile(&seeker, &request).await });
    }
    for answer in tries.join_all().await {
        assert!(answer.unwrap().published.is_some());
    }
    let status = server.client.publication(&seeker).await.unwrap();
    assert_eq!(status.published.unwrap().view, preview);
    server.stop().await.unwrap();
}

async fn no_other_role_publishes_or_reads(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let employer = open_employer(&server, "jinji@example.jp", "Kyujin#Moushikomi1")
        .await
        .unwrap();
    let (seeker, _) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    save(&server, &seeker, profile("日商簿記検定2級")).await;
    let preview = server.client.publication(&seeker).await.unwrap().preview;
    let request = PublishRequest {
        view: preview,
        agreed: true,
    };
    for (who, token, code) in [
        ("counselor", counselor.as_str(), ErrorCode::Forbidden),
        ("employer", employer.as_str(), ErrorCode::Forbidden),
        ("nobody", "not-a-token", ErrorCode::Unauthenticated),
    ] {
        let read = server.client.publication(token).await.unwrap_err();
        assert_eq!(code_of(&read), Some(code), "{who} read");
        let published = server
            .client
            .publish_profile(token, &request)
            .await
            .unwrap_err();
        assert_eq!(code_of(&published), Some(code), "{who} publish");
        let stopped = server.client.stop_publishing(token).await.unwrap_err();
        assert_eq!(code_of(&stopped), Some(code), "{who} stop");
    }
    let status = server.client.publication(&seeker).await.unwrap();
    assert_eq!(status.published, None, "nobody else published it");
    server.stop().await.unwrap();
}
