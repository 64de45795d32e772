//! A job seeker's personal details as recorded at the counter or in an online application:
//! name, フリガナ (full-width katakana), birth date (15 or older) and address prefecture.

use chrono::{Datelike, NaiveDate};

/// A refused detail: the field and a Japanese message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct PersonError {
    pub field: &'static str,
    pub message: String,
}

/// Longest name accepted.
pub const MAX_NAME_CHARS: usize = 50;
/// Youngest age at which Hello Work registers a job seeker here.
pub const MIN_AGE: i32 = 15;

/// Checked, trimmed details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub name_kana: String,
    pub birth_date: NaiveDate,
    pub prefecture_code: String,
}

fn refuse(field: &'static str, message: impl Into<String>) -> PersonError {
    PersonError {
        field,
        message: message.into(),
    }
}

/// Full-width katakana with 長音, 中黒 and spaces: how フリガナ is written.
pub fn is_katakana_name(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | ' ' | '　'))
}

/// Age in whole years on `today`.
pub fn age_on(birth_date: NaiveDate, today: NaiveDate) -> i32 {
    today.year()
        - birth_date.year()
        - i32::from((today.month(), today.day()) < (birth_date.month(), birth_date.day()))
}

/// Checks the details on `today`.
pub fn check(
    name: &str,
    name_kana: &str,
    birth_date: NaiveDate,
    prefecture_code: &str,
    today: NaiveDate,
) -> Result<Person, PersonError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(refuse(
            "name",
            format!("氏名を{MAX_NAME_CHARS}文字以内で入力してください。"),
        ));
    }
    let kana = name_kana.trim();
    if kana.is_empty() || kana.chars().count() > MAX_NAME_CHARS || !is_katakana_name(kana) {
        return Err(refuse(
            "name_kana",
            "フリガナを全角カタカナで入力してください。",
        ));
    }
    if !(MIN_AGE..=100).contains(&age_on(birth_date, today)) {
        return Err(refuse(
            "birth_date",
            format!("生年月日を確認してください（{MIN_AGE}歳以上）。"),
        ));
    }
    if shigoto_refdata::prefecture(prefecture_code).is_none() {
        return Err(refuse(
            "prefecture_code",
            "住所の都道府県を選択してください。",
        ));
    }
    Ok(Person {
        name: name.to_owned(),
        name_kana: kana.to_owned(),
        birth_date,
        prefecture_code: prefecture_code.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn accepts_a_regular_seeker() {
        let person = check(
            " 山田 花子 ",
            "ヤマダ ハナコ",
            d(1990, 4, 1),
            "13",
            d(2026, 11, 25),
        )
        .unwrap();
        assert_eq!(person.name, "山田 花子");
    }

    #[test]
    fn refusals_name_the_field() {
        let today = d(2026, 11, 25);
        assert_eq!(
            check("", "ア", d(1990, 1, 1), "13", today)
                .unwrap_err()
                .field,
            "name"
        );
        assert_eq!(
            check("山田", "やまだ", d(1990, 1, 1), "13", today)
                .unwrap_err()
                .field,
            "name_kana"
        );
        assert_eq!(
            check("山田", "ヤマダ", d(2012, 1, 1), "13", today)
                .unwrap_err()
                .field,
            "birth_date"
        );
        assert_eq!(
            check("山田", "ヤマダ", d(1990, 1, 1), "99", today)
                .unwrap_err()
                .field,
            "prefecture_code"
        );
    }

    #[test]
    fn age_counts_birthdays() {
        assert_eq!(age_on(d(2011, 11, 25), d(2026, 11, 25)), 15);
        assert_eq!(age_on(d(2011, 11, 26), d(2026, 11, 25)), 14);
    }
}
