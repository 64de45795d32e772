//! Who is signed in, for the whole app: the account `current_account` answered at start-up,
//! signing in (to the screen that asked for it, else the account's home) and out, and a
//! session that ended while working (one notice and the login, in the language shown).
//!
//! Everything of the person who leaves goes with them: signing out or an ended session bumps
//! [`SessionState::generation`], and the search and MyPage contexts start afresh on it; the
//! pages, which own the rest, are left.

use std::rc::Rc;

use shigoto_i18n::Catalogue;
use shigoto_shared::AccountInfo;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::forms::account::{error_message, Session, SESSION_ENDED_NOTICE, SIGNED_OUT_NOTICE};
use crate::ipc;
use crate::route::Route;
use crate::state::connection::ConnectionContext;
use crate::state::lang::use_lang;
use crate::state::notice::NoticeContext;
use crate::state::store::{use_store, StoreHandle, Update};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionState {
    pub session: Session,
    pub signing_out: bool,
    /// Why the last sign-out failed.
    pub sign_out_error: Option<String>,
    /// The screen a signed-out person asked for, shown after signing in.
    pub after_login: Option<Route>,
    /// Bumped whenever the person is forgotten (sign-out, ended session).
    pub generation: u32,
}

/// The session context: the state and what can be done with it.
#[derive(Clone, PartialEq)]
pub struct SessionContext {
    store: StoreHandle<SessionState>,
    navigator: Option<Navigator>,
    notice: NoticeContext,
    connection: ConnectionContext,
    /// The texts of the language shown, for the notices.
    texts: &'static Catalogue,
}

impl SessionContext {
    pub fn state(&self) -> &SessionState {
        &self.store
    }

    pub fn session(&self) -> &Session {
        &self.store.session
    }

    pub fn account(&self) -> Option<&AccountInfo> {
        self.store.session.account()
    }

    fn go(&self, route: &Route, replace: bool) {
        if let Some(navigator) = &self.navigator {
            if replace {
                navigator.replace(route);
            } else {
                navigator.push(route);
            }
        }
    }

    /// Remembers the screen to show after signing in, and shows the login.
    pub fn ask_to_sign_in(&self, wanted: Route) {
        self.store
            .update(move |s| s.after_login = Some(wanted.clone()));
        self.go(&Route::Login, true);
    }

    /// The service accepted a sign-in: the screen asked for before, else the account's home.
    pub fn signed_in(&self, account: AccountInfo) {
        let home = Route::home_of(account.role);
        let wanted = self.store.after_login.clone();
        let account = Rc::new(account);
        self.store.update(move |s| {
            s.session = Session::SignedIn(account.clone());
            s.sign_out_error = None;
            s.after_login = None;
        });
        self.go(&wanted.unwrap_or(home), true);
    }

    /// The account as the service now describes it (a new email, the 事業所名 of a registration).
    pub fn account_changed(&self, change: impl Fn(&mut AccountInfo) + 'static) {
        self.store.update(move |s| {
            if let Session::SignedIn(account) = &s.session {
                let mut account = (**account).clone();
                change(&mut account);
                s.session = Session::SignedIn(Rc::new(account));
            }
        });
    }

    /// The service says the session has ended: forget the person, say so on the login.
    pub fn expired(&self) {
        self.forget(SESSION_ENDED_NOTICE);
    }

    /// The login is shown first, so no page of the person leaving sees them signed out (and
    /// asks to come back after the next sign-in); it says the note of `notice` (a key).
    fn forget(&self, notice: &str) {
        self.notice.show_on(Route::Login, self.texts.t(notice));
        self.go(&Route::Login, false);
        self.store.update(|s| {
            s.session = Session::SignedOut;
            s.signing_out = false;
            s.after_login = None;
            s.generation = s.generation.wrapping_add(1);
        });
    }

    /// 「ログアウト」.
    pub fn sign_out(&self) {
        if self.store.signing_out {
            return;
        }
        self.store.update(|s| {
            s.signing_out = true;
            s.sign_out_error = None;
        });
        let context = self.clone();
        spawn_local(async move {
            let result = ipc::sign_out().await;
            context.connection.answered(&result);
            match result {
                Ok(()) => context.forget(SIGNED_OUT_NOTICE),
                Err(err) => {
                    let message = context.texts.t_with(
                        "account-sign-out-failed",
                        &[("reason", error_message(&err).into())],
                    );
                    context.store.update(move |s| {
                        s.signing_out = false;
                        s.sign_out_error = Some(message.clone());
                    });
                }
            }
        });
    }
}

/// The session store, read from the app at start-up. Call under the router and the language.
#[hook]
pub fn use_session_store(notice: NoticeContext, connection: ConnectionContext) -> SessionContext {
    let lang = use_lang();
    let texts = lang.texts();
    let store = use_store::<SessionState>();
    let navigator = use_navigator();
    {
        let store = store.clone();
        use_effect_with((), move |()| {
            spawn_local(async move {
                let result = ipc::current_account().await;
                store.update_once(move |s| {
                    if s.session == Session::Checking {
                        s.session = match result {
                            Ok(Some(account)) => Session::SignedIn(Rc::new(account)),
                            Ok(None) | Err(_) => Session::SignedOut,
                        };
                    }
                });
            });
        });
    }
    SessionContext {
        store,
        navigator,
        notice,
        connection,
        texts,
    }
}

/// The session context. The provider tree in [`crate::app`] always provides it.
#[hook]
pub fn use_session() -> SessionContext {
    #[allow(clippy::expect_used)] // A page outside the provider tree is a bug seen at once.
    use_context::<SessionContext>().expect("SessionContext is provided by the app")
}
