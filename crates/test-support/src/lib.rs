//! Helpers shared by integration tests: start the real service on a random loopback port with a
//! fresh database (SQLite in a temporary folder, or a new database on a PostgreSQL cluster), and
//! a client pointed at it. Nothing here stands in for a real part.
//!
//! - [`server`]: a [`TestServer`] per test, with its clock and optional SMTP server.
//! - [`backends`]: SQLite or PostgreSQL, and [`on_both_backends!`] to declare a test for each.
//! - [`accounts`]: sample details, sign-up requests, and signed-in accounts of each role.
//! - [`keys`]: the 認証キー of a mail, and wrong ones.
//! - [`postings`]: employers who may post, and a 求人申込み that passes every step.
//! - [`smtp`]: the real SMTP server (aiosmtpd) and its Maildir.

pub mod accounts;
pub mod backends;
pub mod keys;
pub mod pdf;
pub mod postings;
pub mod profiles;
pub mod server;
pub mod smtp;

pub use accounts::{
    add_counselor, add_counselor_at, confirm_signed_up_seeker, counter_registration,
    employer_opening_completion, open_employer, opening_completion, opening_key_request,
    register_at_counter, registered_seeker, registration_completion, sample_office,
    seeker_birth_date, sign_up_request, sign_up_seeker, signed_in_counselor,
    signed_in_counselor_at, start_with_counselor, start_with_seeker, COUNSELOR_EMAIL,
    COUNSELOR_PASSWORD, SEEKER_EMAIL, SEEKER_PASSWORD,
};
pub use backends::{fresh_postgres_database, TestDatabase, POSTGRES_ENV};
pub use keys::{mailed_key, nth_wrong_key, wrong_key};
pub use pdf::pdf_text;
pub use postings::{
    accepted_employer, desk_with_seeker, filed_posting, plain_application, posting_desk,
    published_posting, sample_posting, PostingDesk, SAMPLE_KEYWORD,
};
pub use profiles::publish_profile;
pub use server::{
    start, start_configured, start_with_jobs_and_smtp, start_with_smtp, test_today, StoppedServer,
    TestServer,
};

/// The error code of a failed call (`None` when it failed without a service answer).
pub fn code_of(err: &shigoto_api_client::ClientError) -> Option<shigoto_shared::ErrorCode> {
    match err {
        shigoto_api_client::ClientError::Api { error, .. } => Some(error.code),
        _ => None,
    }
}

/// The field a refusal names.
pub fn field_of(err: &shigoto_api_client::ClientError) -> Option<String> {
    match err {
        shigoto_api_client::ClientError::Api { error, .. } => error.field.clone(),
        _ => None,
    }
}
