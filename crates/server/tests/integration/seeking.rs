//! 求職状態 over HTTP against the real service, on the service's clock: 有効 to its last day and
//! warned about in the two weeks before, 無効 after; 求職有効 switches a recent lapse back online
//! exactly once under concurrent requests, refuses an old lapse with the advice to visit an
//! office, and refuses a provisional seeker and every other role; a counselor of the seeker's
//! prefecture reactivates an old lapse at the counter, once, and nobody else can.

use chrono::{NaiveDate, TimeDelta};
use shigoto_shared::{
    ErrorCode, JobSearchParams, JobSeekingState, KeyedMutation, Mutation, PushRequest,
    RegistrationStatus, SeekingStatus, SyncCursor,
};
use shigoto_test_support::{
    add_counselor_at, code_of, on_both_backends, open_employer, registered_seeker, sign_up_seeker,
    signed_in_counselor, start_with_counselor, start_with_jobs_and_smtp, test_today, TestDatabase,
    TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD, SEEKER_EMAIL, SEEKER_PASSWORD,
};

const OSAKA_COUNSELOR: &str = "yamamoto@hellowork.example.jp";

on_both_backends!(
    a_lapsed_registration_is_switched_back_online_once,
    only_a_registered_seeker_may_switch,
    a_counselor_of_the_prefecture_reactivates_an_old_lapse,
);

/// Moves the service's clock to `day` (forward only) and signs the seeker in again (days pass:
/// the old session has ended).
async fn on_day(server: &TestServer, today: &mut NaiveDate, day: NaiveDate) -> String {
    server
        .clock
        .advance(TimeDelta::days((day - *today).num_days()));
    *today = day;
    server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap()
}

/// The error code the counter's 求職有効 of `number` answers `token` with (it must refuse).
async fn reactivation_refused(server: &TestServer, token: &str, number: &str) -> ErrorCode {
    let refused = server
        .client
        .reactivate_seeker(token, number)
        .await
        .unwrap_err();
    code_of(&refused).unwrap_or_else(|| panic!("not an answer of the service: {refused}"))
}

async fn seeking(server: &TestServer, token: &str) -> SeekingStatus {
    server.client.me(token).await.unwrap().seeking.unwrap()
}

async fn a_lapsed_registration_is_switched_back_online_once(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (token, _) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();

    let status = seeking(&server, &token).await;
    assert_eq!(status.state, JobSeekingState::Valid);
    assert!(!status.expires_soon && !status.can_switch_online);
    let until = status.valid_until;
    let refused = server
        .client
        .switch_seeking_valid(&token)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Conflict), "{refused:?}");

    // Warned in the last two weeks; 無効 the day after the last.
    let mut today = test_today();
    let token = on_day(&server, &mut today, until - TimeDelta::days(3)).await;
    let status = seeking(&server, &token).await;
    assert!(status.expires_soon, "{status:?}");
    let token = on_day(&server, &mut today, until + TimeDelta::days(1)).await;
    let status = seeking(&server, &token).await;
    assert_eq!(status.state, JobSeekingState::Invalid);
    assert!(status.can_switch_online && !status.expires_soon);

    // Eight switches at once: one moves the date, the others find it 有効 already.
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let (client, token) = (server.client.clone(), token.clone());
            tokio::spawn(async move { client.switch_seeking_valid(&token).await })
        })
        .collect();
    let mut switched = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            Ok(status) => switched.push(status),
            Err(refused) => {
                assert_eq!(code_of(&refused), Some(ErrorCode::Conflict), "{refused:?}")
            }
        }
    }
    assert_eq!(switched.len(), 1, "{switched:?}");
    let renewed = switched[0];
    assert_eq!(renewed.state, JobSeekingState::Valid);
    assert_eq!(
        renewed.valid_until,
        shigoto_domain::validity::end_of_month_after_next(today)
    );
    assert_eq!(seeking(&server, &token).await, renewed);

    // Lapsed again and left for months: online is refused, the office is named.
    let token = on_day(
        &server,
        &mut today,
        renewed.valid_until + TimeDelta::days(120),
    )
    .await;
    let status = seeking(&server, &token).await;
    assert_eq!(status.state, JobSeekingState::Invalid);
    assert!(!status.can_switch_online);
    let refused = server
        .client
        .switch_seeking_valid(&token)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Conflict));
    assert!(
        refused
            .to_string()
            .contains("最寄りのハローワークまで来所ください"),
        "{refused}"
    );
    assert_eq!(seeking(&server, &token).await, status, "nothing changed");
    server.stop().await.unwrap();
}

async fn only_a_registered_seeker_may_switch(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    // 仮登録 (not 本登録 yet): refused, and nothing to switch.
    let provisional = sign_up_seeker(&server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let refused = server
        .client
        .switch_seeking_valid(&provisional)
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), Some(ErrorCode::Conflict));
    assert!(refused.to_string().contains("本登録"), "{refused}");
    let status = seeking(&server, &provisional).await;
    assert_eq!(status.state, JobSeekingState::Invalid);
    assert!(!status.can_switch_online);

    let employer = open_employer(
        &server,
        "saiyo@shigoto-shoji.example.jp",
        "Kyujin#Saiyo2026",
    )
    .await
    .unwrap();
    for (who, token) in [("counselor", &counselor), ("employer", &employer)] {
        let refused = server.client.switch_seeking_valid(token).await.unwrap_err();
        assert_eq!(code_of(&refused), Some(ErrorCode::Forbidden), "{who}");
        assert_eq!(
            server.client.me(token).await.unwrap().seeking,
            None,
            "{who}"
        );
    }
    let anonymous = reqwest::Client::new()
        .post(format!("{}/api/v1/mypage/seeking/valid", server.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), reqwest::StatusCode::UNAUTHORIZED);
    server.stop().await.unwrap();
}

async fn a_counselor_of_the_prefecture_reactivates_an_old_lapse(database: TestDatabase) {
    let server = start_with_jobs_and_smtp(database, 20).await.unwrap();
    let counselor = signed_in_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    add_counselor_at(&server, OSAKA_COUNSELOR, COUNSELOR_PASSWORD, "27010")
        .await
        .unwrap();
    let token = sign_up_seeker(&server, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let number = server
        .client
        .me(&token)
        .await
        .unwrap()
        .seeker_number
        .unwrap();
    assert_eq!(
        reactivation_refused(&server, &counselor, &number).await,
        ErrorCode::Conflict,
        "仮登録"
    );
    server
        .client
        .confirm_seeker(&counselor, &number)
        .await
        .unwrap();
    assert_eq!(
        reactivation_refused(&server, &counselor, &number).await,
        ErrorCode::Conflict,
        "有効"
    );

    // A favorite, pulled by a device that keeps the cursor.
    let favorite = server
        .client
        .search_jobs(&JobSearchParams::default())
        .await
        .unwrap()
        .items[0]
        .job_number
        .clone();
    let add = KeyedMutation {
        key: "0b0e9a43-5d0c-4f6e-9f55-5a3c1f0e7d21".into(),
        mutation: Mutation::AddFavorite {
            job_number: favorite.clone(),
            at: None,
        },
    };
    server
        .client
        .push_mutations(
            &token,
            &PushRequest {
                mutations: vec![add],
            },
        )
        .await
        .unwrap();
    let pulled = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap();
    let cursor = SyncCursor::from_wire(&pulled.cursor).unwrap();

    // Lapsed long ago: too late online, still possible at the counter.
    let until = seeking(&server, &token).await.valid_until;
    let mut today = test_today();
    let token = on_day(&server, &mut today, until + TimeDelta::days(200)).await;
    assert!(!seeking(&server, &token).await.can_switch_online);
    // Days have passed: the counselors sign in again.
    let counselor = server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let osaka = server
        .session_token(OSAKA_COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    assert_eq!(
        reactivation_refused(&server, &osaka, &number).await,
        ErrorCode::NotFound,
        "another prefecture"
    );
    assert_eq!(
        reactivation_refused(&server, &token, &number).await,
        ErrorCode::Forbidden,
        "the seeker"
    );
    assert_eq!(
        reactivation_refused(&server, &counselor, "13010-99999999").await,
        ErrorCode::NotFound,
        "unknown"
    );

    // The counter opens the record: 無効, too long ago to switch online.
    let record = server
        .client
        .seeker_record(&counselor, &number)
        .await
        .unwrap();
    assert_eq!(record.seeker_number, number);
    assert_eq!(record.registration, RegistrationStatus::Registered);
    assert_eq!(record.seeking.state, JobSeekingState::Invalid);
    assert!(!record.seeking.can_switch_online && record.has_mypage);
    for (who, caller, code) in [
        ("another prefecture", &osaka, ErrorCode::NotFound),
        ("the seeker", &token, ErrorCode::Forbidden),
    ] {
        let refused = server
            .client
            .seeker_record(caller, &number)
            .await
            .unwrap_err();
        assert_eq!(code_of(&refused), Some(code), "{who}");
    }

    let renewed = server
        .client
        .reactivate_seeker(&counselor, &number)
        .await
        .unwrap();
    let expected = shigoto_domain::validity::end_of_month_after_next(today);
    assert_eq!(renewed.seeking.valid_until, expected);
    assert_eq!(renewed.seeking.state, JobSeekingState::Valid);
    let status = seeking(&server, &token).await;
    assert_eq!(status.state, JobSeekingState::Valid);
    assert_eq!(status.valid_until, expected);
    // 有効 again, the favorites' sheets travel again (a 有効 seeker may see more of them).
    let after = server.client.pull_changes(&token, cursor).await.unwrap();
    assert!(
        after.favorites.iter().any(|f| f.job_number == favorite),
        "the favorite is sent again: {:?}",
        after.favorites
    );
    assert_eq!(
        reactivation_refused(&server, &counselor, &number).await,
        ErrorCode::Conflict,
        "once"
    );
    server.stop().await.unwrap();
}
