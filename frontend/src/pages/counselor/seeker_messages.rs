//! Messages to a seeker on the counter's record (`#seeker-messages`): the seeker's Hello Work
//! thread as it stands when the record opens, then after each message ([`MessageList`]), and the box (`#seeker-message-body`)
//! with 「送信する」 (`#send-seeker-message`). The seeker reads them in メッセージ and cannot
//! answer. Refused: `#seeker-message-error`.

use shigoto_shared::{CachedThread, MessageSide, ThreadMessage};
use yew::prelude::*;

use crate::components::form_field::{on_text_area, submit};
use crate::components::message_list::MessageList;
use crate::forms::account::Edit;
use crate::forms::messages::{ThreadState, MESSAGE_LIMIT};
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct SeekerMessagesProps {
    pub seeker_number: AttrValue,
}

/// The Hello Work thread of the seeker numbered `seeker_number`, written from the counter.
#[function_component]
pub fn SeekerMessages(props: &SeekerMessagesProps) -> Html {
    let t = use_texts();
    let form = use_store::<ThreadState>();
    let api = use_api();
    // What Hello Work wrote before, read when the record opens.
    let history = use_state(Vec::<ThreadMessage>::new);
    {
        let (history, api) = (history.clone(), api.clone());
        use_effect_with(props.seeker_number.clone(), move |number| {
            let number = number.to_string();
            api.run(
                async move { ipc::seeker_messages(&number).await },
                move |result| {
                    if let Ok(messages) = result {
                        history.set(messages);
                    }
                },
            );
        });
    }
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<ThreadState>| form.update(move |s| edit.apply(s)))
    };
    let on_send = {
        let form = form.clone();
        let number = props.seeker_number.to_string();
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
            let (form, number) = (form.clone(), number.clone());
            api.run(
                async move { ipc::message_seeker(&number, &body).await },
                move |result| form.update_once(move |s| s.sent(result.map(CachedThread::from))),
            );
        })
    };
    let state = &*form;
    html! {
        <section id="seeker-messages" aria-labelledby="seeker-messages-heading">
            <h3 id="seeker-messages-heading" class="sheet-section-title">{ t.t("counselor-messages-heading") }</h3>
            if let Some(view) = &state.view {
                <MessageList messages={view.messages.clone()} own_side={MessageSide::HelloWork} />
            } else if !history.is_empty() {
                <MessageList messages={(*history).clone()} own_side={MessageSide::HelloWork} />
            } else {
                <p class="hint">{ t.t("counselor-messages-hint") }</p>
            }
            <form id="seeker-message-form" class="message-form" onsubmit={submit(&on_send)} novalidate=true>
                <label for="seeker-message-body" class="field-label">{ t.t("counselor-messages-body") }</label>
                <textarea id="seeker-message-body" class="input textarea" rows="3"
                    value={state.draft.clone()}
                    aria-invalid={state.error.is_some().then_some("true")}
                    oninput={on_text_area(&on_edit, |s, v| s.draft = v)} />
                <p class="hint">{ t.t_with("messages-count", &[("count", state.draft_count().to_string().into()), ("max", MESSAGE_LIMIT.to_string().into())]) }</p>
                if let Some(error) = &state.error {
                    <p id="seeker-message-error" class="field-error" role="alert">{ error.clone() }</p>
                }
                <button type="submit" id="send-seeker-message" class="button button-primary"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("messages-sending") } else { t.t("messages-send") } }
                </button>
            </form>
        </section>
    }
}
