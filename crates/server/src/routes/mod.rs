//! HTTP routes of the service, under `/api/v1` except `/healthz`. Public: search, job sheets,
//! sign-in and MyPage opening. Everything else takes a [`crate::auth::caller::Caller`].

pub mod accounts;
pub mod activity_report;
pub mod applicants;
pub mod application_documents;
pub mod application_views;
pub mod applications;
pub mod counselling;
pub mod counselor;
pub mod counselor_actions;
pub mod counselor_employers;
pub mod counselor_messages;
pub mod counselor_postings;
pub mod direct_requests;
pub mod download;
pub mod email_change;
pub mod employer;
pub mod health;
pub mod hidden_employers;
pub mod introductions;
pub mod jobs;
pub mod mail_language;
pub mod messages;
pub mod mypage;
pub mod notification_settings;
pub mod offices;
pub mod opening;
pub mod password_reset;
pub mod posting_views;
pub mod postings;
pub mod profile_search;
pub mod publication;
pub mod referral_letters;
pub mod referrals;
pub mod registration;
pub mod seeker_lookup;
pub mod seeker_profile;
pub mod seeker_record;
pub mod seeking;

use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, post, put};
use axum::Router;
use tower_http::compression::predicate::{
    DefaultPredicate, NotForContentType, Predicate, SizeAbove,
};
use tower_http::compression::CompressionLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;

use crate::admission::{self, Gate};
use crate::app::AppState;
use crate::error::AppError;
use crate::http;
use shigoto_i18n::key;
use shigoto_shared::ErrorCode;

/// The whole router: every route with a small body, then 応募する with its documents.
pub fn router(state: AppState) -> Router {
    small_body_routes()
        .merge(upload_routes())
        .fallback(|| async {
            AppError::texted(ErrorCode::NotFound, key!("error-no-such-url"), &[])
        })
        .layer(compression())
        .layer(axum::middleware::from_fn(crate::language::choose))
        .layer(axum::middleware::from_fn(crate::security_headers::add))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Answers gzip-compressed for clients that accept it, when they are large enough to gain
/// (search pages, sync pulls with 求人票); PDFs are compressed already.
fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new().gzip(true).compress_when(
        DefaultPredicate::new()
            .and(SizeAbove::new(http::COMPRESS_ABOVE_BYTES))
            .and(NotForContentType::const_new("application/pdf")),
    )
}

/// The routes whose bodies are at most [`http::MAX_BODY_BYTES`] (the sync push more) and
/// arrive within [`http::BODY_TIMEOUT`].
fn small_body_routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/api/v1/openapi.json", get(crate::openapi::document))
        .route("/api/v1/jobs", get(jobs::search_jobs))
        .route("/api/v1/jobs/{job_number}", get(jobs::get_job))
        .route("/api/v1/offices", get(offices::list))
        .route("/api/v1/sessions/current", delete(accounts::sign_out))
        .route("/api/v1/me", get(accounts::me))
        .route("/api/v1/me/language", put(mail_language::change))
        .route(
            "/api/v1/me/notifications",
            get(notification_settings::read).put(notification_settings::change),
        )
        .route(
            "/api/v1/mypage/applicant-profile",
            get(applications::profile),
        )
        .route("/api/v1/mypage/applications", get(applications::list_mine))
        .route(
            "/api/v1/mypage/applications/{id}/documents/{number}",
            get(application_documents::for_seeker),
        )
        .route(
            "/api/v1/employer/applicants/{id}/documents/{number}",
            get(application_documents::for_employer),
        )
        .route(
            "/api/v1/mypage/activity-report.csv",
            get(activity_report::csv),
        )
        .route(
            "/api/v1/mypage/activity-report.pdf",
            get(activity_report::pdf),
        )
        .route(
            "/api/v1/mypage/applications/{id}/referral-letter",
            get(referral_letters::for_seeker),
        )
        .route(
            "/api/v1/employer/applicants/{id}/referral-letter",
            get(referral_letters::for_employer),
        )
        .route(
            "/api/v1/counselor/seekers/{seeker_number}/referrals",
            post(referrals::refer),
        )
        .route(
            "/api/v1/counselor/seekers/{seeker_number}/applications",
            get(referrals::list),
        )
        .route(
            "/api/v1/counselor/seekers/{seeker_number}/introductions",
            post(introductions::introduce),
        )
        .route(
            "/api/v1/mypage/introductions/{id}/apply",
            post(introductions::apply),
        )
        .route("/api/v1/messages/threads", get(messages::list))
        .route("/api/v1/messages/unread", get(messages::unread))
        .route("/api/v1/messages/threads/{id}", get(messages::read))
        .route(
            "/api/v1/messages/threads/{id}/messages",
            post(messages::send),
        )
        .route(
            "/api/v1/messages/threads/{id}/read",
            post(messages::mark_read),
        )
        .route(
            "/api/v1/counselor/seekers/{seeker_number}/messages",
            get(counselor_messages::read).post(counselor_messages::send),
        )
        .route(
            "/api/v1/counselor/seekers/{seeker_number}/counselling",
            get(counselling::list).post(counselling::record_session),
        )
        .route(
            "/api/v1/mypage/applications/{id}/withdraw",
            post(applications::withdraw),
        )
        .route(
            "/api/v1/employer/jobs/{job_number}/applicants",
            get(applicants::list),
        )
        .route("/api/v1/employer/applicants/{id}", get(applicants::read))
        .route(
            "/api/v1/employer/applicants/{id}/result",
            post(applicants::record_result),
        )
        .route(
            "/api/v1/counselor/seekers",
            post(counselor::register_seeker).get(seeker_lookup::find),
        )
        .route("/api/v1/counselor/actions", get(counselor_actions::list))
        .route(
            "/api/v1/counselor/provisional",
            get(counselor::list_provisional),
        )
        .route(
            "/api/v1/counselor/seekers/{seeker_number}",
            get(seeker_record::read),
        )
        .route(
            "/api/v1/counselor/seekers/{seeker_number}/confirm",
            post(counselor::confirm_seeker),
        )
        .route(
            "/api/v1/employer/registration",
            get(employer::registration).put(employer::refile),
        )
        .route(
            "/api/v1/employer/postings",
            get(postings::list).post(postings::create_draft),
        )
        .route(
            "/api/v1/employer/postings/{id}",
            get(postings::read)
                .put(postings::save)
                .delete(postings::delete),
        )
        .route(
            "/api/v1/employer/postings/{id}/submit",
            post(postings::submit),
        )
        .route(
            "/api/v1/employer/postings/{id}/change",
            post(postings::change),
        )
        .route(
            "/api/v1/employer/postings/{id}/extend",
            post(postings::extend),
        )
        .route("/api/v1/employer/postings/{id}/stop", post(postings::stop))
        .route("/api/v1/counselor/postings", get(counselor_postings::list))
        .route(
            "/api/v1/counselor/postings/{id}",
            get(counselor_postings::read),
        )
        .route(
            "/api/v1/counselor/postings/{id}/accept",
            post(counselor_postings::accept),
        )
        .route(
            "/api/v1/counselor/postings/{id}/return",
            post(counselor_postings::send_back),
        )
        .route(
            "/api/v1/counselor/employer-registrations",
            get(counselor_employers::list),
        )
        .route(
            "/api/v1/counselor/employer-registrations/{id}/accept",
            post(counselor_employers::accept),
        )
        .route(
            "/api/v1/counselor/employer-registrations/{id}/return",
            post(counselor_employers::send_back),
        )
        .route(
            "/api/v1/mypage/mutations",
            post(mypage::push).layer(DefaultBodyLimit::max(http::MAX_PUSH_BODY_BYTES)),
        )
        .route("/api/v1/mypage/changes", get(mypage::pull))
        .route("/api/v1/employer/seekers", get(profile_search::search))
        .route("/api/v1/employer/requests", post(direct_requests::send))
        .route(
            "/api/v1/employer/jobs/{job_number}/requests",
            get(direct_requests::list),
        )
        .route(
            "/api/v1/mypage/requests/{id}/decline",
            post(direct_requests::decline),
        )
        .route(
            "/api/v1/mypage/publication",
            get(publication::read)
                .put(publication::publish)
                .delete(publication::stop),
        )
        .route("/api/v1/mypage/seeking/valid", post(seeking::switch_valid))
        .route(
            "/api/v1/counselor/seekers/{seeker_number}/reactivate",
            post(seeking::reactivate),
        )
        .merge(credential_routes())
        .merge(public_document_routes())
        .layer(DefaultBodyLimit::max(http::MAX_BODY_BYTES))
        .layer(RequestBodyTimeoutLayer::new(http::BODY_TIMEOUT))
}

/// 応募する, whose body may carry three PDFs of 5 MB: a larger cap
/// ([`http::MAX_UPLOAD_BODY_BYTES`]) and more time ([`http::UPLOAD_BODY_TIMEOUT`]); the handler
/// enters the gate of uploads (`AppState::uploads`) before it reads the body.
fn upload_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/mypage/applications", post(applications::apply))
        .layer(DefaultBodyLimit::max(http::MAX_UPLOAD_BODY_BYTES))
        .layer(RequestBodyTimeoutLayer::new(http::UPLOAD_BODY_TIMEOUT))
}

/// The public routes that lay out a PDF (the printable 求人票), behind a gate of their own.
fn public_document_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/jobs/{job_number}/pdf", get(jobs::get_job_pdf))
        .route_layer(axum::middleware::from_fn_with_state(
            Gate::documents(),
            admission::admit,
        ))
}

/// The routes that check a password or a 認証キー (an Argon2 hash each), behind one gate.
fn credential_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/sessions", post(accounts::sign_in))
        .route("/api/v1/me/password", put(accounts::change_password))
        .route("/api/v1/mypage/opening/key", post(opening::request_key))
        .route("/api/v1/mypage/opening", post(opening::complete))
        .route(
            "/api/v1/password-reset/key",
            post(password_reset::request_key),
        )
        .route("/api/v1/password-reset", post(password_reset::complete))
        .route(
            "/api/v1/mypage/registration/key",
            post(registration::request_key),
        )
        .route("/api/v1/mypage/registration", post(registration::complete))
        .route("/api/v1/me/email/key", post(email_change::request_key))
        .route("/api/v1/me/email", post(email_change::confirm))
        .route("/api/v1/employer/opening/key", post(employer::request_key))
        .route("/api/v1/employer/opening", post(employer::complete))
        .route_layer(axum::middleware::from_fn_with_state(
            Gate::credentials(),
            admission::admit,
        ))
}
