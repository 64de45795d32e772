//! The account-security holes of issue 8, attacked the way an attacker would: many concurrent
//! requests against the real service on a loopback port, on SQLite and PostgreSQL, with mail
//! through a real SMTP server. Each test failed on the code before the fix.

use std::time::{Duration, Instant};

use chrono::TimeDelta;
use diesel::prelude::*;
use shigoto_api_client::ClientError;
use shigoto_server::clock::Clock as _;
use shigoto_server_db::schema::{accounts, auth_keys};
use shigoto_shared::{
    EmailChangeConfirmation, EmailChangeRequest, ErrorCode, PasswordResetCompletion,
    PasswordResetKeyRequest,
};
use shigoto_test_support::{
    code_of, counter_registration, employer_opening_completion, mailed_key, nth_wrong_key,
    on_both_backends, opening_completion, opening_key_request, register_at_counter,
    registration_completion, sample_office, sign_up_request, start_with_counselor, TestDatabase,
    TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
};

const NEW_PASSWORD: &str = "Atarashii#Pw9";

on_both_backends!(
    concurrent_wrong_keys_void_the_key_in_every_flow,
    new_keys_do_not_buy_new_guesses,
    a_burst_of_wrong_passwords_cannot_outrun_the_lockout,
    checking_the_current_password_counts_as_a_sign_in,
    serial_numbers_hold_under_concurrent_registrations,
);

/// Every 認証キー flow, as an attacker who knows the address but not the key sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Opening,
    Registration,
    PasswordReset,
    EmailChange,
    EmployerOpening,
}

const FLOWS: [Flow; 5] = [
    Flow::Opening,
    Flow::Registration,
    Flow::PasswordReset,
    Flow::EmailChange,
    Flow::EmployerOpening,
];

impl Flow {
    /// The address the key is mailed to.
    fn address(self) -> &'static str {
        match self {
            Flow::Opening => "opening@example.jp",
            Flow::Registration => "registration@example.jp",
            Flow::PasswordReset => COUNSELOR_EMAIL,
            Flow::EmailChange => "new-address@example.jp",
            Flow::EmployerOpening => "jinji@example.jp",
        }
    }

    fn purpose(self) -> &'static str {
        match self {
            Flow::Opening => "open_seeker_mypage",
            Flow::Registration => "online_registration",
            Flow::PasswordReset => "password_reset",
            Flow::EmailChange => "email_change",
            Flow::EmployerOpening => "open_employer_mypage",
        }
    }

    /// Asks for a key (as its owner would) and returns the one mailed.
    async fn ask(self, server: &TestServer, counselor: &str) -> String {
        let client = &server.client;
        let email = self.address();
        match self {
            Flow::Opening => {
                register_at_counter(server, counselor, email).await.unwrap();
                client
                    .request_opening_key(&opening_key_request(email))
                    .await
                    .unwrap();
            }
            Flow::Registration => {
                client
                    .request_registration_key(&sign_up_request(email))
                    .await
                    .unwrap();
            }
            Flow::PasswordReset => {
                client
                    .request_password_reset_key(&PasswordResetKeyRequest {
                        email: email.into(),
                    })
                    .await
                    .unwrap();
            }
            Flow::EmailChange => {
                client
                    .request_email_change_key(
                        counselor,
                        &EmailChangeRequest {
                            new_email: email.into(),
                            current_password: COUNSELOR_PASSWORD.into(),
                        },
                    )
                    .await
                    .unwrap();
            }
            Flow::EmployerOpening => {
                client
                    .request_employer_opening_key(&sign_up_request(email))
                    .await
                    .unwrap();
            }
        }
        mailed_key(server, email).await.unwrap()
    }

    /// Redeems `key` the way the flow's second step does.
    async fn redeem(
        self,
        client: &shigoto_api_client::ApiClient,
        counselor: &str,
        key: &str,
    ) -> Result<(), ClientError> {
        let email = self.address();
        match self {
            Flow::Opening => client
                .complete_opening(&opening_completion(email, key, NEW_PASSWORD))
                .await
                .map(drop),
            Flow::Registration => client
                .complete_registration(&registration_completion(email, key, NEW_PASSWORD))
                .await
                .map(drop),
            Flow::PasswordReset => client
                .complete_password_reset(&PasswordResetCompletion {
                    email: email.into(),
                    key: key.into(),
                    password: NEW_PASSWORD.into(),
                    password_confirmation: NEW_PASSWORD.into(),
                })
                .await
                .map(drop),
            Flow::EmailChange => client
                .confirm_email_change(
                    counselor,
                    &EmailChangeConfirmation {
                        new_email: email.into(),
                        key: key.into(),
                    },
                )
                .await
                .map(drop),
            Flow::EmployerOpening => client
                .complete_employer_opening(&employer_opening_completion(
                    email,
                    key,
                    NEW_PASSWORD,
                    sample_office(),
                ))
                .await
                .map(drop),
        }
    }
}

/// Tries counted on the newest key, and whether it was used, read from the database.
fn key_state(server: &TestServer, purpose: &str, email: &str) -> (i32, bool) {
    let mut conn = server.server.state.db.connection().unwrap();
    auth_keys::table
        .filter(auth_keys::purpose.eq(purpose))
        .filter(auth_keys::email.eq(email))
        .order(auth_keys::id.desc())
        .select((auth_keys::attempts, auth_keys::used_at.is_not_null()))
        .first(&mut conn)
        .unwrap()
}

/// The codes of refusals; panics on a success or an answer that is not a refusal.
fn refusals(results: Vec<Result<(), ClientError>>) -> Vec<ErrorCode> {
    results
        .into_iter()
        .map(|result| {
            let err = result.expect_err("a wrong key unlocked something");
            code_of(&err).unwrap_or_else(|| panic!("no service answer: {err}"))
        })
        .collect()
}

async fn concurrent_wrong_keys_void_the_key_in_every_flow(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    for flow in FLOWS {
        let key = flow.ask(&server, &counselor).await;
        let mut attempts = tokio::task::JoinSet::new();
        for n in 0..200 {
            let (client, counselor) = (server.client.clone(), counselor.clone());
            let wrong = nth_wrong_key(&key, n);
            attempts.spawn(async move { flow.redeem(&client, &counselor, &wrong).await });
        }
        let codes = refusals(attempts.join_all().await);
        assert!(
            codes
                .iter()
                .all(|code| matches!(code, ErrorCode::InvalidKey | ErrorCode::Unavailable)),
            "{flow:?}: {codes:?}"
        );
        let (tries, used) = key_state(&server, flow.purpose(), flow.address());
        assert_eq!(tries, 5, "{flow:?}: the key was checked exactly five times");
        assert!(!used, "{flow:?}: no wrong key used it");
        let err = flow
            .redeem(&server.client, &counselor, &key)
            .await
            .expect_err("the right key after 200 wrong ones");
        assert_eq!(code_of(&err), Some(ErrorCode::InvalidKey), "{flow:?}");
        let (tries, used) = key_state(&server, flow.purpose(), flow.address());
        assert_eq!((tries, used), (5, false), "{flow:?}: a dead key stays dead");
    }
    // The password is still the old one: the reset never went through.
    server
        .client
        .sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    server.stop().await.unwrap();
}

async fn new_keys_do_not_buy_new_guesses(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let flow = Flow::PasswordReset;
    let smtp = server.mail().unwrap();
    // Five keys an hour, four wrong tries each: the 15 tries a day across keys run out.
    let mut guesses = 0;
    let mut refused_key = None;
    for round in 0..5 {
        let key = flow.ask(&server, &counselor).await;
        for n in 0..4 {
            let wrong = nth_wrong_key(&key, round * 10 + n);
            let err = flow
                .redeem(&server.client, &counselor, &wrong)
                .await
                .unwrap_err();
            assert_eq!(code_of(&err), Some(ErrorCode::InvalidKey));
            guesses += 1;
        }
        refused_key = Some(key);
    }
    assert_eq!(guesses, 20);
    // The right, fresh key is refused too: the address is out of tries for the day.
    let err = flow
        .redeem(&server.client, &counselor, &refused_key.unwrap())
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidKey));

    // A sixth key in the hour is answered as usual, and not sent.
    let sixth = server
        .client
        .request_password_reset_key(&PasswordResetKeyRequest {
            email: COUNSELOR_EMAIL.into(),
        })
        .await
        .unwrap();
    assert!(sixth.message.contains("認証キー"), "{}", sixth.message);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        smtp.messages().is_empty(),
        "no sixth key mail within the hour"
    );

    // A day later the address gets keys and tries again.
    server.clock.advance(TimeDelta::hours(25));
    let key = flow.ask(&server, &counselor).await;
    flow.redeem(&server.client, &counselor, &key).await.unwrap();
    server
        .client
        .sign_in(COUNSELOR_EMAIL, NEW_PASSWORD)
        .await
        .unwrap();
    server.stop().await.unwrap();
}

/// The failure count and whether the account is locked now.
fn lock_state(server: &TestServer, email: &str) -> (i32, bool) {
    let now = server.clock.now_utc();
    let mut conn = server.server.state.db.connection().unwrap();
    let (failures, until): (i32, Option<chrono::NaiveDateTime>) = accounts::table
        .filter(accounts::email.eq(email))
        .select((accounts::failed_logins, accounts::locked_until))
        .first(&mut conn)
        .unwrap();
    (failures, until.is_some_and(|until| until > now))
}

async fn a_burst_of_wrong_passwords_cannot_outrun_the_lockout(database: TestDatabase) {
    let (server, _) = start_with_counselor(database).await.unwrap();
    let mut attempts = tokio::task::JoinSet::new();
    for n in 0..100 {
        let client = server.client.clone();
        attempts.spawn(async move {
            client
                .sign_in(COUNSELOR_EMAIL, &format!("Guess#{n:04}"))
                .await
        });
    }
    let codes: Vec<_> = attempts
        .join_all()
        .await
        .into_iter()
        .map(|result| code_of(&result.expect_err("a guess signed in")))
        .collect();
    assert!(
        codes.iter().all(|code| matches!(
            code,
            Some(ErrorCode::InvalidCredentials | ErrorCode::RateLimited | ErrorCode::Unavailable)
        )),
        "{codes:?}"
    );
    let (failures, locked) = lock_state(&server, COUNSELOR_EMAIL);
    assert_eq!(failures, 5, "exactly five passwords were checked");
    assert!(locked, "the burst locked the account");
    // The right password is refused while locked, like a wrong one.
    server.clock.advance(TimeDelta::seconds(30));
    let err = server
        .client
        .sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap_err();
    assert!(
        matches!(
            code_of(&err),
            Some(ErrorCode::InvalidCredentials | ErrorCode::RateLimited)
        ),
        "{err}"
    );
    server.stop().await.unwrap();
}

async fn checking_the_current_password_counts_as_a_sign_in(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let change = |current: &str| shigoto_shared::PasswordChange {
        current_password: current.into(),
        password: NEW_PASSWORD.into(),
        password_confirmation: NEW_PASSWORD.into(),
    };
    for n in 0..5 {
        let err = server
            .client
            .change_password(&counselor, &change(&format!("Guess#{n:04}")))
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter));
    }
    assert_eq!(lock_state(&server, COUNSELOR_EMAIL), (5, true));
    // Locked: even the right current password is refused, for the email change too.
    let err = server
        .client
        .change_password(&counselor, &change(COUNSELOR_PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter));
    let err = server
        .client
        .request_email_change_key(
            &counselor,
            &EmailChangeRequest {
                new_email: "elsewhere@example.jp".into(),
                current_password: COUNSELOR_PASSWORD.into(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter));
    server.stop().await.unwrap();
}

async fn serial_numbers_hold_under_concurrent_registrations(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let started = Instant::now();
    let mut registrations = tokio::task::JoinSet::new();
    for n in 0..40 {
        let (client, counselor) = (server.client.clone(), counselor.clone());
        registrations.spawn(async move {
            client
                .register_seeker(
                    &counselor,
                    &counter_registration(&format!("seeker{n}@example.jp")),
                )
                .await
        });
    }
    let mut numbers: Vec<String> = registrations
        .join_all()
        .await
        .into_iter()
        .map(|result| result.unwrap().seeker_number)
        .collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 40, "every registration got its own 求職番号");
    assert!(started.elapsed() < Duration::from_secs(60));
    server.stop().await.unwrap();
}
