//! Admission to the costly routes. The credential routes (sign-in, 認証キー requests and
//! redemptions, sign-ups) each cost database work and an Argon2 hash, so at most
//! [`MAX_CREDENTIAL_REQUESTS`] run at once; 応募する with its documents holds megabytes, so at
//! most [`MAX_UPLOAD_REQUESTS`] (that gate is entered by the handler once the caller is known,
//! so that nobody signed out can fill it); the public 求人票 PDF lays out at most
//! [`MAX_DOCUMENT_REQUESTS`] at once. A request beyond that is answered 503 with `Retry-After` at
//! once, before it costs anything. Search, sync and everything else are never held up by a
//! flood of them.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use shigoto_i18n::Text;
use shigoto_shared::ErrorCode;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

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
/// read and stored). A request whose declared body is small passes without a permit.
pub const MAX_UPLOAD_REQUESTS: usize = 8;

/// The public routes that lay out a PDF (behind [`Gate::documents`]).
pub const PUBLIC_DOCUMENT_PATHS: &[&str] = &["/api/v1/jobs/{job_number}/pdf"];

/// Printable documents laid out at once by one instance for anyone, signed in or not (the
/// 求人票 PDF: tens of milliseconds of a core each).
pub const MAX_DOCUMENT_REQUESTS: usize = 4;

/// A gate: at most a fixed number of requests pass at once.
#[derive(Clone)]
pub struct Gate {
    permits: Arc<Semaphore>,
    /// Requests that declare a body of at most this many bytes pass freely.
    free_up_to: Option<u64>,
    /// The log code of a request turned away.
    turned_away: &'static str,
}

impl Gate {
    /// The gate of the credential routes.
    pub fn credentials() -> Self {
        Self {
            permits: Arc::new(Semaphore::new(MAX_CREDENTIAL_REQUESTS)),
            free_up_to: None,
            turned_away: "credential_requests_full",
        }
    }

    /// The gate of the public routes that lay out a PDF.
    pub fn documents() -> Self {
        Self {
            permits: Arc::new(Semaphore::new(MAX_DOCUMENT_REQUESTS)),
            free_up_to: None,
            turned_away: "document_requests_full",
        }
    }

    /// The gate of the routes that carry documents: only bodies larger than `small` (or of
    /// undeclared length) need a permit.
    pub fn uploads(small: usize) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(MAX_UPLOAD_REQUESTS)),
            free_up_to: Some(small as u64),
            turned_away: "upload_requests_full",
        }
    }
}

impl Gate {
    /// Lets a request whose headers are `headers` in: without a permit when its declared body
    /// is small enough to pass freely, with one while there is room, else the 503 answer.
    pub fn enter(&self, headers: &HeaderMap) -> Result<Option<OwnedSemaphorePermit>, AppError> {
        let declared = headers
            .get(axum::http::header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<u64>().ok());
        if let (Some(free), Some(declared)) = (self.free_up_to, declared) {
            if declared <= free {
                return Ok(None);
            }
        }
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => Ok(Some(permit)),
            Err(_) => {
                tracing::warn!(
                    code = self.turned_away,
                    "request turned away at a full gate"
                );
                Err(AppError::text(
                    ErrorCode::Unavailable,
                    Text::new("service-busy"),
                ))
            }
        }
    }
}

/// Runs the request if the gate lets it in, otherwise answers 503.
pub async fn admit(State(gate): State<Gate>, request: Request, next: Next) -> Response {
    match gate.enter(request.headers()) {
        Ok(_admitted) => next.run(request).await,
        Err(full) => full.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_gate_lets_four_in_at_once_and_answers_the_fifth_at_once() {
        let gate = Gate::documents();
        let headers = HeaderMap::new();
        let held: Vec<_> = (0..MAX_DOCUMENT_REQUESTS)
            .map(|_| gate.enter(&headers).unwrap())
            .collect();
        assert!(held.iter().all(Option::is_some), "each holds a permit");
        assert!(gate.enter(&headers).is_err(), "the fifth is turned away");
        drop(held);
        assert!(gate.enter(&headers).unwrap().is_some(), "room again");
    }
}
