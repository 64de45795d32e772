//! Wire types of Shigoto: the HTTP DTOs of the hosted service, the IPC DTOs between the Yew
//! front end and the Tauri commands, and the error codes they carry.
//!
//! Architecture invariant: this crate holds data shapes only. It has no business rules (those
//! live in `shigoto-domain`) and never depends on diesel, tokio or tauri, so it builds for
//! `wasm32-unknown-unknown` and the front end can use it as is.

#[macro_use]
pub mod labelled;

pub mod account;
pub mod application;
pub mod audit;
pub mod base64_bytes;
pub mod comma_list;
pub mod counselling;
pub mod direct_request;
pub mod error;
pub mod introduction;
pub mod ipc;
pub mod job;
pub mod message;
pub mod mypage;
pub mod office;
pub mod posting;
pub mod profile;
pub mod reminder;
pub mod search;

pub use account::*;
pub use application::*;
pub use audit::*;
pub use counselling::*;
pub use direct_request::*;
pub use error::{ApiError, ErrorCode};
pub use introduction::*;
pub use ipc::{DeviceSettings, NoticeTarget, ServiceStatus};
pub use job::*;
pub use labelled::Labelled;
pub use message::*;
pub use mypage::*;
pub use office::*;
pub use posting::*;
pub use profile::*;
pub use reminder::*;
pub use search::*;
pub use shigoto_i18n::Lang;
