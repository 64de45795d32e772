//! Changing the email of an account over HTTP with a real SMTP server: the current password is
//! required, the key goes to the new address only, the old address is told, and a taken
//! address is neither revealed nor taken over.

use shigoto_shared::{EmailChangeConfirmation, EmailChangeRequest, ErrorCode};
use shigoto_test_support::smtp::key_in;
use shigoto_test_support::{
    code_of, field_of, on_both_backends, signed_in_counselor, start_with_counselor, wrong_key,
    TestDatabase, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
};

/// The address of the counselor of [`start_with_counselor`], before the change.
const OLD: &str = COUNSELOR_EMAIL;
const NEW: &str = "tanaka.ichiro@hellowork.example.jp";
const OTHER: &str = "suzuki@hellowork.example.jp";

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
    let (server, token) = start_with_counselor(database).await.unwrap();
    let smtp = server.mail().unwrap();

    let err = server
        .client
        .request_email_change_key(&token, &ask(NEW, "Wrong#pass1"))
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("current_password"));
    let err = server
        .client
        .request_email_change_key(
            &token,
            &ask(" Tanaka@HelloWork.example.jp ", COUNSELOR_PASSWORD),
        )
        .await
        .unwrap_err();
    assert_eq!(
        field_of(&err).as_deref(),
        Some("new_email"),
        "the same address"
    );
    let err = server
        .client
        .request_email_change_key("", &ask(NEW, COUNSELOR_PASSWORD))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(smtp.messages().is_empty(), "no key for refused requests");

    server
        .client
        .request_email_change_key(&token, &ask(NEW, COUNSELOR_PASSWORD))
        .await
        .unwrap();
    let (subject, body) = smtp.take_mail(NEW).await.unwrap();
    assert!(subject.contains("メールアドレスの変更"), "{subject}");
    let key = key_in(&body).unwrap();
    let wrong = wrong_key(&key);
    let err = server
        .client
        .confirm_email_change(
            &token,
            &EmailChangeConfirmation {
                new_email: NEW.into(),
                key: wrong,
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
    let err = server
        .client
        .sign_in(OLD, COUNSELOR_PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::InvalidCredentials));
    server
        .client
        .sign_in(NEW, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    server.stop().await.unwrap();
}

async fn a_taken_address_is_not_revealed_and_not_taken_over(database: TestDatabase) {
    let (server, token) = start_with_counselor(database).await.unwrap();
    let smtp = server.mail().unwrap();
    let other = signed_in_counselor(&server, OTHER, COUNSELOR_PASSWORD)
        .await
        .unwrap();

    let free = server
        .client
        .request_email_change_key(&token, &ask(NEW, COUNSELOR_PASSWORD))
        .await
        .unwrap();
    let taken = server
        .client
        .request_email_change_key(&token, &ask(OTHER, COUNSELOR_PASSWORD))
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
