//! 年月 as people type it in a 学歴 or 職歴 line: `2020-04`, `2020/4`, `2020.04`, `2020年4月`,
//! with full-width digits too. Kept as `YYYY-MM`, which sorts as it reads.

use chrono::{Datelike, NaiveDate};
use shigoto_i18n::Text;

/// A month of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

/// The earliest year a line may name.
pub const EARLIEST_YEAR: i32 = 1940;

impl YearMonth {
    /// The month `day` falls in.
    pub fn of(day: NaiveDate) -> Self {
        Self {
            year: day.year(),
            month: day.month(),
        }
    }

    /// Reads a typed 年月; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let folded: String = text
            .trim()
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
                '／' | '/' | '.' | '．' | '年' | '－' | 'ー' => '-',
                other => other,
            })
            .collect();
        let folded = folded.strip_suffix('月').unwrap_or(&folded);
        let (year, month) = folded.split_once('-')?;
        if year.len() != 4 || month.is_empty() || month.len() > 2 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        ((1..=12).contains(&month) && year >= EARLIEST_YEAR).then_some(Self { year, month })
    }

    /// `YYYY-MM`.
    pub fn to_wire(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// 「2020年4月」, April 2020: the month as each language writes it.
    pub fn text(self) -> Text {
        Text::new("profile-year-month")
            .with("year", self.year.to_string())
            .with("month", self.month)
    }

    /// Whole months from `self` to `later` (0 when `later` is not after it).
    pub fn months_until(self, later: Self) -> u32 {
        let from = self.year * 12 + self.month as i32;
        let to = later.year * 12 + later.month as i32;
        u32::try_from(to - from).unwrap_or(0)
    }
}

/// 「2020年4月」 for a stored `YYYY-MM`; `None` when the text is not one (it is shown as it is).
pub fn text_of(text: &str) -> Option<Text> {
    YearMonth::parse(text).map(YearMonth::text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_ways_people_write_a_month() {
        let april = Some(YearMonth {
            year: 2020,
            month: 4,
        });
        for typed in [
            "2020-04",
            "2020/4",
            "2020.04",
            "2020年4月",
            "２０２０年４月",
            " 2020-4 ",
        ] {
            assert_eq!(YearMonth::parse(typed), april, "{typed}");
        }
        for wrong in [
            "2020",
            "2020-13",
            "2020-0",
            "20-04",
            "1939-04",
            "令和2年4月",
            "",
            "2020-004",
        ] {
            assert_eq!(YearMonth::parse(wrong), None, "{wrong}");
        }
        assert_eq!(april.map(YearMonth::to_wire).as_deref(), Some("2020-04"));
    }

    #[test]
    fn a_month_is_written_in_each_language() {
        use shigoto_i18n::{catalogue, Lang};
        let april = text_of("2020-04").expect("a month");
        assert_eq!(catalogue(Lang::Ja).text(&april), "2020年4月");
        assert_eq!(catalogue(Lang::En).text(&april), "April 2020");
        assert_eq!(text_of("いつか"), None);
    }

    #[test]
    fn counts_months_between() {
        let from = YearMonth {
            year: 2019,
            month: 11,
        };
        assert_eq!(
            from.months_until(YearMonth {
                year: 2021,
                month: 2
            }),
            15
        );
        assert_eq!(
            from.months_until(YearMonth {
                year: 2019,
                month: 1
            }),
            0
        );
    }
}
