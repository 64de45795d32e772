//! The screens: the public job search (search form, result list, 求人票), the account
//! screens (login, MyPage opening with its terms, online registration, password reset,
//! password change, counselors' counter registration and 本登録 of provisional applications)
//! and 端末の設定 (this computer's settings).

pub mod counter;
pub mod job_sheet;
pub mod login;
pub mod opening;
pub mod password_change;
pub mod password_reset;
pub mod provisional;
pub mod registration;
pub mod results;
pub mod search_form;
pub mod settings;
pub mod terms;
