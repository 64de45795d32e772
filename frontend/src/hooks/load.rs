//! [`use_load`]: what a page shows, read from the app when the page is shown and again on
//! 「最新の情報に更新」, through [`crate::hooks::api::Api`] (connection, ended session).

use std::future::Future;

use shigoto_shared::ApiError;
use yew::prelude::*;

use crate::hooks::api::use_api;
use crate::state::store::{StoreHandle, Update};

/// How a page's state reads its data.
pub struct Loader<S, T> {
    /// A read is under way (a second one is not started).
    pub is_loading: fn(&S) -> bool,
    /// The read starts.
    pub start: fn(&mut S),
    /// The answer, while the page still waits for it.
    pub loaded: fn(&mut S, Result<T, ApiError>),
}

/// Reads now and whenever the returned callback is called.
#[hook]
pub fn use_load<S, T, Fut>(
    form: &StoreHandle<S>,
    fetch: fn() -> Fut,
    loader: Loader<S, T>,
) -> Callback<()>
where
    S: Clone + PartialEq + 'static,
    T: 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let api = use_api();
    let load = {
        let form = form.clone();
        let Loader {
            is_loading,
            start,
            loaded,
        } = loader;
        Callback::from(move |()| {
            if is_loading(&form) {
                return;
            }
            form.update(start);
            let form = form.clone();
            api.run(fetch(), move |result| {
                form.update_once(move |s| {
                    if is_loading(s) {
                        loaded(s, result);
                    }
                })
            });
        })
    };
    {
        let load = load.clone();
        use_effect_with((), move |()| load.emit(()));
    }
    load
}

/// Reads the signed-in account again when the page is shown (a job seeker's 求職状態 is of the
/// day it was read); the session takes it. Answers why the read failed, if it did: the page
/// then shows what the session held.
#[hook]
pub fn use_refreshed_account() -> Option<String> {
    let session = crate::state::session::use_session();
    let api = use_api();
    let failure = use_state(|| None::<String>);
    {
        let failure = failure.clone();
        use_effect_with((), move |()| {
            api.run(crate::ipc::refresh_account(), move |result| match result {
                Ok(account) => session.account_changed(move |held| *held = account.clone()),
                Err(err) => failure.set(Some(crate::forms::seeking::refresh_failed(&err))),
            });
        });
    }
    (*failure).clone()
}
