//! The page side of the 認証キー procedure (see [`crate::forms::key_flow`] for its state
//! machine): [`use_key_flow`] owns a flow's form and gives its view the callbacks — the steps,
//! asking for the key, completing with it, and the way to the login with a note once done. A
//! flow is a [`KeyFlowSpec`]: its two requests and their commands, where refusals and the focus
//! go, and what the login says afterwards.

use std::future::Future;
use std::pin::Pin;

use chrono::NaiveDate;
use shigoto_shared::{ApiError, KeySent};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::forms::edit::Edit;
use crate::forms::key_flow::{FlowFields, KeyFlow, KeyStep};
use crate::forms::search::FieldError;
use crate::hooks::api::use_submit;
use crate::pages::search::today;
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::notice::use_notice;
use crate::state::store::{edits, use_store, StoreHandle, Update};

/// An answer of the app, as a boxed future.
pub type Answer = Pin<Box<dyn Future<Output = Result<KeySent, ApiError>>>>;

/// What one 認証キー flow asks of the app.
pub trait KeyFlowSpec: FlowFields {
    type KeyRequest: 'static;
    type Completion: 'static;

    /// The step heading, where the focus goes on each new step (`#…-step-heading`).
    const HEADING: &'static str;
    /// Shown on the login once the flow is done (its catalogue key).
    const DONE_NOTICE: &'static str;

    /// The element id of the box a refused field belongs to.
    fn box_id(field: &str) -> Option<&'static str>;
    /// The request for a key, checked.
    fn key_request(flow: &KeyFlow<Self>, today: NaiveDate) -> Result<Self::KeyRequest, FieldError>;
    /// The completion with the key, checked.
    fn completion(flow: &KeyFlow<Self>, today: NaiveDate) -> Result<Self::Completion, FieldError>;
    fn send_key(request: Self::KeyRequest) -> Answer;
    fn complete(completion: Self::Completion) -> Answer;
}

/// What a flow's view is given.
pub struct KeyFlowHandle<S: KeyFlowSpec> {
    pub form: StoreHandle<KeyFlow<S>>,
    pub on_edit: Callback<Edit<KeyFlow<S>>>,
    /// 「次へ」, 「戻る」, 「認証キーを再送信する」.
    pub on_step: Callback<KeyStep>,
    pub on_send_key: Callback<()>,
    pub on_complete: Callback<()>,
    /// 「ログイン画面へ」 at the end, or 「ログイン画面に戻る」 on the way.
    pub on_to_login: Callback<()>,
}

/// The flow `S`, owned by the calling page: typed secrets go when the page is left.
#[hook]
pub fn use_key_flow<S: KeyFlowSpec>() -> KeyFlowHandle<S> {
    let t = use_texts();
    let form = use_store::<KeyFlow<S>>();
    let submit = use_submit(&form, S::box_id, S::HEADING);
    let focus = use_focus();
    let notice = use_notice();
    let navigator = use_navigator();
    use_focus_on_mount(S::HEADING);
    let on_step = {
        let form = form.clone();
        Callback::from(move |step: KeyStep| {
            form.update(move |f| f.go_to(step));
            focus.top(S::HEADING);
        })
    };
    let on_send_key = {
        let submit = submit.clone();
        Callback::from(move |()| {
            submit.send(
                S::key_request(submit.form(), today()),
                S::send_key,
                |flow, result| match result {
                    Ok(sent) => flow.key_sent(sent),
                    Err(err) => flow.failed(&err),
                },
                Some(S::HEADING),
            );
        })
    };
    let on_complete = {
        let submit = submit.clone();
        Callback::from(move |()| {
            submit.send(
                S::completion(submit.form(), today()),
                S::complete,
                |flow, result| match result {
                    Ok(done) => flow.completed(done),
                    Err(err) => flow.failed(&err),
                },
                Some(S::HEADING),
            );
        })
    };
    let on_to_login = {
        let form = form.clone();
        Callback::from(move |()| {
            if form.is_done() {
                notice.show_on(Route::Login, t.t(S::DONE_NOTICE));
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Login);
            }
        })
    };
    KeyFlowHandle {
        on_edit: edits(&form),
        form,
        on_step,
        on_send_key,
        on_complete,
        on_to_login,
    }
}
