//! The menu's メッセージ entry (`#nav-messages`) with the number of unread messages
//! (`#nav-messages-unread`), read when the screen changes and every [`UNREAD_POLL_SECONDS`].

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_futures::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::ipc;
use crate::route::Route;

/// How often the count is read again while the app is open.
pub const UNREAD_POLL_SECONDS: u64 = 10;

#[derive(Properties, PartialEq)]
pub struct MessagesNavProps {
    /// The screen's menu entry (the count is read again when it changes).
    pub marked: Route,
}

#[function_component]
pub fn MessagesNav(props: &MessagesNavProps) -> Html {
    let unread = use_state(|| 0_u32);
    {
        let unread = unread.clone();
        use_effect_with(props.marked.clone(), move |_| {
            let alive = Rc::new(Cell::new(true));
            let running = alive.clone();
            spawn_local(async move {
                while running.get() {
                    if let Ok(answer) = ipc::unread_messages().await {
                        if running.get() {
                            unread.set(answer.count);
                        }
                    }
                    sleep(Duration::from_secs(UNREAD_POLL_SECONDS)).await;
                }
            });
            move || alive.set(false)
        });
    }
    let current = props.marked == Route::Messages;
    html! {
        <li>
            <NavLink id="nav-messages" to={Route::Messages} class={classes!("nav-item")} current={current}>
                { "メッセージ" }
                if *unread > 0 {
                    <span id="nav-messages-unread" class="nav-badge" aria-label={format!("未読 {}件", *unread)}>
                        { unread.to_string() }
                    </span>
                }
            </NavLink>
        </li>
    }
}
