//! The screen of an address the app does not have.

use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::route::Route;
use crate::state::lang::use_texts;

#[function_component]
pub fn NotFoundPage() -> Html {
    let t = use_texts();
    html! {
        <section id="not-found" class="panel" aria-labelledby="not-found-heading">
            <h2 id="not-found-heading" class="panel-title" tabindex="-1">
                { t.t("not-found-heading") }
            </h2>
            <p>{ t.t("not-found-text") }</p>
            <p>
                <NavLink id="not-found-search" to={Route::Search} class={classes!("button", "button-primary")}>
                    { t.t("not-found-to-search") }
                </NavLink>
            </p>
        </section>
    }
}
