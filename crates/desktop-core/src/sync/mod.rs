//! Keeping the device's MyPage cache in step with the service.
//!
//! - [`transport`]: the two calls sync makes (push edits, pull changes), as a trait so tests can
//!   put faults between the engine and the real service.
//! - [`engine`]: one sync pass: push the outbox in order until every edit is answered, then
//!   pull the changes since the cursor.
//! - [`runner`]: the background task: a pass at start, after each edit and on a timer, with
//!   backoff while the service is unreachable or failing, publishing a [`SyncStatus`].
//!
//! [`SyncStatus`]: shigoto_shared::SyncStatus

pub mod engine;
pub mod runner;
pub mod transport;

pub use engine::{SyncEngine, SyncError, SyncReport};
pub use runner::SyncRunner;
pub use transport::SyncTransport;
