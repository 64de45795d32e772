//! The user's edits. Each is checked against the view (the limits of 300 favorites and 3 saved
//! searches hold on this device too, online or not), then committed locally together with its
//! outbox entry under the caller's idempotency key, in one transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_domain::mypage as rules;
use shigoto_domain::JobNumber;
use shigoto_i18n::Text;
use shigoto_shared::{JobSearchParams, JobSheet, Mutation};

use crate::schema::{outbox, sheets};
use crate::view::overlay;
use crate::{Cache, CacheError};

pub(crate) fn enqueue(
    conn: &mut SqliteConnection,
    key: &str,
    mutation: &Mutation,
    now: NaiveDateTime,
) -> Result<(), CacheError> {
    diesel::insert_into(outbox::table)
        .values((
            outbox::key.eq(key),
            outbox::mutation.eq(serde_json::to_string(mutation)?),
            outbox::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Keeps a 求人票 seen on this device (the newest copy wins).
pub(crate) fn keep_sheet(
    conn: &mut SqliteConnection,
    sheet: &JobSheet,
    now: NaiveDateTime,
) -> Result<(), CacheError> {
    let text = serde_json::to_string(sheet)?;
    diesel::replace_into(sheets::table)
        .values((
            sheets::job_number.eq(&sheet.job_number),
            sheets::sheet.eq(&text),
            sheets::fetched_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Refuses an edit of a saved search the view no longer has.
fn require_search(conn: &mut SqliteConnection, id: &str) -> Result<(), CacheError> {
    if overlay(conn, false)?.searches.contains_key(id) {
        Ok(())
    } else {
        Err(CacheError::NotFound(Text::new("desktop-saved-search-gone")))
    }
}

impl Cache {
    /// お気に入りに追加. `sheet` is the 求人票 when the app has it, so the favorite opens
    /// offline before the next sync. Adding one already kept does nothing.
    pub fn add_favorite(
        &mut self,
        job_number: &str,
        sheet: Option<&JobSheet>,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        let number = JobNumber::parse(job_number).map_err(|err| CacheError::Invalid(err.text()))?;
        self.transaction(|conn| {
            if let Some(sheet) = sheet.filter(|s| s.job_number == number.as_str()) {
                keep_sheet(conn, sheet, now)?;
            }
            let view = overlay(conn, false)?;
            if view.favorites.contains_key(number.as_str()) {
                return Ok(());
            }
            rules::room_for_favorite(view.favorites.len())
                .map_err(|full| CacheError::Limit(full.message))?;
            enqueue(
                conn,
                key,
                &Mutation::AddFavorite {
                    job_number: number.as_str().to_owned(),
                    at: Some(now),
                },
                now,
            )
        })
    }

    /// お気に入りから削除. Removing one not kept does nothing.
    pub fn remove_favorite(
        &mut self,
        job_number: &str,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        self.transaction(|conn| {
            if !overlay(conn, false)?.favorites.contains_key(job_number) {
                return Ok(());
            }
            enqueue(
                conn,
                key,
                &Mutation::RemoveFavorite {
                    job_number: job_number.to_owned(),
                },
                now,
            )
        })
    }

    /// 新規保存 (an `id` not in the view) or 上書き保存 of search conditions.
    pub fn save_search(
        &mut self,
        id: &str,
        name: &str,
        params: &JobSearchParams,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        let name =
            rules::saved_search_name(name).map_err(|err| CacheError::Invalid(err.message))?;
        self.transaction(|conn| {
            let view = overlay(conn, false)?;
            if !view.searches.contains_key(id) {
                rules::room_for_saved_search(view.searches.len())
                    .map_err(|full| CacheError::Limit(full.message))?;
            }
            enqueue(
                conn,
                key,
                &Mutation::SaveSearch {
                    id: id.to_owned(),
                    name: name.to_owned(),
                    params: Box::new(params.clone()),
                },
                now,
            )
        })
    }

    /// An edit of the saved search `id`, which the view must still have.
    fn edit_search(
        &mut self,
        id: &str,
        mutation: Mutation,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        self.transaction(|conn| {
            require_search(conn, id)?;
            enqueue(conn, key, &mutation, now)
        })
    }

    /// Deletes a saved search.
    pub fn delete_search(
        &mut self,
        id: &str,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        let mutation = Mutation::DeleteSearch { id: id.to_owned() };
        self.edit_search(id, mutation, key, now)
    }

    /// 新着をお知らせ on or off for a saved search.
    pub fn set_search_alert(
        &mut self,
        id: &str,
        on: bool,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        let mutation = Mutation::SetSearchAlert {
            id: id.to_owned(),
            on,
        };
        self.edit_search(id, mutation, key, now)
    }

    /// Records that a saved search was run at `at` (new postings are counted from there).
    pub fn mark_search_run(
        &mut self,
        id: &str,
        at: NaiveDateTime,
        key: &str,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        let mutation = Mutation::MarkSearchRun {
            id: id.to_owned(),
            at,
        };
        self.edit_search(id, mutation, key, now)
    }

    /// Keeps a 求人票 the user opened, for offline reading of favorites added later.
    pub fn remember_sheet(
        &mut self,
        sheet: &JobSheet,
        now: NaiveDateTime,
    ) -> Result<(), CacheError> {
        self.transaction(|conn| keep_sheet(conn, sheet, now))
    }
}
