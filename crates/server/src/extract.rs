//! Request extractors that refuse malformed input with the usual JSON
//! [`shigoto_shared::ApiError`] (400 with a message in the request's language) instead of axum's
//! plain-text rejections: [`ApiJson`] bodies, [`ApiPath`] segments and [`ApiQuery`] strings.
//! Large JSON bodies are parsed on a blocking thread, so no request keeps an async worker busy.

use axum::body::Bytes;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::CONTENT_TYPE;
use serde::de::DeserializeOwned;
use shigoto_i18n::Text;
use shigoto_shared::ErrorCode;

use crate::error::AppError;

/// Bodies up to this size are parsed where they arrive; larger ones on a blocking thread.
const INLINE_JSON_BYTES: usize = 8 * 1024;

/// A JSON body (`Content-Type: application/json`), size-capped by the router.
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned + Send + 'static,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let is_json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|mime| {
                let mime = mime.trim();
                mime.eq_ignore_ascii_case("application/json")
                    || (mime.starts_with("application/") && mime.ends_with("+json"))
            });
        if !is_json {
            return Err(invalid_body(Text::new("service-body-not-json")));
        }
        let bytes = Bytes::from_request(request, state).await.map_err(|rejection| {
            tracing::info!(code = "invalid_body", reason = %rejection.body_text(), "body refused");
            invalid_body(Text::new("service-body-incomplete"))
        })?;
        let parsed = if bytes.len() <= INLINE_JSON_BYTES {
            axum::Json::<T>::from_bytes(&bytes)
        } else {
            tokio::task::spawn_blocking(move || axum::Json::<T>::from_bytes(&bytes)).await?
        };
        Ok(ApiJson(parsed?.0))
    }
}

fn invalid_body(text: Text) -> AppError {
    AppError::text_at(ErrorCode::InvalidParameter, "body", text)
}

/// Path parameters.
#[derive(Debug, Clone, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(AppError))]
pub struct ApiPath<T>(pub T);

/// Query parameters.
#[derive(Debug, Clone, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(AppError))]
pub struct ApiQuery<T>(pub T);

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        tracing::info!(code = "invalid_body", reason = %rejection.body_text(), "body refused");
        invalid_body(Text::new("service-body-malformed").with("cause", rejection.body_text()))
    }
}

impl From<PathRejection> for AppError {
    fn from(rejection: PathRejection) -> Self {
        AppError::text_at(
            ErrorCode::InvalidParameter,
            "path",
            Text::new("service-path-malformed").with("cause", rejection.body_text()),
        )
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> Self {
        AppError::text_at(
            ErrorCode::InvalidParameter,
            "query",
            Text::new("error-query-malformed").with("cause", rejection.body_text()),
        )
    }
}
