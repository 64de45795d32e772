//! Pure formatting of values for display: counts with thousands separators, file sizes, times
//! in Japan, 新着, result pages. The values of a 求人票 (yen, dates, wage ranges…) are
//! `shigoto_sheet_text::values`, which the screen and the printed sheet share; the ones screens
//! use elsewhere are re-exported here.
//!
//! Nothing here touches the DOM or JavaScript, so every function is unit-tested natively with
//! `cargo test -p shigoto-frontend`.

use chrono::{Days, NaiveDate, NaiveDateTime};
use shigoto_i18n::Catalogue;

pub use shigoto_sheet_text::values::{date, wage_range};

/// `1234567` → `"1,234,567"` (as the catalogues write counts).
pub fn thousands(value: u64) -> String {
    shigoto_i18n::grouped(i64::try_from(value).unwrap_or(i64::MAX))
}

/// A file's size as people read it: bytes, KB or MB (1024-based, as the 5 MB limit is).
pub fn file_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    match bytes {
        b if b < KB => format!("{b} B"),
        b if b < MB => format!("{} KB", b.div_ceil(KB)),
        b => format!("{:.1} MB", b as f64 / MB as f64),
    }
}

/// A time the service keeps in UTC, as Japan's time (UTC+9 all year) with the date as the
/// language writes it: 「2026年11月25日 10:30」, "25 November 2026 10:30".
pub fn jst_datetime(t: &Catalogue, utc: NaiveDateTime) -> String {
    let jst = utc + shigoto_domain::japan_time::JST_OFFSET;
    t.t_with(
        "datetime",
        &[
            ("date", date(t, jst.date()).into()),
            ("time", jst.format("%H:%M").to_string().into()),
        ],
    )
}

/// The date in Japan of a UTC time, as the language writes it (「2026年11月25日」).
pub fn jst_day(t: &Catalogue, utc: NaiveDateTime) -> String {
    date(t, (utc + shigoto_domain::japan_time::JST_OFFSET).date())
}

/// 新着: received today or yesterday (relative to `today`).
pub fn is_new(received: NaiveDate, today: NaiveDate) -> bool {
    let yesterday = today.checked_sub_days(Days::new(1)).unwrap_or(today);
    received >= yesterday && received <= today
}

/// Number of result pages for `total` hits, `per_page` each (at least 1 when there are hits).
pub fn page_count(total: u64, per_page: u32) -> u32 {
    if per_page == 0 {
        return 0;
    }
    let pages = total.div_ceil(u64::from(per_page));
    u32::try_from(pages).unwrap_or(u32::MAX)
}

/// 「1〜30件を表示」 for page 1 of 30 per page, clipped at `total`.
pub fn shown_range(t: &Catalogue, total: u64, page: u32, per_page: u32) -> String {
    if total == 0 {
        return String::new();
    }
    let first = u64::from(page.saturating_sub(1)) * u64::from(per_page) + 1;
    let last = (first + u64::from(per_page) - 1).min(total);
    t.t_with(
        "results-range",
        &[("first", first.into()), ("last", last.into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ja() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
    }

    fn en() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::En)
    }

    #[test]
    fn file_sizes_in_bytes_kb_and_mb() {
        assert_eq!(file_size(800), "800 B");
        assert_eq!(file_size(40_000), "40 KB");
        assert_eq!(file_size(5 * 1024 * 1024), "5.0 MB");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(200_000), "200,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(shigoto_sheet_text::values::yen(ja(), 1_100), "1,100円");
        assert_eq!(shigoto_sheet_text::values::yen(en(), 1_100), "¥1,100");
    }

    #[test]
    fn times_in_japan_as_each_language_writes_them() {
        // 16:05 UTC on 25 November is 01:05 on the 26th in Japan.
        let utc = day(2026, 11, 25).and_hms_opt(16, 5, 0).unwrap();
        assert_eq!(jst_datetime(ja(), utc), "2026年11月26日 01:05");
        assert_eq!(jst_datetime(en(), utc), "26 November 2026 01:05");
        assert_eq!(jst_day(ja(), utc), "2026年11月26日");
        assert_eq!(
            jst_day(en(), day(2027, 1, 5).and_hms_opt(0, 0, 0).unwrap()),
            "5 January 2027"
        );
    }

    #[test]
    fn new_means_today_or_yesterday() {
        let today = day(2026, 3, 1);
        assert!(is_new(day(2026, 3, 1), today));
        assert!(is_new(day(2026, 2, 28), today));
        assert!(!is_new(day(2026, 2, 27), today));
        assert!(!is_new(day(2026, 3, 2), today));
    }

    #[test]
    fn pages_and_ranges() {
        assert_eq!(page_count(0, 30), 0);
        assert_eq!(page_count(1, 30), 1);
        assert_eq!(page_count(30, 30), 1);
        assert_eq!(page_count(31, 30), 2);
        assert_eq!(shown_range(ja(), 45, 2, 30), "31〜45件を表示");
        assert_eq!(shown_range(ja(), 1_000, 1, 50), "1〜50件を表示");
        assert_eq!(shown_range(en(), 1_234, 1, 50), "Showing 1–50");
        assert_eq!(shown_range(ja(), 0, 1, 30), "");
    }
}
