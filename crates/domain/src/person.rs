//! A job seeker's personal details as recorded at the counter or in an online application:
//! name, フリガナ (full-width katakana), birth date (15 or older), address prefecture and, online,
//! the municipality.

use chrono::{Datelike, NaiveDate};
use shigoto_i18n::Text;

/// A refused detail: the field and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("detail refused: {field} ({})", message.key())]
pub struct PersonError {
    pub field: &'static str,
    pub message: Text,
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

fn refuse(field: &'static str, message: Text) -> PersonError {
    PersonError { field, message }
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

/// 氏名: trimmed, present and at most [`MAX_NAME_CHARS`] characters.
pub fn name(text: &str) -> Result<String, PersonError> {
    let name = text.trim();
    if name.is_empty() {
        return Err(refuse("name", Text::new("rules-person-name-empty")));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(refuse(
            "name",
            Text::new("rules-person-name-too-long").with("max", MAX_NAME_CHARS),
        ));
    }
    Ok(name.to_owned())
}

/// Hiragana typed for a フリガナ, as katakana (what a form does before [`name_kana`]).
pub fn to_katakana(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            other => other,
        })
        .collect()
}

/// フリガナ: trimmed, present, full-width katakana, at most [`MAX_NAME_CHARS`] characters.
pub fn name_kana(text: &str) -> Result<String, PersonError> {
    let kana = text.trim();
    if kana.is_empty() {
        return Err(refuse("name_kana", Text::new("rules-person-kana-empty")));
    }
    if kana.chars().count() > MAX_NAME_CHARS || !is_katakana_name(kana) {
        return Err(refuse("name_kana", Text::new("rules-person-kana")));
    }
    Ok(kana.to_owned())
}

/// 生年月日 on `today`: not in the future, and [`MIN_AGE`] to 100 years old.
pub fn birth_date(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, PersonError> {
    if date > today {
        return Err(refuse(
            "birth_date",
            Text::new("rules-person-birth-date-future"),
        ));
    }
    if !(MIN_AGE..=100).contains(&age_on(date, today)) {
        return Err(refuse(
            "birth_date",
            Text::new("rules-person-birth-date-age").with("min", MIN_AGE),
        ));
    }
    Ok(date)
}

/// 住所の都道府県: a known 都道府県 code.
pub fn prefecture(code: &str) -> Result<String, PersonError> {
    if shigoto_refdata::prefecture(code).is_none() {
        return Err(refuse(
            "prefecture_code",
            Text::new("rules-person-prefecture"),
        ));
    }
    Ok(code.to_owned())
}

/// 住所の市区町村 of an online application: a municipality of the chosen prefecture (its
/// office's jurisdiction decides where the application goes).
pub fn municipality(prefecture_code: &str, code: &str) -> Result<String, PersonError> {
    shigoto_refdata::municipality(code.trim())
        .filter(|found| found.prefecture_code == prefecture_code)
        .map(|found| found.code.to_owned())
        .ok_or_else(|| refuse("municipality_code", Text::new("rules-person-municipality")))
}

/// Checks the details on `today`, in the order of the form's boxes.
pub fn check(
    name_text: &str,
    name_kana_text: &str,
    birth: NaiveDate,
    prefecture_code: &str,
    today: NaiveDate,
) -> Result<Person, PersonError> {
    Ok(Person {
        name: name(name_text)?,
        name_kana: name_kana(name_kana_text)?,
        birth_date: birth_date(birth, today)?,
        prefecture_code: prefecture(prefecture_code)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_municipality_lies_in_the_prefecture() {
        assert_eq!(municipality("01", " 01202 ").unwrap(), "01202");
        for (prefecture, code) in [
            ("13", "01202"),
            ("01", ""),
            ("01", "01999"),
            ("99", "01202"),
        ] {
            assert_eq!(
                municipality(prefecture, code).unwrap_err().field,
                "municipality_code",
                "{prefecture} {code}"
            );
        }
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
        let young = check("山田", "ヤマダ", d(2012, 1, 1), "13", today).unwrap_err();
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        assert_eq!(
            ja.text(&young.message),
            "生年月日を確認してください（15歳以上）。"
        );
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert_eq!(
            en.text(&young.message),
            "Please check the date of birth (you must be 15 or older)."
        );
    }

    #[test]
    fn age_counts_birthdays() {
        assert_eq!(age_on(d(2011, 11, 25), d(2026, 11, 25)), 15);
        assert_eq!(age_on(d(2011, 11, 26), d(2026, 11, 25)), 14);
    }

    #[test]
    fn katakana_names() {
        assert!(is_katakana_name("ヤマダ　タロウ"));
        assert!(is_katakana_name("ジョン・スミス"));
        assert!(is_katakana_name("ヴァージー"));
        assert!(!is_katakana_name("ﾔﾏﾀﾞ"));
        assert_eq!(to_katakana("さとう ゆうこ"), "サトウ ユウコ");
        assert_eq!(to_katakana("ゔぁ"), "ヴァ");
    }
}
