//! Reading what a person typed: texts within a length, whole numbers (full-width digits and
//! thousands separators allowed), clock times. Each reader records a problem on the field it
//! reads and answers `None` when the value cannot be used.

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
    label: &str,
    max: usize,
) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        out.add(field, format!("{label}を入力してください。"));
        return None;
    }
    within(out, field, value, label, max)
}

/// An optional text of at most `max` characters: `Some(None)` when left empty.
pub fn optional_text(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &str,
    max: usize,
) -> Option<Option<String>> {
    let value = value.trim();
    if value.is_empty() {
        return Some(None);
    }
    within(out, field, value, label, max).map(Some)
}

fn within(out: &mut Problems, field: &str, value: &str, label: &str, max: usize) -> Option<String> {
    let length = value.chars().count();
    if length > max {
        out.add(
            field,
            format!("{label}は{max}文字以内で入力してください（いま{length}文字）。"),
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
    label: &str,
    min: u64,
    max: u64,
) -> Option<u64> {
    if value.trim().is_empty() {
        out.add(field, format!("{label}を数字で入力してください。"));
        return None;
    }
    number_in(out, field, value, label, min, max)
}

/// An optional whole number in `min..=max`: `Some(None)` when left empty.
pub fn optional_number(
    out: &mut Problems,
    field: &str,
    value: &str,
    label: &str,
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
    label: &str,
    min: u64,
    max: u64,
) -> Option<u64> {
    match parse_number(value) {
        Some(number) if (min..=max).contains(&number) => Some(number),
        Some(_) => {
            out.add(
                field,
                format!("{label}は{min}から{max}までの数字で入力してください。"),
            );
            None
        }
        None => {
            out.add(
                field,
                format!("{label}は半角または全角の数字だけで入力してください。"),
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
        assert_eq!(
            required_text(&mut out, "f", "  事務 ", "職種", 5),
            Some("事務".into())
        );
        assert_eq!(required_text(&mut out, "g", "  ", "職種", 5), None);
        assert_eq!(
            required_text(&mut out, "h", "あいうえおか", "職種", 5),
            None
        );
        let fields: Vec<_> = out.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["g", "h"]);
        assert!(out.iter().nth(1).unwrap().message.contains("いま6文字"));
    }
}
