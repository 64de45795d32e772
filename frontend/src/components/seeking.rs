//! 求職状態 on screen. [`seeking_rows`]: its rows in a table (`#seeking-state` with `data-state`
//! `valid` / `invalid` and the badge 有効 / 無効, the last valid day in `#seeking-valid-until`).
//! [`SeekingAdvice`]: the banner a job seeker sees when their registration ends soon or has
//! ended (`#seeking-advice`, `data-urgency` `soon` / `lapsed`), with the way to 各種設定
//! (`#seeking-advice-settings`) when 求職有効 can be switched online. Nothing while 有効 and far
//! from its end.

use shigoto_shared::{JobSeekingState, SeekingStatus};
use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::format::date_ja;
use crate::forms::seeking::{advice, Urgency};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SeekingAdviceProps {
    pub status: SeekingStatus,
    /// Whether to offer the way to 各種設定 (not on 各種設定 itself).
    #[prop_or(true)]
    pub link_to_settings: bool,
}

#[function_component]
pub fn SeekingAdvice(props: &SeekingAdviceProps) -> Html {
    let Some(advice) = advice(&props.status) else {
        return html! {};
    };
    let urgency = match advice.urgency {
        Urgency::Soon => "soon",
        Urgency::Lapsed => "lapsed",
    };
    html! {
        <div id="seeking-advice" class={classes!("seeking-advice", format!("seeking-{urgency}"))}
            data-urgency={urgency} role="status">
            <span class="caution-mark" aria-hidden="true">{ "！" }</span>
            <p class="seeking-advice-text">{ advice.text }</p>
            if advice.switch_online && props.link_to_settings {
                <NavLink id="seeking-advice-settings" to={Route::SeekerSettings}
                    class={classes!("button", "button-primary")}>
                    { "各種設定へ" }
                </NavLink>
            }
        </div>
    }
}

/// The 求職状態 rows of a table: the state with its badge, and the last valid day.
pub fn seeking_rows(status: &SeekingStatus) -> Html {
    let state = match status.state {
        JobSeekingState::Valid => "valid",
        JobSeekingState::Invalid => "invalid",
    };
    html! {
        <>
            <tr>
                <th scope="row">{ "求職状態" }</th>
                <td id="seeking-state" class="seeking-state" data-state={state}>
                    <span class="status-badge">{ status.state.label() }</span>
                </td>
            </tr>
            <tr>
                <th scope="row">{ "有効期限" }</th>
                <td id="seeking-valid-until">{ date_ja(status.valid_until) }</td>
            </tr>
        </>
    }
}
