//! The signed-in session held in memory, and the one place that checks it: every operation that
//! calls the service goes through [`DesktopCore::public`] (no session needed) or
//! [`DesktopCore::as_signed_in`] (「ログインしてください。」 without one; a session the service
//! says has ended is forgotten, here and in the keyring). Both turn the service's failures into
//! the [`ApiError`] the UI shows.

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_shared::{AccountInfo, ApiError, ErrorCode, Role};

use super::DesktopCore;
use crate::errors::signed_out;
use crate::mypage::LastUser;

/// The signed-in session held in memory.
#[derive(Clone)]
pub(super) struct Session {
    pub(super) token: String,
    pub(super) account: AccountInfo,
}

impl DesktopCore {
    pub(super) fn session(&self) -> Option<Session> {
        self.session.lock().ok().and_then(|s| s.clone())
    }

    pub(super) fn set_session(&self, session: Option<Session>) {
        if let Ok(mut slot) = self.session.lock() {
            *slot = session;
        }
    }

    /// Holds `account` as signed in with `token`: its MyPage (a job seeker's) opens and starts
    /// syncing, then the session is kept in memory.
    pub(super) fn begin_session(&self, account: &AccountInfo, token: String) {
        self.open_mypage(account, &token);
        self.set_session(Some(Session {
            token,
            account: account.clone(),
        }));
    }

    /// Changes the account of the session held in memory, if there is one.
    pub(super) fn update_account(&self, change: impl FnOnce(&mut AccountInfo)) {
        if let Ok(mut slot) = self.session.lock() {
            if let Some(session) = slot.as_mut() {
                change(&mut session.account);
            }
        }
    }

    /// The job seeker remembered on this device for starting offline keeps what the service
    /// now says of the account held in memory (a new address, a new 求職状態).
    pub(super) fn remember_account(&self) {
        let Some(account) = self.session().map(|s| s.account) else {
            return;
        };
        let same_user = LastUser::load(&self.data_dir).is_some_and(|last| {
            account.role == Role::Seeker
                && last.account.role == Role::Seeker
                && last.account.seeker_number == account.seeker_number
        });
        if same_user {
            if let Err(err) = LastUser::save(&self.data_dir, &account) {
                tracing::warn!(code = "last_user_unsaved", error = %err, "could not remember the user");
            }
        }
    }

    /// The session token when someone is signed in (for calls that also serve the public).
    pub(super) fn token(&self) -> Option<String> {
        self.session().map(|session| session.token)
    }

    /// Calls the service for anyone, signed in or not; its failure as the UI shows it.
    pub(super) async fn public<T>(
        &self,
        call: impl AsyncFnOnce(&ApiClient) -> Result<T, ClientError>,
    ) -> Result<T, ApiError> {
        call(self.client()?)
            .await
            .map_err(|err| err.to_api_error(crate::language::texts()))
    }

    /// Calls the service as the signed-in account: 「ログインしてください。」 when no one is
    /// signed in (checked before the service's address), the refusal of the service's address,
    /// or the service's answer, with a session it says has ended forgotten.
    pub(super) async fn as_signed_in<T>(
        &self,
        call: impl AsyncFnOnce(&ApiClient, &str) -> Result<T, ClientError>,
    ) -> Result<T, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = call(self.client()?, &session.token).await;
        self.forget_dead_session(answer)
    }

    /// Drops the in-memory session (and the keyring entry) when the service says it ended.
    pub(super) fn forget_dead_session<T>(
        &self,
        answer: Result<T, ClientError>,
    ) -> Result<T, ApiError> {
        answer.map_err(|err| {
            let error = err.to_api_error(crate::language::texts());
            if error.code == ErrorCode::Unauthenticated {
                self.set_session(None);
                let _ = self.tokens.delete();
            }
            error
        })
    }
}
