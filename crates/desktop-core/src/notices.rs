//! The OS notifications of what a sync pass brought ([`notices_of`]): new messages (one notice
//! for all of them, naming the other side when there is one thread), online introductions and
//! おすすめ求人, 応募検討依頼, selection results, expiry reminders (a registration or a posting ending
//! soon), and new postings of saved searches marked 新着をお知らせ.
//! Short on purpose: the details are in the app, on the screen a click opens
//! ([`OpenedNotice`] keeps it until the window asks).

use std::sync::Mutex;

use serde::Serialize;
use shigoto_cache::news::PullNews;
use shigoto_shared::{NoticeTarget, ReminderKind};

/// One OS notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OsNotice {
    pub title: String,
    pub body: String,
    /// The screen it opens when clicked (where the platform tells the app of clicks).
    pub target: NoticeTarget,
}

/// The screen of the last notification the person clicked, until the window takes it.
#[derive(Debug, Default)]
pub struct OpenedNotice(Mutex<Option<NoticeTarget>>);

impl OpenedNotice {
    /// A notification was clicked: its screen waits for the window.
    pub fn set(&self, target: NoticeTarget) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(target);
        }
    }

    /// The screen to open, once.
    pub fn take(&self) -> Option<NoticeTarget> {
        self.0.lock().ok().and_then(|mut slot| slot.take())
    }
}

/// The notifications of `news` (none when there is nothing new).
pub fn notices_of(news: &PullNews) -> Vec<OsNotice> {
    let mut notices = Vec::new();
    match news.messages.as_slice() {
        [] => {}
        [one] => notices.push(OsNotice {
            title: "新しいメッセージ".into(),
            body: format!("{}から{}件のメッセージが届きました。", one.title, one.count),
            target: NoticeTarget::Thread { id: one.thread_id },
        }),
        many => notices.push(OsNotice {
            title: "新しいメッセージ".into(),
            body: format!(
                "{}件のやりとりに、あわせて{}件のメッセージが届きました。",
                many.len(),
                many.iter().map(|n| n.count).sum::<usize>()
            ),
            target: NoticeTarget::Messages,
        }),
    }
    for introduction in &news.introductions {
        notices.push(OsNotice {
            title: format!("ハローワークからの{}", introduction.kind.label()),
            body: format!(
                "{}（求人番号 {}）が届きました。求職活動状況で確認できます。",
                introduction.title, introduction.job_number
            ),
            target: NoticeTarget::Activity,
        });
    }
    for request in &news.requests {
        notices.push(OsNotice {
            title: "応募検討依頼".into(),
            body: format!(
                "{}（求人番号 {}）への応募を検討してほしいという依頼が届きました。求職活動状況で確認できます。",
                request.title, request.job_number
            ),
            target: NoticeTarget::Activity,
        });
    }
    for result in &news.results {
        notices.push(OsNotice {
            title: "選考結果のお知らせ".into(),
            body: format!(
                "{}（求人番号 {}）の選考結果が登録されました。",
                result.title, result.job_number
            ),
            target: NoticeTarget::Activity,
        });
    }
    for reminder in &news.reminders {
        let (title, body) = shigoto_domain::reminders::notice_text(reminder);
        notices.push(OsNotice {
            title,
            body,
            target: match reminder.kind {
                ReminderKind::Registration => NoticeTarget::SeekerInfo,
                ReminderKind::Posting => NoticeTarget::EmployerPostings,
            },
        });
    }
    for gained in &news.new_postings {
        notices.push(OsNotice {
            title: "新着求人のお知らせ".into(),
            body: shigoto_domain::new_jobs::alert_text(&gained.name, gained.count),
            target: NoticeTarget::Search,
        });
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_cache::news::ThreadNews;

    #[test]
    fn a_request_opens_the_activity_screen() {
        let news = PullNews {
            requests: vec![shigoto_shared::ReceivedRequest {
                id: 7,
                job_number: "13010-00000001".into(),
                title: "経理事務".into(),
                employer_name: None,
                note: String::new(),
                sent_at: chrono::NaiveDateTime::default(),
                answer: None,
                answered_at: None,
            }],
            ..PullNews::default()
        };
        let notices = notices_of(&news);
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].title, "応募検討依頼");
        assert!(notices[0]
            .body
            .contains("経理事務（求人番号 13010-00000001）"));
        assert_eq!(notices[0].target, NoticeTarget::Activity);
    }

    #[test]
    fn one_notice_for_all_messages() {
        assert!(notices_of(&PullNews::default()).is_empty());
        let one = PullNews {
            messages: vec![ThreadNews {
                thread_id: 3,
                title: "株式会社しごと商事".into(),
                count: 2,
            }],
            ..PullNews::default()
        };
        let notices = notices_of(&one);
        assert_eq!(notices.len(), 1);
        assert_eq!(
            notices[0].body,
            "株式会社しごと商事から2件のメッセージが届きました。"
        );
        assert_eq!(notices[0].target, NoticeTarget::Thread { id: 3 });
        let mut two = one.clone();
        two.messages.push(ThreadNews {
            thread_id: 4,
            title: "ハローワーク千代田".into(),
            count: 1,
        });
        let notices = notices_of(&two);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].body.contains("2件のやりとりに、あわせて3件"));
        assert_eq!(notices[0].target, NoticeTarget::Messages);
    }
}
