//! The service's integration tests, in one test binary (one link, one set of helpers): each
//! module drives the real service over HTTP on a loopback port with a fresh database per test,
//! through `shigoto-test-support`. Most tests run on SQLite and, as `…::postgres::…` (ignored
//! for a plain `cargo test`; `cargo xtask test` runs them against a throwaway cluster), on
//! PostgreSQL.
//!
//! - Accounts and their data: [`accounts`], [`email_change`], [`employers`], [`mypage`],
//!   [`hidden_employers`],
//!   [`sessions`], [`visibility`].
//! - 求人申込み and 求人受理: [`postings`]; 求職状態: [`seeking`]; applications and 採否:
//!   [`applications`].
//! - The public search API: [`api`].
//! - The attacks of issue 8: [`attacks`], [`oracles`], [`bounded_work`].
//! - The OpenAPI document against schemathesis: [`openapi_conformance`].

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

mod accounts;
mod api;
mod applications;
mod attacks;
mod bounded_work;
mod counselling;
mod counselor_actions;
mod direct_requests;
mod email_change;
mod employers;
mod hidden_employers;
mod introductions;
mod language;
mod messages;
mod mypage;
mod new_job_alerts;
mod notification_mails;
mod offices;
mod openapi_conformance;
mod oracles;
mod postings;
mod publication;
mod reminders;
mod seeker_lookup;
mod seeker_profile;
mod seeking;
mod sessions;
mod visibility;
