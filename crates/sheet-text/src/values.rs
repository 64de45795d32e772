//! The values of a 求人票 as the language shown writes them: yen with thousands separators,
//! dates, wage ranges, age limits, yes/no, 資本金 in 万円 and 億円, fallbacks for blanks and for
//! what the publication range hides.

use chrono::{Datelike, NaiveDate};
use shigoto_i18n::Catalogue;
use shigoto_shared::{AgeLimit, ConditionsSection, Shift, WageKind};

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

/// A date as the language shown writes it (2027年1月31日, 31 January 2027).
pub fn date(t: &Catalogue, day: NaiveDate) -> String {
    t.date(day.year(), day.month(), day.day())
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

#[cfg(test)]
mod tests {
    use super::*;

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
