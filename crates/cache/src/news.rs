//! What a pull brings that the person has not had on this device and should hear about: new
//! messages of the other side, new introductions from Hello Work, 応募検討依頼 from employers,
//! selections the employer
//! ended (採用, 不採用, 取消; a 辞退 is the seeker's own), new postings of saved searches
//! marked 新着をお知らせ (see `new_postings`), and expiry reminders not told here yet. Worked out before the pull is stored,
//! against what the cache held; a device's first pull (from the start) brings history, not news.

use diesel::prelude::*;
use shigoto_domain::reminders::told_key;
use shigoto_shared::{
    ApplicationStatus, JobIntroduction, MyApplication, PullResponse, ReceivedRequest, Reminder,
    ThreadSummary,
};

use crate::schema::{applications, introductions, messages, requests, threads, told_reminders};
use crate::CacheError;

/// New messages in one thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadNews {
    pub thread_id: i64,
    /// The other side, as the reader sees it.
    pub title: String,
    pub count: usize,
}

/// What a pull brought to tell the person.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PullNews {
    pub messages: Vec<ThreadNews>,
    pub introductions: Vec<JobIntroduction>,
    /// 応募検討依頼 not had here before.
    pub requests: Vec<ReceivedRequest>,
    /// Applications whose selection the employer ended.
    pub results: Vec<MyApplication>,
    /// Saved searches marked 新着をお知らせ that gained postings.
    pub new_postings: Vec<crate::new_postings::SearchNews>,
    /// Expiry reminders not told on this device yet (told on a first pull too: they are
    /// about now, not history).
    pub reminders: Vec<shigoto_shared::Reminder>,
}

impl PullNews {
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
            && self.introductions.is_empty()
            && self.requests.is_empty()
            && self.results.is_empty()
            && self.new_postings.is_empty()
            && self.reminders.is_empty()
    }
}

fn thread_as_held(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
    id: i64,
) -> Result<Option<ThreadSummary>, CacheError> {
    if let Some(pulled) = pull.threads.iter().find(|t| t.id == id) {
        return Ok(Some(pulled.clone()));
    }
    let body: Option<String> = threads::table
        .find(id)
        .select(threads::body)
        .first(conn)
        .optional()?;
    Ok(body.map(|b| serde_json::from_str(&b)).transpose()?)
}

fn new_messages(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
) -> Result<Vec<ThreadNews>, CacheError> {
    let ids: Vec<i64> = pull.messages.iter().map(|m| m.id).collect();
    let held: Vec<i64> = messages::table
        .filter(messages::id.eq_any(&ids))
        .select(messages::id)
        .load(conn)?;
    let mut news: Vec<ThreadNews> = Vec::new();
    for message in pull.messages.iter().filter(|m| !held.contains(&m.id)) {
        let Some(thread) = thread_as_held(conn, pull, message.thread_id)? else {
            continue;
        };
        if message.side == thread.side || message.id <= thread.read_up_to {
            continue;
        }
        match news.iter_mut().find(|n| n.thread_id == thread.id) {
            Some(known) => known.count += 1,
            None => news.push(ThreadNews {
                thread_id: thread.id,
                title: thread.title,
                count: 1,
            }),
        }
    }
    Ok(news)
}

/// A selection the employer ended (a 辞退 is the seeker's own doing).
pub(crate) fn ended_by_employer(status: ApplicationStatus) -> bool {
    matches!(
        status,
        ApplicationStatus::Hired | ApplicationStatus::Rejected | ApplicationStatus::Cancelled
    )
}

fn new_results(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
) -> Result<Vec<MyApplication>, CacheError> {
    let mut results = Vec::new();
    for application in pull
        .applications
        .iter()
        .filter(|a| ended_by_employer(a.status))
    {
        let held: Option<String> = applications::table
            .find(application.id)
            .select(applications::body)
            .first(conn)
            .optional()?;
        let was_open = match held {
            Some(body) => {
                serde_json::from_str::<MyApplication>(&body)?.status
                    == ApplicationStatus::InProgress
            }
            None => true,
        };
        if was_open {
            results.push(application.clone());
        }
    }
    Ok(results)
}

/// The reminders of `pull` this device has not told of, now recorded as told.
fn untold_reminders(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
) -> Result<Vec<Reminder>, CacheError> {
    let mut untold = Vec::new();
    for reminder in &pull.reminders {
        let inserted = diesel::insert_or_ignore_into(told_reminders::table)
            .values(told_reminders::about.eq(told_key(reminder)))
            .execute(conn)?;
        if inserted == 1 {
            untold.push(reminder.clone());
        }
    }
    Ok(untold)
}

/// The news in `pull` against what the cache holds; on a device's first pull only the
/// reminders.
/// Requests the cache did not hold, still unanswered.
fn new_requests(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
) -> Result<Vec<ReceivedRequest>, CacheError> {
    let ids: Vec<i64> = pull.requests.iter().map(|r| r.id).collect();
    let held: Vec<i64> = requests::table
        .filter(requests::id.eq_any(&ids))
        .select(requests::id)
        .load(conn)?;
    Ok(pull
        .requests
        .iter()
        .filter(|r| r.answer.is_none() && !held.contains(&r.id))
        .cloned()
        .collect())
}

pub(crate) fn news_of(
    conn: &mut SqliteConnection,
    pull: &PullResponse,
    first: bool,
) -> Result<PullNews, CacheError> {
    let reminders = untold_reminders(conn, pull)?;
    if first {
        return Ok(PullNews {
            reminders,
            ..PullNews::default()
        });
    }
    let ids: Vec<i64> = pull.introductions.iter().map(|i| i.id).collect();
    let held: Vec<i64> = introductions::table
        .filter(introductions::id.eq_any(&ids))
        .select(introductions::id)
        .load(conn)?;
    Ok(PullNews {
        messages: new_messages(conn, pull)?,
        introductions: pull
            .introductions
            .iter()
            .filter(|i| !held.contains(&i.id))
            .cloned()
            .collect(),
        requests: new_requests(conn, pull)?,
        results: new_results(conn, pull)?,
        new_postings: Vec::new(),
        reminders,
    })
}
