//! Menu entries with a count beside them, read from this device's copy when the screen changes
//! and every [`REREAD_SECONDS`]: メッセージ (`#nav-messages`, unread messages in
//! `#nav-messages-unread`), 求職活動状況 (`#nav-activity`, introductions and results not yet
//! shown there in `#nav-activity-new`), and a job seeker's 求人検索 (`#nav-search`, postings new
//! for the saved searches marked 新着をお知らせ in `#nav-search-new`).

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use shigoto_i18n::Catalogue;
use wasm_bindgen_futures::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;
use yew_router::hooks::use_route;

use crate::components::nav_link::NavLink;
use crate::hooks::every::REREAD_SECONDS;
use crate::ipc;
use crate::route::Route;
use crate::state::lang::use_texts;

/// What an entry counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    UnreadMessages,
    ActivityNews,
    NewPostings,
}

impl Counted {
    fn route(self) -> Route {
        match self {
            Counted::UnreadMessages => Route::Messages,
            Counted::ActivityNews => Route::Activity,
            Counted::NewPostings => Route::Search,
        }
    }

    fn ids(self) -> (&'static str, &'static str) {
        match self {
            Counted::UnreadMessages => ("nav-messages", "nav-messages-unread"),
            Counted::ActivityNews => ("nav-activity", "nav-activity-new"),
            Counted::NewPostings => ("nav-search", "nav-search-new"),
        }
    }

    fn label(self, t: &Catalogue) -> String {
        match self {
            Counted::UnreadMessages => t.t("nav-messages"),
            Counted::ActivityNews => t.t("nav-activity"),
            Counted::NewPostings => t.t("nav-search"),
        }
    }

    fn spoken(self, t: &Catalogue, count: u32) -> String {
        let count = [("count", count.into())];
        match self {
            Counted::UnreadMessages => t.t_with("nav-messages-unread", &count),
            Counted::ActivityNews => t.t_with("nav-activity-new", &count),
            Counted::NewPostings => t.t_with("nav-search-new", &count),
        }
    }

    async fn read(self) -> Option<u32> {
        match self {
            Counted::UnreadMessages => ipc::unread_messages().await.ok().map(|u| u.count),
            Counted::ActivityNews => ipc::activity_news().await.ok(),
            Counted::NewPostings => ipc::new_postings_total()
                .await
                .ok()
                .map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct CountedNavProps {
    pub counted: Counted,
    /// The screen's menu entry.
    pub marked: Route,
}

#[function_component]
pub fn CountedNav(props: &CountedNavProps) -> Html {
    let t = use_texts();
    let count = use_state(|| 0_u32);
    let screen = use_route::<Route>();
    let counted = props.counted;
    {
        let count = count.clone();
        use_effect_with(screen, move |_| {
            let alive = Rc::new(Cell::new(true));
            let running = alive.clone();
            spawn_local(async move {
                while running.get() {
                    if let Some(read) = counted.read().await {
                        if running.get() {
                            count.set(read);
                        }
                    }
                    sleep(Duration::from_secs(REREAD_SECONDS)).await;
                }
            });
            move || alive.set(false)
        });
    }
    let route = counted.route();
    let current = props.marked == route;
    let (id, badge_id) = counted.ids();
    html! {
        <li>
            <NavLink id={id} to={route} class={classes!("nav-item")} current={current}>
                { counted.label(t) }
                if *count > 0 {
                    <span id={badge_id} class="nav-badge" aria-label={counted.spoken(t, *count)}>
                        { count.to_string() }
                    </span>
                }
            </NavLink>
        </li>
    }
}
