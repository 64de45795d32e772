//! The 認証キー procedure every account flow is made of (MyPage opening, online registration,
//! password reset, the 求人者マイページ opening), mirroring the service's `auth/keys.rs`: ask for
//! a key for an address, then complete with the mailed key, then end at the login with a note.
//! [`use_key_flow`] owns the flow's form and gives its view the callbacks; a flow is a
//! [`KeyFlowSpec`]: its form, the two requests and their commands, where refusals and the focus
//! go, and what the login says once it is done.

use std::future::Future;
use std::pin::Pin;

use chrono::NaiveDate;
use shigoto_shared::{ApiError, KeySent};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::forms::edit::Edit;
use crate::forms::search::FieldError;
use crate::hooks::api::{use_submit, FormStatus};
use crate::pages::search::today;
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::notice::use_notice;
use crate::state::store::{edits, use_store, StoreHandle, Update};

/// An answer of the app, as a boxed future.
pub type Answer = Pin<Box<dyn Future<Output = Result<KeySent, ApiError>>>>;

/// One 認証キー flow: its form (which holds the step) and what differs between flows.
pub trait KeyFlowSpec: FormStatus + Clone + PartialEq + Default + 'static {
    type Step: Copy + PartialEq + 'static;
    type KeyRequest: 'static;
    type Completion: 'static;

    /// The step heading, where the focus goes on each new step (`#…-step-heading`).
    const HEADING: &'static str;
    /// Shown on the login once the flow is done.
    const DONE_NOTICE: &'static str;

    /// The element id of the box a refused field belongs to.
    fn box_id(field: &str) -> Option<&'static str>;
    fn go_to(&mut self, step: Self::Step);
    fn is_done(&self) -> bool;
    /// The request for a key, checked.
    fn key_request(&self, today: NaiveDate) -> Result<Self::KeyRequest, FieldError>;
    /// The completion with the key, checked.
    fn completion(&self, today: NaiveDate) -> Result<Self::Completion, FieldError>;
    fn send_key(request: Self::KeyRequest) -> Answer;
    fn complete(completion: Self::Completion) -> Answer;
    fn key_sent(&mut self, sent: KeySent);
    fn completed(&mut self, done: KeySent);
    fn failed(&mut self, err: &ApiError);
}

/// What a flow's view is given.
pub struct KeyFlow<S: KeyFlowSpec> {
    pub form: StoreHandle<S>,
    pub on_edit: Callback<Edit<S>>,
    /// 「次へ」, 「戻る」, 「認証キーを再送信する」.
    pub on_step: Callback<S::Step>,
    pub on_send_key: Callback<()>,
    pub on_complete: Callback<()>,
    /// 「ログイン画面へ」 at the end, or 「ログイン画面に戻る」 on the way.
    pub on_to_login: Callback<()>,
}

/// The flow `S`, owned by the calling page: typed secrets go when the page is left.
#[hook]
pub fn use_key_flow<S: KeyFlowSpec>() -> KeyFlow<S> {
    let form = use_store::<S>();
    let submit = use_submit(&form, S::box_id, S::HEADING);
    let focus = use_focus();
    let notice = use_notice();
    let navigator = use_navigator();
    use_focus_on_mount(S::HEADING);
    let on_step = {
        let form = form.clone();
        Callback::from(move |step: S::Step| {
            form.update(move |f| f.go_to(step));
            focus.top(S::HEADING);
        })
    };
    let answer =
        |f: &mut S, result: Result<KeySent, ApiError>, ok: fn(&mut S, KeySent)| match result {
            Ok(sent) => ok(f, sent),
            Err(err) => f.failed(&err),
        };
    let on_send_key = {
        let submit = submit.clone();
        Callback::from(move |()| {
            submit.send(
                submit.form().key_request(today()),
                S::send_key,
                move |f, result| answer(f, result, S::key_sent),
                Some(S::HEADING),
            );
        })
    };
    let on_complete = {
        let submit = submit.clone();
        Callback::from(move |()| {
            submit.send(
                submit.form().completion(today()),
                S::complete,
                move |f, result| answer(f, result, S::completed),
                Some(S::HEADING),
            );
        })
    };
    let on_to_login = {
        let form = form.clone();
        Callback::from(move |()| {
            if form.is_done() {
                notice.show_on(Route::Login, S::DONE_NOTICE);
            }
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Login);
            }
        })
    };
    KeyFlow {
        on_edit: edits(&form),
        form,
        on_step,
        on_send_key,
        on_complete,
        on_to_login,
    }
}
