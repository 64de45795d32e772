//! One thread (`#thread`): the other side in the heading, the messages ([`MessageList`]), and,
//! where the reader may write, the box (`#message-body`, with its count) and 「送信する」
//! (`#send-message`); a refusal is `#message-error`. Where they may not (a seeker in the Hello
//! Work thread) it says so (`#message-one-way`) and shows no box. It reads this device's copy
//! (again every few seconds), so it opens offline; a message written offline shows
//! 「送信待ち」 (`#messages-waiting`) until the service has it. Opening it marks it read.

use shigoto_shared::{MessageSide, Role, ThreadParty};
use yew::prelude::*;

use crate::components::form_field::{on_text_area, submit};
use crate::components::message_list::MessageList;
use crate::components::nav_link::NavLink;
use crate::forms::account::Edit;
use crate::forms::messages::{ThreadState, MESSAGE_LIMIT};
use crate::hooks::api::use_api;
use crate::hooks::every::{use_every, REREAD_SECONDS};
use crate::ipc;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::session::use_session;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct ThreadProps {
    pub state: ThreadState,
    /// The reader's side.
    pub own_side: MessageSide,
    pub on_edit: Callback<Edit<ThreadState>>,
    pub on_send: Callback<()>,
}

#[function_component]
pub fn ThreadView(props: &ThreadProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let heading = state
        .view
        .as_ref()
        .map_or_else(|| t.t("nav-messages"), |view| view.thread.title.clone());
    let body = match &state.view {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("page-loading") }</p> }
        }
        None => html! {},
        Some(view) => html! {
            <>
                <MessageList messages={view.messages.clone()} waiting={view.waiting.clone()}
                    own_side={props.own_side} />
                if !view.waiting.is_empty() {
                    <p id="messages-waiting" class="hint" role="status">
                        { t.t("messages-thread-waiting") }
                    </p>
                }
                if view.thread.can_write {
                    <form id="message-form" class="message-form" onsubmit={submit(&props.on_send)} novalidate=true>
                        <label for="message-body" class="field-label">{ t.t("messages-thread-write") }</label>
                        <textarea id="message-body" class="input textarea" rows="4"
                            value={state.draft.clone()} aria-describedby="message-count"
                            aria-invalid={state.error.is_some().then_some("true")}
                            oninput={on_text_area(&props.on_edit, |s, v| s.draft = v)} />
                        <p id="message-count" class="hint">
                            { t.t_with("messages-count", &[("count", state.draft_count().to_string().into()), ("max", MESSAGE_LIMIT.to_string().into())]) }
                        </p>
                        if let Some(error) = &state.error {
                            <p id="message-error" class="field-error" role="alert">{ error.clone() }</p>
                        }
                        <button type="submit" id="send-message" class="button button-primary"
                            disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                            { if state.busy { t.t("messages-sending") } else { t.t("messages-send") } }
                        </button>
                    </form>
                } else if view.thread.party == ThreadParty::HelloWork {
                    <p id="message-one-way" class="notice">
                        { t.t("messages-thread-one-way") }
                    </p>
                }
            </>
        },
    };
    html! {
        <section id="thread" class="panel" aria-labelledby="thread-heading">
            <h2 id="thread-heading" class="panel-title" tabindex="-1">{ heading }</h2>
            if let Some(error) = &state.load_error {
                <p id="thread-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <p class="back-link">
                <NavLink id="back-to-messages" to={Route::Messages} class={classes!("text-button")}>
                    { t.t("messages-thread-back") }
                </NavLink>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ThreadPageProps {
    pub id: i64,
}

/// One thread (`/messages/{id}`), read when shown and marked read.
#[function_component]
pub fn ThreadPage(props: &ThreadPageProps) -> Html {
    let form = use_store::<ThreadState>();
    let api = use_api();
    let session = use_session();
    use_focus_on_mount("#thread-heading");
    // Read from this device's copy: now, and again as sync brings news; what is shown is
    // marked read.
    let reload = {
        let (form, api) = (form.clone(), api.clone());
        let id = props.id;
        Callback::from(move |()| {
            let form = form.clone();
            let marker = api.clone();
            api.run(async move { ipc::thread(id).await }, move |result| {
                let newest = result
                    .as_ref()
                    .ok()
                    .filter(|view| view.thread.unread > 0)
                    .and_then(|view| view.messages.last().map(|m| m.id));
                form.update_once(move |s| s.loaded(result));
                if let Some(up_to) = newest {
                    marker.run(async move { ipc::mark_read(id, up_to).await }, |_| {});
                }
            });
        })
    };
    {
        let (form, reload) = (form.clone(), reload.clone());
        use_effect_with(props.id, move |_| {
            form.update(ThreadState::loading);
            reload.emit(());
        });
    }
    use_every(REREAD_SECONDS, reload);
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<ThreadState>| form.update(move |s| edit.apply(s)))
    };
    let on_send = {
        let form = form.clone();
        let id = props.id;
        Callback::from(move |()| {
            if form.busy {
                return;
            }
            let body = match form.body() {
                Ok(body) => body,
                Err(message) => {
                    form.update(move |s| s.error = Some(message.clone()));
                    return;
                }
            };
            form.update(ThreadState::sending);
            let form = form.clone();
            api.run(
                async move { ipc::send_message(id, &body).await },
                move |result| form.update_once(move |s| s.sent(result)),
            );
        })
    };
    let own_side = match session.account().map(|a| a.role) {
        Some(Role::Employer) => MessageSide::Employer,
        Some(Role::Counselor) => MessageSide::HelloWork,
        _ => MessageSide::Seeker,
    };
    html! {
        <ThreadView state={(*form).clone()} own_side={own_side} on_edit={on_edit} on_send={on_send} />
    }
}
