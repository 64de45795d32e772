//! 求人番号: `NNNNN-NNNNNNNN`, the accepting office's 5-digit code, a hyphen, 8 digits.

use std::fmt;

use shigoto_i18n::Text;

/// Why a text is not a 求人番号.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a job number: {input:?}")]
pub struct JobNumberError {
    pub input: String,
}

impl JobNumberError {
    /// What to type instead, for people.
    pub fn text(&self) -> Text {
        Text::new("rules-job-number").with("input", self.input.as_str())
    }
}

/// A well-formed 求人番号.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JobNumber(String);

/// `NNNNN-NNNNNNNN` (an office code and a serial, as 求人番号 and 求職番号 are written) from
/// what was typed: full-width digits and hyphens (as typed with a Japanese IME) and surrounding
/// spaces are accepted and normalized; `None` for anything else.
pub(crate) fn office_serial(input: &str) -> Option<String> {
    let normalized: String = input
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | 'ー' | '‐' | '―' | '−' => '-',
            other => other,
        })
        .collect();
    let bytes = normalized.as_bytes();
    let well_formed = bytes.len() == 14
        && bytes[5] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 5 || b.is_ascii_digit());
    well_formed.then_some(normalized)
}

impl JobNumber {
    /// Parses a 求人番号; full-width digits and hyphens (as typed with a Japanese IME) and
    /// surrounding spaces are accepted and normalized.
    pub fn parse(input: &str) -> Result<Self, JobNumberError> {
        office_serial(input)
            .map(Self)
            .ok_or_else(|| JobNumberError {
                input: input.to_owned(),
            })
    }

    /// Builds one from its parts (office code and serial), as the service numbers postings.
    pub fn from_parts(office_code: u32, serial: u32) -> Option<Self> {
        (office_code < 100_000 && serial < 100_000_000)
            .then(|| Self(format!("{office_code:05}-{serial:08}")))
    }

    /// The accepting office's code (first five digits).
    pub fn office_code(&self) -> &str {
        &self.0[..5]
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for JobNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_the_official_format() {
        let number = JobNumber::parse("13010-12345678").unwrap();
        assert_eq!(number.office_code(), "13010");
        assert_eq!(number.to_string(), "13010-12345678");
    }

    #[test]
    fn a_refusal_says_the_format_and_what_was_typed() {
        let err = JobNumber::parse("13010-123").unwrap_err();
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        assert_eq!(
            ja.text(&err.text()),
            "求人番号は「13010-12345678」のように、5桁-8桁の半角数字で入力してください（13010-123）"
        );
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert!(en.text(&err.text()).ends_with("(13010-123)"));
    }

    #[test]
    fn normalizes_full_width_input() {
        assert_eq!(
            JobNumber::parse(" １３０１０－１２３４５６７８ ")
                .unwrap()
                .as_str(),
            "13010-12345678"
        );
    }

    #[test]
    fn refuses_malformed_numbers() {
        for bad in [
            "",
            "13010",
            "1301-123456789",
            "13010-1234567",
            "13010_12345678",
            "ABCDE-12345678",
            "13010-123456789",
        ] {
            assert!(JobNumber::parse(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parts_round_trip(office in 0u32..100_000, serial in 0u32..100_000_000) {
            let number = JobNumber::from_parts(office, serial).unwrap();
            prop_assert_eq!(JobNumber::parse(number.as_str()).unwrap(), number);
        }

        #[test]
        fn parse_never_panics(input in ".{0,20}") {
            let _ = JobNumber::parse(&input);
        }
    }
}
