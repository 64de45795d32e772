//! メッセージ over HTTP against the real service: an applicant and the posting's employer write
//! to each other in their thread (sending again with the same key stores nothing new), unread
//! counts follow 既読; a counselor writes to a seeker of their prefecture and the seeker cannot
//! answer Hello Work; nobody outside a thread reads or writes in it (every role and another user
//! of each); a sender's messages are limited under concurrent sends; bad text is refused.

use shigoto_shared::{
    ErrorCode, MessageSide, NewMessage, PullResponse, SyncCursor, ThreadParty, ThreadSummary,
};
use shigoto_test_support::{
    accepted_employer, add_counselor_at, code_of, desk_with_seeker, field_of, on_both_backends,
    plain_application, registered_seeker, PostingDesk, TestDatabase, COUNSELOR_PASSWORD,
    SEEKER_PASSWORD,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const OTHER_EMPLOYER: &str = "saiyo@kasumi-bungu.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";
const SECOND_SEEKER: &str = "jiro@example.jp";
const OSAKA_COUNSELOR: &str = "yamamoto@hellowork.example.jp";

on_both_backends!(
    an_applicant_and_the_employer_write_to_each_other,
    hello_work_writes_and_the_seeker_cannot_answer,
    nobody_outside_a_thread_reads_or_writes_in_it,
    a_sender_is_limited_under_concurrent_sends,
    threads_and_messages_travel_with_mypage_sync,
);

/// A desk whose seeker applied to the employer's posting: the desk, the seeker's token and
/// 求職番号.
async fn applied(database: TestDatabase) -> (PostingDesk, String, String) {
    let (desk, number, seeker, seeker_number) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let request = plain_application(&number);
    desk.server.client.apply(&seeker, &request).await.unwrap();
    (desk, seeker, seeker_number)
}

fn message(key: &str, body: &str) -> NewMessage {
    NewMessage {
        key: key.to_owned(),
        body: body.to_owned(),
    }
}

fn only(threads: Vec<ThreadSummary>) -> ThreadSummary {
    assert_eq!(threads.len(), 1, "{threads:?}");
    threads.into_iter().next().unwrap()
}

async fn an_applicant_and_the_employer_write_to_each_other(database: TestDatabase) {
    let (desk, seeker, _) = applied(database).await;
    let client = &desk.server.client;
    // Applying opened the thread on both sides.
    let mine = only(client.threads(&seeker).await.unwrap());
    assert_eq!(mine.party, ThreadParty::Employer);
    assert!(mine.can_write && mine.unread == 0);
    let theirs = only(client.threads(&desk.employer).await.unwrap());
    assert_eq!(theirs.id, mine.id);
    assert_eq!(
        theirs.title, "山田 花子",
        "the employer sees the applicant's name"
    );

    // The employer writes; sending again with the same key stores nothing new.
    let text = "面接日程のご相談です。\n<b>12月10日</b>はいかがでしょうか。";
    let sent = client
        .send_message(&desk.employer, mine.id, &message("k-1", text))
        .await
        .unwrap();
    let again = client
        .send_message(&desk.employer, mine.id, &message("k-1", text))
        .await
        .unwrap();
    assert_eq!(again, sent);
    assert_eq!(sent.side, MessageSide::Employer);
    let mine = only(client.threads(&seeker).await.unwrap());
    assert_eq!(mine.unread, 1);
    assert_eq!(client.unread_messages(&seeker).await.unwrap().count, 1);
    assert_eq!(mine.title, theirs_employer_name(&desk).await);
    let view = client.thread(&seeker, mine.id).await.unwrap();
    assert_eq!(view.messages.len(), 1);
    assert_eq!(view.messages[0].body, text, "kept as text, markup and all");

    // 既読 moves only forward; the answer counts on the other side.
    client.mark_read(&seeker, mine.id, sent.id).await.unwrap();
    client.mark_read(&seeker, mine.id, 0).await.unwrap();
    assert_eq!(only(client.threads(&seeker).await.unwrap()).unread, 0);
    assert_eq!(client.unread_messages(&seeker).await.unwrap().count, 0);
    let answer = client
        .send_message(&seeker, mine.id, &message("k-1", "10日で伺います。"))
        .await
        .unwrap();
    assert_ne!(answer.id, sent.id, "keys are the sender's own");
    assert_eq!(
        only(client.threads(&desk.employer).await.unwrap()).unread,
        1
    );
    let view = client.thread(&desk.employer, mine.id).await.unwrap();
    let sides: Vec<_> = view.messages.iter().map(|m| m.side).collect();
    assert_eq!(sides, [MessageSide::Employer, MessageSide::Seeker]);

    // Bad text is refused at the box.
    for body in ["  ", &"あ".repeat(2001), "ベル\u{7}"] {
        let err = client
            .send_message(&seeker, mine.id, &message("k-bad", body))
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter));
        assert_eq!(field_of(&err).as_deref(), Some("body"));
    }
    desk.server.stop().await.unwrap();
}

/// The name the seeker sees for the desk's employer.
async fn theirs_employer_name(desk: &PostingDesk) -> String {
    desk.server
        .client
        .employer_registration(&desk.employer)
        .await
        .unwrap()
        .profile
        .name
}

async fn hello_work_writes_and_the_seeker_cannot_answer(database: TestDatabase) {
    let (desk, seeker, number) = applied(database).await;
    let client = &desk.server.client;
    // Before the first message the counter's record reads none.
    assert!(client
        .seeker_messages(&desk.counselor, &number)
        .await
        .unwrap()
        .is_empty());
    let view = client
        .message_seeker(
            &desk.counselor,
            &number,
            &message("hw-1", "求人のご案内があります。"),
        )
        .await
        .unwrap();
    assert_eq!(view.thread.party, ThreadParty::HelloWork);
    assert!(view.thread.can_write);
    assert_eq!(view.messages[0].side, MessageSide::HelloWork);
    assert!(view.messages[0].sender_name.contains("田中 一郎"));
    assert_eq!(
        client
            .seeker_messages(&desk.counselor, &number)
            .await
            .unwrap(),
        view.messages,
        "the record reads the thread as it stands"
    );
    for (who, token, code) in [
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("employer", desk.employer.as_str(), ErrorCode::Forbidden),
    ] {
        let err = client.seeker_messages(token, &number).await.unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
    }
    let hello_work = client
        .threads(&seeker)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.party == ThreadParty::HelloWork)
        .unwrap();
    assert_eq!(hello_work.title, "ハローワーク千代田");
    assert!(!hello_work.can_write && hello_work.unread == 1);
    let err = client
        .send_message(&seeker, hello_work.id, &message("s-1", "質問があります。"))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    assert!(err
        .to_string()
        .contains("ハローワークへのメッセージは送信できません"));
    assert_eq!(
        client
            .thread(&seeker, hello_work.id)
            .await
            .unwrap()
            .messages
            .len(),
        1
    );
    // The counselor reads it; the employer and another prefecture's counselor find nothing.
    assert_eq!(
        client
            .thread(&desk.counselor, hello_work.id)
            .await
            .unwrap()
            .messages
            .len(),
        1
    );
    add_counselor_at(&desk.server, OSAKA_COUNSELOR, COUNSELOR_PASSWORD, "27010")
        .await
        .unwrap();
    let osaka = desk
        .server
        .session_token(OSAKA_COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    for (who, token) in [
        ("employer", desk.employer.as_str()),
        ("osaka", osaka.as_str()),
    ] {
        let err = client.thread(token, hello_work.id).await.unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::NotFound), "{who}");
    }
    let err = client
        .message_seeker(&osaka, &number, &message("hw-2", "ご案内"))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::NotFound));
    let err = client.seeker_messages(&osaka, &number).await.unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::NotFound),
        "another prefecture reads nothing"
    );
    desk.server.stop().await.unwrap();
}

async fn nobody_outside_a_thread_reads_or_writes_in_it(database: TestDatabase) {
    let (desk, seeker, _) = applied(database).await;
    let client = &desk.server.client;
    let thread = only(client.threads(&seeker).await.unwrap()).id;
    let (other_seeker, _) = registered_seeker(
        &desk.server,
        &desk.counselor,
        SECOND_SEEKER,
        SEEKER_PASSWORD,
    )
    .await
    .unwrap();
    let other_employer = accepted_employer(
        &desk.server,
        &desk.counselor,
        OTHER_EMPLOYER,
        EMPLOYER_PASSWORD,
    )
    .await
    .unwrap();
    for (who, token, code) in [
        ("other seeker", other_seeker.as_str(), ErrorCode::NotFound),
        (
            "other employer",
            other_employer.as_str(),
            ErrorCode::NotFound,
        ),
        ("counselor", desk.counselor.as_str(), ErrorCode::NotFound),
        ("signed out", "no-such-token", ErrorCode::Unauthenticated),
    ] {
        let calls = [
            client.thread(token, thread).await.map(drop),
            client
                .send_message(token, thread, &message("x-1", "こんにちは"))
                .await
                .map(drop),
            client.mark_read(token, thread, 1).await.map(drop),
        ];
        for (n, call) in calls.into_iter().enumerate() {
            assert_eq!(code_of(&call.unwrap_err()), Some(code), "{who}, call {n}");
        }
    }
    assert!(client.threads(&other_seeker).await.unwrap().is_empty());
    assert!(client.threads(&other_employer).await.unwrap().is_empty());
    let err = client.threads(&desk.counselor).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    let err = client.unread_messages(&desk.counselor).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));
    let err = client.unread_messages("no-such-token").await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Unauthenticated));
    for (who, token, code) in [
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("employer", desk.employer.as_str(), ErrorCode::Forbidden),
    ] {
        let err = client
            .message_seeker(token, "13010-00000001", &message("x-2", "ご案内"))
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who}");
    }
    assert!(client
        .thread(&seeker, thread)
        .await
        .unwrap()
        .messages
        .is_empty());
    desk.server.stop().await.unwrap();
}

async fn a_sender_is_limited_under_concurrent_sends(database: TestDatabase) {
    let (desk, seeker, _) = applied(database).await;
    let client = &desk.server.client;
    let thread = only(client.threads(&seeker).await.unwrap()).id;
    let mut at_once = tokio::task::JoinSet::new();
    for n in 0..40 {
        let (client, employer) = (client.clone(), desk.employer.clone());
        at_once.spawn(async move {
            let key = format!("burst-{n}");
            let answer = client
                .send_message(&employer, thread, &message(&key, "ご連絡です。"))
                .await;
            (key, answer)
        });
    }
    let answers = at_once.join_all().await;
    let sent = answers.iter().filter(|(_, a)| a.is_ok()).count();
    let limited = answers
        .iter()
        .filter(|(_, a)| matches!(a, Err(err) if code_of(err) == Some(ErrorCode::RateLimited)))
        .count();
    assert_eq!((sent, limited), (30, 10));
    assert_eq!(
        client.thread(&seeker, thread).await.unwrap().messages.len(),
        30
    );
    // At the limit, a device resending a stored message (its answer was lost) still hears
    // that it was stored; a new one waits.
    let (key, stored) = answers
        .iter()
        .find_map(|(key, a)| a.as_ref().ok().map(|m| (key, m)))
        .unwrap();
    let again = client
        .send_message(&desk.employer, thread, &message(key, "ご連絡です。"))
        .await
        .unwrap();
    assert_eq!(again.id, stored.id);
    let err = client
        .send_message(
            &desk.employer,
            thread,
            &message("burst-new", "ご連絡です。"),
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::RateLimited));
    desk.server.stop().await.unwrap();
}

async fn pull(desk: &PostingDesk, token: &str, cursor: &str) -> PullResponse {
    desk.server
        .client
        .pull_changes(token, SyncCursor::from_wire(cursor).unwrap())
        .await
        .unwrap()
}

async fn threads_and_messages_travel_with_mypage_sync(database: TestDatabase) {
    let (desk, seeker, seeker_number) = applied(database).await;
    let client = &desk.server.client;
    let thread = only(client.threads(&seeker).await.unwrap()).id;

    // From the start each side gets the thread opened by the application, as it sees it.
    let first = pull(&desk, &seeker, "0.0").await;
    assert_eq!(first.threads.len(), 1);
    assert_eq!(first.threads[0].side, MessageSide::Seeker);
    assert!(first.messages.is_empty());
    let employer_first = pull(&desk, &desk.employer, "0.0").await;
    assert_eq!(employer_first.threads.len(), 1);
    assert_eq!(employer_first.threads[0].side, MessageSide::Employer);
    assert_eq!(employer_first.threads[0].title, "山田 花子");

    // A message reaches both sides' next pull, once; nothing else travels again.
    let sent = client
        .send_message(
            &desk.employer,
            thread,
            &message("k-1", "面接のご案内です。"),
        )
        .await
        .unwrap();
    let seeker_next = pull(&desk, &seeker, &first.cursor).await;
    assert_eq!(seeker_next.messages, std::slice::from_ref(&sent));
    assert_eq!(seeker_next.threads.len(), 1);
    assert_eq!(seeker_next.threads[0].unread, 1);
    assert!(seeker_next.applications.is_empty() && seeker_next.favorites.is_empty());
    let employer_next = pull(&desk, &desk.employer, &employer_first.cursor).await;
    assert_eq!(employer_next.messages, std::slice::from_ref(&sent));
    // Sending the same key again changes nothing.
    client
        .send_message(
            &desk.employer,
            thread,
            &message("k-1", "面接のご案内です。"),
        )
        .await
        .unwrap();
    let still = pull(&desk, &seeker, &seeker_next.cursor).await;
    assert!(still.threads.is_empty() && still.messages.is_empty());
    assert_eq!(still.cursor, seeker_next.cursor);

    // 既読 travels to the reader's other devices, not to the other side.
    client.mark_read(&seeker, thread, sent.id).await.unwrap();
    let read = pull(&desk, &seeker, &seeker_next.cursor).await;
    assert_eq!(read.threads.len(), 1);
    assert_eq!(
        (read.threads[0].read_up_to, read.threads[0].unread),
        (sent.id, 0)
    );
    assert!(read.messages.is_empty());
    let employer_after = pull(&desk, &desk.employer, &employer_next.cursor).await;
    assert!(employer_after.threads.is_empty());
    // Marking the same again moves nothing.
    client.mark_read(&seeker, thread, sent.id).await.unwrap();
    assert_eq!(pull(&desk, &seeker, &read.cursor).await.cursor, read.cursor);

    // Hello Work's first message opens its thread on the seeker's devices; employers never
    // see it, counselors have no MyPage to pull.
    let counselor_message = client
        .message_seeker(
            &desk.counselor,
            &seeker_number,
            &message("hw-1", "ご相談の日程です。"),
        )
        .await
        .unwrap();
    let hello = pull(&desk, &seeker, &read.cursor).await;
    assert_eq!(hello.threads.len(), 1);
    assert_eq!(hello.threads[0].party, ThreadParty::HelloWork);
    assert!(!hello.threads[0].can_write);
    assert_eq!(hello.messages, counselor_message.messages);
    assert!(pull(&desk, &desk.employer, &employer_next.cursor)
        .await
        .threads
        .is_empty());
    let err = client
        .pull_changes(&desk.counselor, SyncCursor::default())
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::Forbidden));

    // From the start again: both threads and every message.
    let all = pull(&desk, &seeker, "0.0").await;
    assert_eq!(all.threads.len(), 2);
    assert_eq!(all.messages.len(), 2);
    desk.server.stop().await.unwrap();
}
