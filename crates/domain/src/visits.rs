//! A job seeker's visits, for the mark 「前回以降の新着」: postings published after the end of
//! their previous visit are new to them. A visit is a run of searches with no gap longer than
//! [`VISIT_GAP_MINUTES`] (the usual length of a web session): coming back after a longer break
//! starts a new visit, and the last search of the one before is where its marks count from.
//! The marks stay put during a visit, so a list does not change under the reader's eyes.

use chrono::{NaiveDateTime, TimeDelta};

/// Minutes without a search that end a visit.
pub const VISIT_GAP_MINUTES: i64 = 30;

/// What a device remembers of a seeker's visits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Visits {
    /// The last search of the previous visit: marks count from here (none on the first visit).
    pub previous_end: Option<NaiveDateTime>,
    /// The last search of this visit.
    pub last_active: Option<NaiveDateTime>,
}

impl Visits {
    /// The record after a search at `now`: a new visit begins when the last search was more
    /// than [`VISIT_GAP_MINUTES`] ago (a clock set back keeps the visit going).
    pub fn searched_at(self, now: NaiveDateTime) -> Visits {
        let gap = TimeDelta::minutes(VISIT_GAP_MINUTES);
        let previous_end = match self.last_active {
            Some(last) if now - last > gap => Some(last),
            _ => self.previous_end,
        };
        Visits {
            previous_end,
            last_active: Some(self.last_active.map_or(now, |last| last.max(now))),
        }
    }

    /// Whether a posting published at `published_at` is new since the previous visit.
    pub fn is_new(&self, published_at: NaiveDateTime) -> bool {
        is_new_since(self.previous_end, Some(published_at))
    }
}

/// Whether a posting published at `published_at` (when known) came after `previous_end`, the
/// end of the previous visit (when there was one).
pub fn is_new_since(
    previous_end: Option<NaiveDateTime>,
    published_at: Option<NaiveDateTime>,
) -> bool {
    matches!((previous_end, published_at), (Some(end), Some(at)) if at > end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(hour: u32, minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2027, 1, 5)
            .and_then(|d| d.and_hms_opt(hour, minute, 0))
            .unwrap()
    }

    #[test]
    fn a_visit_ends_after_half_an_hour_without_a_search() {
        let first = Visits::default().searched_at(at(9, 0));
        assert_eq!(first.previous_end, None, "the first visit marks nothing");
        assert!(!first.is_new(at(9, 0)));
        // Searches 30 minutes apart stay one visit.
        let same = first.searched_at(at(9, 30)).searched_at(at(10, 0));
        assert_eq!(same.previous_end, None);
        // A break of 31 minutes starts the next visit, counted from the last search.
        let next = same.searched_at(at(10, 31));
        assert_eq!(next.previous_end, Some(at(10, 0)));
        assert!(next.is_new(at(10, 1)));
        assert!(!next.is_new(at(10, 0)));
        // The marks stay during the visit.
        let later = next.searched_at(at(10, 50));
        assert_eq!(later.previous_end, Some(at(10, 0)));
        // A clock set back neither ends the visit nor moves its last search back.
        let back = later.searched_at(at(8, 0));
        assert_eq!(
            back,
            Visits {
                previous_end: Some(at(10, 0)),
                last_active: Some(at(10, 50))
            }
        );
    }
}
