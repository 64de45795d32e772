//! 事業所情報 as typed (the employer's opening and a corrected 事業所登録), checked by the domain's
//! rules before the service checks them again.

use shigoto_domain::employer;
use shigoto_shared::EmployerProfile;

use crate::forms::account::to_katakana;
use crate::forms::search::{half_width, FieldError};

/// 事業所情報 as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileForm {
    /// 事業所名.
    pub name: String,
    /// 事業所名（フリガナ）.
    pub name_kana: String,
    /// 郵便番号.
    pub postal_code: String,
    /// 所在地の都道府県 code, `""` until chosen.
    pub prefecture: String,
    /// 所在地の市区町村 code, `""` until chosen.
    pub municipality: String,
    /// 所在地 after the municipality (番地・建物).
    pub address: String,
    /// 電話番号.
    pub phone: String,
    /// 代表者名.
    pub representative: String,
    /// 業種.
    pub industry: String,
    /// 従業員数, as typed.
    pub employees: String,
    /// 事業内容.
    pub business: String,
    /// ホームページ (optional).
    pub homepage: String,
}

impl ProfileForm {
    /// The form filled with a filed profile (to correct it).
    pub fn from_profile(profile: &EmployerProfile) -> Self {
        Self {
            name: profile.name.clone(),
            name_kana: profile.name_kana.clone(),
            postal_code: profile.postal_code.clone(),
            prefecture: profile.prefecture_code.clone(),
            municipality: profile.municipality_code.clone(),
            address: profile.address.clone(),
            phone: profile.phone.clone(),
            representative: profile.representative.clone(),
            industry: profile.industry.clone(),
            employees: profile.employees.to_string(),
            business: profile.business.clone(),
            homepage: profile.homepage.clone().unwrap_or_default(),
        }
    }

    /// The profile to send, checked in the order of the boxes with the domain's rules (the
    /// service checks it again); hiragana in the フリガナ becomes katakana, full-width digits of
    /// 従業員数 are read (what is not a number is refused by the domain's rule on 従業員数).
    pub fn profile(&self) -> Result<EmployerProfile, FieldError> {
        let typed = EmployerProfile {
            name: self.name.clone(),
            name_kana: to_katakana(self.name_kana.trim()),
            postal_code: self.postal_code.clone(),
            prefecture_code: self.prefecture.clone(),
            municipality_code: self.municipality.clone(),
            address: self.address.clone(),
            phone: self.phone.clone(),
            representative: self.representative.clone(),
            industry: self.industry.clone(),
            // 0 is refused in its turn, after the boxes before it.
            employees: employees(&self.employees).unwrap_or(0),
            business: self.business.clone(),
            homepage: Some(self.homepage.trim().to_owned()).filter(|h| !h.is_empty()),
        };
        employer::check(&typed).map_err(FieldError::from)
    }
}

/// 従業員数: half- or full-width digits (with thousands separators and 人), if a number.
fn employees(text: &str) -> Option<u32> {
    let digits: String = half_width(text.trim())
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' ' | '人'))
        .collect();
    digits.parse::<u32>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::employer::fixtures::*;

    #[test]
    fn the_profile_form_round_trips_and_normalises_what_is_typed() {
        let mut form = ProfileForm::from_profile(&profile());
        assert_eq!(form.profile().unwrap(), profile());
        form.name_kana = "かぶしきがいしゃひのでしょうじ".into();
        form.employees = "１，２００人".into();
        form.postal_code = "１００００１３".into();
        form.homepage = "  https://hinode.example.jp ".into();
        let checked = form.profile().unwrap();
        assert_eq!(checked.name_kana, "カブシキガイシャヒノデショウジ");
        assert_eq!(checked.employees, 1200);
        assert_eq!(checked.postal_code, "100-0013");
        assert_eq!(
            checked.homepage.as_deref(),
            Some("https://hinode.example.jp")
        );
    }

    #[test]
    fn the_first_wrong_box_on_screen_is_named() {
        let mut form = ProfileForm::default();
        assert_eq!(form.profile().unwrap_err().field.as_deref(), Some("name"));
        form = ProfileForm::from_profile(&profile());
        form.employees = "0".into();
        form.business = String::new();
        let err = form.profile().unwrap_err();
        assert_eq!(err.field.as_deref(), Some("employees"));
        assert_eq!(err.message, "従業員数を1人以上の数で入力してください。");
        form.employees = "2000000".into();
        assert_eq!(
            form.profile().unwrap_err().field.as_deref(),
            Some("employees")
        );
        form.employees = "abc".into();
        form.phone = "12-34".into();
        let err = form.profile().unwrap_err();
        assert_eq!(err.field.as_deref(), Some("phone"));
        assert!(err.message.contains("電話番号"), "{}", err.message);
        form = ProfileForm::from_profile(&profile());
        form.homepage = "hinode.example.jp".into();
        assert_eq!(
            form.profile().unwrap_err().field.as_deref(),
            Some("homepage")
        );
    }
}
