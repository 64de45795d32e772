//! [`ClientError`]: why a call to the service failed, as the UI shows it (the service's own
//! error body, or a Japanese explanation) and as the log names it (a stable English code).

use reqwest::StatusCode;
use shigoto_shared::{ApiError, ErrorCode};

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("service base URL {0:?} is not a valid http(s) URL")]
    BadBaseUrl(String),
    #[error("service URL {0:?} is neither https:// nor http:// on this computer (loopback)")]
    InsecureUrl(String),
    #[error("service unreachable: {0}")]
    Unreachable(String),
    #[error("service answered {status}: {error}")]
    Api { status: StatusCode, error: ApiError },
    #[error("service answered {status} without a readable body: {detail}")]
    Protocol { status: StatusCode, detail: String },
}

impl ClientError {
    /// The error as the UI shows it: the service's body when there is one, otherwise a
    /// Japanese explanation with a stable code.
    pub fn to_api_error(&self) -> ApiError {
        match self {
            ClientError::Api { error, .. } => error.clone(),
            ClientError::Unreachable(_) => ApiError::new(
                ErrorCode::ServiceUnreachable,
                "求人サービスに接続できません。ネットワーク接続を確認して、しばらくしてから再度お試しください。",
            ),
            // Not `ServiceUnreachable`: the UI would replace the message by its generic
            // "check the network", and no network check helps here.
            ClientError::BadBaseUrl(url) => ApiError::new(
                ErrorCode::Unavailable,
                format!("接続先のURL（{url}）が正しくありません。管理者に連絡してください。"),
            ),
            ClientError::InsecureUrl(_) => ApiError::new(
                ErrorCode::Unavailable,
                "サービスのアドレスが安全ではありません（https:// ではありません）。管理者に連絡してください。",
            ),
            ClientError::Protocol { .. } => ApiError::new(
                ErrorCode::Internal,
                "求人サービスから予期しない応答がありました。しばらくしてから再度お試しください。",
            ),
        }
    }

    /// A stable English code for the log.
    pub fn code(&self) -> &'static str {
        match self {
            ClientError::BadBaseUrl(_) => "bad_service_url",
            ClientError::InsecureUrl(_) => "insecure_service_url",
            ClientError::Unreachable(_) => "service_unreachable",
            ClientError::Api { error, .. } => error.code.as_str(),
            ClientError::Protocol { .. } => "protocol_error",
        }
    }
}
