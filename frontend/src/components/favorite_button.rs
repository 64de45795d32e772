//! The お気に入り toggle of a posting (`.favorite-toggle`, with `data-favorite="true"` once it is
//! a favorite): 「☆ お気に入りに追加」 or 「★ お気に入りから削除」, disabled while the app
//! answers; a refusal (e.g. the 300 favorites are reached) appears below it
//! (`.favorite-error`). Shown on each result card and on the 求人票 for signed-in job seekers.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::lang::use_texts;

use crate::forms::mypage::FavoriteMarks;

/// 「お気に入りに追加」 (`add`) or 「お気に入りから削除」 of one posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FavoriteToggle {
    pub job_number: String,
    pub add: bool,
}

#[derive(Properties, PartialEq)]
pub struct FavoriteButtonProps {
    pub job_number: AttrValue,
    pub marks: Rc<FavoriteMarks>,
    pub on_toggle: Callback<FavoriteToggle>,
    /// The posting's 職種, named in the button's accessible label.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// An id for the button (the 求人票's is `#sheet-favorite`).
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[function_component]
pub fn FavoriteButton(props: &FavoriteButtonProps) -> Html {
    let t = use_texts();
    let number = props.job_number.as_str();
    let favorite = props.marks.is_favorite(number);
    let busy = props.marks.is_busy(number);
    let onclick = {
        let cb = props.on_toggle.clone();
        let job_number = number.to_owned();
        Callback::from(move |_: MouseEvent| {
            cb.emit(FavoriteToggle {
                job_number: job_number.clone(),
                add: !favorite,
            })
        })
    };
    let (star, text, named) = if favorite {
        ("★", t.t("favorite-remove"), "favorite-remove-named")
    } else {
        ("☆", t.t("favorite-add"), "favorite-add-named")
    };
    let label = props
        .title
        .as_ref()
        .map(|title| t.t_with(named, &[("title", title.as_str().into())]));
    let error_id = format!("favorite-error-{number}");
    let refusal = props.marks.refusal_for(number);
    html! {
        <div class="favorite-box">
            <button type="button" id={props.id.clone()}
                class={classes!("button", "favorite-toggle", favorite.then_some("is-favorite"))}
                data-favorite={favorite.to_string()}
                aria-label={label}
                aria-describedby={refusal.is_some().then(|| error_id.clone())}
                disabled={busy} aria-busy={busy.then_some("true")}
                {onclick}>
                <span class="favorite-star" aria-hidden="true">{ star }</span>
                { text }
            </button>
            if let Some(message) = refusal {
                <p id={error_id} class="field-error favorite-error" role="alert">
                    { message.to_owned() }
                </p>
            }
        </div>
    }
}
