//! 「ほか n件の類似求人」 under a result card (`.similar-toggle`, `aria-expanded`): the near-
//! duplicates of the card's posting under the same conditions (the same employer's copies
//! with a word, the wage or the place changed), read when first opened and listed in
//! `.similar-list` (`.similar-item[data-job-number]`, each with its 求人番号, 就業場所, 賃金
//! and 受付年月日, and its 職種 an `.open-job` button that opens the 求人票). A refusal shows
//! in place of the list.

use shigoto_shared::{JobSearchParams, JobSummary};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::format::{date, wage_range};
use crate::forms::account::error_message;
use crate::forms::search::PAGE_SIZES;
use crate::ipc;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct SimilarPostingsProps {
    /// The card's posting.
    pub job_number: AttrValue,
    /// How many similar postings match.
    pub count: u32,
    /// The conditions of the result list.
    pub params: JobSearchParams,
    pub on_open: Callback<String>,
}

/// What the list holds.
#[derive(Clone, PartialEq)]
enum Similar {
    Closed,
    Loading,
    Shown(Vec<JobSummary>),
    Refused(String),
}

#[function_component]
pub fn SimilarPostings(props: &SimilarPostingsProps) -> Html {
    let t = use_texts();
    let state = use_state(|| Similar::Closed);
    let list_id = format!("similar-{}", props.job_number);
    let open = !matches!(*state, Similar::Closed);
    let toggle = {
        let state = state.clone();
        let number = props.job_number.to_string();
        let params = props.params.clone();
        Callback::from(move |_: MouseEvent| {
            if !matches!(*state, Similar::Closed) {
                state.set(Similar::Closed);
                return;
            }
            state.set(Similar::Loading);
            let state = state.clone();
            let params = JobSearchParams {
                similar_to: Some(number.clone()),
                page: None,
                // The most a page holds: a group rarely has more.
                per_page: PAGE_SIZES.iter().max().copied(),
                ..params.clone()
            };
            let number = number.clone();
            spawn_local(async move {
                state.set(match ipc::search_jobs(&params).await {
                    Ok(results) => Similar::Shown(
                        results
                            .items
                            .into_iter()
                            .filter(|item| item.job_number != number)
                            .collect(),
                    ),
                    Err(err) => Similar::Refused(error_message(&err)),
                });
            });
        })
    };
    let body = match &*state {
        Similar::Closed => html! {},
        Similar::Loading => html! {
            <p class="loading similar-loading" role="status">{ t.t("results-similar-loading") }</p>
        },
        Similar::Refused(message) => html! {
            <p class="field-error" role="alert">{ message.clone() }</p>
        },
        Similar::Shown(items) => html! {
            <ul class="similar-list">
                { for items.iter().map(|item| {
                    let open = {
                        let cb = props.on_open.clone();
                        let number = item.job_number.clone();
                        Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
                    };
                    html! {
                        <li class="similar-item" key={item.job_number.clone()}
                            data-job-number={item.job_number.clone()}>
                            <button type="button" class="open-job" onclick={open}>
                                { item.title.clone() }
                            </button>
                            <span class="similar-fact">{ item.locality.clone() }</span>
                            <span class="similar-fact wage">
                                { wage_range(t, item.wage_kind, item.wage_min, item.wage_max) }
                            </span>
                            <span class="similar-fact">
                                { t.t_with("results-similar-received", &[("date", date(t, item.received_on).into())]) }
                            </span>
                            <span class="similar-fact result-number">
                                { t.t("results-job-number") }
                                <span class="job-number-value">{ item.job_number.clone() }</span>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    html! {
        <div class="similar-postings">
            <button type="button" class="text-button similar-toggle" onclick={toggle}
                aria-expanded={open.to_string()} aria-controls={list_id.clone()}>
                { t.t_with("results-similar", &[("count", props.count.into())]) }
                <span class="similar-mark" aria-hidden="true">{ if open { " ▴" } else { " ▾" } }</span>
            </button>
            <div id={list_id}>{ body }</div>
        </div>
    }
}
