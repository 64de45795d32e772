//! 求職者情報 on the device: the profile as the service last confirmed it, with the newest save
//! of the outbox laid over it (a save is the whole profile, so the newest wins). A save is
//! checked by the domain before it is queued, online or not.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shigoto_shared::{KeptProfile, Mutation, MyProfile, SeekerProfile};

use crate::edits::enqueue;
use crate::schema::profile;
use crate::view::pending_edits;
use crate::{Cache, CacheError};

/// Keeps a pulled profile as the confirmed one (inside the pull's transaction).
pub(crate) fn keep_pulled(
    conn: &mut SqliteConnection,
    kept: &KeptProfile,
) -> Result<(), CacheError> {
    diesel::replace_into(profile::table)
        .values((
            profile::id.eq(1),
            profile::body.eq(serde_json::to_string(&kept.profile)?),
            profile::updated_at.eq(kept.updated_at),
        ))
        .execute(conn)?;
    Ok(())
}

impl Cache {
    /// The profile to show: the newest save, confirmed or waiting.
    pub fn profile(&mut self) -> Result<MyProfile, CacheError> {
        self.transaction(|conn| {
            let confirmed: Option<(String, NaiveDateTime)> = profile::table
                .find(1)
                .select((profile::body, profile::updated_at))
                .first(conn)
                .optional()?;
            let mut shown = match confirmed {
                Some((body, at)) => MyProfile {
                    profile: serde_json::from_str(&body)?,
                    confirmed_at: Some(at),
                    pending: false,
                },
                None => MyProfile::default(),
            };
            for edit in pending_edits(conn)? {
                if let Mutation::SaveProfile { profile } = edit.mutation {
                    shown.profile = *profile;
                    shown.pending = !edit.acked;
                }
            }
            Ok(shown)
        })
    }

    /// Saves the whole profile under the caller's idempotency key, checked on `today` (the
    /// Japan date): answers the profile as kept (normalised). A wrong profile is refused with
    /// the first problem; the app shows every problem at its box before it gets here.
    pub fn save_profile(
        &mut self,
        typed: &SeekerProfile,
        key: &str,
        now: NaiveDateTime,
        today: NaiveDate,
    ) -> Result<SeekerProfile, CacheError> {
        let checked = shigoto_domain::profile::check(typed, today).map_err(CacheError::Problems)?;
        let mutation = Mutation::SaveProfile {
            profile: Box::new(checked.clone()),
        };
        self.transaction(|conn| enqueue(conn, key, &mutation, now))?;
        Ok(checked)
    }
}
