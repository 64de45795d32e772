//! Mails about events through a real SMTP server: a message is mailed about when it is the first
//! one its reader has not read in the thread (a conversation does not fill the mailbox), an
//! online introduction to the seeker, an application to the employer; the mails say only that
//! something happened; an account that turns mails off gets none; counselors have no setting.

use std::time::Duration;

use shigoto_shared::{
    ErrorCode, IntroductionKind, IntroductionRequest, NewMessage, NotificationSettings,
};
use shigoto_test_support::{
    code_of, desk_with_seeker, on_both_backends, plain_application, published_posting,
    sample_posting, PostingDesk, TestDatabase, SEEKER_EMAIL,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";
const SECRET: &str = "面接は12月10日です";

on_both_backends!(
    events_are_mailed_once_and_only_that_they_happened,
    an_account_that_turns_mails_off_gets_none,
);

/// A desk whose seeker applied: the desk, the seeker's token, 求職番号, and the posting.
async fn applied(database: TestDatabase) -> (PostingDesk, String, String, String) {
    let (desk, number, seeker, seeker_number) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let request = plain_application(&number);
    desk.server.client.apply(&seeker, &request).await.unwrap();
    (desk, seeker, seeker_number, number)
}

fn message(key: &str) -> NewMessage {
    NewMessage {
        key: key.to_owned(),
        body: SECRET.to_owned(),
    }
}

/// Time for a mail that would have been sent to arrive.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(1500)).await;
}

async fn events_are_mailed_once_and_only_that_they_happened(database: TestDatabase) {
    let (desk, seeker, seeker_number, _) = applied(database).await;
    let (client, smtp) = (&desk.server.client, desk.server.mail().unwrap());
    // The application reached the employer.
    let (subject, _) = smtp
        .take_mail_about(EMPLOYER, "応募がありました")
        .await
        .unwrap();
    assert_eq!(subject, "【Shigoto】求人への応募がありました");

    // Two messages in a row: one mail, saying only that a message is waiting.
    let thread = client.threads(&seeker).await.unwrap()[0].id;
    let first = client
        .send_message(&desk.employer, thread, &message("k-1"))
        .await
        .unwrap();
    client
        .send_message(&desk.employer, thread, &message("k-2"))
        .await
        .unwrap();
    let (subject, body) = smtp
        .take_mail_about(SEEKER_EMAIL, "メッセージ")
        .await
        .unwrap();
    assert_eq!(subject, "【Shigoto】新しいメッセージが届いています");
    assert!(
        !body.contains(SECRET) && !body.contains("しごと商事"),
        "{body}"
    );
    settle().await;
    assert_eq!(
        smtp.count_about(SEEKER_EMAIL, "メッセージ"),
        0,
        "one mail for two"
    );

    // Read, then a new one: mailed again. The seeker's answer reaches the employer.
    let second = client.thread(&seeker, thread).await.unwrap().messages[1].id;
    assert!(second > first.id);
    client.mark_read(&seeker, thread, second).await.unwrap();
    client
        .send_message(&desk.employer, thread, &message("k-3"))
        .await
        .unwrap();
    smtp.take_mail_about(SEEKER_EMAIL, "メッセージ")
        .await
        .unwrap();
    client
        .send_message(&seeker, thread, &message("s-1"))
        .await
        .unwrap();
    smtp.take_mail_about(EMPLOYER, "メッセージ").await.unwrap();

    // An online introduction: one mail about it (its message is not mailed again).
    let (_, other) = published_posting(
        &desk.server,
        &desk.employer,
        &desk.counselor,
        sample_posting("商品管理（文具）"),
    )
    .await
    .unwrap();
    let introduction = IntroductionRequest {
        job_number: other,
        kind: IntroductionKind::Referral,
        note: String::new(),
    };
    client
        .introduce_job(&desk.counselor, &seeker_number, &introduction)
        .await
        .unwrap();
    let (subject, _) = smtp.take_mail_about(SEEKER_EMAIL, "紹介").await.unwrap();
    assert_eq!(
        subject,
        "【Shigoto】ハローワークから求人の紹介が届いています"
    );
    settle().await;
    assert_eq!(smtp.count_about(SEEKER_EMAIL, "メッセージ"), 0);
    desk.server.stop().await.unwrap();
}

async fn an_account_that_turns_mails_off_gets_none(database: TestDatabase) {
    let (desk, seeker, _, _) = applied(database).await;
    let (client, smtp) = (&desk.server.client, desk.server.mail().unwrap());
    smtp.take_mail_about(EMPLOYER, "応募がありました")
        .await
        .unwrap();
    assert!(client.notification_settings(&seeker).await.unwrap().mails);
    let off = NotificationSettings {
        mails: false,
        new_jobs_digest: false,
    };
    assert_eq!(
        client
            .set_notification_settings(&seeker, &off)
            .await
            .unwrap(),
        off
    );
    assert_eq!(client.notification_settings(&seeker).await.unwrap(), off);
    let thread = client.threads(&seeker).await.unwrap()[0].id;
    client
        .send_message(&desk.employer, thread, &message("k-1"))
        .await
        .unwrap();
    // The employer's own setting is theirs: the seeker's answer still reaches them.
    client
        .send_message(&seeker, thread, &message("s-1"))
        .await
        .unwrap();
    smtp.take_mail_about(EMPLOYER, "メッセージ").await.unwrap();
    settle().await;
    assert_eq!(smtp.count_about(SEEKER_EMAIL, "メッセージ"), 0);

    // On again: mailed.
    let on = NotificationSettings {
        mails: true,
        new_jobs_digest: false,
    };
    client
        .set_notification_settings(&seeker, &on)
        .await
        .unwrap();
    let read = client.thread(&seeker, thread).await.unwrap().messages[0].id;
    client.mark_read(&seeker, thread, read).await.unwrap();
    client
        .send_message(&desk.employer, thread, &message("k-2"))
        .await
        .unwrap();
    smtp.take_mail_about(SEEKER_EMAIL, "メッセージ")
        .await
        .unwrap();

    let err = client
        .notification_settings(&desk.counselor)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    desk.server.stop().await.unwrap();
}
