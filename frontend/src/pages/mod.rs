//! The screens: the public job search (search form, result list, 求人票), the account
//! screens (login, MyPage opening with its terms, online registration, password reset,
//! password change, counselors' counter registration and 本登録 of provisional applications)
//! and 端末の設定 (this computer's settings); the 求人者マイページ (its opening, the employer's
//! home with the 事業所登録), the counselors' 事業所登録の審査, and メールアドレス変更; a job
//! seeker's お気に入り求人 and 求職活動状況.

pub mod activity;
pub mod counter;
pub mod email_change;
pub mod employer_home;
pub mod employer_opening;
pub mod employer_review;
pub mod favorites;
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
