//! The menu's メッセージ entry (`#nav-messages`) with the number of unread messages
//! (`#nav-messages-unread`), read from this device's copy when the screen changes (a thread
//! read, back to the list) and every [`REREAD_SECONDS`].

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_futures::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;
use yew_router::hooks::use_route;

use crate::components::nav_link::NavLink;
use crate::hooks::every::REREAD_SECONDS;
use crate::ipc;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MessagesNavProps {
    /// The screen's menu entry (the count is read again when it changes).
    pub marked: Route,
}

#[function_component]
pub fn MessagesNav(props: &MessagesNavProps) -> Html {
    let unread = use_state(|| 0_u32);
    let screen = use_route::<Route>();
    {
        let unread = unread.clone();
        use_effect_with(screen, move |_| {
            let alive = Rc::new(Cell::new(true));
            let running = alive.clone();
            spawn_local(async move {
                while running.get() {
                    if let Ok(answer) = ipc::unread_messages().await {
                        if running.get() {
                            unread.set(answer.count);
                        }
                    }
                    sleep(Duration::from_secs(REREAD_SECONDS)).await;
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
