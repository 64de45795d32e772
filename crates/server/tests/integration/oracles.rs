//! No answer tells whether an account exists, whether details matched or whether an account is
//! locked: pairs of answers are compared byte for byte (status and body), and their timings over
//! many samples (medians). Against the real service on a loopback port, on both backends.

use std::time::{Duration, Instant};

use chrono::TimeDelta;
use serde_json::json;
use shigoto_domain::account::TERMS_VERSION;
use shigoto_test_support::smtp::key_in;
use shigoto_test_support::{
    add_counselor, mailed_key, on_both_backends, register_at_counter, start_with_counselor,
    start_with_smtp, wrong_key, TestDatabase, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
};

const SEEKER: &str = "hanako@example.jp";

// Timed: each runs alone, since a test hashing beside them would pass for a difference.
on_both_backends!(
    #[alone]
    sign_in_refusals_are_one_answer_in_the_same_time,
    #[alone]
    key_refusals_are_one_answer_in_the_same_time,
    #[alone]
    sign_up_of_a_taken_address_looks_like_a_new_one,
);

/// Status and body of a POST, and how long it took.
async fn post(base: &str, path: &str, body: serde_json::Value) -> (u16, String, Duration) {
    let started = Instant::now();
    let response = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, text, started.elapsed())
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Medians that differ by less than a quarter (or 15 ms, whichever is more): one Argon2 check
/// dominates every answer, and one more database write is far below either bound.
fn assert_same_time(what: &str, a: Vec<Duration>, b: Vec<Duration>) {
    let (a, b) = (median(a), median(b));
    let larger = a.max(b);
    let bound = (larger / 4).max(Duration::from_millis(15));
    let gap = a.max(b) - a.min(b);
    eprintln!("{what}: medians {a:?} and {b:?}");
    assert!(
        gap < bound,
        "{what}: medians {a:?} and {b:?} differ by {gap:?}"
    );
}

async fn sign_in_refusals_are_one_answer_in_the_same_time(database: TestDatabase) {
    let server = start_with_smtp(database).await.unwrap();
    add_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let base = server.base_url();
    let sign_in = |email: &str, password: &str| json!({ "email": email, "password": password });

    let nobody = |password: &str| sign_in("nobody@example.jp", password);
    // Unknown-address samples are taken side by side with each kind, so drift over the test
    // (tables growing, mail in the background) cannot pass for a difference.
    let mut unknown = Vec::new();
    let mut wrong = Vec::new();
    let mut unknown_beside_locked = Vec::new();
    let mut locked = Vec::new();
    // Warm up the connection pools, so the first samples do not pay for connecting.
    for _ in 0..3 {
        post(
            &base,
            "/api/v1/sessions",
            sign_in("warm-up@example.jp", "Guess#0001"),
        )
        .await;
    }
    // Wrong passwords, not yet locked: four, then the right one starts the count again;
    // twice per throttle window.
    for window in 0..3 {
        for _ in 0..2 {
            for _ in 0..4 {
                let a = post(&base, "/api/v1/sessions", nobody("Guess#0001")).await;
                let b = post(
                    &base,
                    "/api/v1/sessions",
                    sign_in(COUNSELOR_EMAIL, "Guess#0001"),
                )
                .await;
                assert_eq!((a.0, &a.1), (b.0, &b.1), "wrong password, window {window}");
                assert_eq!(a.0, 401);
                unknown.push(a.2);
                wrong.push(b.2);
            }
            let right = post(
                &base,
                "/api/v1/sessions",
                sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD),
            )
            .await;
            assert_eq!(right.0, 200, "{}", right.1);
        }
        server.clock.advance(TimeDelta::minutes(11));
    }
    for _ in 0..4 {
        let b = post(
            &base,
            "/api/v1/sessions",
            sign_in(COUNSELOR_EMAIL, "Guess#0001"),
        )
        .await;
        assert_eq!(b.0, 401);
    }
    // The fifth locks the account.
    let fifth = post(
        &base,
        "/api/v1/sessions",
        sign_in(COUNSELOR_EMAIL, "Guess#0001"),
    )
    .await;
    assert_eq!(fifth.0, 401);
    for round in 0..3 {
        for _ in 0..4 {
            let a = post(&base, "/api/v1/sessions", nobody("Guess#0001")).await;
            let b = post(
                &base,
                "/api/v1/sessions",
                sign_in(COUNSELOR_EMAIL, "Guess#0001"),
            )
            .await;
            assert_eq!((a.0, &a.1), (b.0, &b.1), "locked, round {round}");
            unknown_beside_locked.push(a.2);
            locked.push(b.2);
        }
        // Even the right password of a locked account answers like an unknown address.
        let a = post(&base, "/api/v1/sessions", nobody(COUNSELOR_PASSWORD)).await;
        let b = post(
            &base,
            "/api/v1/sessions",
            sign_in(COUNSELOR_EMAIL, COUNSELOR_PASSWORD),
        )
        .await;
        assert_eq!((a.0, &a.1), (b.0, &b.1), "right password while locked");
        // Past the throttles' windows (and the lock), one more wrong password locks it again.
        server.clock.advance(TimeDelta::minutes(11));
        let relock = post(
            &base,
            "/api/v1/sessions",
            sign_in(COUNSELOR_EMAIL, "Guess#0002"),
        )
        .await;
        assert_eq!(relock.0, 401);
    }
    assert_same_time("unknown address vs wrong password", unknown, wrong);
    assert_same_time(
        "unknown address vs locked account",
        unknown_beside_locked,
        locked,
    );
    server.stop().await.unwrap();
}

async fn key_refusals_are_one_answer_in_the_same_time(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    register_at_counter(&server, &counselor, SEEKER)
        .await
        .unwrap();
    let base = server.base_url();
    let ask = |email: &str, birth: &str| {
        json!({ "email": email, "birth_date": birth, "agreed_terms": true,
                "agreed_privacy": true, "terms_version": TERMS_VERSION })
    };
    // Step 1: matching, unknown and mismatched details get one answer.
    let matching = post(
        &base,
        "/api/v1/mypage/opening/key",
        ask(SEEKER, "1990-04-01"),
    )
    .await;
    let unknown = post(
        &base,
        "/api/v1/mypage/opening/key",
        ask("x@example.jp", "1990-04-01"),
    )
    .await;
    let mismatched = post(
        &base,
        "/api/v1/mypage/opening/key",
        ask(SEEKER, "1991-04-01"),
    )
    .await;
    assert_eq!((matching.0, &matching.1), (unknown.0, &unknown.1));
    assert_eq!((matching.0, &matching.1), (mismatched.0, &mismatched.1));
    let key = mailed_key(&server, SEEKER).await.unwrap();

    // Step 2: a wrong key for the address with a key, any key for an address without one, and
    // (later) the right key of a void key get one answer.
    let complete = |email: &str, key: &str| {
        json!({ "email": email, "key": key, "password": "Hanako#Kyuj1n",
                "password_confirmation": "Hanako#Kyuj1n" })
    };
    let wrong = wrong_key(&key);
    let mut with_key = Vec::new();
    let mut without_key = Vec::new();
    // Warm up the connection pools first.
    for _ in 0..3 {
        post(
            &base,
            "/api/v1/mypage/opening",
            complete("warm-up@example.jp", &wrong),
        )
        .await;
    }
    for n in 0..4 {
        let a = post(&base, "/api/v1/mypage/opening", complete(SEEKER, &wrong)).await;
        let nobody = format!("nobody{n}@example.jp");
        let b = post(&base, "/api/v1/mypage/opening", complete(&nobody, &wrong)).await;
        assert_eq!((a.0, &a.1), (b.0, &b.1));
        assert_eq!(a.0, 400);
        with_key.push(a.2);
        without_key.push(b.2);
    }
    // The fifth wrong try voids the key; then the right key answers the same as ever.
    let fifth = post(&base, "/api/v1/mypage/opening", complete(SEEKER, &wrong)).await;
    let right = post(&base, "/api/v1/mypage/opening", complete(SEEKER, &key)).await;
    assert_eq!((fifth.0, &fifth.1), (right.0, &right.1));
    with_key.push(fifth.2);
    with_key.push(right.2);
    // More seekers with keys, more addresses without.
    for n in 0..3 {
        let email = format!("seeker{n}@example.jp");
        register_at_counter(&server, &counselor, &email)
            .await
            .unwrap();
        post(
            &base,
            "/api/v1/mypage/opening/key",
            ask(&email, "1990-04-01"),
        )
        .await;
        let key = mailed_key(&server, &email).await.unwrap();
        let wrong = wrong_key(&key);
        for m in 0..4 {
            let a = post(&base, "/api/v1/mypage/opening", complete(&email, &wrong)).await;
            let nobody = format!("nobody{n}-{m}@example.jp");
            let b = post(&base, "/api/v1/mypage/opening", complete(&nobody, &wrong)).await;
            assert_eq!((a.0, &a.1), (b.0, &b.1));
            with_key.push(a.2);
            without_key.push(b.2);
        }
    }
    assert_same_time("wrong key vs no key", with_key, without_key);
    server.stop().await.unwrap();
}

async fn sign_up_of_a_taken_address_looks_like_a_new_one(database: TestDatabase) {
    let server = start_with_smtp(database).await.unwrap();
    add_counselor(&server, COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let base = server.base_url();
    let ask = |email: &str| {
        json!({ "email": email, "agreed_terms": true, "agreed_privacy": true,
                "terms_version": TERMS_VERSION })
    };
    for path in [
        "/api/v1/mypage/registration/key",
        "/api/v1/employer/opening/key",
    ] {
        let taken = post(&base, path, ask(COUNSELOR_EMAIL)).await;
        let new = post(&base, path, ask("someone-new@example.jp")).await;
        assert_eq!((taken.0, &taken.1), (new.0, &new.1), "{path}");
        assert_eq!(taken.0, 202);
        let smtp = server.mail().unwrap();
        let (subject, body) = smtp.take_mail(COUNSELOR_EMAIL).await.unwrap();
        assert!(subject.contains("開設のお申込み"), "{subject}");
        assert!(key_in(&body).is_none(), "no key to the owner: {body}");
        let (subject, _) = smtp.take_mail("someone-new@example.jp").await.unwrap();
        assert!(subject.contains("認証キー"), "{subject}");
    }
    server.stop().await.unwrap();
}
