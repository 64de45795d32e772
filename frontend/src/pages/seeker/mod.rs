//! A job seeker's MyPage screens: お気に入り求人, 非表示の事業所 and 求職活動状況, drawn from the MyPage context;
//! 求職者情報・設定 and its 各種設定 (求職有効), drawn from the signed-in account.

pub mod activity;
pub mod activity_report;
pub mod applications;
pub mod apply;
pub mod favorites;
pub mod hidden_employers;
pub mod info;
pub mod introductions;
pub mod profile;
pub mod publication;
pub mod requests;
pub mod settings;
