//! 求職状態 on screen. [`seeking_rows`]: its rows in a table (`#seeking-state` with `data-state`
//! `valid` / `invalid` and the badge 有効 / 無効, the last valid day in `#seeking-valid-until`).
//! [`SeekingAdvice`]: the banner a job seeker sees when their registration ends soon or has
//! ended (`#seeking-advice`, `data-urgency` `soon` / `lapsed`), with the way to 各種設定
//! (`#seeking-advice-settings`) when 求職有効 can be switched online. Nothing while 有効 and far
//! from its end.

use shigoto_shared::{JobSeekingState, SeekingStatus};
use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::format::date;
use crate::forms::seeking::{advice, Urgency};
use crate::route::Route;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct SeekingAdviceProps {
    pub status: SeekingStatus,
    /// Whether to offer the way to 各種設定 (not on 各種設定 itself).
    #[prop_or(true)]
    pub link_to_settings: bool,
}

#[function_component]
pub fn SeekingAdvice(props: &SeekingAdviceProps) -> Html {
    let t = use_texts();
    let Some(advice) = advice(t, &props.status) else {
        return html! {};
    };
    let urgency = match advice.urgency {
        Urgency::Soon => "soon",
        Urgency::Lapsed => "lapsed",
    };
    html! {
        <div id="seeking-advice" class={classes!("seeking-advice", format!("seeking-{urgency}"))}
            data-urgency={urgency} role="status">
            <span class="caution-mark" aria-hidden="true">{ t.t("seeker-seeking-advice-mark") }</span>
            <p class="seeking-advice-text">{ advice.text }</p>
            if advice.switch_online && props.link_to_settings {
                <NavLink id="seeking-advice-settings" to={Route::SeekerSettings}
                    class={classes!("button", "button-primary")}>
                    { t.t("seeker-to-settings") }
                </NavLink>
            }
        </div>
    }
}

/// The 求職状態 rows of a table: the state with its badge, and the last valid day.
pub fn seeking_rows(status: &SeekingStatus) -> Html {
    html! { <SeekingRows status={*status} /> }
}

#[derive(Properties, PartialEq)]
pub struct SeekingRowsProps {
    pub status: SeekingStatus,
}

/// [`seeking_rows`] in the language shown.
#[function_component]
pub fn SeekingRows(props: &SeekingRowsProps) -> Html {
    let t = use_texts();
    let status = &props.status;
    let state = match status.state {
        JobSeekingState::Valid => "valid",
        JobSeekingState::Invalid => "invalid",
    };
    html! {
        <>
            <tr>
                <th scope="row">{ t.t("seeker-seeking-state") }</th>
                <td id="seeking-state" class="seeking-state" data-state={state}>
                    <span class="status-badge">{ status.state.label_in(t) }</span>
                </td>
            </tr>
            <tr>
                <th scope="row">{ t.t("seeker-seeking-valid-until-label") }</th>
                <td id="seeking-valid-until">{ date(t, status.valid_until) }</td>
            </tr>
        </>
    }
}
