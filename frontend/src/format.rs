//! Pure formatting of values for display in Japanese: yen with thousands separators, dates as
//! 年月日, wage ranges, age limits, booleans as あり/なし and the like.
//!
//! Nothing here touches the DOM or JavaScript, so every function is unit-tested natively with
//! `cargo test -p shigoto-frontend`.

use chrono::{Datelike, Days, NaiveDate};
use shigoto_i18n::Catalogue;
use shigoto_shared::{AgeLimit, ConditionsSection, Shift, WageKind};

/// `1234567` → `"1,234,567"` (as the catalogues write counts).
pub fn thousands(value: u64) -> String {
    shigoto_i18n::grouped(i64::try_from(value).unwrap_or(i64::MAX))
}

/// `200000` → `"200,000円"`.
pub fn yen(t: &Catalogue, value: u32) -> String {
    t.t_with("yen", &[("amount", value.into())])
}

/// 「200,000円〜250,000円」; one amount when both ends are equal, an open range when the upper
/// end is missing (0).
pub fn yen_range(t: &Catalogue, min: u32, max: u32) -> String {
    if max == 0 && min > 0 {
        t.t_with("yen-from", &[("min", yen(t, min).into())])
    } else if max <= min {
        yen(t, min)
    } else {
        t.t_with(
            "yen-range",
            &[("min", yen(t, min).into()), ("max", yen(t, max).into())],
        )
    }
}

/// 「月給 200,000円〜250,000円」 (see [`yen_range`]).
pub fn wage_range(t: &Catalogue, kind: WageKind, min: u32, max: u32) -> String {
    t.t_with(
        "wage",
        &[
            ("kind", kind.label_in(t).into()),
            ("range", yen_range(t, min, max).into()),
        ],
    )
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
pub fn date(t: &Catalogue, day: NaiveDate) -> String {
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
pub fn yes_no(t: &Catalogue, value: bool) -> String {
    if value {
        t.t("sheet-yes")
    } else {
        t.t("sheet-no")
    }
}

/// 年齢制限: 不問, 「18歳以上」, 「59歳以下」 or 「18歳〜59歳」.
pub fn age_limit(t: &Catalogue, age: &AgeLimit) -> String {
    match (age.min, age.max) {
        (None, None) => t.t("sheet-age-any"),
        (Some(min), None) => t.t_with("sheet-age-from", &[("min", min.into())]),
        (None, Some(max)) => t.t_with("sheet-age-to", &[("max", max.into())]),
        (Some(min), Some(max)) => t.t_with(
            "sheet-age-range",
            &[("min", min.into()), ("max", max.into())],
        ),
    }
}

/// 雇用期間: 「定めなし」 or 「6か月（契約更新の可能性あり）」.
pub fn contract_period(t: &Catalogue, months: Option<u16>, renewable: bool) -> String {
    match months {
        None => t.t("sheet-contract-none"),
        Some(months) => t.t_with(
            "sheet-contract-months",
            &[
                ("months", months.into()),
                ("renewable", yes_no(t, renewable).into()),
            ],
        ),
    }
}

/// One 就業時間 line: 「（1）09:00〜18:00」.
pub fn shift(t: &Catalogue, number: usize, shift: &Shift) -> String {
    t.t_with(
        "sheet-shift",
        &[
            ("number", number.into()),
            ("start", shift.start.as_str().into()),
            ("end", shift.end.as_str().into()),
        ],
    )
}

/// 資本金 given in 万円: 「1,000万円」, 「1億2,000万円」, 「3億円」 (¥120,000,000 in English).
pub fn capital_man_yen(t: &Catalogue, man_yen: u64) -> String {
    let oku = man_yen / 10_000;
    let rest = man_yen % 10_000;
    let yen = ("yen", man_yen.saturating_mul(10_000).into());
    match (oku, rest) {
        (0, rest) => t.t_with("sheet-capital-man", &[("man", rest.into()), yen]),
        (oku, 0) => t.t_with("sheet-capital-oku", &[("oku", oku.into()), yen]),
        (oku, rest) => t.t_with(
            "sheet-capital-oku-man",
            &[("oku", oku.into()), ("man", rest.into()), yen],
        ),
    }
}

/// Text or a fallback when blank (e.g. 「なし」).
pub fn or_blank(text: &str, fallback: String) -> String {
    if text.trim().is_empty() {
        fallback
    } else {
        text.to_owned()
    }
}

/// An optional text with a fallback (e.g. 不問 for a missing 学歴).
pub fn opt_or(text: Option<&str>, fallback: String) -> String {
    match text {
        Some(text) if !text.trim().is_empty() => text.to_owned(),
        _ => fallback,
    }
}

/// An employer detail: its text, 「非公開」 when the publication range hid it, else `fallback`.
pub fn hidden_or(t: &Catalogue, text: Option<&str>, hidden: bool, fallback: String) -> String {
    match text {
        Some(text) if !text.trim().is_empty() => text.to_owned(),
        _ if hidden => t.t("sheet-hidden"),
        _ => fallback,
    }
}

/// 加入保険等: the insurances that apply, 「雇用　労災　健康　厚生」, or 「なし」.
pub fn insurances(t: &Catalogue, conditions: &ConditionsSection) -> String {
    let names: Vec<String> = [
        (
            conditions.employment_insurance,
            "sheet-insurance-employment",
        ),
        (conditions.workers_compensation, "sheet-insurance-accident"),
        (conditions.health_insurance, "sheet-insurance-health"),
        (conditions.pension, "sheet-insurance-pension"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, key)| t.t(key))
    .collect();
    if names.is_empty() {
        t.t("sheet-none")
    } else {
        names.join(&t.t("sheet-insurance-separator"))
    }
}

/// A list joined with 「、」 (", " in English), or `fallback` when empty.
pub fn join_or(t: &Catalogue, items: &[String], fallback: String) -> String {
    let items: Vec<&str> = items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if items.is_empty() {
        fallback
    } else {
        items.join(&t.t("sheet-list-separator"))
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
        assert_eq!(yen(ja(), 1_100), "1,100円");
        assert_eq!(yen(en(), 1_100), "¥1,100");
    }

    fn ja() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
    }

    fn en() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::En)
    }

    #[test]
    fn wage_ranges() {
        assert_eq!(
            wage_range(ja(), WageKind::Monthly, 200_000, 250_000),
            "月給 200,000円〜250,000円"
        );
        assert_eq!(
            wage_range(ja(), WageKind::Hourly, 1_100, 1_300),
            "時給 1,100円〜1,300円"
        );
        assert_eq!(
            wage_range(ja(), WageKind::Daily, 9_000, 9_000),
            "日給 9,000円"
        );
        assert_eq!(
            wage_range(ja(), WageKind::Monthly, 180_000, 0),
            "月給 180,000円〜"
        );
        assert_eq!(
            wage_range(en(), WageKind::Monthly, 200_000, 250_000),
            "Monthly ¥200,000–¥250,000"
        );
        assert_eq!(
            wage_range(en(), WageKind::Hourly, 1_100, 0),
            "Hourly ¥1,100 or more"
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
        assert_eq!(age_limit(ja(), &limit(None, None)), "不問");
        assert_eq!(age_limit(ja(), &limit(Some(18), None)), "18歳以上");
        assert_eq!(age_limit(ja(), &limit(None, Some(59))), "59歳以下");
        assert_eq!(age_limit(ja(), &limit(Some(18), Some(35))), "18歳〜35歳");
        assert_eq!(age_limit(en(), &limit(Some(18), Some(35))), "18 to 35");
    }

    #[test]
    fn contract_and_shift() {
        assert_eq!(contract_period(ja(), None, false), "雇用期間の定めなし");
        assert!(contract_period(ja(), Some(6), true).contains("6か月"));
        assert!(contract_period(ja(), Some(6), true).ends_with("可能性あり"));
        assert_eq!(
            contract_period(en(), Some(6), true),
            "Fixed term (6 months); renewal possible: Yes"
        );
        let s = Shift {
            start: "09:00".into(),
            end: "18:00".into(),
        };
        assert_eq!(shift(ja(), 1, &s), "（1）09:00〜18:00");
        assert_eq!(shift(en(), 2, &s), "(2) 09:00–18:00");
    }

    #[test]
    fn capital_in_man_and_oku() {
        assert_eq!(capital_man_yen(ja(), 1_000), "1,000万円");
        assert_eq!(capital_man_yen(ja(), 12_000), "1億2,000万円");
        assert_eq!(capital_man_yen(ja(), 30_000), "3億円");
        assert_eq!(capital_man_yen(en(), 12_000), "¥120,000,000");
    }

    #[test]
    fn fallbacks() {
        assert_eq!(or_blank("  ", "なし".into()), "なし");
        assert_eq!(or_blank("あり", "なし".into()), "あり");
        assert_eq!(opt_or(None, "不問".into()), "不問");
        assert_eq!(opt_or(Some(""), "不問".into()), "不問");
        assert_eq!(opt_or(Some("高卒以上"), "不問".into()), "高卒以上");
        assert_eq!(yes_no(ja(), true), "あり");
        assert_eq!(yes_no(en(), false), "No");
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

    #[test]
    fn hidden_employer_details() {
        assert_eq!(hidden_or(ja(), None, true, "なし".into()), "非公開");
        assert_eq!(hidden_or(en(), None, true, "None".into()), "Not published");
        assert_eq!(hidden_or(ja(), None, false, "なし".into()), "なし");
        assert_eq!(
            hidden_or(ja(), Some("03-1234-5678"), true, "なし".into()),
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
        assert_eq!(insurances(ja(), &conditions), "雇用　労災　厚生");
        assert_eq!(
            insurances(en(), &conditions),
            "Employment, Workers' accident, Pension"
        );
        conditions.employment_insurance = false;
        conditions.workers_compensation = false;
        conditions.pension = false;
        assert_eq!(insurances(ja(), &conditions), "なし");
        assert_eq!(join_or(ja(), &[], "不問".into()), "不問");
        assert_eq!(
            join_or(
                ja(),
                &["面接".into(), " ".into(), "書類選考".into()],
                "なし".into()
            ),
            "面接、書類選考"
        );
        assert_eq!(
            join_or(en(), &["面接".into(), "書類選考".into()], "None".into()),
            "面接, 書類選考"
        );
    }
}
