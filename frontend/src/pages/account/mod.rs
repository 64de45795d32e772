//! Sign-in and the account procedures: ログイン, the MyPage opening and the online registration
//! (with their 利用規約), the password reset and change, メールアドレス変更, and 端末の設定.

pub mod email_change;
pub mod login;
pub mod opening;
pub mod password_change;
pub mod password_reset;
pub mod registration;
pub mod settings;
pub mod terms;
