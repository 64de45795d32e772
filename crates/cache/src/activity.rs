//! What is new on 求職活動状況 for this device: introductions from Hello Work, unanswered
//! 応募検討依頼 and selections the
//! employer ended that the person has not seen here yet ([`Cache::activity_news`], the menu's
//! count), and seeing them ([`Cache::mark_activity_seen`], when the screen is shown).

use diesel::prelude::*;
use shigoto_shared::{MyApplication, ReceivedRequest};

use crate::news::ended_by_employer;
use crate::schema::{applications, introductions, requests, seen_items};
use crate::{Cache, CacheError};

const INTRODUCTION: &str = "introduction";
const RESULT: &str = "result";
const REQUEST: &str = "request";

/// The ids of introductions and of applications whose selection the employer ended.
fn shown_items(conn: &mut SqliteConnection) -> Result<Vec<(&'static str, i64)>, CacheError> {
    let mut items: Vec<(&'static str, i64)> = introductions::table
        .select(introductions::id)
        .load::<i64>(conn)?
        .into_iter()
        .map(|id| (INTRODUCTION, id))
        .collect();
    let bodies: Vec<String> = requests::table.select(requests::body).load(conn)?;
    for body in bodies {
        let request: ReceivedRequest = serde_json::from_str(&body)?;
        if request.answer.is_none() {
            items.push((REQUEST, request.id));
        }
    }
    let bodies: Vec<String> = applications::table.select(applications::body).load(conn)?;
    for body in bodies {
        let application: MyApplication = serde_json::from_str(&body)?;
        if ended_by_employer(application.status) {
            items.push((RESULT, application.id));
        }
    }
    Ok(items)
}

impl Cache {
    /// How many introductions and results this device has not shown on 求職活動状況 yet.
    pub fn activity_news(&mut self) -> Result<u32, CacheError> {
        self.transaction(|conn| {
            let seen: Vec<(String, i64)> = seen_items::table
                .select((seen_items::kind, seen_items::id))
                .load(conn)?;
            let new = shown_items(conn)?
                .into_iter()
                .filter(|(kind, id)| !seen.iter().any(|(k, i)| k == kind && i == id))
                .count();
            Ok(u32::try_from(new).unwrap_or(u32::MAX))
        })
    }

    /// Everything 求職活動状況 shows now counts as seen on this device.
    pub fn mark_activity_seen(&mut self) -> Result<(), CacheError> {
        self.transaction(|conn| {
            for (kind, id) in shown_items(conn)? {
                diesel::replace_into(seen_items::table)
                    .values((seen_items::kind.eq(kind), seen_items::id.eq(id)))
                    .execute(conn)?;
            }
            Ok(())
        })
    }
}
