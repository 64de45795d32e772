//! 求人受理 (counselors, `/counselor/postings`, section `#posting-queue`, heading
//! `#posting-queue-heading`): the postings filed in the counselor's prefecture and waiting for
//! review, oldest first, in the list `#posting-queue-list`; each line is a link
//! `#review-posting-<id>` to its review, with 事業所名, 事業所番号, 職種, 申込日時 and, for a
//! change, 「変更」 with the 求人番号 it changes (`.queue-change`). The count is
//! `#posting-queue-count`, 「最新の情報に更新」 `#refresh-posting-queue`; an empty list shows
//! `#no-filed-postings`, a list that could not be read `#posting-queue-error`.

use shigoto_i18n::Catalogue;
use shigoto_shared::PostingQueueItem;
use yew::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::format::jst_datetime;
use crate::forms::employer::posting_review::PostingQueueState;
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::use_store;

#[derive(Properties, PartialEq)]
pub struct PostingQueueProps {
    pub state: PostingQueueState,
    pub on_refresh: Callback<()>,
}

fn line(t: &Catalogue, item: &PostingQueueItem) -> Html {
    let title = if item.title.trim().is_empty() {
        t.t("counselor-posting-queue-no-title")
    } else {
        item.title.clone()
    };
    html! {
        <li class="queue-line" key={item.id} data-posting-id={item.id.to_string()}>
            <NavLink id={format!("review-posting-{}", item.id)}
                to={Route::PostingReview { id: item.id }} class={classes!("queue-link")}>
                <span class="queue-title">
                    if let Some(number) = &item.changes {
                        <span class="badge badge-kind queue-change">{ t.t_with("counselor-posting-queue-change", &[("number", number.as_str().into())]) }</span>
                    }
                    <strong>{ title }</strong>
                </span>
                <span class="queue-employer">
                    { item.employer_name.clone() }
                    <span class="muted">{ t.t_with("counselor-posting-queue-office-number", &[("number", item.office_number.as_str().into())]) }</span>
                </span>
                <span class="queue-time muted">{ t.t_with("counselor-posting-queue-submitted-at", &[("at", jst_datetime(t, item.submitted_at).into())]) }</span>
            </NavLink>
        </li>
    }
}

#[function_component]
pub fn PostingQueueView(props: &PostingQueueProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.items {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("page-loading") }</p> }
        }
        None => html! {},
        Some(items) if items.is_empty() => html! {
            <p id="no-filed-postings" class="empty-note">{ t.t("counselor-posting-queue-none") }</p>
        },
        Some(items) => html! {
            <ol id="posting-queue-list" class="queue-list">
                { for items.iter().map(|item| line(t, item)) }
            </ol>
        },
    };
    html! {
        <section id="posting-queue" class="panel counter-panel" aria-labelledby="posting-queue-heading">
            <h2 id="posting-queue-heading" class="panel-title" tabindex="-1">{ t.t("counselor-posting-queue-heading") }</h2>
            <p class="panel-lead">
                { t.t("counselor-posting-queue-lead") }
            </p>
            <div class="list-toolbar">
                if let Some(items) = &state.items {
                    <p id="posting-queue-count" class="list-count">{ t.t_with("counselor-posting-queue-count", &[("count", items.len().into())]) }</p>
                }
                <button type="button" id="refresh-posting-queue" class="button button-secondary"
                    disabled={state.loading} aria-busy={state.loading.then_some("true")}
                    onclick={click(&props.on_refresh, ())}>
                    { if state.loading { t.t("counselor-refreshing") } else { t.t("counselor-refresh") } }
                </button>
            </div>
            if let Some(err) = &state.error {
                <p id="posting-queue-error" class="field-error form-error" role="alert">{ err.clone() }</p>
            }
            { body }
        </section>
    }
}

/// 求人受理 (`/counselor/postings`): read every time it is shown and on 「最新の情報に更新」.
#[function_component]
pub fn PostingQueuePage() -> Html {
    let state = use_store::<PostingQueueState>();
    use_focus_on_mount("#posting-queue-heading");
    let reload = use_load(
        &state,
        ipc::counselor_postings,
        Loader {
            is_loading: |s| s.loading,
            start: PostingQueueState::loading,
            loaded: PostingQueueState::loaded,
        },
    );
    html! { <PostingQueueView state={(*state).clone()} on_refresh={reload} /> }
}
