//! 求職者の記録 (counselors, `#seeker-desk`): the 求職番号 of a seeker who came to the counter
//! (`#seeker-desk-number`, full-width digits accepted) and 「開く」 (`#seeker-desk-open`), which
//! shows their record; a number that is not one is refused under the box
//! (`#seeker-desk-number-error`); below, finding a seeker by 氏名 or フリガナ
//! ([`SeekerFinder`]).

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::form_field::submit;
use crate::components::seeker_finder::SeekerFinder;
use crate::forms::seeker_record::SeekerDeskState;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct SeekerDeskProps {
    pub state: SeekerDeskState,
    pub on_number: Callback<String>,
    pub on_open: Callback<()>,
}

#[function_component]
pub fn SeekerDeskView(props: &SeekerDeskProps) -> Html {
    let t = use_texts();
    let on_input = {
        let cb = props.on_number.clone();
        Callback::from(move |event: InputEvent| {
            cb.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let error = props.state.error.clone();
    html! {
        <section id="seeker-desk" class="panel counter-panel" aria-labelledby="seeker-desk-heading">
            <h2 id="seeker-desk-heading" class="panel-title" tabindex="-1">{ t.t("counselor-record-heading") }</h2>
            <p class="panel-lead">
                { t.t("counselor-desk-lead") }
            </p>
            <form class="inline-form" onsubmit={submit(&props.on_open)} novalidate=true>
                <label for="seeker-desk-number" class="field-label">{ t.t("counselor-seeker-number") }</label>
                <input id="seeker-desk-number" class="input" type="text" inputmode="numeric"
                    placeholder="12345-12345678" autocomplete="off"
                    value={props.state.number.clone()} oninput={on_input}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then_some("seeker-desk-number-error")} />
                <button type="submit" id="seeker-desk-open" class="button button-primary">{ t.t("counselor-desk-open") }</button>
            </form>
            if let Some(error) = error {
                <p id="seeker-desk-number-error" class="field-error" role="alert">{ error }</p>
            }
        </section>
    }
}

/// 求職者の記録 (`/counselor/seekers`).
#[function_component]
pub fn SeekerDeskPage() -> Html {
    let form = use_store::<SeekerDeskState>();
    let navigator = use_navigator();
    use_focus_on_mount("#seeker-desk-heading");
    let on_number = {
        let form = form.clone();
        Callback::from(move |number: String| form.update(move |s| s.number = number.clone()))
    };
    let on_open = {
        let form = form.clone();
        Callback::from(move |()| {
            let mut desk = (*form).clone();
            let opened = desk.open();
            let error = desk.error.clone();
            form.update(move |s| s.error = error.clone());
            if let (Some(seeker_number), Some(navigator)) = (opened, &navigator) {
                navigator.push(&Route::SeekerRecord { seeker_number });
            }
        })
    };
    html! {
        <>
            <SeekerDeskView state={(*form).clone()} on_number={on_number} on_open={on_open} />
            <SeekerFinder />
        </>
    }
}
