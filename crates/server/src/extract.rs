//! Request extractors that refuse malformed input with the usual JSON [`ApiError`] (400 with a
//! Japanese message) instead of axum's plain-text rejections: [`ApiJson`] bodies, [`ApiPath`]
//! segments and [`ApiQuery`] strings.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use shigoto_shared::{ApiError, ErrorCode};

use crate::error::AppError;

/// A JSON body.
#[derive(Debug, Clone, FromRequest)]
#[from_request(via(axum::Json), rejection(AppError))]
pub struct ApiJson<T>(pub T);

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
        let message = match &rejection {
            JsonRejection::MissingJsonContentType(_) => {
                "リクエストの形式が正しくありません（Content-Type: application/json が必要です）。"
                    .to_owned()
            }
            JsonRejection::BytesRejection(_) => {
                "リクエストが大きすぎるか、途中で途切れました。".to_owned()
            }
            _ => format!(
                "リクエストの内容が正しくありません（{}）。",
                rejection.body_text()
            ),
        };
        tracing::info!(code = "invalid_body", reason = %rejection.body_text(), "body refused");
        AppError::Api(ApiError::new(ErrorCode::InvalidParameter, message).with_field("body"))
    }
}

impl From<PathRejection> for AppError {
    fn from(rejection: PathRejection) -> Self {
        AppError::Api(
            ApiError::new(
                ErrorCode::InvalidParameter,
                format!("URLの形式が正しくありません（{}）。", rejection.body_text()),
            )
            .with_field("path"),
        )
    }
}

impl From<QueryRejection> for AppError {
    fn from(rejection: QueryRejection) -> Self {
        AppError::Api(
            ApiError::new(
                ErrorCode::InvalidParameter,
                format!(
                    "検索条件の形式が正しくありません（{}）。",
                    rejection.body_text()
                ),
            )
            .with_field("query"),
        )
    }
}
