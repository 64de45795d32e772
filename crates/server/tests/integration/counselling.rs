//! 職業相談 over HTTP against the real service, on its clock: a counselor of the seeker's
//! prefecture records sessions and lists them with who held them; a session in the last month
//! of a 本登録 extends it once however many are recorded at the same time; a session dated in the
//! future, too long ago or before the application, or with too long a note, is refused at its
//! field; the sessions appear in the seeker's 求職活動実績. Every other role is refused and a
//! counselor of another prefecture finds nobody.

use chrono::{NaiveDate, TimeDelta};
use shigoto_shared::{CounsellingRequest, CounsellingTopic, ErrorCode};
use shigoto_test_support::{
    add_counselor_at, code_of, field_of, on_both_backends, open_employer, registered_seeker,
    start_with_counselor, test_today, TestDatabase, COUNSELOR_EMAIL, COUNSELOR_PASSWORD,
    SEEKER_EMAIL, SEEKER_PASSWORD,
};

const OSAKA_COUNSELOR: &str = "yamamoto@hellowork.example.jp";
const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";

on_both_backends!(
    counselling_is_recorded_and_extends_the_last_month_once,
    only_a_counselor_of_the_prefecture_records_counselling,
);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn session(held_on: NaiveDate, topic: CounsellingTopic, note: &str) -> CounsellingRequest {
    CounsellingRequest {
        held_on,
        topic,
        note: note.to_owned(),
    }
}

async fn counselling_is_recorded_and_extends_the_last_month_once(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (_, number) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let client = &server.client;
    let today = test_today();

    // Not in the last month: recorded, the validity stays.
    let first = client
        .record_counselling(
            &counselor,
            &number,
            &session(
                today,
                CounsellingTopic::JobConsultation,
                "  希望職種を事務に絞った。 ",
            ),
        )
        .await
        .unwrap();
    assert_eq!(first.session.note, "希望職種を事務に絞った。");
    assert_eq!(first.session.counselor_name, "田中 一郎");
    assert_eq!(first.session.office_name, "ハローワーク千代田");
    assert_eq!(first.seeker.seeking.valid_until, d(2027, 1, 31));

    // Refused at their field, nothing stored.
    let long_note = "あ".repeat(1001);
    for (what, request, field, says) in [
        (
            "future",
            session(today + TimeDelta::days(1), CounsellingTopic::Other, ""),
            "held_on",
            "未来",
        ),
        (
            "long ago",
            session(today - TimeDelta::days(32), CounsellingTopic::Other, ""),
            "held_on",
            "31日前",
        ),
        (
            "note",
            session(today, CounsellingTopic::Other, &long_note),
            "note",
            "1000文字",
        ),
    ] {
        let err = client
            .record_counselling(&counselor, &number, &request)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::InvalidParameter), "{what}");
        assert_eq!(field_of(&err).as_deref(), Some(field), "{what}");
        assert!(err.to_string().contains(says), "{what}: {err}");
    }
    assert_eq!(
        client
            .counselling_sessions(&counselor, &number)
            .await
            .unwrap()
            .len(),
        1
    );

    // In the last month: ten sessions recorded at once extend it by one month, once.
    server.clock.advance(TimeDelta::days(46)); // 2027-01-10
    let counselor = server
        .session_token(COUNSELOR_EMAIL, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let in_last_month = d(2027, 1, 10);
    let mut at_once = tokio::task::JoinSet::new();
    for n in 0..10 {
        let (client, counselor, number) = (client.clone(), counselor.clone(), number.clone());
        at_once.spawn(async move {
            let request = session(
                in_last_month,
                CounsellingTopic::InterviewPractice,
                &format!("面接練習 {n}"),
            );
            client
                .record_counselling(&counselor, &number, &request)
                .await
        });
    }
    for recorded in at_once.join_all().await {
        let recorded = recorded.unwrap();
        assert_eq!(recorded.seeker.seeking.valid_until, d(2027, 2, 28));
    }
    let record = client.seeker_record(&counselor, &number).await.unwrap();
    assert_eq!(record.seeking.valid_until, d(2027, 2, 28), "moved once");
    let sessions = client
        .counselling_sessions(&counselor, &number)
        .await
        .unwrap();
    assert_eq!(sessions.len(), 11);
    assert_eq!(sessions[0].held_on, in_last_month, "newest first");
    assert_eq!(sessions[10].held_on, today);

    // The seeker's 求職活動実績 lists the sessions (the note stays with the counselors).
    let seeker = server
        .session_token(SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let csv = client
        .activity_report(&seeker, today, in_last_month, false)
        .await
        .unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 12, "{csv}");
    assert!(
        lines[1].contains("職業相談（ハローワーク）")
            && lines[1].contains("ハローワーク千代田")
            && lines[1].contains("職業相談"),
        "{csv}"
    );
    assert!(lines[11].contains("面接の練習"), "{csv}");
    assert!(
        !csv.contains("希望職種") && !csv.contains("面接練習"),
        "{csv}"
    );
    server.stop().await.unwrap();
}

async fn only_a_counselor_of_the_prefecture_records_counselling(database: TestDatabase) {
    let (server, counselor) = start_with_counselor(database).await.unwrap();
    let (seeker, number) = registered_seeker(&server, &counselor, SEEKER_EMAIL, SEEKER_PASSWORD)
        .await
        .unwrap();
    let client = &server.client;
    let employer = open_employer(&server, EMPLOYER, EMPLOYER_PASSWORD)
        .await
        .unwrap();
    add_counselor_at(&server, OSAKA_COUNSELOR, COUNSELOR_PASSWORD, "27010")
        .await
        .unwrap();
    let osaka = server
        .session_token(OSAKA_COUNSELOR, COUNSELOR_PASSWORD)
        .await
        .unwrap();
    let request = session(test_today(), CounsellingTopic::JobConsultation, "");
    for (who, token, code) in [
        ("seeker", seeker.as_str(), ErrorCode::Forbidden),
        ("employer", employer.as_str(), ErrorCode::Forbidden),
        ("other prefecture", osaka.as_str(), ErrorCode::NotFound),
        ("signed out", "no-such-token", ErrorCode::Unauthenticated),
    ] {
        let err = client
            .record_counselling(token, &number, &request)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who} records");
        let err = client
            .counselling_sessions(token, &number)
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(code), "{who} lists");
    }
    assert!(client
        .counselling_sessions(&counselor, &number)
        .await
        .unwrap()
        .is_empty());
    server.stop().await.unwrap();
}
