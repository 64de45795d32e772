//! Entry point of the Shigoto desktop app.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(err) = shigoto_app::run() {
        eprintln!("shigoto: {err}");
        std::process::exit(1);
    }
}
