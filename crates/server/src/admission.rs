//! Admission to the credential routes (sign-in, 認証キー requests and redemptions, sign-ups):
//! each costs database work and an Argon2 hash, so at most [`MAX_CREDENTIAL_REQUESTS`] run at
//! once, and a request beyond that is answered 503 with `Retry-After` at once, before it costs
//! anything. Search, sync and everything else are never held up by a flood of them.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use shigoto_shared::{ApiError, ErrorCode};
use tokio::sync::Semaphore;

use crate::error::AppError;

/// The credential routes (the router puts them behind the gate; the document lists their 503).
pub const CREDENTIAL_PATHS: &[&str] = &[
    "/api/v1/sessions",
    "/api/v1/me/password",
    "/api/v1/mypage/opening/key",
    "/api/v1/mypage/opening",
    "/api/v1/password-reset/key",
    "/api/v1/password-reset",
    "/api/v1/mypage/registration/key",
    "/api/v1/mypage/registration",
    "/api/v1/me/email/key",
    "/api/v1/me/email",
    "/api/v1/employer/opening/key",
    "/api/v1/employer/opening",
];

/// Credential requests handled at once by one instance.
pub const MAX_CREDENTIAL_REQUESTS: usize = 32;

/// The gate of the credential routes.
#[derive(Clone)]
pub struct CredentialGate(Arc<Semaphore>);

impl CredentialGate {
    pub fn new() -> Self {
        Self(Arc::new(Semaphore::new(MAX_CREDENTIAL_REQUESTS)))
    }
}

impl Default for CredentialGate {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs the request if there is room, otherwise answers 503.
pub async fn admit(State(gate): State<CredentialGate>, request: Request, next: Next) -> Response {
    let Ok(_admitted) = gate.0.try_acquire() else {
        tracing::warn!(
            code = "credential_requests_full",
            "credential request turned away"
        );
        return AppError::Api(ApiError::new(
            ErrorCode::Unavailable,
            "ただいま混み合っています。しばらくしてから再度お試しください。",
        ))
        .into_response();
    };
    next.run(request).await
}
