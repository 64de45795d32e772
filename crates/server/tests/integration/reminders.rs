//! Expiry reminders: a pull carries the seeker's registration and the employer's published
//! posting once they end within 14 days (nothing before); the daily pass mails each of them once
//! per stage through a real SMTP server, however many instances look at once; an account with
//! mails about events off gets none; an extended posting is no longer reminded of; a day's pass
//! that an instance left unfinished is taken over by one look once its lease has run out.

use chrono::{NaiveDate, TimeDelta};
use shigoto_server::clock::Clock;
use shigoto_server::daily::PASS_LEASE;
use shigoto_server_db::daily_runs;
use shigoto_shared::{NotificationSettings, ReminderKind, SyncCursor};
use shigoto_test_support::{
    desk_with_seeker, on_both_backends, PostingDesk, TestDatabase, SEEKER_EMAIL, SEEKER_PASSWORD,
};

const EMPLOYER: &str = "jinji@shigoto-shoji.example.jp";
const EMPLOYER_PASSWORD: &str = "Kyujin#Moushikomi1";

on_both_backends!(
    registrations_and_postings_are_reminded_once_a_stage,
    a_pass_left_unfinished_is_taken_over_after_its_lease,
);

/// Moves the service's clock to 07:30 in Japan on `day`.
fn morning_of(desk: &PostingDesk, day: NaiveDate) {
    let target = day.and_hms_opt(7, 30, 0).unwrap() - TimeDelta::hours(9);
    desk.server.move_clock_to(target);
}

async fn reminders_of(desk: &PostingDesk, token: &str) -> Vec<(ReminderKind, u64, bool)> {
    desk.server
        .client
        .pull_changes(token, SyncCursor::default())
        .await
        .unwrap()
        .reminders
        .into_iter()
        .map(|r| (r.kind, r.days_left, r.can_extend))
        .collect()
}

async fn registrations_and_postings_are_reminded_once_a_stage(database: TestDatabase) {
    let (mut desk, _, seeker, _) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let smtp = desk.server.mail().unwrap();
    // Both end on 2027-01-31: nothing to remind of in November.
    assert!(reminders_of(&desk, &seeker).await.is_empty());
    assert!(reminders_of(&desk, &desk.employer).await.is_empty());

    // Two weeks before.
    morning_of(&desk, NaiveDate::from_ymd_opt(2027, 1, 17).unwrap());
    let again = |email, password| desk.server.session_token(email, password);
    let seeker = again(SEEKER_EMAIL, SEEKER_PASSWORD).await.unwrap();
    desk.employer = again(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    assert_eq!(
        reminders_of(&desk, &seeker).await,
        vec![(ReminderKind::Registration, 14, false)]
    );
    assert_eq!(
        reminders_of(&desk, &desk.employer).await,
        vec![(ReminderKind::Posting, 14, true)]
    );
    let sent = desk
        .server
        .send_daily_mails_at_once(8)
        .await
        .unwrap()
        .reminders;
    assert_eq!(sent, 2, "one each, whatever the number of instances");
    let (subject, body) = smtp
        .take_mail_about(SEEKER_EMAIL, "有効期限")
        .await
        .unwrap();
    assert_eq!(subject, "【Shigoto】求職登録の有効期限");
    assert!(body.contains("2027年1月31日（あと14日）"), "{body}");
    let (subject, body) = smtp.take_mail_about(EMPLOYER, "紹介期限日").await.unwrap();
    assert_eq!(subject, "【Shigoto】紹介期限日のお知らせ");
    assert!(body.contains("1回だけ延長できます"), "{body}");

    // The next morning: the same stage is not told again.
    morning_of(&desk, NaiveDate::from_ymd_opt(2027, 1, 18).unwrap());
    assert_eq!(desk.server.send_daily_mails().await.unwrap().reminders, 0);

    // The employer turns mails off; three days before only the seeker is mailed.
    desk.employer = again(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    let off = NotificationSettings {
        mails: false,
        new_jobs_digest: false,
    };
    let client = &desk.server.client;
    client
        .set_notification_settings(&desk.employer, &off)
        .await
        .unwrap();
    morning_of(&desk, NaiveDate::from_ymd_opt(2027, 1, 28).unwrap());
    assert_eq!(desk.server.send_daily_mails().await.unwrap().reminders, 1);
    let (_, body) = smtp
        .take_mail_about(SEEKER_EMAIL, "有効期限")
        .await
        .unwrap();
    assert!(body.contains("（あと3日）"), "{body}");
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(smtp.count_about(EMPLOYER, "紹介期限日"), 0, "mails off");

    // 延長: the posting runs a month longer and is no longer reminded of.
    let employer = again(EMPLOYER, EMPLOYER_PASSWORD).await.unwrap();
    let seeker = again(SEEKER_EMAIL, SEEKER_PASSWORD).await.unwrap();
    let postings = client.list_postings(&employer).await.unwrap();
    client
        .extend_posting(&employer, postings[0].id)
        .await
        .unwrap();
    assert!(reminders_of(&desk, &employer).await.is_empty());
    assert_eq!(
        reminders_of(&desk, &seeker).await,
        vec![(ReminderKind::Registration, 3, false)]
    );
    desk.server.stop().await.unwrap();
}

async fn a_pass_left_unfinished_is_taken_over_after_its_lease(database: TestDatabase) {
    let (desk, _, _, _) = desk_with_seeker(
        database,
        (EMPLOYER, EMPLOYER_PASSWORD),
        "受発注事務（文具）",
    )
    .await
    .unwrap();
    let smtp = desk.server.mail().unwrap();
    let day = NaiveDate::from_ymd_opt(2027, 1, 17).unwrap();
    morning_of(&desk, day);
    // Another instance claimed the day's reminders and stopped half-way.
    let state = &desk.server.server.state;
    let crashed_at = desk.server.clock.now_utc();
    let mut conn = state.db.connection().unwrap();
    assert!(daily_runs::claim(&mut conn, "expiry_reminders", day, crashed_at, PASS_LEASE).unwrap());
    drop(conn);
    let looked = desk.server.send_daily_mails().await.unwrap();
    assert_eq!(looked.reminders, 0, "the claim holds within its lease");
    desk.server
        .move_clock_to(crashed_at + PASS_LEASE + TimeDelta::minutes(1));
    let sent = desk
        .server
        .send_daily_mails_at_once(8)
        .await
        .unwrap()
        .reminders;
    assert_eq!(sent, 2, "taken over by one look once the lease ran out");
    smtp.take_mail_about(SEEKER_EMAIL, "有効期限")
        .await
        .unwrap();
    smtp.take_mail_about(EMPLOYER, "紹介期限日").await.unwrap();
    // Finished now: later looks that day send nothing.
    desk.server.move_clock_to(crashed_at + PASS_LEASE * 3);
    assert_eq!(desk.server.send_daily_mails().await.unwrap().reminders, 0);
    desk.server.stop().await.unwrap();
}
