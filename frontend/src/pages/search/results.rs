//! The result list: 「検索結果 N件」 (`#result-count`), the order (`#sort`) and page size
//! (`#per-page`) selects, one card per posting (`.result-item[data-job-number]`), and page
//! navigation. Changing order or size re-runs the search from page 1.
//!
//! A card's 職種 is an `.open-job` button that opens the 求人票. A posting published after a
//! signed-in job seeker's previous visit is marked 「前回以降の新着」 (`.badge-since-visit`), else
//! one received lately 「新着」. Near-duplicates (the same employer's copies of one job) share one
//! card with 「ほか n件の類似求人」, which opens them; pages count such cards, and the header says
//! how many distinct jobs there are (`#result-distinct`) when that is fewer than the postings.
//! Under the count, how many postings each chosen condition left out (`#results-removed`).
//!
//! A signed-in job seeker also gets each card's お気に入り toggle and can hide its employer
//! (`.hide-employer`, 「この事業所の求人を表示しない」): a notice (`#hidden-notice`) then says so
//! with 「元に戻す」 (`#undo-hide`), and the header says how many employers are hidden
//! (`#hidden-employers-link`, 「非表示の事業所 n社」, which opens their list).

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_domain::visits::is_new_since;
use shigoto_i18n::Catalogue;
use shigoto_shared::{
    JobFeature, JobSearchParams, JobSearchResults, JobStatus, JobSummary, RemovedBy, SortOrder,
};
use yew::prelude::*;

use crate::components::favorite_button::{FavoriteButton, FavoriteToggle};
use crate::components::paging::Paging;
use crate::components::select::{Select, SelectOption};
use crate::components::similar_postings::SimilarPostings;
use crate::format::{date, is_new, page_count, shown_range, thousands, wage_range};
use crate::forms::mypage::hidden::{HiddenEmployers, HiddenNotice};
use crate::forms::mypage::FavoriteMarks;
use crate::forms::search::PAGE_SIZES;
use crate::state::lang::use_texts;
use crate::texts::sort_label;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub results: Option<Rc<JobSearchResults>>,
    /// The conditions of `results`.
    pub params: Option<JobSearchParams>,
    pub searching: bool,
    /// A refused order or page request.
    pub error: Option<String>,
    pub today: NaiveDate,
    pub on_sort: Callback<SortOrder>,
    pub on_per_page: Callback<u32>,
    pub on_page: Callback<u32>,
    pub on_open: Callback<String>,
    /// The favorites' marks, for a signed-in job seeker: each card gets its お気に入り toggle.
    #[prop_or_default]
    pub favorites: Option<Rc<FavoriteMarks>>,
    #[prop_or_default]
    pub on_favorite: Callback<FavoriteToggle>,
    /// The hidden employers, for a signed-in job seeker: each card gets its hide button.
    #[prop_or_default]
    pub hidden: Option<HiddenEmployers>,
    /// 「この事業所の求人を表示しない」: the card's posting, as the notice will name it.
    #[prop_or_default]
    pub on_hide: Callback<HiddenNotice>,
    /// 「元に戻す」 of the notice: the 求人番号 it was hidden from.
    #[prop_or_default]
    pub on_show: Callback<String>,
    #[prop_or_default]
    pub on_close_notice: Callback<()>,
    /// 「非表示の事業所 n社」: opens their list.
    #[prop_or_default]
    pub on_hidden_list: Callback<()>,
}

/// The wire value of an order, as used for the `<option>`s.
pub fn sort_value(sort: SortOrder) -> &'static str {
    match sort {
        SortOrder::Relevance => "relevance",
        SortOrder::ReceivedDesc => "received_desc",
        SortOrder::DeadlineAsc => "deadline_asc",
        SortOrder::WageDesc => "wage_desc",
    }
}

fn parse_sort(value: &str) -> Option<SortOrder> {
    [
        SortOrder::Relevance,
        SortOrder::ReceivedDesc,
        SortOrder::DeadlineAsc,
        SortOrder::WageDesc,
    ]
    .into_iter()
    .find(|sort| sort_value(*sort) == value)
}

#[function_component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    let t = use_texts();
    let Some(results) = props.results.as_ref() else {
        return html! {
            <section id="results" class="panel results-panel results-empty-state" aria-live="polite">
                if props.searching {
                    <p class="loading">{ t.t("results-searching") }</p>
                } else {
                    <p class="muted">{ t.t("results-waiting") }</p>
                }
            </section>
        };
    };
    let has_keyword = props
        .params
        .as_ref()
        .is_some_and(|p| !p.keyword.trim().is_empty());

    let sort_options: Vec<SelectOption> = [
        SortOrder::Relevance,
        SortOrder::ReceivedDesc,
        SortOrder::DeadlineAsc,
        SortOrder::WageDesc,
    ]
    .into_iter()
    .filter(|sort| has_keyword || *sort != SortOrder::Relevance)
    .map(|sort| SelectOption::new(sort_value(sort), sort_label(t, sort)))
    .collect();
    let per_page_options: Vec<SelectOption> = PAGE_SIZES
        .iter()
        .map(|n| {
            SelectOption::new(
                n.to_string(),
                t.t_with("results-per-page-option", &[("count", (*n).into())]),
            )
        })
        .collect();
    let on_sort = {
        let cb = props.on_sort.clone();
        Callback::from(move |value: String| {
            if let Some(sort) = parse_sort(&value) {
                cb.emit(sort);
            }
        })
    };
    let on_per_page = {
        let cb = props.on_per_page.clone();
        Callback::from(move |value: String| {
            if let Ok(n) = value.parse::<u32>() {
                cb.emit(n);
            }
        })
    };
    // Pages list one posting per group of near-duplicates (servers before groups say 0).
    let lines = if results.distinct == 0 {
        results.total
    } else {
        results.distinct
    };
    let total_pages = page_count(lines, results.per_page);

    let body = if results.items.is_empty() {
        html! {
            <div id="no-results" class="no-results" role="status">
                <p class="no-results-title">{ t.t("results-none-title") }</p>
                <ul class="no-results-tips">
                    <li>{ t.t("results-none-fewer-words") }</li>
                    <li>{ t.t("results-none-wider") }</li>
                    <li>{ t.t("results-none-advanced") }</li>
                    <li>{ t.t("results-none-number") }</li>
                </ul>
            </div>
        }
    } else {
        html! {
            <ol class="result-list" start={(u64::from(results.page.saturating_sub(1)) * u64::from(results.per_page) + 1).to_string()}>
                { for results.items.iter().map(|item| html! {
                    <ResultCard key={item.job_number.clone()} item={item.clone()}
                        today={props.today} on_open={props.on_open.clone()}
                        new_since_visit={is_new_since(results.new_since, item.published_at)}
                        params={props.params.clone()}
                        favorites={props.favorites.clone()}
                        on_favorite={props.on_favorite.clone()}
                        hiding={props.hidden.as_ref().map(|h| h.busy.is_some())}
                        on_hide={props.on_hide.clone()} />
                }) }
            </ol>
        }
    };

    html! {
        <section id="results" class="panel results-panel" aria-labelledby="results-heading"
            aria-busy={props.searching.then_some("true")}>
            <div class="results-header">
                <h2 id="results-heading" class="panel-title" tabindex="-1">
                    { t.t("results-heading-before") }
                    <span id="result-count" class="result-count">{ thousands(results.total) }</span>
                    { t.t("results-heading-after") }
                </h2>
                if lines < results.total {
                    <span id="result-distinct" class="results-distinct">
                        { t.t_with("results-distinct", &[("count", thousands(lines).into())]) }
                    </span>
                }
                <span class="results-range">{ shown_range(t, lines, results.page, results.per_page) }</span>
                if props.searching {
                    <span class="loading-inline" role="status">{ t.t("results-updating") }</span>
                }
                <div class="results-controls">
                    <label for="sort">{ t.t("results-sort") }</label>
                    <Select id="sort" value={AttrValue::from(sort_value(results.sort))}
                        options={sort_options} onchange={on_sort} />
                    <label for="per-page">{ t.t("results-per-page") }</label>
                    <Select id="per-page" value={AttrValue::from(results.per_page.to_string())}
                        options={per_page_options} onchange={on_per_page} />
                </div>
            </div>
            { removed_line(t, &results.facets.removed) }
            { hidden_line(t, props, results) }
            if let Some(error) = &props.error {
                <p id="results-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <Paging page={results.page} total_pages={total_pages}
                on_page={props.on_page.clone()} disabled={props.searching} />
        </section>
    }
}

/// The name of the condition a [`RemovedBy`] is about, as the form calls it.
fn condition_name(t: &Catalogue, removed: &RemovedBy) -> String {
    if let Some(feature) = removed
        .value
        .as_deref()
        .and_then(|value| JobFeature::ALL.iter().find(|f| f.as_str() == value))
    {
        return feature.label_in(t);
    }
    let key = match removed.field.as_str() {
        "keyword" => "search-keyword",
        "exclude" => "search-exclude",
        "job_numbers" => "search-job-numbers",
        "prefectures" | "municipalities" => "search-area",
        "occupations" => "search-occupation",
        "category" => "search-category",
        "work_style" => "search-work-style-group",
        "employment_types" => "search-employment",
        "age" => "search-age",
        "monthly_wage_min" => "search-wage-monthly",
        "hourly_wage_min" => "search-wage-hourly",
        "start_after" => "search-start",
        "end_before" => "search-end",
        "two_days_off_weekly" => "search-two-days-off",
        "annual_holidays_min" => "search-annual-holidays",
        "posted_within" | "posting_age_max" => "search-posted",
        "hidden_employers" => "results-hidden-employers",
        other => return other.to_owned(),
    };
    t.t(key)
}

/// 「条件ごとに除かれた求人：フリーワード 1,234件 ／ マイカー通勤可 56件」 under the count, when
/// conditions were chosen.
fn removed_line(t: &Catalogue, removed: &[RemovedBy]) -> Html {
    if removed.is_empty() {
        return html! {};
    }
    let items = removed.iter().map(|removed| {
        html! {
            <li class="removed-item">
                { t.t_with(
                    "search-removed-item",
                    &[
                        ("condition", condition_name(t, removed).into()),
                        ("count", removed.count.into()),
                    ],
                ) }
            </li>
        }
    });
    html! {
        <div id="results-removed" class="results-removed">
            <span class="removed-lead">{ t.t("search-removed-lead") }</span>
            <ul class="removed-list">{ for items }</ul>
        </div>
    }
}

/// For a signed-in job seeker: the notice of the last hide with 「元に戻す」, a refusal, and
/// 「非表示の事業所 n社」 when they hide any.
fn hidden_line(t: &Catalogue, props: &ResultsProps, results: &JobSearchResults) -> Html {
    let Some(hidden) = &props.hidden else {
        return html! {};
    };
    let busy = hidden.busy.is_some();
    let notice = hidden.notice.as_ref().map(|notice| {
        let said = match &notice.employer_name {
            Some(name) => t.t_with("results-hidden-done", &[("name", name.as_str().into())]),
            None => t.t_with(
                "results-hidden-done-unnamed",
                &[
                    ("number", notice.job_number.as_str().into()),
                    ("title", notice.title.as_str().into()),
                ],
            ),
        };
        let undo = {
            let cb = props.on_show.clone();
            let number = notice.job_number.clone();
            Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
        };
        let close = {
            let cb = props.on_close_notice.clone();
            Callback::from(move |_: MouseEvent| cb.emit(()))
        };
        html! {
            <div id="hidden-notice" class="notice hidden-notice" role="status">
                <span>{ said }</span>
                <button type="button" id="undo-hide" class="button button-secondary"
                    disabled={busy} onclick={undo}>{ t.t("results-hidden-undo") }</button>
                <button type="button" class="text-button close-notice" onclick={close}
                    aria-label={t.t("results-hidden-close.label")}>{ "×" }</button>
            </div>
        }
    });
    let open_list = {
        let cb = props.on_hidden_list.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <>
            { notice.unwrap_or_default() }
            if let Some(error) = &hidden.error {
                <p id="hide-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            if results.hidden_employers > 0 {
                <p class="hidden-employers-line">
                    <button type="button" id="hidden-employers-link" class="text-button"
                        onclick={open_list}>
                        { t.t_with("results-hidden-count", &[("count", results.hidden_employers.into())]) }
                    </button>
                </p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ResultCardProps {
    item: JobSummary,
    today: NaiveDate,
    /// The conditions of the list (for its similar postings).
    params: Option<JobSearchParams>,
    /// Published after the end of the seeker's previous visit: 「前回以降の新着」.
    new_since_visit: bool,
    on_open: Callback<String>,
    favorites: Option<Rc<FavoriteMarks>>,
    on_favorite: Callback<FavoriteToggle>,
    /// For a signed-in job seeker: whether a hide is under way (the button waits).
    hiding: Option<bool>,
    on_hide: Callback<HiddenNotice>,
}

#[function_component]
fn ResultCard(props: &ResultCardProps) -> Html {
    let t = use_texts();
    let item = &props.item;
    let open = {
        let cb = props.on_open.clone();
        let number = item.job_number.clone();
        Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
    };
    let hide = {
        let cb = props.on_hide.clone();
        let hidden = HiddenNotice {
            job_number: item.job_number.clone(),
            employer_name: item.employer_name.clone(),
            title: item.title.clone(),
        };
        Callback::from(move |_: MouseEvent| cb.emit(hidden.clone()))
    };
    let title_id = format!("job-title-{}", item.job_number);
    let closed = item.status == JobStatus::Closed;
    let tags = item
        .features
        .iter()
        .filter(|f| **f != JobFeature::OnlineApplication)
        .map(|f| html! { <li class="tag">{ f.label_in(t) }</li> });
    html! {
        <li class={classes!("result-item", closed.then_some("is-closed"))}
            data-job-number={item.job_number.clone()} aria-labelledby={title_id.clone()}>
            <div class="result-top">
                <div class="result-badges">
                    if props.new_since_visit {
                        <span class="badge badge-since-visit"
                            title={t.t("results-new-since-visit.title")}>
                            { t.t("results-new-since-visit") }
                        </span>
                    } else if is_new(item.received_on, props.today) {
                        <span class="badge badge-new">{ t.t("results-new") }</span>
                    }
                    if closed {
                        <span class="badge badge-closed">{ JobStatus::Closed.label_in(t) }</span>
                    }
                    if item.online_application {
                        <span class="badge badge-online">{ JobFeature::OnlineApplication.label_in(t) }</span>
                    }
                    <span class="badge badge-kind">
                        { t.t_with("results-kind", &[
                            ("category", item.category.label_in(t).into()),
                            ("style", item.work_style.label_in(t).into()),
                        ]) }
                    </span>
                </div>
                <span class="result-number">
                    { t.t("results-job-number") }<span class="job-number-value">{ item.job_number.clone() }</span>
                </span>
            </div>
            <h3 class="result-title" id={title_id}>
                <button type="button" class="open-job" onclick={open.clone()}>
                    { item.title.clone() }
                </button>
            </h3>
            <p class="result-employer">
                { match &item.employer_name {
                    Some(name) => html! { name.clone() },
                    None => html! { <span class="muted">{ t.t("results-employer-hidden") }</span> },
                } }
            </p>
            <dl class="result-facts">
                <div class="fact"><dt>{ t.t("search-area") }</dt><dd>{ item.locality.clone() }</dd></div>
                <div class="fact"><dt>{ t.t("search-wage") }</dt>
                    <dd class="wage">{ wage_range(t, item.wage_kind, item.wage_min, item.wage_max) }</dd></div>
                <div class="fact"><dt>{ t.t("search-employment") }</dt><dd>{ item.employment_type.label_in(t) }</dd></div>
                <div class="fact"><dt>{ t.t("results-received-on") }</dt><dd>{ date(t, item.received_on) }</dd></div>
                <div class="fact"><dt>{ t.t("results-referral-deadline") }</dt><dd>{ date(t, item.referral_deadline) }</dd></div>
            </dl>
            <p class="result-excerpt">{ item.excerpt.clone() }</p>
            <div class="result-bottom">
                <ul class="tags" aria-label={t.t("search-features")}>{ for tags }</ul>
                if let Some(marks) = &props.favorites {
                    <FavoriteButton job_number={item.job_number.clone()}
                        title={item.title.clone()} marks={marks.clone()}
                        on_toggle={props.on_favorite.clone()} />
                }
                <button type="button" class="button button-secondary show-detail" onclick={open}
                    aria-label={t.t_with("results-show-detail.label", &[("title", item.title.as_str().into())])}>
                    { t.t("results-show-detail") }
                </button>
            </div>
            if let Some(params) = props.params.as_ref().filter(|_| item.similar > 0) {
                <SimilarPostings job_number={item.job_number.clone()} count={item.similar}
                    params={params.clone()} on_open={props.on_open.clone()} />
            }
            if let Some(hiding) = props.hiding {
                <div class="result-hide">
                    <button type="button" class="text-button hide-employer" disabled={hiding}
                        aria-label={t.t_with("results-hide-employer.label", &[("title", item.title.as_str().into())])}
                        onclick={hide}>
                        { t.t("results-hide-employer") }
                    </button>
                </div>
            }
        </li>
    }
}
