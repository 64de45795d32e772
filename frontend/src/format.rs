//! Pure formatting of values for display in Japanese: yen with thousands separators, dates as
//! 年月日, wage ranges, age limits, booleans as あり/なし and the like.
//!
//! Nothing here touches the DOM or JavaScript, so every function is unit-tested natively with
//! `cargo test -p shigoto-frontend`.

use chrono::{Datelike, Days, NaiveDate};
use shigoto_shared::{AgeLimit, ConditionsSection, Shift, WageKind};

/// `1234567` → `"1,234,567"`.
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `200000` → `"200,000円"`.
pub fn yen(value: u32) -> String {
    format!("{}円", thousands(u64::from(value)))
}

/// 「200,000円〜250,000円」; one amount when both ends are equal, an open range when the upper
/// end is missing (0).
pub fn yen_range(min: u32, max: u32) -> String {
    if max == 0 && min > 0 {
        format!("{}〜", yen(min))
    } else if max <= min {
        yen(min)
    } else {
        format!("{}〜{}", yen(min), yen(max))
    }
}

/// 「月給 200,000円〜250,000円」 (see [`yen_range`]).
pub fn wage_range(kind: WageKind, min: u32, max: u32) -> String {
    format!("{} {}", kind.label(), yen_range(min, max))
}

/// `2026-11-25` → `"2026年11月25日"`.
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

/// A time the service keeps in UTC, as Japan's time (UTC+9 all year): 「2026年11月25日 10:30」.
pub fn jst_datetime(utc: chrono::NaiveDateTime) -> String {
    let jst = utc + shigoto_domain::japan_time::JST_OFFSET;
    format!("{} {}", date_ja(jst.date()), jst.format("%H:%M"))
}

/// 「2026年11月25日」.
/// A date as the language shown writes it (2027年1月31日, 31 January 2027).
pub fn date(t: &shigoto_i18n::Catalogue, day: NaiveDate) -> String {
    t.date(day.year(), day.month(), day.day())
}

pub fn date_ja(date: NaiveDate) -> String {
    shigoto_domain::japan_time::japanese_date(date)
}

/// 新着: received today or yesterday (relative to `today`).
pub fn is_new(received: NaiveDate, today: NaiveDate) -> bool {
    let yesterday = today.checked_sub_days(Days::new(1)).unwrap_or(today);
    received >= yesterday && received <= today
}

/// あり / なし.
pub fn yes_no(value: bool) -> &'static str {
    if value {
        "あり"
    } else {
        "なし"
    }
}

/// 年齢制限: 不問, 「18歳以上」, 「59歳以下」 or 「18歳〜59歳」.
pub fn age_limit(age: &AgeLimit) -> String {
    match (age.min, age.max) {
        (None, None) => "不問".to_owned(),
        (Some(min), None) => format!("{min}歳以上"),
        (None, Some(max)) => format!("{max}歳以下"),
        (Some(min), Some(max)) => format!("{min}歳〜{max}歳"),
    }
}

/// 雇用期間: 「定めなし」 or 「6か月（契約更新の可能性あり）」.
pub fn contract_period(months: Option<u16>, renewable: bool) -> String {
    match months {
        None => "雇用期間の定めなし".to_owned(),
        Some(months) => format!(
            "雇用期間の定めあり（{months}か月）　契約更新の可能性{}",
            yes_no(renewable)
        ),
    }
}

/// One 就業時間 line: 「09:00〜18:00」.
pub fn shift(shift: &Shift) -> String {
    format!("{}〜{}", shift.start, shift.end)
}

/// A head count: 「1,234人」.
pub fn people(count: u32) -> String {
    format!("{}人", thousands(u64::from(count)))
}

/// 資本金 given in 万円: 「1,000万円」, 「1億2,000万円」, 「3億円」.
pub fn capital_man_yen(man_yen: u64) -> String {
    let oku = man_yen / 10_000;
    let rest = man_yen % 10_000;
    match (oku, rest) {
        (0, rest) => format!("{}万円", thousands(rest)),
        (oku, 0) => format!("{}億円", thousands(oku)),
        (oku, rest) => format!("{}億{}万円", thousands(oku), thousands(rest)),
    }
}

/// Text or a fallback when blank (e.g. 「なし」).
pub fn or_blank<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    if text.trim().is_empty() {
        fallback
    } else {
        text
    }
}

/// An optional text with a fallback (e.g. 不問 for a missing 学歴).
pub fn opt_or<'a>(text: Option<&'a str>, fallback: &'a str) -> &'a str {
    match text {
        Some(text) if !text.trim().is_empty() => text,
        _ => fallback,
    }
}

/// An employer detail: its text, 「非公開」 when the publication range hid it, else `fallback`.
pub fn hidden_or<'a>(text: Option<&'a str>, hidden: bool, fallback: &'a str) -> &'a str {
    match text {
        Some(text) if !text.trim().is_empty() => text,
        _ if hidden => "非公開",
        _ => fallback,
    }
}

/// 加入保険等: the insurances that apply, 「雇用　労災　健康　厚生」, or 「なし」.
pub fn insurances(conditions: &ConditionsSection) -> String {
    let names: Vec<&str> = [
        (conditions.employment_insurance, "雇用"),
        (conditions.workers_compensation, "労災"),
        (conditions.health_insurance, "健康"),
        (conditions.pension, "厚生"),
    ]
    .into_iter()
    .filter_map(|(on, name)| on.then_some(name))
    .collect();
    if names.is_empty() {
        "なし".to_owned()
    } else {
        names.join("　")
    }
}

/// A list joined with 「、」, or `fallback` when empty.
pub fn join_or(items: &[String], fallback: &str) -> String {
    let items: Vec<&str> = items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if items.is_empty() {
        fallback.to_owned()
    } else {
        items.join("、")
    }
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
pub fn shown_range(total: u64, page: u32, per_page: u32) -> String {
    if total == 0 {
        return String::new();
    }
    let first = u64::from(page.saturating_sub(1)) * u64::from(per_page) + 1;
    let last = (first + u64::from(per_page) - 1).min(total);
    format!("{}〜{}件を表示", thousands(first), thousands(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
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
        assert_eq!(yen(1_100), "1,100円");
    }

    #[test]
    fn wage_ranges() {
        assert_eq!(
            wage_range(WageKind::Monthly, 200_000, 250_000),
            "月給 200,000円〜250,000円"
        );
        assert_eq!(
            wage_range(WageKind::Hourly, 1_100, 1_300),
            "時給 1,100円〜1,300円"
        );
        assert_eq!(wage_range(WageKind::Daily, 9_000, 9_000), "日給 9,000円");
        assert_eq!(
            wage_range(WageKind::Monthly, 180_000, 0),
            "月給 180,000円〜"
        );
    }

    #[test]
    fn dates_in_japanese() {
        assert_eq!(date_ja(day(2026, 11, 25)), "2026年11月25日");
        assert_eq!(date_ja(day(2027, 1, 5)), "2027年1月5日");
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
    fn age_limits() {
        let limit = |min, max| AgeLimit {
            min,
            max,
            reason: None,
        };
        assert_eq!(age_limit(&limit(None, None)), "不問");
        assert_eq!(age_limit(&limit(Some(18), None)), "18歳以上");
        assert_eq!(age_limit(&limit(None, Some(59))), "59歳以下");
        assert_eq!(age_limit(&limit(Some(18), Some(35))), "18歳〜35歳");
    }

    #[test]
    fn contract_and_shift() {
        assert_eq!(contract_period(None, false), "雇用期間の定めなし");
        assert!(contract_period(Some(6), true).contains("6か月"));
        assert!(contract_period(Some(6), true).ends_with("可能性あり"));
        let s = Shift {
            start: "09:00".into(),
            end: "18:00".into(),
        };
        assert_eq!(shift(&s), "09:00〜18:00");
    }

    #[test]
    fn capital_in_man_and_oku() {
        assert_eq!(capital_man_yen(1_000), "1,000万円");
        assert_eq!(capital_man_yen(12_000), "1億2,000万円");
        assert_eq!(capital_man_yen(30_000), "3億円");
        assert_eq!(people(1_234), "1,234人");
    }

    #[test]
    fn fallbacks() {
        assert_eq!(or_blank("  ", "なし"), "なし");
        assert_eq!(or_blank("あり", "なし"), "あり");
        assert_eq!(opt_or(None, "不問"), "不問");
        assert_eq!(opt_or(Some(""), "不問"), "不問");
        assert_eq!(opt_or(Some("高卒以上"), "不問"), "高卒以上");
        assert_eq!(yes_no(true), "あり");
    }

    #[test]
    fn pages_and_ranges() {
        assert_eq!(page_count(0, 30), 0);
        assert_eq!(page_count(1, 30), 1);
        assert_eq!(page_count(30, 30), 1);
        assert_eq!(page_count(31, 30), 2);
        assert_eq!(shown_range(45, 2, 30), "31〜45件を表示");
        assert_eq!(shown_range(1_000, 1, 50), "1〜50件を表示");
        assert_eq!(shown_range(0, 1, 30), "");
    }

    #[test]
    fn hidden_employer_details() {
        assert_eq!(hidden_or(None, true, "なし"), "非公開");
        assert_eq!(hidden_or(None, false, "なし"), "なし");
        assert_eq!(
            hidden_or(Some("03-1234-5678"), true, "なし"),
            "03-1234-5678"
        );
    }

    #[test]
    fn insurance_and_lists() {
        let mut conditions = ConditionsSection {
            employment_insurance: true,
            workers_compensation: true,
            health_insurance: false,
            pension: true,
            retirement_allowance: false,
            retirement_age: None,
            rehiring: false,
            housing: false,
            childcare: false,
        };
        assert_eq!(insurances(&conditions), "雇用　労災　厚生");
        conditions.employment_insurance = false;
        conditions.workers_compensation = false;
        conditions.pension = false;
        assert_eq!(insurances(&conditions), "なし");
        assert_eq!(join_or(&[], "不問"), "不問");
        assert_eq!(
            join_or(&["面接".into(), " ".into(), "書類選考".into()], "なし"),
            "面接、書類選考"
        );
    }
}
