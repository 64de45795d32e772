//! The error body every failing HTTP call returns, and the stable error codes it carries.

use serde::{Deserialize, Serialize};

/// Stable, English, machine-readable error codes. Logs carry the code; the UI shows `message`,
/// which is Japanese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A query or body parameter is malformed or out of range.
    InvalidParameter,
    /// The requested record does not exist or is not visible to the caller.
    NotFound,
    /// The caller is not signed in, or the session ended.
    Unauthenticated,
    /// Wrong email or password (never says which).
    InvalidCredentials,
    /// Too many wrong passwords: the account is locked for a while.
    AccountLocked,
    /// The 認証キー is wrong, expired, used or void.
    InvalidKey,
    /// The record already exists (e.g. the MyPage is already open).
    Conflict,
    /// The caller is signed in but may not do this.
    Forbidden,
    /// Too many requests from this client; try again later.
    RateLimited,
    /// The service is starting or its dependencies are down.
    Unavailable,
    /// Anything else; details are in the service log only.
    Internal,
    /// Desktop only: the hosted service could not be reached (offline, or it is down).
    ServiceUnreachable,
    /// A MyPage limit is reached (300 favorites, 3 saved searches).
    LimitExceeded,
    /// An idempotency key was used again with a different request.
    IdempotencyConflict,
}

impl ErrorCode {
    /// The code as it appears on the wire and in logs.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::AccountLocked => "account_locked",
            ErrorCode::InvalidKey => "invalid_key",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::Internal => "internal",
            ErrorCode::ServiceUnreachable => "service_unreachable",
            ErrorCode::LimitExceeded => "limit_exceeded",
            ErrorCode::IdempotencyConflict => "idempotency_conflict",
        }
    }
}

/// JSON body of every error answer: `{"code": "...", "message": "...", "field": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    pub code: ErrorCode,
    /// Japanese text meant for the person using the app.
    pub message: String,
    /// The parameter at fault, when one is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }

    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{} ({field}): {}", self.code.as_str(), self.message),
            None => write!(f, "{}: {}", self.code.as_str(), self.message),
        }
    }
}

impl std::error::Error for ApiError {}
