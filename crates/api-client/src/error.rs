//! [`ClientError`]: why a call to the service failed, as the UI shows it (the service's own
//! error body, or an explanation in the language shown) and as the log names it (a stable
//! English code).

use reqwest::StatusCode;
use shigoto_i18n::Catalogue;
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
    /// The error as the UI shows it: the service's body when there is one (written in the
    /// language the client asked for), otherwise an explanation in `t`'s language with a
    /// stable code.
    pub fn to_api_error(&self, t: &Catalogue) -> ApiError {
        match self {
            ClientError::Api { error, .. } => error.clone(),
            ClientError::Unreachable(_) => {
                ApiError::new(ErrorCode::ServiceUnreachable, t.t("connection-unreachable"))
            }
            // Not `ServiceUnreachable`: the UI would replace the message by its generic
            // "check the network", and no network check helps here.
            ClientError::BadBaseUrl(url) => ApiError::new(
                ErrorCode::Unavailable,
                t.t_with("client-bad-url", &[("url", url.as_str().into())]),
            ),
            ClientError::InsecureUrl(_) => {
                ApiError::new(ErrorCode::Unavailable, t.t("client-insecure-url"))
            }
            ClientError::Protocol { .. } => {
                ApiError::new(ErrorCode::Internal, t.t("client-protocol"))
            }
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
