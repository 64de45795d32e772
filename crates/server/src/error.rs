//! Error answers: every failure becomes a JSON [`ApiError`] with the right status; the English
//! code (and, for internal errors, the cause) goes to the log. An error made with
//! [`AppError::texted`] names its text by catalogue key and is written in the request's
//! language ([`crate::language`]); the others still carry a Japanese text of their own.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use shigoto_i18n::{catalogue, Catalogue, Text};
use shigoto_shared::{ApiError, ErrorCode};

/// `key` with `args` put in as they are.
fn with_args(key: &'static str, args: &[(&'static str, String)]) -> Text {
    args.iter().fold(Text::new(key), |text, (name, value)| {
        text.with(name, value.as_str())
    })
}

/// The texts of the request's language.
fn texts() -> &'static Catalogue {
    catalogue(crate::language::current())
}

/// A failed request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Api(ApiError),
    /// A refusal whose message is a catalogue text, written in the request's language.
    #[error("{code:?}: {}", text.key())]
    Texted {
        code: ErrorCode,
        /// The request's part at fault (a parameter, or a box's path in a form:
        /// `work_history.1.from`).
        field: Option<String>,
        text: Text,
    },
    #[error("internal: {0}")]
    Internal(String),
}

impl AppError {
    /// A refusal with code `code` saying the text `key` (with `args`) in the request's language.
    pub fn texted(code: ErrorCode, key: &'static str, args: &[(&'static str, String)]) -> Self {
        AppError::text(code, with_args(key, args))
    }

    /// A refusal with code `code` saying `text` in the request's language.
    pub fn text(code: ErrorCode, text: Text) -> Self {
        AppError::Texted {
            code,
            field: None,
            text,
        }
    }

    /// Like [`AppError::text`], about the request's `field`.
    pub fn text_at(code: ErrorCode, field: impl Into<String>, text: Text) -> Self {
        AppError::Texted {
            code,
            field: Some(field.into()),
            text,
        }
    }

    /// Like [`AppError::texted`], about the request's `field`.
    pub fn texted_at(
        code: ErrorCode,
        field: &'static str,
        key: &'static str,
        args: &[(&'static str, String)],
    ) -> Self {
        AppError::text_at(code, field, with_args(key, args))
    }

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
        let texted = matches!(self, AppError::Texted { .. } | AppError::Internal(_));
        let body = match self {
            AppError::Api(body) => {
                tracing::info!(code = body.code.as_str(), field = ?body.field, "request refused");
                body
            }
            AppError::Texted { code, field, text } => {
                tracing::info!(
                    code = code.as_str(),
                    ?field,
                    key = text.key(),
                    "request refused"
                );
                let body = ApiError::new(code, texts().text(&text));
                match field {
                    Some(field) => body.with_field(field),
                    None => body,
                }
            }
            AppError::Internal(cause) => {
                tracing::error!(code = "internal", %cause, "request failed");
                ApiError::new(ErrorCode::Internal, texts().t("error-internal"))
            }
        };
        let retry_after = match body.code {
            ErrorCode::Unavailable => Some("5"),
            ErrorCode::RateLimited => Some("60"),
            _ => None,
        };
        let mut response = (status_of(body.code), Json(body)).into_response();
        // The refusal is written in the request's language (or, not yet converted, Japanese).
        let lang = if texted {
            crate::language::current()
        } else {
            shigoto_shared::Lang::Ja
        };
        response.headers_mut().insert(
            axum::http::header::CONTENT_LANGUAGE,
            axum::http::HeaderValue::from_static(lang.tag()),
        );
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
