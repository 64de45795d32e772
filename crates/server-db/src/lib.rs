//! Storage of the hosted service: one diesel code base over SQLite (the default, a file in the
//! data folder) and PostgreSQL (deployments with several service instances).
//!
//! - [`connection`]: the `AnyConnection` enum, the pool, per-connection set-up, migrations.
//! - [`schema`]: the diesel `table!` definitions (hand-written, shared by both backends).
//! - [`jobs`], [`offices`], [`employers`], [`settings`], [`accounts`], [`counselors`],
//!   [`seekers`], [`serials`], [`auth_keys`], [`sessions`], [`employer_registrations`],
//!   [`rate_limits`], [`job_postings`], [`applications`], [`application_documents`],
//!   [`counselling`]: queries,
//!   one module per table; [`mypage`]: favorites, saved searches and their sync;
//!   [`hidden_employers`]: the employers each job seeker hid from their results.
//!
//! Architecture invariant: every write that readers follow (the search index, later MyPage
//! sync) bumps a row of `change_counters` inside its own transaction, so change sequence numbers
//! become visible in commit order on both backends.

pub mod accounts;
pub mod application_documents;
pub mod applications;
pub mod auth_keys;
pub mod connection;
pub mod counselling;
pub mod counselor_actions;
pub mod counselors;
pub mod daily_runs;
pub mod direct_requests;
pub mod employer_registrations;
pub mod employers;
pub mod error;
pub mod hidden_employers;
pub mod introductions;
pub mod job_postings;
pub mod jobs;
pub mod messages;
pub mod mypage;
pub mod notification_settings;
pub mod offices;
pub mod profile_publications;
pub mod rate_limits;
pub mod schema;
pub mod seeker_profiles;
pub mod seekers;
pub mod sent_notices;
pub mod serials;
pub mod sessions;
pub mod settings;

pub use connection::{write_transaction, AnyConnection, Backend, Database};
pub use error::DbError;
