//! お気に入り求人 (`#favorites`): the signed-in job seeker's favorites, newest first, read from
//! this computer's copy so the list and each 求人票 open offline too. Each card
//! (`.favorite-item[data-job-number]`) shows the list line as last synced (職種 as an
//! `.open-job` button that opens the 求人票, 事業所名 or 事業所名非公開, 就業場所, 賃金,
//! 受付年月日), 「掲載終了」 (`.badge-closed`) once the posting closed or expired, 「未同期」
//! (`.badge-pending`) while the change waits to be sent, and 「お気に入りから削除」
//! (`.remove-favorite`). The heading counts them against the limit (`#favorites-count`).

use std::rc::Rc;

use shigoto_i18n::Catalogue;
use shigoto_shared::{FavoriteItem, JobStatus, SyncState, SyncStatus};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::forms::mypage::SheetReturn;
use crate::pages::go;
use crate::pages::search::open_job;
use crate::route::Route;
use crate::state::focus::use_focus;
use crate::state::lang::use_texts;
use crate::state::mypage::{use_mypage, MyPageContext};

use crate::components::favorite_button::FavoriteToggle;
use crate::format::jst_day;
use crate::format::{date, wage_range};
use crate::forms::mypage::{count_of, FavoriteMarks, FavoritesState, FAVORITES_LIMIT};

#[derive(Properties, PartialEq)]
pub struct FavoritesProps {
    pub state: FavoritesState,
    pub marks: Rc<FavoriteMarks>,
    pub sync: Option<SyncStatus>,
    pub on_open: Callback<String>,
    pub on_toggle: Callback<FavoriteToggle>,
    /// 「求人検索へ」.
    pub on_search: Callback<()>,
    /// 「非表示の事業所」.
    #[prop_or_default]
    pub on_hidden: Callback<()>,
}

#[function_component]
pub fn FavoritesView(props: &FavoritesProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let count = state.items.as_ref().map(|items| items.len());
    let offline = props
        .sync
        .as_ref()
        .is_some_and(|s| s.state == SyncState::Offline);
    let to_search = {
        let cb = props.on_search.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let to_hidden = {
        let cb = props.on_hidden.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let body = match state.items.as_ref() {
        None if state.error.is_none() => {
            html! { <p class="loading" role="status">{ t.t("seeker-favorites-loading") }</p> }
        }
        None => html! {},
        Some(items) if items.is_empty() => html! {
            <div id="no-favorites" class="no-results" role="status">
                <p class="no-results-title">{ t.t("seeker-favorites-none") }</p>
                <p>{ t.t("seeker-favorites-none-hint") }</p>
                <button type="button" class="button button-primary" onclick={to_search}>
                    { t.t("seeker-to-search") }
                </button>
            </div>
        },
        Some(items) => html! {
            <ol class="result-list favorite-list">
                { for items.iter().map(|item| favorite_card(t, props, item)) }
            </ol>
        },
    };
    html! {
        <section id="favorites" class="panel favorites-panel" aria-labelledby="favorites-heading"
            aria-busy={state.loading.then_some("true")}>
            <div class="results-header">
                <h2 id="favorites-heading" class="panel-title" tabindex="-1">
                    { t.t("seeker-favorites-heading") }
                </h2>
                if let Some(count) = count {
                    <span id="favorites-count" class="list-count">{ count_of(t, count, FAVORITES_LIMIT) }</span>
                }
            </div>
            <p class="panel-lead">
                { t.t_with("seeker-favorites-lead", &[("limit", FAVORITES_LIMIT.into())]) }
            </p>
            <p class="panel-lead">
                <button type="button" id="to-hidden-employers" class="text-button"
                    onclick={to_hidden}>{ t.t("seeker-hidden-heading") }</button>
            </p>
            if offline {
                <p id="favorites-offline" class="caution" role="status">
                    <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                    { t.t("seeker-favorites-offline") }
                </p>
            }
            if let Some(error) = &state.error {
                <p id="favorites-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            { body }
        </section>
    }
}

fn favorite_card(t: &Catalogue, props: &FavoritesProps, item: &FavoriteItem) -> Html {
    let number = item.job_number.clone();
    let open = {
        let cb = props.on_open.clone();
        let number = number.clone();
        Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
    };
    let remove = {
        let cb = props.on_toggle.clone();
        let number = number.clone();
        Callback::from(move |_: MouseEvent| {
            cb.emit(FavoriteToggle {
                job_number: number.clone(),
                add: false,
            })
        })
    };
    let summary = item.summary.as_ref();
    let closed = item.closed || summary.is_some_and(|s| s.status == JobStatus::Closed);
    let title = summary.map_or_else(
        || {
            t.t_with(
                "seeker-favorites-untitled",
                &[("number", number.as_str().into())],
            )
        },
        |s| s.title.clone(),
    );
    let title_id = format!("favorite-title-{number}");
    let busy = props.marks.is_busy(&number);
    let refusal = props.marks.refusal_for(&number);
    html! {
        <li class={classes!("result-item", "favorite-item", closed.then_some("is-closed"))}
            key={number.clone()} data-job-number={number.clone()}
            aria-labelledby={title_id.clone()}>
            <div class="result-top">
                <div class="result-badges">
                    if closed {
                        <span class="badge badge-closed">{ t.t("seeker-closed") }</span>
                    }
                    if item.pending {
                        <span class="badge badge-pending"
                            title={t.t("seeker-favorites-pending.title")}>
                            { t.t("seeker-favorites-pending") }
                        </span>
                    }
                    if let Some(s) = summary {
                        <span class="badge badge-kind">
                            { t.t_with("results-kind", &[
                                ("category", s.category.label_in(t).into()),
                                ("style", s.work_style.label_in(t).into()),
                            ]) }
                        </span>
                    }
                </div>
                <span class="result-number">
                    { t.t("results-job-number") }<span class="job-number-value">{ number.clone() }</span>
                </span>
            </div>
            <h3 class="result-title" id={title_id}>
                <button type="button" class="open-job" onclick={open.clone()}>{ title.clone() }</button>
            </h3>
            if let Some(s) = summary {
                <p class="result-employer">
                    { match &s.employer_name {
                        Some(name) => html! { name.clone() },
                        None => html! { <span class="muted">{ t.t("results-employer-hidden") }</span> },
                    } }
                </p>
                <dl class="result-facts">
                    <div class="fact"><dt>{ t.t("search-area") }</dt><dd>{ s.locality.clone() }</dd></div>
                    <div class="fact"><dt>{ t.t("search-wage") }</dt>
                        <dd class="wage">{ wage_range(t, s.wage_kind, s.wage_min, s.wage_max) }</dd></div>
                    <div class="fact"><dt>{ t.t("results-received-on") }</dt><dd>{ date(t, s.received_on) }</dd></div>
                </dl>
            } else {
                <p class="muted favorite-no-summary">
                    { t.t("seeker-favorites-no-summary") }
                </p>
            }
            <div class="result-bottom">
                <span class="favorite-added">{ t.t_with("seeker-favorites-added", &[("date", jst_day(t, item.added_at).into())]) }</span>
                <div class="favorite-actions">
                    <button type="button" class="button button-secondary remove-favorite"
                        disabled={busy} aria-busy={busy.then_some("true")}
                        aria-label={t.t_with("favorite-remove-named", &[("title", title.as_str().into())])} onclick={remove}>
                        { t.t("favorite-remove") }
                    </button>
                    <button type="button" class="button button-primary show-detail" onclick={open}
                        aria-label={t.t_with("seeker-favorites-show-sheet.label", &[("title", title.as_str().into())])}>
                        { t.t("seeker-favorites-show-sheet") }
                    </button>
                </div>
            </div>
            if let Some(message) = refusal {
                <p class="field-error favorite-error" role="alert">{ message.to_owned() }</p>
            }
        </li>
    }
}

/// お気に入り求人 (`/mypage/favorites`), read from this computer's cache when shown.
#[function_component]
pub fn FavoritesPage() -> Html {
    let mypage = use_mypage();
    let navigator = use_navigator();
    use_seeker_page(&mypage, "#favorites-heading", false);
    let on_open = {
        let navigator = navigator.clone();
        Callback::from(move |job: String| open_job(&navigator, job, SheetReturn::Favorites))
    };
    let state = mypage.state();
    html! {
        <FavoritesView state={state.favorites.clone()} marks={state.marks.clone()}
            sync={state.sync.clone()} on_open={on_open}
            on_toggle={mypage.callback(MyPageContext::toggle_favorite)}
            on_search={go(&navigator, Route::Search)}
            on_hidden={go(&navigator, Route::HiddenEmployers)} />
    }
}

/// Reads the lists a MyPage screen shows; the focus goes to its heading, or back from a
/// 求人票 to the posting it showed.
#[hook]
pub fn use_seeker_page(mypage: &MyPageContext, heading: &'static str, with_searches: bool) {
    let mypage = mypage.clone();
    let from_sheet = use_location()
        .and_then(|l| l.state::<SheetReturn>())
        .is_some();
    let focus = use_focus();
    use_effect_with((), move |()| {
        mypage.load_lists(with_searches);
        if !from_sheet {
            focus.top(heading);
        }
    });
}
