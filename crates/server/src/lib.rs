//! The hosted Shigoto service: configuration, start-up (migrations, demo data, search index
//! catch-up), the axum router and graceful shutdown.
//!
//! - [`config`]: settings from flags, environment and an optional TOML file.
//! - [`clock`]: the service's idea of "today" (Japan time), replaceable in tests.
//! - [`app`]: shared state and start-up; [`app::spawn`] runs a server on any address.
//! - [`auth`]: password hashing, tokens and keys, the `Caller` extractor; [`admin`]: the
//!   administrator commands.
//! - [`indexer`]: keeps the search index in step with the database's change sequence.
//! - [`pruner`]: deletes ended sessions, expired keys and passed rate-limit counters.
//! - [`demo`]: loads the deterministic demo data set on first start; [`demo_accounts`]: the
//!   local demo's accounts of the three roles (an admin command only).
//! - [`http`]: the connection loop with header, body and size limits; [`admission`]: the gate
//!   of the credential routes; [`security_headers`]: headers on every answer.
//! - [`routes`]: HTTP handlers; [`openapi`]: the OpenAPI document; [`error`]: error answers.
//!
//! Architecture invariant: an instance keeps no state another instance needs; everything lives
//! in the database, and the search index is rebuilt from it.

pub mod admin;
pub mod admission;
pub mod app;
pub mod audit;
pub mod auth;
pub mod client_address;
pub mod clock;
pub mod config;
pub mod daily;
pub mod demo;
pub mod demo_accounts;
pub mod error;
pub mod extract;
pub mod http;
pub mod indexer;
pub mod language;
pub mod new_jobs;
pub mod notify;
pub mod openapi;
pub mod pruner;
pub mod reminders;
pub mod routes;
pub mod security_headers;

pub use app::{spawn, RunningServer};
pub use config::Settings;
