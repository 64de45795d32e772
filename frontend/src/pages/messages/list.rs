//! メッセージ (`#messages`): the signed-in person's threads, the latest first
//! (`li.thread-row[data-thread-id][data-party]`, each with the other side, the time of the last
//! message and the unread count `.thread-unread`); a row opens the thread.

use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::format::jst_datetime;
use crate::forms::messages::ThreadsState;
use crate::hooks::every::{use_every, REREAD_SECONDS};
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::use_store;

#[derive(Properties, PartialEq)]
pub struct ThreadsProps {
    pub state: ThreadsState,
}

#[function_component]
pub fn ThreadsView(props: &ThreadsProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let list = match &state.threads {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("page-loading") }</p> }
        }
        None => html! {},
        Some(threads) if threads.is_empty() => html! {
            <p id="no-threads" class="muted">
                { t.t("messages-list-none") }
            </p>
        },
        Some(threads) => html! {
            <ul class="thread-list">
                { for threads.iter().map(|thread| html! {
                    <li key={thread.id} class="thread-row" data-thread-id={thread.id.to_string()}
                        data-party={thread.party.as_str()}>
                        <NavLink id={format!("open-thread-{}", thread.id)} to={Route::Thread { id: thread.id }} class={classes!("thread-open")}>
                            <span class="thread-title">{ thread.title.clone() }</span>
                            <span class="badge badge-kind">{ thread.party.label_in(t) }</span>
                        </NavLink>
                        <span class="thread-time">
                            { thread.last_message_at.map(|at| jst_datetime(t, at)).unwrap_or_default() }
                        </span>
                        if thread.unread > 0 {
                            <span class="badge thread-unread" aria-label={t.t_with("nav-messages-unread", &[("count", thread.unread.into())])}>
                                { t.t_with("messages-list-unread", &[("count", thread.unread.into())]) }
                            </span>
                        }
                    </li>
                }) }
            </ul>
        },
    };
    html! {
        <section id="messages" class="panel" aria-labelledby="messages-heading">
            <h2 id="messages-heading" class="panel-title" tabindex="-1">{ t.t("nav-messages") }</h2>
            if state.unread() > 0 {
                <p id="messages-unread" class="notice" role="status">
                    { t.t_with("messages-list-unread-note", &[("count", state.unread().into())]) }
                </p>
            }
            if let Some(error) = &state.error {
                <p id="messages-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { list }
        </section>
    }
}

/// メッセージ (`/messages`), read from this device's copy when shown and every few seconds.
#[function_component]
pub fn MessagesPage() -> Html {
    let form = use_store::<ThreadsState>();
    use_focus_on_mount("#messages-heading");
    let reload = use_load(
        &form,
        ipc::threads,
        Loader {
            is_loading: |s| s.loading,
            start: ThreadsState::loading,
            loaded: ThreadsState::loaded,
        },
    );
    use_every(REREAD_SECONDS, reload);
    html! { <ThreadsView state={(*form).clone()} /> }
}
