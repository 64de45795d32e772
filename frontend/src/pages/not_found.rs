//! The screen of an address the app does not have.

use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::route::Route;

#[function_component]
pub fn NotFoundPage() -> Html {
    html! {
        <section id="not-found" class="panel" aria-labelledby="not-found-heading">
            <h2 id="not-found-heading" class="panel-title" tabindex="-1">
                { "ページが見つかりません" }
            </h2>
            <p>{ "お探しのページは移動したか、存在しません。" }</p>
            <p>
                <NavLink id="not-found-search" to={Route::Search} class={classes!("button", "button-primary")}>
                    { "求人検索へ" }
                </NavLink>
            </p>
        </section>
    }
}
