//! 窓口での求職登録 as typed by a counselor: the person's details, their checks, and the
//! 求職番号 once registered.

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_shared::{ApiError, CounterRegistration, RegisteredSeeker};

use shigoto_domain::person::{self, to_katakana};

use crate::forms::account::fields::{birth_date, email, placed};
use crate::forms::search::FieldError;

/// The counter registration form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CounterForm {
    pub name: String,
    pub kana: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    pub email: String,
    /// 都道府県 code, `""` until chosen.
    pub prefecture: String,
}

impl CounterForm {
    pub fn request(&self, today: NaiveDate) -> Result<CounterRegistration, FieldError> {
        let name = person::name(&self.name)?;
        let name_kana = person::name_kana(&to_katakana(&self.kana))?;
        let birth_date = birth_date(&self.birth_date, "birth_date", today)?;
        let email = email(&self.email, "email")?;
        let prefecture_code = person::prefecture(&self.prefecture)?;
        Ok(CounterRegistration {
            name,
            name_kana,
            birth_date,
            email,
            prefecture_code,
        })
    }
}

/// The counter registration screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CounterState {
    pub form: CounterForm,
    pub error: Option<FieldError>,
    pub busy: bool,
    /// The seeker just registered: the result panel replaces the form.
    pub registered: Option<Rc<RegisteredSeeker>>,
}

/// Fields of the counter form, for placing the service's refusals.
const COUNTER_FIELDS: [&str; 5] = [
    "name",
    "name_kana",
    "birth_date",
    "email",
    "prefecture_code",
];

impl CounterState {
    pub fn registered(&mut self, seeker: RegisteredSeeker) {
        self.busy = false;
        self.error = None;
        self.registered = Some(Rc::new(seeker));
    }

    pub fn failed(&mut self, err: &ApiError) {
        self.busy = false;
        self.error = Some(placed(err, &COUNTER_FIELDS));
    }

    /// 「続けて登録する」: an empty form.
    pub fn again(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::account::test_util::*;
    use shigoto_shared::ErrorCode;

    fn filled_counter() -> CounterForm {
        CounterForm {
            name: " 山田 太郎 ".into(),
            kana: "やまだ　たろう".into(),
            birth_date: "1990-04-01".into(),
            email: "Taro@Example.jp".into(),
            prefecture: "13".into(),
        }
    }

    #[test]
    fn counter_form_makes_a_registration() {
        let request = filled_counter().request(today()).unwrap();
        assert_eq!(request.name, "山田 太郎");
        assert_eq!(request.name_kana, "ヤマダ　タロウ");
        assert_eq!(request.birth_date, day(1990, 4, 1));
        assert_eq!(request.email, "taro@example.jp");
        assert_eq!(request.prefecture_code, "13");
    }

    #[test]
    fn counter_form_names_the_field_at_fault() {
        let field = |edit: fn(&mut CounterForm)| {
            let mut form = filled_counter();
            edit(&mut form);
            form.request(today()).unwrap_err().field.unwrap_or_default()
        };
        assert_eq!(field(|f| f.name = "  ".into()), "name");
        assert_eq!(field(|f| f.name = "あ".repeat(51)), "name");
        assert_eq!(field(|f| f.kana = "yamada".into()), "name_kana");
        assert_eq!(field(|f| f.kana = "山田".into()), "name_kana");
        assert_eq!(field(|f| f.kana = String::new()), "name_kana");
        assert_eq!(field(|f| f.birth_date = String::new()), "birth_date");
        assert_eq!(field(|f| f.email = "taro".into()), "email");
        assert_eq!(field(|f| f.prefecture = String::new()), "prefecture_code");
        assert_eq!(field(|f| f.prefecture = "99".into()), "prefecture_code");
    }

    #[test]
    fn counter_results_and_refusals() {
        let mut counter = CounterState {
            form: filled_counter(),
            busy: true,
            ..Default::default()
        };
        counter.failed(&api(
            ErrorCode::InvalidParameter,
            Some("birth_date"),
            "生年月日を確認してください（15歳以上）。",
        ));
        assert!(!counter.busy);
        assert_eq!(
            counter.error.as_ref().unwrap().field.as_deref(),
            Some("birth_date")
        );
        counter.failed(&api(ErrorCode::Forbidden, None, "職員のみ"));
        assert_eq!(counter.error.as_ref().unwrap().field, None);
        counter.registered(RegisteredSeeker {
            seeker_number: "13010-00000042".into(),
            name: "山田 太郎".into(),
            email: "taro@example.jp".into(),
            valid_until: day(2027, 1, 31),
        });
        assert!(counter.error.is_none() && counter.registered.is_some());
        counter.again();
        assert_eq!(counter, CounterState::default());
    }
}
