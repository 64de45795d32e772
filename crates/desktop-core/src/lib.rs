//! The desktop app's logic, as a plain library with no tauri dependency so it is tested without
//! a window; `src-tauri` only adapts it into commands.
//!
//! - [`config`]: which service the app talks to.
//! - [`core`]: [`DesktopCore`], the one object the commands call.
//! - [`credentials`]: the session token in the OS keyring.
//!
//! Architecture invariant: secrets (passwords, session tokens) stay inside this crate and the
//! OS keyring; nothing returned to the web view ever contains one.

pub mod config;
pub mod core;
pub mod credentials;

pub use crate::config::DesktopConfig;
pub use crate::core::DesktopCore;
