//! Admission to the costly routes. The credential routes (sign-in, 認証キー requests and
//! redemptions, sign-ups) each cost database work and an Argon2 hash, so at most
//! [`MAX_CREDENTIAL_REQUESTS`] run at once; 応募する with its documents holds megabytes, so at
//! most [`MAX_UPLOAD_REQUESTS`]. A request beyond that is answered 503 with `Retry-After` at
//! once, before it costs anything. Search, sync and everything else are never held up by a
//! flood of them.

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

/// Requests with 応募書類 handled at once by one instance (each holds up to ~35 MB while it is
/// read and stored).
pub const MAX_UPLOAD_REQUESTS: usize = 8;

/// A gate: at most a fixed number of requests pass at once.
#[derive(Clone)]
pub struct Gate {
    permits: Arc<Semaphore>,
    /// The log code of a request turned away.
    turned_away: &'static str,
}

impl Gate {
    /// The gate of the credential routes.
    pub fn credentials() -> Self {
        Self {
            permits: Arc::new(Semaphore::new(MAX_CREDENTIAL_REQUESTS)),
            turned_away: "credential_requests_full",
        }
    }

    /// The gate of the routes that carry documents.
    pub fn uploads() -> Self {
        Self {
            permits: Arc::new(Semaphore::new(MAX_UPLOAD_REQUESTS)),
            turned_away: "upload_requests_full",
        }
    }
}

/// Runs the request if there is room, otherwise answers 503.
pub async fn admit(State(gate): State<Gate>, request: Request, next: Next) -> Response {
    let Ok(_admitted) = gate.permits.try_acquire() else {
        tracing::warn!(code = gate.turned_away, "request turned away at a full gate");
        return AppError::Api(ApiError::new(
            ErrorCode::Unavailable,
            "ただいま混み合っています。しばらくしてから再度お試しください。",
        ))
        .into_response();
    };
    next.run(request).await
}
