//! What the user sees: the confirmed favorites and saved searches with the outbox laid over
//! them in the order the edits were made, and the applications and introductions as last
//! synced (the service alone changes those). Reading never waits for the network.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_domain::visibility;
use shigoto_shared::{
    FavoriteItem, JobIntroduction, JobSheet, Mutation, MyApplication, ReceivedRequest, Reminder,
    SavedSearchItem,
};

use crate::new_postings::count_since;
use crate::schema::{
    applications, favorites, introductions, outbox, reminders, requests, saved_searches, sheets,
};
use crate::{Cache, CacheError};

/// A favorite in the view, with its sheet when one is cached.
#[derive(Debug, Clone, PartialEq)]
pub struct Favorite {
    pub job_number: String,
    pub added_at: NaiveDateTime,
    pub closed: bool,
    pub pending: bool,
    pub sheet: Option<JobSheet>,
}

/// Everything the view is made of, before it is sorted for display.
pub(crate) struct Overlay {
    pub favorites: HashMap<String, Favorite>,
    pub searches: HashMap<String, SavedSearchItem>,
}

/// An edit of the outbox.
pub(crate) struct Edit {
    pub key: String,
    pub mutation: Mutation,
    pub created_at: NaiveDateTime,
    /// Applied by the service, not yet pulled back.
    pub acked: bool,
}

/// Every edit of the outbox, in the order they were made.
pub(crate) fn pending_edits(conn: &mut SqliteConnection) -> Result<Vec<Edit>, CacheError> {
    let rows: Vec<(String, String, NaiveDateTime, bool)> = outbox::table
        .order(outbox::position.asc())
        .select((
            outbox::key,
            outbox::mutation,
            outbox::created_at,
            outbox::acked,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(key, mutation, created_at, acked)| {
            Ok(Edit {
                key,
                mutation: serde_json::from_str(&mutation)?,
                created_at,
                acked,
            })
        })
        .collect()
}

fn cached_sheet(
    conn: &mut SqliteConnection,
    job_number: &str,
) -> Result<Option<JobSheet>, CacheError> {
    let text: Option<String> = sheets::table
        .find(job_number)
        .select(sheets::sheet)
        .first(conn)
        .optional()?;
    Ok(text.map(|t| serde_json::from_str(&t)).transpose()?)
}

/// Builds the view. `with_sheets` decides whether confirmed sheets are decoded.
pub(crate) fn overlay(
    conn: &mut SqliteConnection,
    with_sheets: bool,
) -> Result<Overlay, CacheError> {
    let confirmed: Vec<(String, NaiveDateTime, Option<String>, bool)> = favorites::table
        .select((
            favorites::job_number,
            favorites::added_at,
            favorites::sheet,
            favorites::closed,
        ))
        .load(conn)?;
    let mut favorites = HashMap::with_capacity(confirmed.len());
    for (job_number, added_at, sheet, closed) in confirmed {
        let sheet = match sheet.filter(|_| with_sheets) {
            Some(text) => Some(serde_json::from_str(&text)?),
            None => None,
        };
        favorites.insert(
            job_number.clone(),
            Favorite {
                job_number,
                added_at,
                closed,
                pending: false,
                sheet,
            },
        );
    }
    let rows: Vec<(String, String, String, Option<NaiveDateTime>, bool)> = saved_searches::table
        .select((
            saved_searches::id,
            saved_searches::name,
            saved_searches::params,
            saved_searches::last_run_at,
            saved_searches::notify_new,
        ))
        .load(conn)?;
    let mut searches = HashMap::with_capacity(rows.len());
    for (id, name, params, last_run_at, notify_new) in rows {
        searches.insert(
            id.clone(),
            SavedSearchItem {
                id,
                name,
                params: serde_json::from_str(&params)?,
                last_run_at,
                notify_new,
                new_count: None,
                pending: false,
            },
        );
    }
    for edit in pending_edits(conn)? {
        let (at, pending) = (edit.created_at, !edit.acked);
        match edit.mutation {
            Mutation::AddFavorite { job_number, .. } => {
                if let Some(kept) = favorites.get_mut(&job_number) {
                    kept.pending |= pending;
                    continue;
                }
                let sheet = if with_sheets {
                    cached_sheet(conn, &job_number)?
                } else {
                    None
                };
                favorites.insert(
                    job_number.clone(),
                    Favorite {
                        job_number,
                        added_at: at,
                        closed: false,
                        pending,
                        sheet,
                    },
                );
            }
            Mutation::RemoveFavorite { job_number } => {
                favorites.remove(&job_number);
            }
            Mutation::SaveSearch { id, name, params } => {
                let kept = searches.get(&id);
                let last_run_at = kept.and_then(|s| s.last_run_at);
                let notify_new = kept.is_some_and(|s| s.notify_new);
                searches.insert(
                    id.clone(),
                    SavedSearchItem {
                        id,
                        name,
                        params: *params,
                        last_run_at,
                        notify_new,
                        new_count: None,
                        pending,
                    },
                );
            }
            Mutation::SetSearchAlert { id, on } => {
                if let Some(search) = searches.get_mut(&id) {
                    search.notify_new = on;
                    search.pending |= pending;
                }
            }
            Mutation::DeleteSearch { id } => {
                searches.remove(&id);
            }
            Mutation::MarkSearchRun { id, at } => {
                if let Some(search) = searches.get_mut(&id) {
                    if search.last_run_at.is_none_or(|last| last < at) {
                        search.last_run_at = Some(at);
                    }
                }
            }
            Mutation::SaveProfile { .. }
            | Mutation::HideEmployer { .. }
            | Mutation::ShowEmployer { .. } => {}
        }
    }
    for search in searches.values_mut() {
        search.new_count = count_since(conn, &search.id, search.last_run_at)?;
    }
    Ok(Overlay {
        favorites,
        searches,
    })
}

/// Records kept as JSON bodies, decoded.
fn decoded<T: serde::de::DeserializeOwned>(bodies: &[String]) -> Result<Vec<T>, CacheError> {
    bodies
        .iter()
        .map(|body| Ok(serde_json::from_str(body)?))
        .collect()
}

impl Cache {
    /// The favorites, newest first, with their list lines.
    pub fn favorites(&mut self) -> Result<Vec<FavoriteItem>, CacheError> {
        let mut list: Vec<Favorite> = self
            .transaction(|conn| overlay(conn, true))?
            .favorites
            .into_values()
            .collect();
        list.sort_by(|a, b| {
            b.added_at
                .cmp(&a.added_at)
                .then_with(|| a.job_number.cmp(&b.job_number))
        });
        Ok(list
            .into_iter()
            .map(|f| FavoriteItem {
                summary: f.sheet.as_ref().map(visibility::summary),
                job_number: f.job_number,
                added_at: f.added_at,
                closed: f.closed,
                pending: f.pending,
            })
            .collect())
    }

    /// The 求人番号 of every favorite (cheap: no sheet is read).
    pub fn favorite_numbers(&mut self) -> Result<Vec<String>, CacheError> {
        let mut numbers: Vec<String> = self
            .transaction(|conn| overlay(conn, false))?
            .favorites
            .into_keys()
            .collect();
        numbers.sort();
        Ok(numbers)
    }

    /// The 求人票 of a favorite (or of any posting seen on this device) as cached.
    pub fn sheet(&mut self, job_number: &str) -> Result<Option<JobSheet>, CacheError> {
        self.transaction(|conn| {
            let confirmed: Option<Option<String>> = favorites::table
                .find(job_number)
                .select(favorites::sheet)
                .first(conn)
                .optional()?;
            if let Some(Some(text)) = confirmed {
                return Ok(Some(serde_json::from_str(&text)?));
            }
            cached_sheet(conn, job_number)
        })
    }

    /// The seeker's applications as last synced, newest first.
    pub fn applications(&mut self) -> Result<Vec<MyApplication>, CacheError> {
        let bodies: Vec<String> = self.transaction(|conn| {
            Ok(applications::table
                .order((applications::applied_on.desc(), applications::id.desc()))
                .select(applications::body)
                .load(conn)?)
        })?;
        decoded(&bodies)
    }

    /// オンライン職業紹介 and おすすめ求人 as last synced, newest first.
    pub fn introductions(&mut self) -> Result<Vec<JobIntroduction>, CacheError> {
        let bodies: Vec<String> = self.transaction(|conn| {
            Ok(introductions::table
                .order(introductions::id.desc())
                .select(introductions::body)
                .load(conn)?)
        })?;
        decoded(&bodies)
    }

    /// 応募検討依頼 received, as last synced, newest first.
    pub fn requests(&mut self) -> Result<Vec<ReceivedRequest>, CacheError> {
        let bodies: Vec<String> = self.transaction(|conn| {
            Ok(requests::table
                .order(requests::id.desc())
                .select(requests::body)
                .load(conn)?)
        })?;
        decoded(&bodies)
    }

    /// What ends soon, as of the last pull, soonest first.
    pub fn reminders(&mut self) -> Result<Vec<Reminder>, CacheError> {
        let bodies: Vec<String> =
            self.transaction(|conn| Ok(reminders::table.select(reminders::body).load(conn)?))?;
        let mut list: Vec<Reminder> = decoded(&bodies)?;
        list.sort_by(|a, b| {
            a.ends_on
                .cmp(&b.ends_on)
                .then_with(|| a.job_number.cmp(&b.job_number))
        });
        Ok(list)
    }

    /// The saved searches, in the order they were first saved (by name when equal).
    pub fn saved_searches(&mut self) -> Result<Vec<SavedSearchItem>, CacheError> {
        let mut list: Vec<SavedSearchItem> = self
            .transaction(|conn| overlay(conn, false))?
            .searches
            .into_values()
            .collect();
        list.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
        Ok(list)
    }
}
