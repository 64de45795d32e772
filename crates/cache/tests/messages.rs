//! メッセージ in the cache on a real SQLite file: pulled threads and messages are kept, a
//! message written offline waits (shown as 送信待ち) until it is sent and pulled back, a
//! refusal is kept to tell the user, 既読 counts at once and only moves forward, a job seeker
//! has no way to write to Hello Work, and it all survives a restart.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod common;

use common::{at, empty_pull, open};
use shigoto_cache::messages::ReadMark;
use shigoto_cache::{Cache, CacheError};
use shigoto_shared::{
    ErrorCode, MessageSide, PullResponse, ThreadMessage, ThreadParty, ThreadSummary,
};

/// A thread as a job seeker sees it.
fn thread(id: i64, party: ThreadParty, read_up_to: i64) -> ThreadSummary {
    ThreadSummary {
        id,
        party,
        title: match party {
            ThreadParty::Employer => "株式会社しごと商事".into(),
            ThreadParty::HelloWork => "ハローワーク千代田".into(),
        },
        last_message_at: None,
        unread: 99,
        can_write: party == ThreadParty::Employer,
        side: MessageSide::Seeker,
        read_up_to,
    }
}

fn message(id: i64, thread_id: i64, side: MessageSide, minute: u32) -> ThreadMessage {
    ThreadMessage {
        id,
        job_number: None,
        thread_id,
        side,
        sender_name: "株式会社しごと商事".into(),
        body: format!("メッセージ{id}"),
        sent_at: at(minute),
    }
}

fn pull(cursor: &str, threads: Vec<ThreadSummary>, messages: Vec<ThreadMessage>) -> PullResponse {
    PullResponse {
        threads,
        messages,
        ..empty_pull(cursor)
    }
}

#[test]
fn pulled_threads_count_their_unread_messages_here() {
    let (_dir, mut cache) = open();
    let mut employer = thread(1, ThreadParty::Employer, 0);
    employer.last_message_at = Some(at(2));
    let mut hello_work = thread(2, ThreadParty::HelloWork, 0);
    hello_work.last_message_at = Some(at(5));
    cache
        .apply_pull(
            &pull(
                "4.0",
                vec![employer, hello_work],
                vec![
                    message(10, 1, MessageSide::Employer, 1),
                    message(11, 1, MessageSide::Seeker, 2),
                    message(12, 2, MessageSide::HelloWork, 5),
                ],
            ),
            at(6),
        )
        .unwrap();
    let threads = cache.threads().unwrap();
    let ids: Vec<i64> = threads.iter().map(|t| t.id).collect();
    assert_eq!(ids, [2, 1], "the latest message first");
    // The reader's own messages never count; the service's figure is not trusted.
    let unread: Vec<u32> = threads.iter().map(|t| t.unread).collect();
    assert_eq!(unread, [1, 1]);
    assert_eq!(cache.unread_messages().unwrap(), 2);

    // 既読 counts at once, offline, and never moves back.
    cache.mark_read(1, 10).unwrap();
    cache.mark_read(1, 3).unwrap();
    assert_eq!(cache.unread_messages().unwrap(), 1);
    assert_eq!(
        cache.read_marks_to_send().unwrap(),
        [ReadMark {
            thread_id: 1,
            up_to: 10
        }]
    );
    assert_eq!(cache.record().unwrap().pending, 1);
    cache
        .read_mark_sent(ReadMark {
            thread_id: 1,
            up_to: 10,
        })
        .unwrap();
    assert!(cache.read_marks_to_send().unwrap().is_empty());
    // Until the pull brings the service's 既読, the mark still counts.
    assert_eq!(cache.thread(1).unwrap().unwrap().thread.unread, 0);
    cache
        .apply_pull(
            &pull("5.0", vec![thread(1, ThreadParty::Employer, 10)], vec![]),
            at(7),
        )
        .unwrap();
    assert_eq!(cache.thread(1).unwrap().unwrap().thread.read_up_to, 10);
    assert_eq!(cache.unread_messages().unwrap(), 1);
}

#[test]
fn a_message_written_offline_waits_until_it_is_sent_and_pulled_back() {
    let (dir, mut cache) = open();
    cache
        .apply_pull(
            &pull(
                "2.0",
                vec![thread(1, ThreadParty::Employer, 0)],
                vec![message(10, 1, MessageSide::Employer, 1)],
            ),
            at(2),
        )
        .unwrap();
    let waiting = cache
        .write_message(
            1,
            "  10日に伺います。\r\nよろしくお願いします。 ",
            "key-1",
            at(3),
        )
        .unwrap();
    assert_eq!(waiting.body, "10日に伺います。\nよろしくお願いします。");
    cache
        .write_message(1, "追伸です。", "key-2", at(4))
        .unwrap();
    drop(cache);

    // The app restarts offline: both wait, in order, and move the thread's time.
    let mut cache = Cache::open(&dir.path().join("user/cache.sqlite3")).unwrap();
    let shown = cache.thread(1).unwrap().unwrap();
    assert_eq!(shown.messages.len(), 1);
    let keys: Vec<&str> = shown.waiting.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(keys, ["key-1", "key-2"]);
    assert_eq!(shown.thread.last_message_at, Some(at(4)));
    assert_eq!(cache.record().unwrap().pending, 2);
    assert_eq!(cache.waiting_messages(1).unwrap()[0].key, "key-1");

    // Sent: no longer waiting to go, still shown until the pull brings the stored copy.
    cache.message_sent("key-1").unwrap();
    assert_eq!(cache.waiting_messages(10).unwrap().len(), 1);
    assert_eq!(cache.thread(1).unwrap().unwrap().waiting.len(), 2);
    // Refused for good: it leaves, and the user is told once.
    cache
        .message_refused("key-2", ErrorCode::Forbidden, "送信できません。", at(5))
        .unwrap();
    let told = cache.take_rejections().unwrap();
    assert_eq!(told.len(), 1);
    assert!(told[0]
        .message
        .starts_with("メッセージは送信されませんでした。"));
    let mut stored = message(11, 1, MessageSide::Seeker, 3);
    stored.body = waiting.body.clone();
    cache
        .apply_pull(
            &pull(
                "4.0",
                vec![thread(1, ThreadParty::Employer, 10)],
                vec![stored],
            ),
            at(6),
        )
        .unwrap();
    let shown = cache.thread(1).unwrap().unwrap();
    assert!(shown.waiting.is_empty(), "{:?}", shown.waiting);
    assert_eq!(shown.messages.len(), 2);
    assert_eq!(cache.record().unwrap().pending, 0);
}

#[test]
fn the_rules_of_writing_hold_offline() {
    let (_dir, mut cache) = open();
    cache
        .apply_pull(
            &pull(
                "2.0",
                vec![
                    thread(1, ThreadParty::Employer, 0),
                    thread(2, ThreadParty::HelloWork, 0),
                ],
                vec![],
            ),
            at(1),
        )
        .unwrap();
    let refused = |result: Result<_, CacheError>| match result {
        Err(CacheError::Invalid(text)) => {
            shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja).text(&text)
        }
        other => panic!("{other:?}"),
    };
    assert!(refused(cache.write_message(2, "質問です。", "k1", at(2))).contains("ハローワーク"));
    assert!(!refused(cache.write_message(1, " \n ", "k2", at(2))).is_empty());
    assert!(!refused(cache.write_message(1, &"あ".repeat(2001), "k3", at(2))).is_empty());
    assert!(matches!(
        cache.write_message(9, "どなたか", "k4", at(2)),
        Err(CacheError::NotFound(_))
    ));
    assert!(cache.waiting_messages(10).unwrap().is_empty());
}

#[test]
fn introductions_are_kept_newest_first() {
    let (_dir, mut cache) = open();
    let introduction = |id: i64| shigoto_shared::JobIntroduction {
        id,
        kind: shigoto_shared::IntroductionKind::Referral,
        job_number: format!("13010-{id:08}"),
        title: "受発注事務".into(),
        employer_name: None,
        introduced_by: "ハローワーク千代田 田中 一郎".into(),
        note: String::new(),
        introduced_at: at(1),
    };
    let mut first = pull("2.0", vec![], vec![]);
    first.introductions = vec![introduction(1), introduction(2)];
    cache.apply_pull(&first, at(2)).unwrap();
    let ids: Vec<i64> = cache
        .introductions()
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids, [2, 1]);
    let mut again = pull("3.0", vec![], vec![]);
    again.introductions = vec![introduction(2)];
    cache.apply_pull(&again, at(3)).unwrap();
    assert_eq!(
        cache.introductions().unwrap().len(),
        2,
        "replaced, not doubled"
    );
}

#[test]
fn a_pull_tells_what_is_new_but_not_on_the_first_one() {
    let (_dir, mut cache) = open();
    let first = cache
        .apply_pull(
            &pull(
                "2.0",
                vec![thread(1, ThreadParty::Employer, 0)],
                vec![message(10, 1, MessageSide::Employer, 1)],
            ),
            at(2),
        )
        .unwrap();
    assert!(first.is_empty(), "history is not news: {first:?}");

    // Two from the employer and the reader's own answer: two new, in one thread.
    let next = cache
        .apply_pull(
            &pull(
                "5.0",
                vec![thread(1, ThreadParty::Employer, 0)],
                vec![
                    message(10, 1, MessageSide::Employer, 1),
                    message(11, 1, MessageSide::Seeker, 3),
                    message(12, 1, MessageSide::Employer, 4),
                    message(13, 1, MessageSide::Employer, 5),
                ],
            ),
            at(6),
        )
        .unwrap();
    assert_eq!(next.messages.len(), 1);
    assert_eq!(next.messages[0].count, 2);
    assert_eq!(next.messages[0].title, "株式会社しごと商事");

    // Pulled again (a repeated pull), nothing is new.
    let again = cache
        .apply_pull(
            &pull(
                "5.0",
                vec![],
                vec![message(13, 1, MessageSide::Employer, 5)],
            ),
            at(7),
        )
        .unwrap();
    assert!(again.is_empty());
}

#[test]
fn the_activity_count_is_what_this_device_has_not_shown() {
    let (_dir, mut cache) = open();
    assert_eq!(cache.activity_news().unwrap(), 0);
    let introduction = shigoto_shared::JobIntroduction {
        id: 7,
        kind: shigoto_shared::IntroductionKind::Recommendation,
        job_number: "13010-00000007".into(),
        title: "商品管理".into(),
        employer_name: None,
        introduced_by: "ハローワーク千代田 田中 一郎".into(),
        note: String::new(),
        introduced_at: at(1),
    };
    let mut first = pull("2.0", vec![], vec![]);
    first.introductions = vec![introduction];
    cache.apply_pull(&first, at(2)).unwrap();
    assert_eq!(cache.activity_news().unwrap(), 1);
    cache.mark_activity_seen().unwrap();
    assert_eq!(cache.activity_news().unwrap(), 0);
    cache.mark_activity_seen().unwrap();
    assert_eq!(
        cache.activity_news().unwrap(),
        0,
        "seeing twice is harmless"
    );
}
