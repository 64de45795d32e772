//! The one home of the [`ApiError`]s the desktop core makes itself, and of how the failures of
//! what it uses (the OS keyring, the MyPage cache) become them: the UI shows the message (in
//! the language shown, [`crate::language`]) as is, and the English detail goes to the log. The service's own failures come from
//! [`shigoto_api_client::ClientError::to_api_error`]; the core applies it in
//! `DesktopCore::public` and `DesktopCore::as_signed_in` only.

use shigoto_cache::CacheError;
use shigoto_shared::{ApiError, ErrorCode};

use crate::credentials::KeyringError;
use crate::language::texts;

/// An operation that needs a signed-in account, asked for with none.
pub fn signed_out() -> ApiError {
    ApiError::new(ErrorCode::Unauthenticated, texts().t("desktop-signed-out"))
}

/// A MyPage operation (favorites, saved searches) asked for by someone signed in who is not a
/// job seeker.
pub fn mypage_not_a_seeker() -> ApiError {
    ApiError::new(
        ErrorCode::Forbidden,
        texts().t("desktop-mypage-not-a-seeker"),
    )
}

/// A MyPage operation asked for with no one signed in.
pub fn mypage_signed_out() -> ApiError {
    ApiError::new(
        ErrorCode::Unauthenticated,
        texts().t("desktop-mypage-signed-out"),
    )
}

/// The MyPage cache on this device cannot be read or written (its English cause is logged where
/// it is known).
pub fn cache_unusable() -> ApiError {
    ApiError::new(ErrorCode::Internal, texts().t("desktop-cache-unusable"))
}

/// A cache failure as the user reads it: the cache's own refusals (limits, not found, invalid,
/// a form's first problem) say what the domain's rules say, in the language shown; anything
/// else is logged and answered by [`cache_unusable`].
pub fn cache_failure(err: CacheError) -> ApiError {
    match err {
        CacheError::Limit(text) => ApiError::new(ErrorCode::LimitExceeded, texts().text(&text)),
        CacheError::NotFound(text) => ApiError::new(ErrorCode::NotFound, texts().text(&text)),
        CacheError::Invalid(text) => {
            ApiError::new(ErrorCode::InvalidParameter, texts().text(&text))
        }
        CacheError::Problems(problems) => ApiError::new(
            ErrorCode::InvalidParameter,
            problems
                .first()
                .map(|problem| texts().text(&problem.message))
                .unwrap_or_default(),
        ),
        other => {
            tracing::error!(code = "cache_failed", error = %other, "MyPage cache");
            cache_unusable()
        }
    }
}

/// The OS keyring failed: without it the sign-in cannot be kept safely.
impl From<KeyringError> for ApiError {
    fn from(err: KeyringError) -> Self {
        tracing::error!(code = "keyring_failed", error = %err, "OS keyring");
        ApiError::new(ErrorCode::Internal, texts().t("desktop-keyring-failed"))
    }
}
