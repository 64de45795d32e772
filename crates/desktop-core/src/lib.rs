//! The desktop app's logic, as a plain library with no tauri dependency so it is tested without
//! a window; `src-tauri` only adapts it into commands.
//!
//! - [`config`]: which service the app talks to, and where the device settings live.
//! - [`core`]: [`DesktopCore`], the one object the commands call.
//! - [`credentials`]: the session token in the OS keyring.
//! - [`errors`]: the errors the core answers itself, and how keyring and cache failures become
//!   them.
//! - [`mypage`]: a signed-in job seeker's favorites and saved searches on this device.
//! - [`private_files`]: folders and files private to the OS user (`0700`/`0600` on Unix).
//! - [`settings`]: the device settings file (共用端末), replaced atomically.
//! - [`sync`]: the sync engine and its background runner, keeping the MyPage cache
//!   (`shigoto-cache`) in step with the service.
//!
//! Architecture invariant: secrets (passwords, session tokens) stay inside this crate and the
//! OS keyring; nothing returned to the web view ever contains one. What the app keeps on disk is
//! private to the OS user, and a shared workstation starts with nothing of an earlier user.

pub mod config;
pub mod core;
pub mod credentials;
pub mod documents;
pub mod errors;
pub mod language;
pub mod mypage;
pub mod notices;
pub mod private_files;
pub mod settings;
pub mod sync;

pub use crate::config::DesktopConfig;
pub use crate::core::DesktopCore;
