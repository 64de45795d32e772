//! Accounts end to end over HTTP against a real service, with mail through a real SMTP server
//! (aiosmtpd) from which the tests read the 認証キー: counselor set-up, counter registration,
//! MyPage opening, sign-in, lockout, sessions, and the refusals of every protected endpoint.

use chrono::{NaiveDate, TimeDelta};
use shigoto_shared::{
    ErrorCode, OpeningCompletion, OpeningKeyRequest, PasswordChange, PasswordResetCompletion,
    PasswordResetKeyRequest, RegistrationStatus, Role,
};
use shigoto_test_support::smtp::key_in;
use shigoto_test_support::{
    code_of, counter_registration, field_of, on_both_backends, opening_completion,
    opening_key_request, register_at_counter, registration_completion, sign_up_request,
    start_with_counselor, wrong_key, TestDatabase, TestServer, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
    SEEKER_PASSWORD,
};

/// The key of the next 認証キー mail to `email`, a mail that says how long the key is valid.
async fn mailed_key(server: &TestServer, email: &str) -> String {
    let (subject, body) = server
        .mail()
        .unwrap()
        .take_mail_about(email, "認証キー")
        .await
        .unwrap();
    assert!(subject.contains("認証キー"), "{subject}");
    assert!(
        body.contains("50分"),
        "the mail says how long the key is valid: {body}"
    );
    key_in(&body).expect("an 8-digit key in the mail")
}

/// Asks for the key that opens the MyPage of the seeker registered with `email`, and returns
/// the one mailed.
async fn ask_opening_key(server: &TestServer, email: &str) -> String {
    server
        .client
        .request_opening_key(&opening_key_request(email))
        .await
        .unwrap();
    mailed_key(server, email).await
}

/// Registers a seeker with `email` at the counter and asks for the key that opens their
/// MyPage; returns the one mailed.
async fn register_and_ask_opening_key(server: &TestServer, counselor: &str, email: &str) -> String {
    register_at_counter(server, counselor, email).await.unwrap();
    ask_opening_key(server, email).await
}

fn completion(email: &str, key: &str) -> OpeningCompletion {
    opening_completion(email, key, SEEKER_PASSWORD)
}

on_both_backends!(
    counter_registration_then_mypage_opening_then_sign_in_and_out,
    unknown_details_get_the_same_answer_and_no_mail,
    wrong_keys_void_the_key_and_keys_expire_after_fifty_minutes,
    passwords_must_follow_the_rule,
    repeated_wrong_passwords_lock_the_account,
    sessions_end_after_idle_time,
    protected_endpoints_refuse_other_roles_and_strangers,
    a_password_reset_lifts_the_lock_and_ends_every_session,
    online_registration_then_completion_by_a_counselor,
    provisional_registrations_lapse_after_fourteen_days,
    changing_the_password_needs_the_current_one_and_ends_other_sessions,
);

async fn counter_registration_then_mypage_opening_then_sign_in_and_out(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let email = "hanako@example.jp";
    let me = server.client.me(&counselor).await.unwrap();
    assert_eq!(me.role, Role::Counselor);
    let seeker = register_at_counter(&server, &counselor, email)
        .await
        .unwrap();
    assert!(
        seeker.seeker_number.starts_with("13010-"),
        "{}",
        seeker.seeker_number
    );
    assert_eq!(
        seeker.valid_until,
        NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()
    );

    let sent = server
        .client
        .request_opening_key(&opening_key_request("Hanako@Example.JP "))
        .await
        .unwrap();
    assert!(sent.message.contains("認証キー"));
    let key = mailed_key(&server, email).await;
    server
        .client
        .complete_opening(&completion(email, &key))
        .await
        .unwrap();

    let signed_in = server.client.sign_in(email, SEEKER_PASSWORD).await.unwrap();
    assert_eq!(signed_in.account.role, Role::Seeker);
    assert_eq!(
        signed_in.account.seeker_number.as_deref(),
        Some(seeker.seeker_number.as_str())
    );
    assert_eq!(signed_in.account.display_name, "山田 花子");
    assert!(signed_in.token.len() >= 43, "at least 256 bits");
    let me = server.client.me(&signed_in.token).await.unwrap();
    assert_eq!(me.email, email);

    // The key was single use, and the MyPage cannot be opened twice.
    let again = server
        .client
        .complete_opening(&completion(email, &key))
        .await
        .unwrap_err();
    assert_eq!(code_of(&again), Some(ErrorCode::InvalidKey));
    server
        .client
        .request_opening_key(&opening_key_request(email))
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(
        server.mail().unwrap().messages().is_empty(),
        "no key for an opened MyPage"
    );

    server.client.sign_out(&signed_in.token).await.unwrap();
    let after = server.client.me(&signed_in.token).await.unwrap_err();
    assert_eq!(code_of(&after), Some(ErrorCode::Unauthenticated));
    server.stop().await.unwrap();
}

async fn unknown_details_get_the_same_answer_and_no_mail(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    register_at_counter(&server, &counselor, "known@example.jp")
        .await
        .unwrap();
    let known = server
        .client
        .request_opening_key(&opening_key_request("known@example.jp"))
        .await
        .unwrap();
    let unknown = server
        .client
        .request_opening_key(&opening_key_request("nobody@example.jp"))
        .await
        .unwrap();
    let wrong_birth = OpeningKeyRequest {
        birth_date: NaiveDate::from_ymd_opt(1991, 4, 1).unwrap(),
        ..opening_key_request("known@example.jp")
    };
    let mismatched = server
        .client
        .request_opening_key(&wrong_birth)
        .await
        .unwrap();
    assert_eq!(known, unknown);
    assert_eq!(known, mismatched);
    mailed_key(&server, "known@example.jp").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(
        server.mail().unwrap().messages().is_empty(),
        "only the known pair got mail"
    );

    let not_agreed = OpeningKeyRequest {
        agreed_privacy: false,
        ..opening_key_request("known@example.jp")
    };
    let err = server
        .client
        .request_opening_key(&not_agreed)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("agreement"));
    server.stop().await.unwrap();
}

async fn wrong_keys_void_the_key_and_keys_expire_after_fifty_minutes(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let email = "jiro@example.jp";
    let key = register_and_ask_opening_key(&server, &counselor, email).await;
    let wrong = &wrong_key(&key);
    for attempt in 1..=5 {
        let err = server
            .client
            .complete_opening(&completion(email, wrong))
            .await
            .unwrap_err();
        assert_eq!(
            code_of(&err),
            Some(ErrorCode::InvalidKey),
            "attempt {attempt}"
        );
    }
    let err = server
        .client
        .complete_opening(&completion(email, &key))
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::InvalidKey),
        "void after five wrong tries"
    );

    // A new key works for 50 minutes, not 51.
    let key = ask_opening_key(&server, email).await;
    server.clock.advance(TimeDelta::minutes(51));
    let err = server
        .client
        .complete_opening(&completion(email, &key))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidKey));
    assert!(err.to_string().contains("50分"), "{err}");

    let key = ask_opening_key(&server, email).await;
    server.clock.advance(TimeDelta::minutes(49));
    server
        .client
        .complete_opening(&completion(email, &key))
        .await
        .unwrap();
    server.stop().await.unwrap();
}

async fn passwords_must_follow_the_rule(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let email = "saburo@example.jp";
    let key = register_and_ask_opening_key(&server, &counselor, email).await;
    for (password, confirmation, field) in [
        ("short1!", "short1!", "password"),
        ("nodigits!!", "nodigits!!", "password"),
        ("ｆｕｌｌ１２３！", "ｆｕｌｌ１２３！", "password"),
        ("Hanako#Kyuj1n", "Hanako#Kyuj2n", "password_confirmation"),
    ] {
        let request = OpeningCompletion {
            password: password.into(),
            password_confirmation: confirmation.into(),
            ..completion(email, &key)
        };
        let err = server.client.complete_opening(&request).await.unwrap_err();
        assert_eq!(field_of(&err).as_deref(), Some(field), "{password}");
    }
    // The rule is checked before the key, so the key is still good.
    server
        .client
        .complete_opening(&completion(email, &key))
        .await
        .unwrap();
    server.stop().await.unwrap();
}

async fn repeated_wrong_passwords_lock_the_account(database: TestDatabase) {
    let (server, _counselor) = start_with_counselor(database).await.unwrap();
    for attempt in 1..=4 {
        let err = server
            .client
            .sign_in(COUNSELOR_EMAIL, "Wrong#pass1")
            .await
            .unwrap_err();
        assert_eq!(
            code_of(&err),
            Some(ErrorCode::InvalidCredentials),
            "attempt {attempt}"
        );
    }
    let err = server
        .client
        .sign_in(COUNSELOR_EMAIL, "Wrong#pass1")
        .await
        .unwrap_err();
    // The fifth locks the account, and the answer is the same as for any wrong password.
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidCredentials));
    assert!(
        err.to_string().contains("再設定"),
        "says how to reset: {err}"
    );
    let (subject, body) = server
        .smtp
        .as_ref()
        .unwrap()
        .take_mail(COUNSELOR_EMAIL)
        .await
        .unwrap();
    assert!(subject.contains("ログインの一時停止"), "{subject}");
    assert!(body.contains("パスワードを忘れた方"), "{body}");
    // Even the right password waits for the lock to pass, and is not told apart.
    let err = server
        .client
        .sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidCredentials));
    server.clock.advance(TimeDelta::minutes(2));
    server
        .client
        .sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    // An unknown email answers like a wrong password.
    let err = server
        .client
        .sign_in("nobody@example.jp", COUNSELOR_PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidCredentials));
    server.stop().await.unwrap();
}

async fn sessions_end_after_idle_time(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    server.clock.advance(TimeDelta::minutes(59));
    server.client.me(&counselor).await.unwrap();
    server.clock.advance(TimeDelta::minutes(61));
    let err = server.client.me(&counselor).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
    server.stop().await.unwrap();
}

async fn protected_endpoints_refuse_other_roles_and_strangers(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let email = "shiro@example.jp";
    let key = register_and_ask_opening_key(&server, &counselor, email).await;
    server
        .client
        .complete_opening(&completion(email, &key))
        .await
        .unwrap();
    let seeker = server.session_token(email, SEEKER_PASSWORD).await.unwrap();

    let registration = counter_registration("x@example.jp");
    // (caller token, expected code) for the counselor-only endpoint.
    let table: [(&str, Option<ErrorCode>); 4] = [
        (&counselor, None),
        (&seeker, Some(ErrorCode::Forbidden)),
        ("", Some(ErrorCode::Unauthenticated)),
        ("not-a-token", Some(ErrorCode::Unauthenticated)),
    ];
    for (token, expected) in table {
        let answer = server.client.register_seeker(token, &registration).await;
        assert_eq!(
            answer.as_ref().err().and_then(code_of),
            expected,
            "token {token:?}"
        );
    }
    for token in ["", "not-a-token"] {
        let err = server.client.me(token).await.unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
        let err = server.client.sign_out(token).await.unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
    }
    server.stop().await.unwrap();
}

async fn a_password_reset_lifts_the_lock_and_ends_every_session(database: TestDatabase) {
    let (server, old_session) = start_with_counselor(database).await.unwrap();
    for _ in 0..5 {
        server
            .client
            .sign_in(COUNSELOR_EMAIL, "Wrong#pass1")
            .await
            .unwrap_err();
    }
    let err = server
        .client
        .sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidCredentials), "locked");
    let smtp = server.mail().unwrap();
    let (locked, _) = smtp.take_mail(COUNSELOR_EMAIL).await.unwrap();
    assert!(locked.contains("ログインの一時停止"), "{locked}");

    // Unknown addresses get the same answer and no mail.
    let ask = |email: &str| PasswordResetKeyRequest {
        email: email.into(),
    };
    let known = server
        .client
        .request_password_reset_key(&ask(COUNSELOR_EMAIL))
        .await
        .unwrap();
    let unknown = server
        .client
        .request_password_reset_key(&ask("nobody@example.jp"))
        .await
        .unwrap();
    assert_eq!(known, unknown);
    let key = mailed_key(&server, COUNSELOR_EMAIL).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(server.mail().unwrap().messages().is_empty());

    let new_password = "Atarashii#Pw9";
    let reset = PasswordResetCompletion {
        email: COUNSELOR_EMAIL.into(),
        key: key.clone(),
        password: new_password.into(),
        password_confirmation: new_password.into(),
    };
    server.client.complete_password_reset(&reset).await.unwrap();
    let (told, _) = smtp.take_mail(COUNSELOR_EMAIL).await.unwrap();
    assert!(told.contains("パスワード変更のお知らせ"), "{told}");
    let again = server
        .client
        .complete_password_reset(&reset)
        .await
        .unwrap_err();
    assert_eq!(code_of(&again), Some(ErrorCode::InvalidKey), "single use");

    let err = server.client.me(&old_session).await.unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::Unauthenticated),
        "old sessions end"
    );
    let err = server
        .client
        .sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::InvalidCredentials),
        "old password is gone"
    );
    server
        .client
        .sign_in(COUNSELOR_EMAIL, new_password)
        .await
        .unwrap();
    server.stop().await.unwrap();
}

const APPLICANT: &str = "kita@example.jp";
const APPLICANT_PASSWORD: &str = "Kita#Shigoto5";

/// Online registration of `APPLICANT` in 東京都; returns the 求職番号 from the answer.
async fn register_online(server: &TestServer) -> String {
    let ask = sign_up_request(APPLICANT);
    server.client.request_registration_key(&ask).await.unwrap();
    let key = mailed_key(server, APPLICANT).await;
    let done = server
        .client
        .complete_registration(&registration_completion(
            APPLICANT,
            &key,
            APPLICANT_PASSWORD,
        ))
        .await
        .unwrap();
    let number = done
        .message
        .split_whitespace()
        .find(|w| w.starts_with("13"))
        .unwrap()
        .to_owned();
    assert_eq!(number.len(), 14, "{}", done.message);
    // A second request for an address with an account gets the same answer; its owner is told
    // someone tried, and no key is sent.
    let again = server.client.request_registration_key(&ask).await.unwrap();
    assert!(again.message.contains("認証キー"), "{}", again.message);
    let smtp = server.mail().unwrap();
    let (subject, body) = smtp.take_mail(APPLICANT).await.unwrap();
    assert!(subject.contains("開設のお申込み"), "{subject}");
    assert!(key_in(&body).is_none(), "no key: {body}");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(smtp.messages().is_empty());
    number
}

async fn online_registration_then_completion_by_a_counselor(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let number = register_online(&server).await;
    let seeker = server
        .client
        .sign_in(APPLICANT, APPLICANT_PASSWORD)
        .await
        .unwrap();
    assert_eq!(
        seeker.account.registration,
        Some(RegistrationStatus::Provisional)
    );
    assert_eq!(
        seeker.account.provisional_until,
        NaiveDate::from_ymd_opt(2026, 12, 9)
    );

    let pending = server.client.list_provisional(&counselor).await.unwrap();
    assert_eq!(
        pending
            .iter()
            .map(|p| p.seeker_number.as_str())
            .collect::<Vec<_>>(),
        [number.as_str()]
    );
    let err = server
        .client
        .list_provisional(&seeker.token)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    let err = server
        .client
        .confirm_seeker(&seeker.token, &number)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));

    server
        .client
        .confirm_seeker(&counselor, &number)
        .await
        .unwrap();
    let err = server
        .client
        .confirm_seeker(&counselor, &number)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));
    assert!(server
        .client
        .list_provisional(&counselor)
        .await
        .unwrap()
        .is_empty());
    let me = server.client.me(&seeker.token).await.unwrap();
    assert_eq!(me.registration, Some(RegistrationStatus::Registered));
    assert_eq!(me.provisional_until, None);
    server.stop().await.unwrap();
}

async fn provisional_registrations_lapse_after_fourteen_days(database: TestDatabase) {
    let (server, _counselor) = start_with_counselor(database).await.unwrap();
    let number = register_online(&server).await;
    server.clock.advance(TimeDelta::days(15));
    let seeker = server
        .client
        .sign_in(APPLICANT, APPLICANT_PASSWORD)
        .await
        .unwrap();
    assert_eq!(
        seeker.account.registration,
        Some(RegistrationStatus::Lapsed)
    );
    let counselor = server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    assert!(server
        .client
        .list_provisional(&counselor)
        .await
        .unwrap()
        .is_empty());
    let err = server
        .client
        .confirm_seeker(&counselor, &number)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Conflict));
    assert!(err.to_string().contains("14日"), "{err}");
    server.stop().await.unwrap();
}

async fn changing_the_password_needs_the_current_one_and_ends_other_sessions(
    database: TestDatabase,
) {
    let (server, first) = start_with_counselor(database).await.unwrap();
    let second = server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let change = |current: &str, new: &str| PasswordChange {
        current_password: current.into(),
        password: new.into(),
        password_confirmation: new.into(),
    };
    let err = server
        .client
        .change_password(&second, &change("Wrong#pass1", "Henkou#Pass9"))
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("current_password"));
    let err = server
        .client
        .change_password(&second, &change(COUNSELOR_PASSWORD, "short"))
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("password"));
    let err = server
        .client
        .change_password("", &change(COUNSELOR_PASSWORD, "Henkou#Pass9"))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));

    server
        .client
        .change_password(&second, &change(COUNSELOR_PASSWORD, "Henkou#Pass9"))
        .await
        .unwrap();
    server.client.me(&second).await.unwrap();
    let err = server.client.me(&first).await.unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::Unauthenticated),
        "the other session ended"
    );
    server
        .client
        .sign_in(COUNSELOR_EMAIL, "Henkou#Pass9")
        .await
        .unwrap();
    server.stop().await.unwrap();
}
