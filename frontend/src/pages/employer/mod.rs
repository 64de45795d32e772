//! The 求人者マイページ: its opening (a 認証キー flow) and the employer's home (the 事業所登録).

pub mod home;
pub mod opening;
