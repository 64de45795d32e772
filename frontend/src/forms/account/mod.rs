//! The account screens' forms as pure logic: who is signed in ([`session`]), the login
//! ([`login`]), the 認証キー flows of the MyPage opening ([`opening`]), the online registration
//! ([`registration`]) and the password reset ([`reset`]) on [`crate::forms::key_flow`], the
//! password change and its live hints ([`password`]), the counselors' counter registration
//! ([`counter`]) and 本登録 of provisional applications ([`provisional`]), and the boxes they
//! share ([`fields`]).

pub mod counter;
pub mod fields;
pub mod login;
pub mod opening;
pub mod password;
pub mod provisional;
pub mod registration;
pub mod reset;
pub mod session;

pub use crate::forms::edit::Edit;
pub use counter::{CounterForm, CounterState};
pub use fields::{error_message, general, placed, to_katakana, KeyAndPassword, MAX_NAME_CHARS};
pub use login::LoginState;
pub use opening::{OpeningFields, OpeningState};
pub use password::{confirmation_hint, password_hints, PasswordChangeState};
pub use provisional::{days_left, ProvisionalRow, ProvisionalState};
pub use registration::{RegistrationFields, RegistrationState};
pub use reset::{ResetFields, ResetState};
pub use session::{
    greeting, registration_notice, Session, OPENED_NOTICE, REGISTERED_NOTICE, RESET_NOTICE,
    SESSION_ENDED_NOTICE, SIGNED_OUT_NOTICE,
};

#[cfg(test)]
pub(crate) mod test_util {
    use chrono::NaiveDate;
    use shigoto_shared::{ApiError, ErrorCode};

    pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    pub fn api(code: ErrorCode, field: Option<&str>, message: &str) -> ApiError {
        let err = ApiError::new(code, message);
        match field {
            Some(field) => err.with_field(field),
            None => err,
        }
    }

    pub fn today() -> NaiveDate {
        day(2026, 11, 25)
    }
}
