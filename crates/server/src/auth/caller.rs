//! [`Caller`]: the signed-in account behind a request, from its `Authorization: Bearer` token.
//! Handlers that take a `Caller` refuse unauthenticated calls with 401; [`Caller::require`]
//! refuses other roles with 403. A `Caller` counts as the person's activity and keeps the
//! session from ending idle; [`BackgroundCaller`] (the app's own timed sync) does not, so an
//! app left open does not keep a session alive.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use shigoto_domain::account::{SESSION_IDLE, SESSION_LIFETIME};
use shigoto_i18n::Text;
use shigoto_server_db::{accounts, sessions};
use shigoto_shared::{ErrorCode, Lang, Role};

use crate::app::AppState;
use crate::auth::secrets::token_digest;
use crate::error::AppError;

/// The account making the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub account_id: i64,
    pub role: Role,
    pub email: String,
    /// The language of the account's mails.
    pub lang: Lang,
    /// Digest of the session token (to revoke it on sign-out).
    pub session: String,
}

fn unauthenticated(text: Text) -> AppError {
    AppError::text(ErrorCode::Unauthenticated, text)
}

impl Caller {
    /// Refuses any other role with 403.
    pub fn require(&self, role: Role) -> Result<(), AppError> {
        if self.role == role {
            Ok(())
        } else {
            tracing::info!(account = self.account_id, role = ?self.role, wanted = ?role, "role refused");
            Err(AppError::text(
                ErrorCode::Forbidden,
                Text::new("service-forbidden"),
            ))
        }
    }
}

/// The account behind a request the app makes on its own (background sync): authenticated like
/// [`Caller`], but it does not count as activity for the idle limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackgroundCaller(pub Caller);

impl FromRequestParts<AppState> for Caller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        authenticate(parts, state, true).await
    }
}

impl FromRequestParts<AppState> for BackgroundCaller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        authenticate(parts, state, false)
            .await
            .map(BackgroundCaller)
    }
}

/// The caller of a live session; `activity` records the request as the person's activity.
async fn authenticate(parts: &Parts, state: &AppState, activity: bool) -> Result<Caller, AppError> {
    {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .ok_or_else(|| unauthenticated(Text::new("service-sign-in")))?;
        let digest = token_digest(token);
        let now = state.clock.now_utc();
        let db = state.db.clone();
        tokio::task::spawn_blocking(move || -> Result<Caller, AppError> {
            let mut conn = db.connection()?;
            let session = sessions::find_live(&mut conn, &digest)
                .map_err(AppError::internal)?
                .ok_or_else(|| unauthenticated(Text::new("service-session-expired")))?;
            if now >= session.expires_at || now - session.last_seen_at > SESSION_IDLE {
                sessions::revoke(&mut conn, &digest, now).map_err(AppError::internal)?;
                return Err(unauthenticated(Text::new("service-session-idle")));
            }
            debug_assert!(session.expires_at - session.created_at <= SESSION_LIFETIME);
            if activity {
                sessions::touch(&mut conn, &digest, now).map_err(AppError::internal)?;
            }
            let account = accounts::find(&mut conn, session.account_id)
                .map_err(AppError::internal)?
                .ok_or_else(|| unauthenticated(Text::new("service-sign-in")))?;
            let role = Role::from_wire(&account.role).ok_or_else(|| {
                AppError::internal(format!("account {} has role {}", account.id, account.role))
            })?;
            Ok(Caller {
                account_id: account.id,
                role,
                lang: account.lang(),
                email: account.email,
                session: digest,
            })
        })
        .await?
    }
}
