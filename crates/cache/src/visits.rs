//! The job seeker's visits on this device (`domain::visits`): each search moves them on, and
//! answers where this visit's 「前回以降の新着」 count from.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use shigoto_domain::visits::Visits;

use crate::schema::visits;
use crate::{Cache, CacheError};

impl Cache {
    /// Records a search at `now`; the end of the previous visit (none on the first).
    pub fn searched(&mut self, now: NaiveDateTime) -> Result<Option<NaiveDateTime>, CacheError> {
        self.transaction(|conn| {
            let kept: Option<(Option<NaiveDateTime>, Option<NaiveDateTime>)> = visits::table
                .find(1)
                .select((visits::previous_end, visits::last_active))
                .first(conn)
                .optional()?;
            let (previous_end, last_active) = kept.unwrap_or_default();
            let next = Visits {
                previous_end,
                last_active,
            }
            .searched_at(now);
            diesel::replace_into(visits::table)
                .values((
                    visits::id.eq(1),
                    visits::previous_end.eq(next.previous_end),
                    visits::last_active.eq(next.last_active),
                ))
                .execute(conn)?;
            Ok(next.previous_end)
        })
    }
}
