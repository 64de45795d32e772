//! Employers: the checks on the 事業所情報 an employer files when opening the 求人者マイページ,
//! the reason a counselor gives when returning it, and the 事業所番号 (`NNNN-NNNNNN-N`: the
//! first four digits of the Hello Work office, a six-digit serial and a check digit).

use shigoto_i18n::{key, Text};
use shigoto_shared::EmployerProfile;

use crate::person::{is_katakana_name, PersonError};

/// Longest 事業所名 and フリガナ accepted.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest 所在地 (after the prefecture).
pub const MAX_ADDRESS_CHARS: usize = 200;
/// Longest 代表者名 and 業種.
pub const MAX_SHORT_CHARS: usize = 50;
/// Longest 事業内容.
pub const MAX_BUSINESS_CHARS: usize = 500;
/// Longest reason for a 返戻.
pub const MAX_RETURN_REASON_CHARS: usize = 500;
/// Longest ホームページ URL accepted.
pub const MAX_HOMEPAGE_CHARS: usize = 200;
/// Longest phone number as typed (digits, hyphens, brackets, spaces).
pub const MAX_PHONE_CHARS: usize = 20;
/// Longest postal code as typed (`100-0013`, `１００－００１３`).
pub const MAX_POSTAL_CODE_CHARS: usize = 10;
/// Largest 従業員数 accepted.
pub const MAX_EMPLOYEES: u32 = 1_000_000;

fn refuse(field: &'static str, message: Text) -> PersonError {
    PersonError { field, message }
}

/// A required text of at most `max` characters, trimmed; `label` is the catalogue key of its
/// name.
fn text(
    value: &str,
    field: &'static str,
    label: &'static str,
    max: usize,
) -> Result<String, PersonError> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > max {
        return Err(refuse(
            field,
            Text::new("rules-employer-text")
                .with_key("label", label)
                .with("max", max),
        ));
    }
    Ok(value.to_owned())
}

/// Half-width digits of `value` once full-width digits and hyphens are folded, or `None` when
/// it holds anything but digits, hyphens and spaces.
fn digits_only(value: &str) -> Option<String> {
    let mut digits = String::new();
    for c in value.trim().chars() {
        match c {
            '0'..='9' => digits.push(c),
            '０'..='９' => digits.push(char::from_u32(u32::from(c) - 0xFEE0)?),
            '-' | 'ー' | '－' | '‐' | ' ' | '　' => {}
            _ => return None,
        }
    }
    Some(digits)
}

/// The postal code as `NNN-NNNN`.
pub fn postal_code(value: &str) -> Option<String> {
    digits_only(value)
        .filter(|d| d.len() == 7)
        .map(|d| format!("{}-{}", &d[..3], &d[3..]))
}

/// A Japanese phone number of 10 or 11 digits starting with 0, with the hyphens as typed.
pub fn phone(value: &str) -> Option<String> {
    let digits = digits_only(value)?;
    if !(10..=11).contains(&digits.len()) || !digits.starts_with('0') {
        return None;
    }
    let typed: String = value
        .trim()
        .chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - 0xFEE0),
            'ー' | '－' | '‐' => Some('-'),
            ' ' | '　' => None,
            c => Some(c),
        })
        .collect();
    Some(typed)
}

/// Checks a profile and returns it trimmed and normalised, or names the first wrong field
/// (the field names are those of [`EmployerProfile`]).
pub fn check(profile: &EmployerProfile) -> Result<EmployerProfile, PersonError> {
    let name = text(
        &profile.name,
        "name",
        key!("rules-employer-name"),
        MAX_NAME_CHARS,
    )?;
    let name_kana = profile.name_kana.trim();
    if name_kana.is_empty()
        || name_kana.chars().count() > MAX_NAME_CHARS
        || !is_katakana_name(name_kana)
    {
        return Err(refuse("name_kana", Text::new("rules-employer-kana")));
    }
    let postal_code = postal_code(&profile.postal_code)
        .ok_or_else(|| refuse("postal_code", Text::new("rules-employer-postal-code")))?;
    if shigoto_refdata::prefecture(&profile.prefecture_code).is_none()
        || profile.prefecture_code.as_str() > "47"
    {
        return Err(refuse(
            "prefecture_code",
            Text::new("rules-employer-prefecture"),
        ));
    }
    let municipality = shigoto_refdata::municipality(profile.municipality_code.trim())
        .filter(|found| found.prefecture_code == profile.prefecture_code)
        .ok_or_else(|| {
            refuse(
                "municipality_code",
                Text::new("rules-employer-municipality"),
            )
        })?;
    let address = text(
        &profile.address,
        "address",
        key!("rules-employer-street"),
        MAX_ADDRESS_CHARS,
    )?;
    let phone =
        phone(&profile.phone).ok_or_else(|| refuse("phone", Text::new("rules-employer-phone")))?;
    let representative = text(
        &profile.representative,
        "representative",
        key!("rules-employer-representative"),
        MAX_SHORT_CHARS,
    )?;
    let industry = text(
        &profile.industry,
        "industry",
        key!("rules-employer-industry"),
        MAX_SHORT_CHARS,
    )?;
    if !(1..=MAX_EMPLOYEES).contains(&profile.employees) {
        return Err(refuse("employees", Text::new("rules-employer-employees")));
    }
    let business = text(
        &profile.business,
        "business",
        key!("rules-employer-business"),
        MAX_BUSINESS_CHARS,
    )?;
    let homepage = match profile.homepage.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(url)
            if (url.starts_with("https://") || url.starts_with("http://"))
                && url.len() <= MAX_HOMEPAGE_CHARS
                && url.len() > "https://".len()
                && !url.chars().any(char::is_whitespace) =>
        {
            Some(url.to_owned())
        }
        Some(_) => return Err(refuse("homepage", Text::new("rules-employer-homepage"))),
    };
    Ok(EmployerProfile {
        name,
        name_kana: name_kana.to_owned(),
        postal_code,
        prefecture_code: profile.prefecture_code.clone(),
        municipality_code: municipality.code.to_owned(),
        address,
        phone,
        representative,
        industry,
        employees: profile.employees,
        business,
        homepage,
    })
}

/// 所在地 written out: the prefecture, the municipality and the rest (a profile stored before
/// municipalities were asked for has the municipality in `address`).
pub fn full_address(profile: &EmployerProfile) -> String {
    let locality = shigoto_refdata::locality(&profile.municipality_code)
        .or_else(|| shigoto_refdata::locality(&profile.prefecture_code))
        .unwrap_or_default();
    format!("{locality}{}", profile.address)
}

/// Checks the reason a counselor gives when returning a 事業所登録.
pub fn return_reason(reason: &str) -> Result<String, PersonError> {
    text(
        reason,
        "reason",
        key!("rules-employer-return-reason"),
        MAX_RETURN_REASON_CHARS,
    )
}

/// The 事業所番号 of `serial` (below one million) at the office `office_code`.
pub fn office_number(office_code: &str, serial: u32) -> String {
    let prefix = office_code.get(..4).unwrap_or("0000");
    let digits = format!("{prefix}{:06}", serial % 1_000_000);
    let sum: u32 = digits
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b.wrapping_sub(b'0') % 10) * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    format!(
        "{prefix}-{:06}-{}",
        serial % 1_000_000,
        (10 - sum % 10) % 10
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> EmployerProfile {
        EmployerProfile {
            name: " 株式会社しごと商事 ".into(),
            name_kana: "カブシキガイシャシゴトショウジ".into(),
            postal_code: "１００ー００１３".into(),
            prefecture_code: "13".into(),
            municipality_code: "13101".into(),
            address: "霞が関1-2-2".into(),
            phone: "03-1234-5678".into(),
            representative: "仕事 太郎".into(),
            industry: "卸売業".into(),
            employees: 25,
            business: "事務用品の卸売".into(),
            homepage: Some("https://example.jp".into()),
        }
    }

    #[test]
    fn a_sound_profile_is_trimmed_and_normalised() {
        let checked = check(&sample()).unwrap();
        assert_eq!(checked.name, "株式会社しごと商事");
        assert_eq!(checked.postal_code, "100-0013");
        assert_eq!(checked.phone, "03-1234-5678");
        assert_eq!(full_address(&checked), "東京都千代田区霞が関1-2-2");
    }

    #[test]
    fn each_wrong_field_is_named() {
        type Spoil = Box<dyn Fn(&mut EmployerProfile)>;
        let cases: Vec<(&str, Spoil)> = vec![
            ("name", Box::new(|p| p.name = "  ".into())),
            ("name_kana", Box::new(|p| p.name_kana = "しごと".into())),
            (
                "postal_code",
                Box::new(|p| p.postal_code = "100-001".into()),
            ),
            (
                "prefecture_code",
                Box::new(|p| p.prefecture_code = "99".into()),
            ),
            (
                "prefecture_code",
                Box::new(|p| p.prefecture_code = "60".into()),
            ),
            (
                "municipality_code",
                Box::new(|p| p.municipality_code = String::new()),
            ),
            (
                "municipality_code",
                Box::new(|p| p.municipality_code = "27102".into()),
            ),
            ("address", Box::new(|p| p.address = String::new())),
            ("phone", Box::new(|p| p.phone = "1234-5678".into())),
            ("phone", Box::new(|p| p.phone = "03-1234-567a".into())),
            (
                "representative",
                Box::new(|p| p.representative = String::new()),
            ),
            ("industry", Box::new(|p| p.industry = "業".repeat(51))),
            ("employees", Box::new(|p| p.employees = 0)),
            ("business", Box::new(|p| p.business = String::new())),
            (
                "homepage",
                Box::new(|p| p.homepage = Some("example.jp".into())),
            ),
        ];
        for (field, spoil) in cases {
            let mut profile = sample();
            spoil(&mut profile);
            assert_eq!(check(&profile).unwrap_err().field, field, "{profile:?}");
        }
    }

    #[test]
    fn a_refusal_names_the_box() {
        let mut profile = sample();
        profile.representative = String::new();
        let err = check(&profile).unwrap_err();
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        assert_eq!(
            ja.text(&err.message),
            "代表者名を50文字以内で入力してください。"
        );
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert_eq!(
            en.text(&err.message),
            "Enter the representative's name in at most 50 characters."
        );
        assert_eq!(
            ja.text(&return_reason("").unwrap_err().message),
            "返戻の理由を500文字以内で入力してください。"
        );
    }

    #[test]
    fn an_empty_homepage_is_none() {
        let mut profile = sample();
        profile.homepage = Some("  ".into());
        assert_eq!(check(&profile).unwrap().homepage, None);
    }

    #[test]
    fn office_numbers_carry_a_check_digit() {
        assert_eq!(office_number("13010", 42), "1301-000042-9");
        let number = office_number("13010", 999_999);
        assert_eq!(number.len(), 13);
        assert_ne!(office_number("13010", 1), office_number("13010", 2));
    }
}
