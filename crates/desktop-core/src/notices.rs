//! The OS notifications of what a sync pass brought ([`notices_of`]): new messages (one notice
//! for all of them, naming the other side when there is one thread), online introductions and
//! おすすめ求人, 応募検討依頼, selection results, expiry reminders (a registration or a posting ending
//! soon), and new postings of saved searches marked 新着をお知らせ.
//! Short on purpose: the details are in the app, on the screen a click opens
//! ([`OpenedNotice`] keeps it until the window asks).

use std::sync::Mutex;

use serde::Serialize;
use shigoto_cache::news::PullNews;
use shigoto_i18n::{Arg, Catalogue};
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

/// The notifications of `news` in `t`'s language (none when there is nothing new).
pub fn notices_of(t: &Catalogue, news: &PullNews) -> Vec<OsNotice> {
    let mut notices = Vec::new();
    match news.messages.as_slice() {
        [] => {}
        [one] => notices.push(OsNotice {
            title: t.t("notice-messages-title"),
            body: t.t_with(
                "notice-messages-one",
                &[
                    ("from", one.title.as_str().into()),
                    ("count", one.count.into()),
                ],
            ),
            target: NoticeTarget::Thread { id: one.thread_id },
        }),
        many => notices.push(OsNotice {
            title: t.t("notice-messages-title"),
            body: t.t_with(
                "notice-messages-many",
                &[
                    ("threads", many.len().into()),
                    ("count", many.iter().map(|n| n.count).sum::<usize>().into()),
                ],
            ),
            target: NoticeTarget::Messages,
        }),
    }
    let job = |title: &str, number: &str| -> Vec<(&'static str, Arg<'static>)> {
        vec![
            ("title", title.to_owned().into()),
            ("number", number.to_owned().into()),
        ]
    };
    for introduction in &news.introductions {
        notices.push(OsNotice {
            title: t.t_with(
                "notice-introduction-title",
                &[("kind", introduction.kind.label_in(t).into())],
            ),
            body: t.t_with(
                "notice-introduction-body",
                &job(&introduction.title, &introduction.job_number),
            ),
            target: NoticeTarget::Activity,
        });
    }
    for request in &news.requests {
        notices.push(OsNotice {
            title: t.t("notice-request-title"),
            body: t.t_with(
                "notice-request-body",
                &job(&request.title, &request.job_number),
            ),
            target: NoticeTarget::Activity,
        });
    }
    for result in &news.results {
        notices.push(OsNotice {
            title: t.t("notice-result-title"),
            body: t.t_with(
                "notice-result-body",
                &job(&result.title, &result.job_number),
            ),
            target: NoticeTarget::Activity,
        });
    }
    for reminder in &news.reminders {
        let (title, body) = shigoto_domain::reminders::notice_text(t, reminder);
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
            title: t.t("notice-new-jobs-title"),
            body: t.t_with(
                "notice-new-jobs-body",
                &[
                    ("name", gained.name.as_str().into()),
                    ("count", gained.count.into()),
                ],
            ),
            target: NoticeTarget::Search,
        });
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_cache::news::ThreadNews;
    use shigoto_i18n::{catalogue, Lang};

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
        let notices = notices_of(catalogue(Lang::Ja), &news);
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].title, "応募検討依頼");
        assert!(notices[0]
            .body
            .contains("経理事務（求人番号 13010-00000001）"));
        assert_eq!(notices[0].target, NoticeTarget::Activity);
    }

    #[test]
    fn one_notice_for_all_messages() {
        assert!(notices_of(catalogue(Lang::Ja), &PullNews::default()).is_empty());
        let one = PullNews {
            messages: vec![ThreadNews {
                thread_id: 3,
                title: "株式会社しごと商事".into(),
                count: 2,
            }],
            ..PullNews::default()
        };
        let notices = notices_of(catalogue(Lang::Ja), &one);
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
        let notices = notices_of(catalogue(Lang::Ja), &two);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].body.contains("2件のやりとりに、あわせて3件"));
        assert_eq!(notices[0].target, NoticeTarget::Messages);
        let english = notices_of(catalogue(Lang::En), &two);
        assert_eq!(english[0].title, "New messages");
        assert_eq!(english[0].body, "3 messages in 2 conversations.");
        let english = notices_of(catalogue(Lang::En), &one);
        assert_eq!(english[0].body, "2 messages from 株式会社しごと商事.");
    }
}
