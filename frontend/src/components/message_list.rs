//! The messages of a thread, oldest first (`ol.message-list`, each `li.message[data-side]`):
//! who wrote, when (Japan time) and the text as written, line breaks kept and never read as
//! markup.

use shigoto_shared::{MessageSide, ThreadMessage};
use yew::prelude::*;

use crate::format::jst_datetime;

#[derive(Properties, PartialEq)]
pub struct MessageListProps {
    pub messages: Vec<ThreadMessage>,
    /// The reader's side: their own messages are set apart.
    pub own_side: MessageSide,
}

#[function_component]
pub fn MessageList(props: &MessageListProps) -> Html {
    if props.messages.is_empty() {
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
        </ol>
    }
}
