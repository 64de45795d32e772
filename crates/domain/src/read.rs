//! Reading what a person typed: texts within a length, whole numbers (full-width digits and
//! thousands separators allowed), clock times. Each reader records a problem on the field it
//! reads and answers `None` when the value cannot be used; `label` is the catalogue key of the
//! box's name put into the problem (`key!("checks-label-work-title")`).

use shigoto_i18n::Text;

use crate::problems::Problems;

/// Folds full-width digits, colons and commas to ASCII and drops spaces at both ends.
fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' | '：' | '，' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '、' => ',',
            other => other,
        })
        .collect()
}

/// A required text of at most `max` characters, trimmed.
pub fn required_text(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &'static str,
    max: usize,
) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        out.add(
            field,
            Text::new("checks-text-required").with_key("label", label),
        );
        return None;
    }
    within(out, field, value, label, max)
}

/// An optional text of at most `max` characters: `Some(None)` when left empty.
pub fn optional_text(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &'static str,
    max: usize,
) -> Option<Option<String>> {
    let value = value.trim();
    if value.is_empty() {
        return Some(None);
    }
    within(out, field, value, label, max).map(Some)
}

fn within(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &'static str,
    max: usize,
) -> Option<String> {
    let length = value.chars().count();
    if length > max {
        out.add(
            field,
            Text::new("checks-text-too-long")
                .with_key("label", label)
                .with("max", max)
                .with("length", length.to_string()),
        );
        return None;
    }
    Some(value.to_owned())
}

/// The whole number typed, if it is one (digits with optional thousands separators).
pub fn parse_number(value: &str) -> Option<u64> {
    let folded = fold(value);
    let digits: String = folded.chars().filter(|c| *c != ',').collect();
    if digits.is_empty() || digits.len() > 12 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A required whole number in `min..=max`.
pub fn required_number(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &'static str,
    min: u64,
    max: u64,
) -> Option<u64> {
    if value.trim().is_empty() {
        out.add(
            field,
            Text::new("checks-number-required").with_key("label", label),
        );
        return None;
    }
    number_in(out, field, value, label, min, max)
}

/// An optional whole number in `min..=max`: `Some(None)` when left empty.
pub fn optional_number(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &'static str,
    min: u64,
    max: u64,
) -> Option<Option<u64>> {
    if value.trim().is_empty() {
        return Some(None);
    }
    number_in(out, field, value, label, min, max).map(Some)
}

fn number_in(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &'static str,
    min: u64,
    max: u64,
) -> Option<u64> {
    match parse_number(value) {
        Some(number) if (min..=max).contains(&number) => Some(number),
        Some(_) => {
            out.add(
                field,
                Text::new("checks-number-out-of-range")
                    .with_key("label", label)
                    .with("min", min.to_string())
                    .with("max", max.to_string()),
            );
            None
        }
        None => {
            out.add(
                field,
                Text::new("checks-number-not-digits").with_key("label", label),
            );
            None
        }
    }
}

/// A clock time `H:MM` or `HH:MM` (00:00–23:59), as minutes after midnight.
pub fn parse_time(value: &str) -> Option<u16> {
    let folded = fold(value);
    let (hours, minutes) = folded.split_once(':')?;
    if hours.is_empty() || hours.len() > 2 || minutes.len() != 2 {
        return None;
    }
    let hours: u16 = hours.parse().ok()?;
    let minutes: u16 = minutes.parse().ok()?;
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// Minutes after midnight written `HH:MM`.
pub fn format_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The lines of a multi-line text, trimmed, without empty ones.
pub fn lines(value: &str) -> Vec<String> {
    value
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use shigoto_i18n::{catalogue, key, Lang};

    use super::*;

    #[test]
    fn numbers_as_typed_with_an_ime() {
        assert_eq!(parse_number("200000"), Some(200_000));
        assert_eq!(parse_number("２００，０００"), Some(200_000));
        assert_eq!(parse_number(" 1,050 "), Some(1_050));
        assert_eq!(parse_number("20万"), None);
        assert_eq!(parse_number("-5"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("9999999999999"), None);
    }

    #[test]
    fn times_as_typed() {
        assert_eq!(parse_time("9:00"), Some(540));
        assert_eq!(parse_time("０８：３０"), Some(510));
        assert_eq!(parse_time("23:59"), Some(1439));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("8:3"), None);
        assert_eq!(parse_time("830"), None);
        assert_eq!(format_time(510), "08:30");
    }

    #[test]
    fn texts_within_their_length() {
        let mut out = Problems::default();
        let title = key!("checks-label-work-title");
        assert_eq!(
            required_text(&mut out, "f", "  事務 ", title, 5),
            Some("事務".into())
        );
        assert_eq!(required_text(&mut out, "g", "  ", title, 5), None);
        assert_eq!(required_text(&mut out, "h", "あいうえおか", title, 5), None);
        let fields: Vec<_> = out.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["g", "h"]);
        let too_long = &out.iter().nth(1).unwrap().message;
        assert_eq!(
            catalogue(Lang::Ja).text(too_long),
            "職種は5文字以内で入力してください（いま6文字）。"
        );
        assert_eq!(
            catalogue(Lang::En).text(too_long),
            "Enter the job title in 5 characters or fewer (it has 6 now)."
        );
    }

    #[test]
    fn numbers_within_their_bounds_are_written_as_they_are() {
        let mut out = Problems::default();
        let capital = key!("checks-label-capital");
        assert_eq!(
            required_number(&mut out, "a", "２，０００", capital, 1, 100_000),
            Some(2_000)
        );
        assert_eq!(
            required_number(&mut out, "b", "", capital, 1, 100_000),
            None
        );
        assert_eq!(
            required_number(&mut out, "c", "200000", capital, 1, 100_000),
            None
        );
        assert_eq!(
            required_number(&mut out, "d", "20万", capital, 1, 100_000),
            None
        );
        let ja: Vec<String> = out
            .iter()
            .map(|p| catalogue(Lang::Ja).text(&p.message))
            .collect();
        assert_eq!(
            ja,
            [
                "資本金（万円）を数字で入力してください。",
                "資本金（万円）は1から100000までの数字で入力してください。",
                "資本金（万円）は半角または全角の数字だけで入力してください。",
            ]
        );
        assert_eq!(
            catalogue(Lang::En).text(&out.iter().nth(1).unwrap().message),
            "Enter the capital (× 10,000 yen) as a number from 1 to 100000."
        );
    }
}
