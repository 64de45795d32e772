//! Sessions end when they should: the app's background sync does not keep one alive, an email
//! change ends the account's other sessions and tells the old address, and ended sessions, old
//! keys and counters are pruned. Against the real service, on both backends.

use chrono::TimeDelta;
use diesel::prelude::*;
use shigoto_server::clock::Clock as _;
use shigoto_server_db::schema::{auth_keys, rate_limits, sessions};
use shigoto_shared::{EmailChangeConfirmation, EmailChangeRequest, ErrorCode, SyncCursor};
use shigoto_test_support::{
    code_of, mailed_key, on_both_backends, start_with_seeker, TestDatabase, TestServer,
    SEEKER_EMAIL, SEEKER_PASSWORD,
};

on_both_backends!(
    background_sync_does_not_keep_a_session_alive,
    an_email_change_ends_the_other_sessions,
    ended_sessions_keys_and_counters_are_pruned,
);

async fn background_sync_does_not_keep_a_session_alive(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 50).await.unwrap();
    // The app syncs every minute while the person does nothing.
    for _ in 0..59 {
        server.clock.advance(TimeDelta::minutes(1));
        server
            .client
            .pull_changes_with(&token, SyncCursor::default(), true)
            .await
            .unwrap();
    }
    server.clock.advance(TimeDelta::minutes(2));
    let err = server
        .client
        .pull_changes(&token, SyncCursor::default())
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::Unauthenticated),
        "61 minutes without an action of the person"
    );

    // What the person does keeps it alive.
    let token = server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    for _ in 0..3 {
        server.clock.advance(TimeDelta::minutes(40));
        server.client.me(&token).await.unwrap();
    }
    server.stop().await.unwrap();
}

async fn an_email_change_ends_the_other_sessions(database: TestDatabase) {
    let (server, here) = start_with_seeker(database, 0).await.unwrap();
    let elsewhere = server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let new_email = "hanako.new@example.jp";
    server
        .client
        .request_email_change_key(
            &here,
            &EmailChangeRequest {
                new_email: new_email.into(),
                current_password: SEEKER_PASSWORD.into(),
            },
        )
        .await
        .unwrap();
    let key = mailed_key(&server, new_email).await.unwrap();
    server
        .client
        .confirm_email_change(
            &here,
            &EmailChangeConfirmation {
                new_email: new_email.into(),
                key,
            },
        )
        .await
        .unwrap();
    server.client.me(&here).await.unwrap();
    let err = server.client.me(&elsewhere).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
    let (subject, _) = server
        .mail()
        .unwrap()
        .take_mail(SEEKER_EMAIL)
        .await
        .unwrap();
    assert!(subject.contains("メールアドレス変更"), "{subject}");
    server.stop().await.unwrap();
}

async fn ended_sessions_keys_and_counters_are_pruned(database: TestDatabase) {
    let (server, token) = start_with_seeker(database, 0).await.unwrap();
    server.client.sign_out(&token).await.unwrap();
    let live = server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let count = |server: &TestServer| {
        let mut conn = server.server.state.db.connection().unwrap();
        let sessions: i64 = sessions::table.count().get_result(&mut conn).unwrap();
        let keys: i64 = auth_keys::table.count().get_result(&mut conn).unwrap();
        let counters: i64 = rate_limits::table.count().get_result(&mut conn).unwrap();
        (sessions, keys, counters)
    };
    let before = count(&server);
    assert!(
        before.0 == 2 && before.1 >= 1 && before.2 >= 1,
        "{before:?}"
    );

    // A day later: counters of passed windows go; sessions and keys are kept a week.
    server.clock.advance(TimeDelta::hours(25));
    let pruned =
        shigoto_server::pruner::prune_once(&server.server.state.db, server.clock.now_utc())
            .unwrap();
    assert_eq!((pruned.sessions, pruned.keys), (0, 0));
    assert!(pruned.counters >= 1);

    // Eight days later the ended session and the used key go too.
    server.clock.advance(TimeDelta::days(8));
    let pruned =
        shigoto_server::pruner::prune_once(&server.server.state.db, server.clock.now_utc())
            .unwrap();
    assert_eq!(pruned.sessions, 2, "the signed-out and the expired session");
    assert!(pruned.keys >= 1);
    assert_eq!(count(&server), (0, 0, 0));
    let err = server.client.me(&live).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
    server.stop().await.unwrap();
}
