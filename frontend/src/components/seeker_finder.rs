//! Finding a job seeker by 氏名 or フリガナ on 求職者の記録 (`#seeker-find`): the words
//! (`#seeker-find-words`, refused under the box in `#seeker-find-words-error`), 「探す」
//! (`#seeker-find-submit`), and the registrations of the counselor's prefecture that match
//! (`#seeker-matches`, one `.seeker-match[data-seeker-number]` each, opened by
//! `.open-seeker-match`); `#seeker-find-none` when none does, `#seeker-find-more` when more do
//! than are listed.

use shigoto_domain::seeker_lookup::{lookup_words, MAX_LOOKUP_RESULTS};
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{RegistrationStatus, SeekerMatch, SeekerMatches};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::form_field::submit;
use crate::format::date;
use crate::forms::account::error_message;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::route::Route;
use crate::state::lang::use_texts;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct FinderState {
    words: String,
    busy: bool,
    error: Option<String>,
    found: Option<SeekerMatches>,
}

/// The key of a registration's status as the match lists it.
fn registration_key(status: RegistrationStatus) -> &'static str {
    match status {
        RegistrationStatus::Provisional => key!("employer-finder-registration-provisional"),
        RegistrationStatus::Registered => key!("employer-finder-registration-registered"),
        RegistrationStatus::Lapsed => key!("employer-finder-registration-lapsed"),
    }
}

#[function_component]
pub fn SeekerFinder() -> Html {
    let t = use_texts();
    let state = use_state(FinderState::default);
    let api = use_api();
    let navigator = use_navigator();
    let on_input = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let words = event.target_unchecked_into::<HtmlInputElement>().value();
            state.set(FinderState {
                words,
                ..(*state).clone()
            });
        })
    };
    let on_find = {
        let state = state.clone();
        Callback::from(move |()| {
            if state.busy {
                return;
            }
            if let Err(refused) = lookup_words(&state.words) {
                state.set(FinderState {
                    error: Some(t.text(&refused.message)),
                    found: None,
                    ..(*state).clone()
                });
                return;
            }
            let words = state.words.clone();
            state.set(FinderState {
                busy: true,
                error: None,
                ..(*state).clone()
            });
            let state = state.clone();
            api.run(
                async move { ipc::find_seekers(&words).await },
                move |result| {
                    let mut next = FinderState {
                        busy: false,
                        ..(*state).clone()
                    };
                    match result {
                        Ok(found) => next.found = Some(found),
                        Err(err) => next.error = Some(error_message(&err)),
                    }
                    state.set(next);
                },
            );
        })
    };
    let open = Callback::from(move |seeker_number: String| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::SeekerRecord { seeker_number });
        }
    });
    let error = state.error.clone();
    html! {
        <section id="seeker-find" class="panel counter-panel" aria-labelledby="seeker-find-heading">
            <h2 id="seeker-find-heading" class="panel-title">{ t.t("employer-finder-heading") }</h2>
            <p class="panel-lead">{ t.t("employer-finder-lead") }</p>
            <form class="inline-form" onsubmit={submit(&on_find)} novalidate=true>
                <label for="seeker-find-words" class="field-label">{ t.t("employer-finder-words") }</label>
                <input id="seeker-find-words" class="input" type="text" autocomplete="off"
                    placeholder={t.t("employer-finder-words-placeholder")} value={state.words.clone()} oninput={on_input}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then_some("seeker-find-words-error")} />
                <button type="submit" id="seeker-find-submit" class="button button-primary"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("employer-finder-finding") } else { t.t("employer-finder-find") } }
                </button>
            </form>
            if let Some(error) = error {
                <p id="seeker-find-words-error" class="field-error" role="alert">{ error }</p>
            }
            if let Some(found) = &state.found {
                { matches(t, found, &open) }
            }
        </section>
    }
}

fn matches(t: &Catalogue, found: &SeekerMatches, open: &Callback<String>) -> Html {
    if found.seekers.is_empty() {
        return html! {
            <p id="seeker-find-none" class="empty-note" role="status">
                { t.t("employer-finder-none") }
            </p>
        };
    }
    html! {
        <>
            <p id="seeker-find-count" class="hint" role="status">
                { t.t_with("employer-finder-count", &[("count", found.seekers.len().into())]) }
            </p>
            <ul id="seeker-matches" class="seeker-matches"
                aria-labelledby="seeker-find-count">
                { for found.seekers.iter().map(|seeker| line(t, seeker, open)) }
            </ul>
            if found.more {
                <p id="seeker-find-more" class="hint">
                    { t.t_with("employer-finder-more", &[("max", MAX_LOOKUP_RESULTS.into())]) }
                </p>
            }
        </>
    }
}

fn line(t: &Catalogue, seeker: &SeekerMatch, open: &Callback<String>) -> Html {
    let number = seeker.seeker_number.clone();
    let onclick = {
        let (open, number) = (open.clone(), number.clone());
        Callback::from(move |_: MouseEvent| open.emit(number.clone()))
    };
    html! {
        <li class="seeker-match" data-seeker-number={number.clone()} key={number.clone()}>
            <span class="seeker-match-name">
                <span class="seeker-match-kana">{ seeker.name_kana.clone() }</span>
                { seeker.name.clone() }
            </span>
            <span class="seeker-match-facts">
                { t.t_with("employer-finder-facts", &[
                    ("number", number.as_str().into()),
                    ("birth", date(t, seeker.birth_date).into()),
                    ("registration", t.t(registration_key(seeker.registration)).into()),
                    ("until", date(t, seeker.valid_until).into()),
                ]) }
            </span>
            <button type="button" class="button button-secondary open-seeker-match"
                aria-label={t.t_with("employer-finder-open-named", &[("name", seeker.name.as_str().into())])}
                onclick={onclick}>
                { t.t("employer-finder-open") }
            </button>
        </li>
    }
}
