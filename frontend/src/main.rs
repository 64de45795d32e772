//! Shigoto's user interface: a Yew (wasm, client-side rendered) application shown in the Tauri
//! window. It talks to Rust only through the Tauri commands wrapped in [`ipc`].
//!
//! Code map: [`app`] holds the state and the reducer; [`pages`] are the screens (search form,
//! result list, 求人票, login, MyPage opening, counter registration, password change, 端末の
//! 設定); [`components`] are the pieces they share; [`format`], [`query`], [`account`] and
//! [`settings`] are pure logic (display formatting, form → search conditions, the account forms
//! and their checks, the device settings screen) with native unit tests; so are [`employer`]
//! (the 求人者マイページ's opening, home and the counselors' review of 事業所登録) and
//! [`email_change`] (メールアドレス変更), and [`mypage`] (a job seeker's favorites, saved search
//! conditions and their sync, as the screens show them).

mod account;
mod app;
mod components;
mod email_change;
mod employer;
mod format;
mod ipc;
mod mypage;
mod pages;
mod query;
mod settings;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
