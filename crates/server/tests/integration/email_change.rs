//! Changing the email of an account over HTTP with a real SMTP server: the current password is
//! required, the key goes to the new address only, the old address is told, and a taken
//! address is neither revealed nor taken over.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use shigoto_shared::{EmailChangeConfirmation, EmailChangeRequest, ErrorCode};
use shigoto_test_support::smtp::key_in;
use shigoto_test_support::{add_counselor, on_both_backends, start_with_smtp, TestDatabase};
use shigoto_test_support::{code_of, field_of};

const OLD: &str = "tanaka@hellowork.example.jp";
const NEW: &str = "tanaka.ichiro@hellowork.example.jp";
const OTHER: &str = "suzuki@hellowork.example.jp";
const PASSWORD: &str = "Counter#2026";

fn ask(new_email: &str, current_password: &str) -> EmailChangeRequest {
    EmailChangeRequest {
        new_email: new_email.into(),
        current_password: current_password.into(),
    }
}

on_both_backends!(
    the_email_moves_after_the_key_from_the_new_address,
    a_taken_address_is_not_revealed_and_not_taken_over,
);

async fn the_email_moves_after_the_key_from_the_new_address(database: TestDatabase) {
    let server = start_with_smtp(database).await.unwrap();
    let smtp = server.smtp.as_ref().unwrap();
    add_counselor(&server, OLD, PASSWORD).await.unwrap();
    let token = server.client.sign_in(OLD, PASSWORD).await.unwrap().token;

    let err = server
        .client
        .request_email_change_key(&token, &ask(NEW, "Wrong#pass1"))
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("current_password"));
    let err = server
        .client
        .request_email_change_key(&token, &ask(" Tanaka@HelloWork.example.jp ", PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(
        field_of(&err).as_deref(),
        Some("new_email"),
        "the same address"
    );
    let err = server
        .client
        .request_email_change_key("", &ask(NEW, PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(smtp.messages().is_empty(), "no key for refused requests");

    server
        .client
        .request_email_change_key(&token, &ask(NEW, PASSWORD))
        .await
        .unwrap();
    let (subject, body) = smtp.take_mail(NEW).await.unwrap();
    assert!(subject.contains("メールアドレスの変更"), "{subject}");
    let key = key_in(&body).unwrap();
    let wrong = if key == "00000000" {
        "11111111"
    } else {
        "00000000"
    };
    let err = server
        .client
        .confirm_email_change(
            &token,
            &EmailChangeConfirmation {
                new_email: NEW.into(),
                key: wrong.into(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidKey));
    let done = server
        .client
        .confirm_email_change(
            &token,
            &EmailChangeConfirmation {
                new_email: NEW.into(),
                key,
            },
        )
        .await
        .unwrap();
    assert!(done.message.contains(NEW), "{}", done.message);
    let (subject, body) = smtp.take_mail(OLD).await.unwrap();
    assert!(subject.contains("メールアドレス変更"), "{subject}");
    assert!(body.contains(NEW), "the old address is told: {body}");

    assert_eq!(server.client.me(&token).await.unwrap().email, NEW);
    let err = server.client.sign_in(OLD, PASSWORD).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidCredentials));
    server.client.sign_in(NEW, PASSWORD).await.unwrap();
    server.stop().await.unwrap();
}

async fn a_taken_address_is_not_revealed_and_not_taken_over(database: TestDatabase) {
    let server = start_with_smtp(database).await.unwrap();
    let smtp = server.smtp.as_ref().unwrap();
    add_counselor(&server, OLD, PASSWORD).await.unwrap();
    add_counselor(&server, OTHER, PASSWORD).await.unwrap();
    let token = server.client.sign_in(OLD, PASSWORD).await.unwrap().token;

    let free = server
        .client
        .request_email_change_key(&token, &ask(NEW, PASSWORD))
        .await
        .unwrap();
    let taken = server
        .client
        .request_email_change_key(&token, &ask(OTHER, PASSWORD))
        .await
        .unwrap();
    assert_eq!(free, taken, "the same answer for a taken address");
    let key = key_in(&smtp.take_mail(NEW).await.unwrap().1).unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(smtp.messages().is_empty(), "no mail to the taken address");

    // A key for one address does not move the account to another.
    let err = server
        .client
        .confirm_email_change(
            &token,
            &EmailChangeConfirmation {
                new_email: OTHER.into(),
                key: key.clone(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidKey));
    // Another signed-in account cannot use this account's key.
    let other = server.client.sign_in(OTHER, PASSWORD).await.unwrap().token;
    let err = server
        .client
        .confirm_email_change(
            &other,
            &EmailChangeConfirmation {
                new_email: NEW.into(),
                key,
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidKey));
    assert_eq!(server.client.me(&token).await.unwrap().email, OLD);
    assert_eq!(server.client.me(&other).await.unwrap().email, OTHER);
    server.stop().await.unwrap();
}
