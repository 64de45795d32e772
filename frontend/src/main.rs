//! Shigoto's user interface: a Yew (wasm, client-side rendered) application shown in the Tauri
//! window. It talks to Rust only through the Tauri commands wrapped in [`ipc`].
//!
//! Code map: [`app`] holds the state and the reducer; [`pages`] are the screens (search form,
//! result list, 求人票); [`components`] are the pieces they share; [`format`] and [`query`] are
//! pure logic (display formatting, form → search conditions) with native unit tests.

mod app;
mod components;
mod format;
mod ipc;
mod pages;
mod query;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
