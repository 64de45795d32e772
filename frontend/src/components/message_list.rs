//! The messages of a thread, oldest first (`ol.message-list`, each `li.message[data-side]`):
//! who wrote, when (Japan time) and the text as written, line breaks kept and never read as
//! markup, and for a counselor's introduction 「求人票を見る」 (`.message-job`); then the reader's messages written on this device that the service does not have
//! yet (`li.message-waiting`, 「送信待ち」).

use shigoto_shared::{MessageSide, ThreadMessage, WaitingMessage};
use yew::prelude::*;

use crate::format::jst_datetime;
use crate::forms::mypage::SheetReturn;
use crate::pages::search::open_job;
use crate::state::lang::use_texts;
use yew_router::prelude::use_navigator;

#[derive(Properties, PartialEq)]
pub struct MessageListProps {
    pub messages: Vec<ThreadMessage>,
    /// Written here, not yet stored by the service.
    #[prop_or_default]
    pub waiting: Vec<WaitingMessage>,
    /// The reader's side: their own messages are set apart.
    pub own_side: MessageSide,
}

#[function_component]
pub fn MessageList(props: &MessageListProps) -> Html {
    let t = use_texts();
    let navigator = use_navigator();
    let open = |job: &String| {
        let (navigator, job) = (navigator.clone(), job.clone());
        Callback::from(move |_: MouseEvent| {
            open_job(&navigator, job.clone(), SheetReturn::Messages)
        })
    };
    if props.messages.is_empty() && props.waiting.is_empty() {
        return html! { <p id="no-messages" class="muted">{ t.t("messages-none") }</p> };
    }
    html! {
        <ol class="message-list">
            { for props.messages.iter().map(|message| {
                let own = message.side == props.own_side;
                html! {
                    <li key={message.id} class={classes!("message", own.then_some("message-own"))}
                        data-side={message.side.as_str()}>
                        <p class="message-meta">
                            <span class="message-sender">{ message.sender_name.clone() }</span>
                            <time class="message-time">{ jst_datetime(t, message.sent_at) }</time>
                        </p>
                        <p class="message-body">{ message.body.clone() }</p>
                        if let Some(job) = &message.job_number {
                            <button type="button" class="button button-secondary message-job"
                                data-job-number={job.clone()} onclick={open(job)}>
                                { t.t("messages-open-job") }
                            </button>
                        }
                    </li>
                }
            }) }
            { for props.waiting.iter().map(|waiting| html! {
                <li key={waiting.key.clone()} class="message message-own message-waiting"
                    data-side={props.own_side.as_str()}>
                    <p class="message-meta">
                        <span class="message-sender">{ t.t("messages-you") }</span>
                        <time class="message-time">{ jst_datetime(t, waiting.written_at) }</time>
                        <span class="badge message-waiting-label">{ t.t("messages-waiting") }</span>
                    </p>
                    <p class="message-body">{ waiting.body.clone() }</p>
                </li>
            }) }
        </ol>
    }
}
