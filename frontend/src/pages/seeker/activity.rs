//! 求職活動状況 (`#activity`): what the signed-in job seeker keeps on their MyPage: the
//! favorites (「お気に入り n件／300件」 in `#activity-favorites-count`, the newest five, and
//! 「お気に入り求人を全て表示」 `#show-all-favorites`) and the saved search conditions
//! (「n件／3件」 in `#activity-searches-count`, each with 「この条件で検索」). Above them the
//! 求職状態 (`#activity-seeking`) and, near or after its end, the advice banner; then the
//! introductions from Hello Work ([`IntroductionsSection`]), 応募検討依頼 ([`RequestsSection`]),
//! the applications
//! ([`ApplicationsSection`]) and the 求職活動実績 to save ([`ReportSection`]); the
//! place where employers' 応募検討依頼 will arrive (`#activity-requests`, empty until employers
//! can send them).

use shigoto_i18n::Catalogue;
use shigoto_shared::{FavoriteItem, JobStatus, SeekingStatus};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::nav_link::NavLink;
use crate::components::seeking::SeekingAdvice;
use crate::forms::mypage::SheetReturn;
use crate::forms::seeking::status_line;
use crate::pages::go;
use crate::pages::search::open_job;
use crate::pages::seeker::activity_report::ReportSection;
use crate::pages::seeker::applications::ApplicationsSection;
use crate::pages::seeker::favorites::use_seeker_page;
use crate::pages::seeker::introductions::IntroductionsSection;
use crate::pages::seeker::requests::RequestsSection;
use crate::route::Route;
use crate::state::lang::use_texts;
use crate::state::mypage::{use_mypage, MyPageContext};
use crate::state::session::use_session;

use crate::forms::mypage::{
    count_of, describe, FavoritesState, SearchesState, FAVORITES_LIMIT, SEARCHES_LIMIT,
};

/// How many favorites the page lists before 「全て表示」.
const PREVIEW: usize = 5;

#[derive(Properties, PartialEq)]
pub struct ActivityProps {
    pub favorites: FavoritesState,
    pub searches: SearchesState,
    /// 「お気に入り求人を全て表示」.
    pub on_show_favorites: Callback<()>,
    pub on_open: Callback<String>,
    /// 「この条件で検索」 of a saved search.
    pub on_run: Callback<String>,
    /// 「求人検索へ」.
    pub on_search: Callback<()>,
    /// 求職状態 as the service last said (none before 本登録 is known).
    #[prop_or_default]
    pub seeking: Option<SeekingStatus>,
    /// The applications: 応募中 and 選考が終わった.
    #[prop_or_default]
    pub applications: Html,
}

fn click(cb: &Callback<()>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(()))
}

#[function_component]
pub fn ActivityView(props: &ActivityProps) -> Html {
    let t = use_texts();
    let favorites = props.favorites.items.as_ref();
    let favorite_count = favorites.map(|items| items.len());
    let searches = props.searches.items.as_ref();
    let preview = favorites
        .map(|items| {
            items
                .iter()
                .take(PREVIEW)
                .map(|item| preview_row(t, props, item))
                .collect::<Html>()
        })
        .unwrap_or_default();
    let saved = searches
        .map(|items| {
            items
                .iter()
                .map(|item| {
                    let run = {
                        let cb = props.on_run.clone();
                        let id = item.id.clone();
                        Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
                    };
                    let busy = props.searches.busy.is_some();
                    html! {
                        <li class="activity-row" key={item.id.clone()} data-search-id={item.id.clone()}>
                            <div class="activity-row-main">
                                <span class="saved-name">{ item.name.clone() }</span>
                                <span class="saved-desc">{ describe(t, &item.params) }</span>
                            </div>
                            <button type="button" class="button button-secondary run-saved-search"
                                disabled={busy} onclick={run}
                                aria-label={t.t_with("seeker-saved-run-named", &[("name", item.name.as_str().into())])}>
                                { t.t("seeker-saved-run") }
                            </button>
                        </li>
                    }
                })
                .collect::<Html>()
        })
        .unwrap_or_default();
    html! {
        <section id="activity" class="panel activity-panel" aria-labelledby="activity-heading">
            <h2 id="activity-heading" class="panel-title" tabindex="-1">{ t.t("seeker-activity-heading") }</h2>
            if let Some(status) = &props.seeking {
                <p id="activity-seeking" class="seeking-line">
                    { t.t("seeker-activity-seeking") }
                    <strong>{ status_line(t, status) }</strong>
                    <NavLink id="activity-seeker-info" to={Route::SeekerInfo} class={classes!("text-button")}>
                        { t.t("seeker-activity-seeker-info") }
                    </NavLink>
                </p>
                <SeekingAdvice status={*status} />
            }
            <p class="panel-lead">
                { t.t("seeker-activity-lead") }
            </p>
            { props.applications.clone() }
            <div class="activity-grid">
                <section class="activity-card" aria-labelledby="activity-favorites-heading">
                    <h3 id="activity-favorites-heading" class="activity-title">{ t.t("seeker-activity-favorites") }</h3>
                    <p class="activity-count">
                        <span id="activity-favorites-count">
                            { favorite_count.map_or_else(|| "…".to_owned(), |n| count_of(t, n, FAVORITES_LIMIT)) }
                        </span>
                    </p>
                    if let Some(error) = &props.favorites.error {
                        <p class="field-error" role="alert">{ error.clone() }</p>
                    }
                    if favorite_count == Some(0) {
                        <p class="muted">{ t.t("seeker-favorites-none") }</p>
                    } else {
                        <ul class="activity-list">{ preview }</ul>
                    }
                    <button type="button" id="show-all-favorites" class="button button-primary"
                        onclick={click(&props.on_show_favorites)}>
                        { t.t("seeker-activity-show-favorites") }
                    </button>
                </section>
                <section class="activity-card" aria-labelledby="activity-searches-heading">
                    <h3 id="activity-searches-heading" class="activity-title">{ t.t("seeker-saved-heading") }</h3>
                    <p class="activity-count">
                        <span id="activity-searches-count">
                            { searches.map_or_else(|| "…".to_owned(), |items| count_of(t, items.len(), SEARCHES_LIMIT)) }
                        </span>
                    </p>
                    if let Some(error) = &props.searches.error {
                        <p class="field-error" role="alert">{ error.clone() }</p>
                    }
                    if searches.is_some_and(|items| items.is_empty()) {
                        <p class="muted">{ t.t("seeker-activity-no-searches") }</p>
                    } else {
                        <ul class="activity-list">{ saved }</ul>
                    }
                    <button type="button" id="activity-to-search" class="button button-secondary"
                        onclick={click(&props.on_search)}>
                        { t.t("seeker-activity-to-search") }
                    </button>
                </section>
                <section id="activity-requests" class="activity-card" aria-labelledby="activity-requests-heading">
                    <h3 id="activity-requests-heading" class="activity-title">{ t.t("seeker-activity-requests-heading") }</h3>
                    <p class="activity-count">{ t.t_with("seeker-activity-count", &[("count", 0.into())]) }</p>
                    <p class="muted">{ t.t("seeker-requests-empty") }</p>
                    <p class="hint">{ t.t("seeker-activity-requests-hint") }</p>
                </section>
            </div>
        </section>
    }
}

fn preview_row(t: &Catalogue, props: &ActivityProps, item: &FavoriteItem) -> Html {
    let open = {
        let cb = props.on_open.clone();
        let number = item.job_number.clone();
        Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
    };
    let summary = item.summary.as_ref();
    let closed = item.closed || summary.is_some_and(|s| s.status == JobStatus::Closed);
    let title = summary.map_or_else(
        || {
            t.t_with(
                "seeker-job-number-only",
                &[("number", item.job_number.as_str().into())],
            )
        },
        |s| s.title.clone(),
    );
    let employer = summary.map(|s| {
        s.employer_name
            .clone()
            .unwrap_or_else(|| t.t("results-employer-hidden"))
    });
    html! {
        <li class="activity-row" key={item.job_number.clone()} data-job-number={item.job_number.clone()}>
            <div class="activity-row-main">
                <button type="button" class="open-job" onclick={open}>{ title }</button>
                if let Some(employer) = employer {
                    <span class="activity-employer">{ employer }</span>
                }
            </div>
            if closed {
                <span class="badge badge-closed">{ t.t("seeker-closed") }</span>
            }
            if item.pending {
                <span class="badge badge-pending">{ t.t("seeker-not-synced") }</span>
            }
        </li>
    }
}

/// 求職活動状況 (`/mypage/activity`).
#[function_component]
pub fn ActivityPage() -> Html {
    let mypage = use_mypage();
    let navigator = use_navigator();
    use_seeker_page(&mypage, "#activity-heading", true);
    let on_open = {
        let navigator = navigator.clone();
        Callback::from(move |job: String| open_job(&navigator, job, SheetReturn::Activity))
    };
    let state = mypage.state();
    let seeking = use_session().account().and_then(|a| a.seeking);
    html! {
        <ActivityView seeking={seeking} applications={html! { <><IntroductionsSection /><RequestsSection /><ApplicationsSection /><ReportSection /></> }} favorites={state.favorites.clone()} searches={state.searches.clone()}
            on_show_favorites={go(&navigator, Route::Favorites)} on_open={on_open}
            on_run={mypage.callback(MyPageContext::run_saved)}
            on_search={go(&navigator, Route::Search)} />
    }
}
