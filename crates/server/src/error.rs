//! Error answers: every failure becomes a JSON [`ApiError`] with the right status; the English
//! code (and, for internal errors, the cause) goes to the log.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use shigoto_shared::{ApiError, ErrorCode};

/// A failed request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Api(ApiError),
    #[error("internal: {0}")]
    Internal(String),
}

impl AppError {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        AppError::Api(ApiError::new(ErrorCode::InvalidParameter, message).with_field(field))
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        AppError::Api(ApiError::new(ErrorCode::NotFound, message))
    }

    /// A 409: the record is not in a state that allows this (the message says why).
    pub fn conflict(message: impl Into<String>) -> Self {
        AppError::Api(ApiError::new(ErrorCode::Conflict, message))
    }

    pub fn internal(cause: impl std::fmt::Display) -> Self {
        AppError::Internal(cause.to_string())
    }
}

fn status_of(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::InvalidParameter => StatusCode::BAD_REQUEST,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::Unauthenticated | ErrorCode::InvalidCredentials => StatusCode::UNAUTHORIZED,
        ErrorCode::AccountLocked => StatusCode::LOCKED,
        ErrorCode::InvalidKey => StatusCode::BAD_REQUEST,
        ErrorCode::Conflict | ErrorCode::LimitExceeded | ErrorCode::IdempotencyConflict => {
            StatusCode::CONFLICT
        }
        ErrorCode::Forbidden => StatusCode::FORBIDDEN,
        ErrorCode::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::Unavailable | ErrorCode::ServiceUnreachable => StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = match self {
            AppError::Api(body) => {
                tracing::info!(code = body.code.as_str(), field = ?body.field, "request refused");
                body
            }
            AppError::Internal(cause) => {
                tracing::error!(code = "internal", %cause, "request failed");
                ApiError::new(
                    ErrorCode::Internal,
                    "サービスで問題が発生しました。しばらくしてから再度お試しください。",
                )
            }
        };
        let retry_after = match body.code {
            ErrorCode::Unavailable => Some("5"),
            ErrorCode::RateLimited => Some("60"),
            _ => None,
        };
        let mut response = (status_of(body.code), Json(body)).into_response();
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static(seconds),
            );
        }
        response
    }
}

impl From<shigoto_server_db::DbError> for AppError {
    fn from(err: shigoto_server_db::DbError) -> Self {
        AppError::internal(err)
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(err: diesel::result::Error) -> Self {
        AppError::internal(err)
    }
}

impl From<shigoto_search::IndexError> for AppError {
    fn from(err: shigoto_search::IndexError) -> Self {
        AppError::internal(err)
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(err: tokio::task::JoinError) -> Self {
        AppError::internal(err)
    }
}
