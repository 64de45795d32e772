//! A job seeker's MyPage screens: お気に入り求人 and 求職活動状況, drawn from the MyPage context.

pub mod activity;
pub mod favorites;
