//! Where syncing with the service stands, as the header's indicator says it, and times shown
//! in Japan time.

use chrono::{NaiveDateTime, TimeDelta};
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{SyncState, SyncStatus};

use crate::format::date;

/// How often the sync status is asked while a job seeker is signed in.
pub const SYNC_POLL_SECONDS: u64 = 3;

/// Japan is UTC+9 all year.
const JST_OFFSET: TimeDelta = TimeDelta::hours(9);

/// A UTC time as the time in Japan.
pub fn jst(utc: NaiveDateTime) -> NaiveDateTime {
    utc.checked_add_signed(JST_OFFSET).unwrap_or(utc)
}

/// 「14:05」 when `at` (UTC) is today in Japan, else the day and the time
/// (「2026年11月24日 14:05」, "24 November 2026 14:05").
pub fn sync_time(t: &Catalogue, at: NaiveDateTime, now: NaiveDateTime) -> String {
    let at = jst(at);
    let time = at.format("%H:%M").to_string();
    if at.date() == jst(now).date() {
        time
    } else {
        t.t_with(
            "sync-time-on",
            &[("date", date(t, at.date()).into()), ("time", time.into())],
        )
    }
}

/// How the header's sync indicator looks: CSS class, the state's word, and the details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncView {
    pub class: &'static str,
    pub label: String,
    /// 「最終同期 14:05」.
    pub last: Option<String>,
    /// 「未送信 2件」.
    pub pending: Option<String>,
    /// Why the last pass failed (shown as the tooltip and to screen readers).
    pub message: Option<String>,
}

/// The indicator for `status` in the language of `t`, `now` being the current UTC time.
pub fn sync_view(
    t: &Catalogue,
    status: &SyncStatus,
    requested: bool,
    now: NaiveDateTime,
) -> SyncView {
    let state = if requested && status.state != SyncState::Offline {
        SyncState::Syncing
    } else {
        status.state
    };
    let (class, label) = match state {
        SyncState::UpToDate => ("sync-up-to-date", key!("sync-up-to-date")),
        SyncState::Syncing => ("sync-syncing", key!("sync-syncing")),
        SyncState::Offline => ("sync-offline", key!("sync-offline")),
        SyncState::Error => ("sync-error", key!("sync-error")),
    };
    SyncView {
        class,
        label: t.t(label),
        last: status
            .last_success_at
            .map(|at| t.t_with("sync-last", &[("time", sync_time(t, at, now).into())])),
        pending: (status.pending > 0)
            .then(|| t.t_with("sync-pending", &[("count", status.pending.into())])),
        message: status.message.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::mypage::fixtures::*;

    fn ja() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
    }

    fn en() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::En)
    }

    #[test]
    fn sync_times_are_shown_in_japan_time() {
        // 05:05 UTC is 14:05 in Japan.
        assert_eq!(sync_time(ja(), at(25, 5, 5), at(25, 6, 0)), "14:05");
        // 16:30 UTC on the 24th is already the 25th in Japan.
        assert_eq!(sync_time(ja(), at(24, 16, 30), at(25, 0, 0)), "01:30");
        assert_eq!(
            sync_time(ja(), at(23, 5, 5), at(25, 6, 0)),
            "2026年11月23日 14:05"
        );
        assert_eq!(
            sync_time(en(), at(23, 5, 5), at(25, 6, 0)),
            "23 November 2026 14:05"
        );
    }

    #[test]
    fn the_indicator_says_where_syncing_stands() {
        let now = at(25, 6, 0);
        let up = sync_view(
            ja(),
            &status(SyncState::UpToDate, Some(at(25, 5, 5)), 0),
            false,
            now,
        );
        assert_eq!(up.label, "最新");
        assert_eq!(up.last.as_deref(), Some("最終同期 14:05"));
        assert_eq!(up.pending, None);
        let offline = sync_view(
            ja(),
            &status(SyncState::Offline, Some(at(25, 5, 5)), 1),
            true,
            now,
        );
        assert_eq!(offline.label, "オフライン");
        assert_eq!(offline.class, "sync-offline");
        assert_eq!(offline.pending.as_deref(), Some("未送信 1件"));
        let asked = sync_view(ja(), &status(SyncState::UpToDate, None, 0), true, now);
        assert_eq!(asked.label, "同期中");
        assert_eq!(asked.last, None);
        let failed = sync_view(ja(), &status(SyncState::Error, None, 2), false, now);
        assert_eq!(
            (failed.label.as_str(), failed.class),
            ("同期エラー", "sync-error")
        );
        let english = sync_view(
            en(),
            &status(SyncState::Offline, Some(at(25, 5, 5)), 2),
            false,
            now,
        );
        assert_eq!(english.label, "Offline");
        assert_eq!(english.last.as_deref(), Some("Last synced 14:05"));
        assert_eq!(english.pending.as_deref(), Some("2 not sent"));
    }
}
