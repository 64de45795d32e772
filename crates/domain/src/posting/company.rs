//! Step 2, 事業所: the company itself comes from the accepted 事業所登録; this step adds what
//! the 求人票 shows besides it: 法人番号 (checked by its check digit), the 従業員数 at the work
//! place (no more than the company's), 設立年 and 資本金.

use chrono::Datelike;
use shigoto_i18n::{key, Text};
use shigoto_shared::PostingForm;

use super::{Context, Problems};
use crate::read;

/// Largest 資本金 accepted, in 万円 (one quadrillion yen).
pub const MAX_CAPITAL_MAN_YEN: u64 = 100_000_000_000;
/// Earliest 設立年 accepted.
pub const EARLIEST_FOUNDING: u64 = 1500;

/// Step 2 read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    pub corporate_number: Option<String>,
    pub employees_site: u32,
    pub founded_year: Option<u16>,
    pub capital_man_yen: Option<u64>,
}

/// Whether 13 digits are a 法人番号: the first digit is the check digit of the other twelve
/// (9 − (Σ Pn×Qn mod 9), Pn the n-th digit from the right, Qn 1 for odd n and 2 for even n).
pub fn is_corporate_number(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.len() != 13 || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = bytes[1..]
        .iter()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 1 } else { 2 })
        .sum();
    u32::from(bytes[0] - b'0') == 9 - sum % 9
}

pub(super) fn check(form: &PostingForm, context: &Context, out: &mut Problems) -> Option<Company> {
    let step = &form.employer;
    let corporate_number = {
        let digits: String = step
            .corporate_number
            .chars()
            .filter_map(|c| match c {
                '０'..='９' => char::from_u32(u32::from(c) - 0xFEE0),
                '-' | ' ' | '　' => None,
                other => Some(other),
            })
            .collect();
        if digits.is_empty() {
            Some(None)
        } else if is_corporate_number(&digits) {
            Some(Some(digits))
        } else {
            out.add(
                "employer.corporate_number",
                Text::new("checks-corporate-number-invalid"),
            );
            None
        }
    };
    let company_size = u64::from(context.company.employees.max(1));
    let employees_site = read::required_number(
        out,
        "employer.employees_site",
        &step.employees_site,
        key!("checks-label-employees-site"),
        1,
        u64::MAX,
    )
    .and_then(|count| {
        if count > company_size {
            out.add(
                "employer.employees_site",
                // As it was always written: without a thousands separator.
                Text::new("checks-employees-site-over-company")
                    .with("company", company_size.to_string()),
            );
            None
        } else {
            Some(count as u32)
        }
    });
    let founded_year = read::optional_number(
        out,
        "employer.founded_year",
        &step.founded_year,
        key!("checks-label-founded-year"),
        EARLIEST_FOUNDING,
        context.today.year().max(0) as u64,
    );
    let capital_man_yen = read::optional_number(
        out,
        "employer.capital_man_yen",
        &step.capital_man_yen,
        key!("checks-label-capital"),
        0,
        MAX_CAPITAL_MAN_YEN,
    );
    Some(Company {
        corporate_number: corporate_number?,
        employees_site: employees_site?,
        founded_year: founded_year?.map(|year| year as u16),
        capital_man_yen: capital_man_yen?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corporate_numbers_by_their_check_digit() {
        // 国税庁's own 法人番号.
        assert!(is_corporate_number("7000012050002"));
        assert!(!is_corporate_number("8000012050002"));
        assert!(!is_corporate_number("700001205000"));
        assert!(!is_corporate_number("700001205000a"));
    }
}
