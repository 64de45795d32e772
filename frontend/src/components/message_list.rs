//! The messages of a thread, oldest first (`ol.message-list`, each `li.message[data-side]`):
//! who wrote, when (Japan time) and the text as written, line breaks kept and never read as
//! markup; then the reader's messages written on this device that the service does not have
//! yet (`li.message-waiting`, 「送信待ち」).

use shigoto_shared::{MessageSide, ThreadMessage, WaitingMessage};
use yew::prelude::*;

use crate::format::jst_datetime;

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
    if props.messages.is_empty() && props.waiting.is_empty() {
        return html! { <p id="no-messages" class="muted">{ "メッセージはまだありません。" }</p> };
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
                            <time class="message-time">{ jst_datetime(message.sent_at) }</time>
                        </p>
                        <p class="message-body">{ message.body.clone() }</p>
                    </li>
                }
            }) }
            { for props.waiting.iter().map(|waiting| html! {
                <li key={waiting.key.clone()} class="message message-own message-waiting"
                    data-side={props.own_side.as_str()}>
                    <p class="message-meta">
                        <span class="message-sender">{ "あなた" }</span>
                        <time class="message-time">{ jst_datetime(waiting.written_at) }</time>
                        <span class="badge message-waiting-label">{ "送信待ち" }</span>
                    </p>
                    <p class="message-body">{ waiting.body.clone() }</p>
                </li>
            }) }
        </ol>
    }
}
