//! The result list: 「検索結果 N件」 (`#result-count`), the order (`#sort`) and page size
//! (`#per-page`) selects, one card per posting (`.result-item[data-job-number]`, its 職種 a
//! `.open-job` button that opens the 求人票; for a signed-in job seeker also its お気に入り
//! toggle), and page navigation. Changing order or size re-runs the search from page 1.

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_shared::{
    JobFeature, JobSearchParams, JobSearchResults, JobStatus, JobSummary, SortOrder,
};
use yew::prelude::*;

use crate::components::favorite_button::{FavoriteButton, FavoriteToggle};
use crate::components::paging::Paging;
use crate::components::select::{Select, SelectOption};
use crate::format::{date_ja, is_new, page_count, shown_range, thousands, wage_range};
use crate::forms::mypage::FavoriteMarks;
use crate::forms::search::PAGE_SIZES;

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
}

/// The wire value of an order, as used for the `<option>`s.
pub fn sort_value(sort: SortOrder) -> &'static str {
    match sort {
        SortOrder::Relevance => "relevance",
        SortOrder::ReceivedDesc => "received_desc",
        SortOrder::DeadlineAsc => "deadline_asc",
    }
}

fn parse_sort(value: &str) -> Option<SortOrder> {
    [
        SortOrder::Relevance,
        SortOrder::ReceivedDesc,
        SortOrder::DeadlineAsc,
    ]
    .into_iter()
    .find(|sort| sort_value(*sort) == value)
}

#[function_component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    let Some(results) = props.results.as_ref() else {
        return html! {
            <section id="results" class="panel results-panel results-empty-state" aria-live="polite">
                if props.searching {
                    <p class="loading">{ "検索しています…" }</p>
                } else {
                    <p class="muted">{ "検索結果はここに表示されます。" }</p>
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
    ]
    .into_iter()
    .filter(|sort| has_keyword || *sort != SortOrder::Relevance)
    .map(|sort| SelectOption::new(sort_value(sort), sort.label()))
    .collect();
    let per_page_options: Vec<SelectOption> = PAGE_SIZES
        .iter()
        .map(|n| SelectOption::new(n.to_string(), format!("{n}件")))
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
    let total_pages = page_count(results.total, results.per_page);

    let body = if results.items.is_empty() {
        html! {
            <div id="no-results" class="no-results" role="status">
                <p class="no-results-title">{ "条件に合う求人は見つかりませんでした。" }</p>
                <ul class="no-results-tips">
                    <li>{ "フリーワードを減らすか、「いずれかを含む」に切り替えてみてください。" }</li>
                    <li>{ "就業場所を都道府県だけにする、職種を上位の分類（中分類・大分類）にするなど、範囲を広げてみてください。" }</li>
                    <li>{ "詳細条件（賃金・就業時間・休日・求人の特徴など）を外してみてください。" }</li>
                    <li>{ "求人番号で探す場合は、番号（例：13010-12345678）に誤りがないか確認してください。" }</li>
                </ul>
            </div>
        }
    } else {
        html! {
            <ol class="result-list" start={(u64::from(results.page.saturating_sub(1)) * u64::from(results.per_page) + 1).to_string()}>
                { for results.items.iter().map(|item| html! {
                    <ResultCard key={item.job_number.clone()} item={item.clone()}
                        today={props.today} on_open={props.on_open.clone()}
                        favorites={props.favorites.clone()}
                        on_favorite={props.on_favorite.clone()} />
                }) }
            </ol>
        }
    };

    html! {
        <section id="results" class="panel results-panel" aria-labelledby="results-heading"
            aria-busy={props.searching.then_some("true")}>
            <div class="results-header">
                <h2 id="results-heading" class="panel-title" tabindex="-1">
                    { "検索結果 " }
                    <span id="result-count" class="result-count">{ thousands(results.total) }</span>
                    { "件" }
                </h2>
                <span class="results-range">{ shown_range(results.total, results.page, results.per_page) }</span>
                if props.searching {
                    <span class="loading-inline" role="status">{ "更新中…" }</span>
                }
                <div class="results-controls">
                    <label for="sort">{ "並び順" }</label>
                    <Select id="sort" value={AttrValue::from(sort_value(results.sort))}
                        options={sort_options} onchange={on_sort} />
                    <label for="per-page">{ "表示件数" }</label>
                    <Select id="per-page" value={AttrValue::from(results.per_page.to_string())}
                        options={per_page_options} onchange={on_per_page} />
                </div>
            </div>
            if let Some(error) = &props.error {
                <p id="results-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <Paging page={results.page} total_pages={total_pages}
                on_page={props.on_page.clone()} disabled={props.searching} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ResultCardProps {
    item: JobSummary,
    today: NaiveDate,
    on_open: Callback<String>,
    favorites: Option<Rc<FavoriteMarks>>,
    on_favorite: Callback<FavoriteToggle>,
}

#[function_component]
fn ResultCard(props: &ResultCardProps) -> Html {
    let item = &props.item;
    let open = {
        let cb = props.on_open.clone();
        let number = item.job_number.clone();
        Callback::from(move |_: MouseEvent| cb.emit(number.clone()))
    };
    let title_id = format!("job-title-{}", item.job_number);
    let closed = item.status == JobStatus::Closed;
    let tags = item
        .features
        .iter()
        .filter(|f| **f != JobFeature::OnlineApplication)
        .map(|f| html! { <li class="tag">{ f.label() }</li> });
    html! {
        <li class={classes!("result-item", closed.then_some("is-closed"))}
            data-job-number={item.job_number.clone()} aria-labelledby={title_id.clone()}>
            <div class="result-top">
                <div class="result-badges">
                    if is_new(item.received_on, props.today) {
                        <span class="badge badge-new">{ "新着" }</span>
                    }
                    if closed {
                        <span class="badge badge-closed">{ "募集終了" }</span>
                    }
                    if item.online_application {
                        <span class="badge badge-online">{ "オンライン自主応募可" }</span>
                    }
                    <span class="badge badge-kind">
                        { format!("{}・{}", item.category.label(), item.work_style.label()) }
                    </span>
                </div>
                <span class="result-number">
                    { "求人番号 " }<span class="job-number-value">{ item.job_number.clone() }</span>
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
                    None => html! { <span class="muted">{ "事業所名非公開" }</span> },
                } }
            </p>
            <dl class="result-facts">
                <div class="fact"><dt>{ "就業場所" }</dt><dd>{ item.locality.clone() }</dd></div>
                <div class="fact"><dt>{ "賃金" }</dt>
                    <dd class="wage">{ wage_range(item.wage_kind, item.wage_min, item.wage_max) }</dd></div>
                <div class="fact"><dt>{ "雇用形態" }</dt><dd>{ item.employment_type.label() }</dd></div>
                <div class="fact"><dt>{ "受付年月日" }</dt><dd>{ date_ja(item.received_on) }</dd></div>
                <div class="fact"><dt>{ "紹介期限日" }</dt><dd>{ date_ja(item.referral_deadline) }</dd></div>
            </dl>
            <p class="result-excerpt">{ item.excerpt.clone() }</p>
            <div class="result-bottom">
                <ul class="tags" aria-label="求人の特徴">{ for tags }</ul>
                if let Some(marks) = &props.favorites {
                    <FavoriteButton job_number={item.job_number.clone()}
                        title={item.title.clone()} marks={marks.clone()}
                        on_toggle={props.on_favorite.clone()} />
                }
                <button type="button" class="button button-secondary show-detail" onclick={open}
                    aria-label={format!("{}の詳細を表示", item.title)}>
                    { "詳細を表示" }
                </button>
            </div>
        </li>
    }
}
