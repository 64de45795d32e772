//! The edits of a job seeker that the service refused (`#sync-rejections`), shown under the
//! header until closed.

use yew::prelude::*;

use crate::state::lang::use_texts;
use crate::state::mypage::use_mypage;

#[function_component]
pub fn Rejections() -> Html {
    let t = use_texts();
    let mypage = use_mypage();
    let rejections = &mypage.state().rejections;
    if !mypage.active || rejections.is_empty() {
        return html! {};
    }
    let close = {
        let mypage = mypage.clone();
        Callback::from(move |_: MouseEvent| mypage.dismiss_rejections())
    };
    html! {
        <div id="sync-rejections" class="banner banner-error sync-rejections" role="alert">
            <div class="banner-text">
                <p class="rejections-title">
                    { t.t("seeker-rejections-title") }
                </p>
                <ul class="rejections-list">
                    { for rejections.iter().map(|edit| html! {
                        <li>{ edit.message.clone() }</li>
                    }) }
                </ul>
            </div>
            <button type="button" id="dismiss-rejections" class="button button-secondary"
                onclick={close}>
                { t.t("seeker-rejections-close") }
            </button>
        </div>
    }
}
