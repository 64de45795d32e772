//! Calling the app's commands from a page: [`Api::run`] reports what each answer says about the
//! connection and sends an ended session to the login; [`use_submit`] adds what every form
//! submission needs: nothing while an answer is awaited (the form's busy flag), the local
//! checks' refusal shown and focused at its box, answers that arrive for a form no longer
//! waiting dropped, and the focus moved once the answer is shown.

use std::future::Future;

use shigoto_shared::{ApiError, ErrorCode};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::forms::search::FieldError;
pub use crate::forms::status::FormStatus;
use crate::state::connection::{use_connection, ConnectionContext};
use crate::state::focus::{use_focus, Focus};
use crate::state::session::{use_session, SessionContext};
use crate::state::store::{StoreHandle, Update};

/// Runs the app's commands for a page.
#[derive(Clone, PartialEq)]
pub struct Api {
    connection: ConnectionContext,
    session: SessionContext,
}

impl Api {
    /// Runs `call`; its answer goes to `then`, unless the service said the session has ended
    /// (then the person is sent to the login and the answer dropped).
    pub fn run<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, ApiError>> + 'static,
        then: impl FnOnce(Result<T, ApiError>) + 'static,
    ) {
        let api = self.clone();
        spawn_local(async move {
            let result = call.await;
            api.connection.answered(&result);
            let ended = matches!(&result, Err(err) if err.code == ErrorCode::Unauthenticated);
            if ended && api.session.account().is_some() {
                api.session.expired();
                return;
            }
            then(result);
        });
    }
}

#[hook]
pub fn use_api() -> Api {
    Api {
        connection: use_connection(),
        session: use_session(),
    }
}

/// Submits the form of one page.
#[derive(Clone)]
pub struct Submit<T: Clone + PartialEq + 'static> {
    api: Api,
    form: StoreHandle<T>,
    focus: Focus,
    /// The element id of the box a refused field belongs to.
    box_id: fn(&str) -> Option<&'static str>,
    /// Where the focus goes when an answer names no box on the screen (the step's heading).
    heading: &'static str,
}

impl<T: FormStatus + Clone + PartialEq + 'static> Submit<T> {
    /// Sends `checked` (the form's own checks passed) through `call`; `answer` applies the
    /// service's answer to the form if the form still waits for it. Afterwards the focus goes
    /// to `on_ok` (the window back to the top), or for a refusal to its box, else the heading.
    pub fn send<Request, Answer, Call>(
        &self,
        checked: Result<Request, FieldError>,
        call: impl FnOnce(Request) -> Call + 'static,
        answer: impl FnOnce(&mut T, Result<Answer, ApiError>) + 'static,
        on_ok: Option<&'static str>,
    ) where
        Request: 'static,
        Answer: 'static,
        Call: Future<Output = Result<Answer, ApiError>> + 'static,
    {
        if self.form.busy() {
            return;
        }
        let request = match checked {
            Err(err) => {
                self.focus_refusal(err.field.as_deref());
                self.form.update_once(move |form| form.set_error(Some(err)));
                return;
            }
            Ok(request) => request,
        };
        self.form.update(T::started);
        let submit = self.clone();
        self.api.run(call(request), move |result| {
            let refused = result.as_ref().err().map(|err| err.field.clone());
            submit.form.update_once(move |form| {
                if form.busy() {
                    form.set_busy(false);
                    answer(form, result);
                }
            });
            match refused {
                Some(field) => submit.focus_refusal(field.as_deref()),
                None => {
                    if let Some(target) = on_ok {
                        submit.focus.top(target);
                    }
                }
            }
        });
    }

    /// Like [`Submit::send`] for a form that is left once accepted: the answer goes to `done`
    /// (which moves on, e.g. back to the earlier screen); a refusal goes to `failed`.
    pub fn send_and_leave<Request, Answer, Call>(
        &self,
        checked: Result<Request, FieldError>,
        call: impl FnOnce(Request) -> Call + 'static,
        done: impl FnOnce(Answer) + 'static,
        failed: fn(&mut T, &ApiError),
    ) where
        Request: 'static,
        Answer: 'static,
        Call: Future<Output = Result<Answer, ApiError>> + 'static,
    {
        self.send(
            checked,
            call,
            move |form, result| match result {
                // Run after the form's own update: `done` changes other state.
                Ok(answer) => spawn_local(async move { done(answer) }),
                Err(err) => failed(form, &err),
            },
            None,
        );
    }

    fn focus_refusal(&self, field: Option<&str>) {
        let at_box = field.and_then(self.box_id).map(|id| format!("#{id}"));
        match at_box {
            Some(selector) => self.focus.first_of(&[&selector, self.heading], false),
            None => self.focus.first_of(&[self.heading], false),
        }
    }

    pub fn form(&self) -> &StoreHandle<T> {
        &self.form
    }
}

/// The submitter of `form`: refusals focus their box (`box_id`), else `heading`.
#[hook]
pub fn use_submit<T: FormStatus + Clone + PartialEq + 'static>(
    form: &StoreHandle<T>,
    box_id: fn(&str) -> Option<&'static str>,
    heading: &'static str,
) -> Submit<T> {
    Submit {
        api: use_api(),
        form: form.clone(),
        focus: use_focus(),
        box_id,
        heading,
    }
}
