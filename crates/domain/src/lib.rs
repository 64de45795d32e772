//! Shigoto's domain rules, pure and shared by the service, the desktop core and the front end:
//! the 求人番号 format, validity dates, the limits of the MyPage, who sees what of a posting, and
//! the parsing and checking of search conditions.
//!
//! Architecture invariant: no I/O, no clock (callers pass `today`), no diesel/tokio/tauri; the
//! crate builds for `wasm32-unknown-unknown`.

pub mod account;
pub mod activity_report;
pub mod application;
pub mod counselling;
pub mod direct_request;
pub mod employer;
pub mod features;
pub mod hidden_employers;
pub mod introduction;
pub mod japan_time;
pub mod job_number;
pub mod keyword;
pub mod limits;
pub mod messages;
pub mod monthly_wage;
pub mod mypage;
pub mod near_duplicates;
pub mod new_jobs;
pub mod note;
pub mod password;
pub mod person;
pub mod posting;
pub mod problems;
pub mod profile;
pub(crate) mod read;
pub mod reminders;
pub mod search;
pub mod search_steps;
pub mod seeker_lookup;
pub mod seeking;
pub mod validity;
pub mod visibility;
pub mod visits;

pub use job_number::JobNumber;
