//! Shigoto's user interface: a Yew (wasm, client-side rendered) application shown in the Tauri
//! window. It talks to Rust only through the Tauri commands wrapped in [`ipc`].
//!
//! Code map: [`app`] is the provider tree and the shell; [`route`] names every screen and who
//! may see it; [`state`] holds the app-wide contexts (session, connection, search, MyPage data,
//! notice, focus); [`hooks`] are what pages share for calling the app; [`flows`] is the one
//! 認証キー procedure the account screens are made of; [`pages`] are the screens, each owning
//! its state; [`components`] are the pieces they share; [`forms`] and [`format`] are pure logic
//! (forms as typed, their checks, display formatting) with native unit tests.

mod app;
mod clock;
mod components;
mod flows;
mod format;
mod forms;
mod hooks;
mod ipc;
mod pages;
mod route;
mod state;
mod texts;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
