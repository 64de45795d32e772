//! 求人検索: the search form, grouped like Hello Work's (求人区分, 就業場所, 職種, 雇用形態,
//! フリーワード, 求人番号, and the less-used conditions behind 「詳細条件」).
//!
//! The form is a real `<form id="search-form">`, so Enter in any text box searches. Every
//! control has a `<label for>` or a labelled group; errors appear next to the field they name
//! (`.field-error`, id `error-<field>`), or beside the search button (`#search-error`).

use shigoto_shared::{EmploymentType, JobCategory, KeywordMode, WorkStyle};

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::area_picker::AreaPicker;
use crate::components::occupation_picker::OccupationPicker;
use crate::forms::search::{
    error_place, toggle, AreaChoice, ErrorPlace, FieldError, SearchForm, MAX_AREAS,
    MAX_JOB_NUMBERS, MAX_KEYWORD_CHARS, MAX_OCCUPATIONS,
};
use crate::state::lang::use_texts;
use crate::state::search::{FormCounts, FormEdit};

use super::advanced::advanced_section;
use super::inputs::{error_at, is_invalid, on_set, on_text};
use crate::components::facet_counts::{choice_class, count_badge, GroupCounts};

#[derive(Properties, PartialEq)]
pub struct SearchFormProps {
    pub form: SearchForm,
    /// Changes when the form is cleared (resets the pickers' half-made choices).
    pub generation: u32,
    pub advanced_open: bool,
    pub error: Option<FieldError>,
    pub searching: bool,
    pub on_edit: Callback<FormEdit>,
    pub on_toggle_advanced: Callback<()>,
    pub on_submit: Callback<()>,
    pub on_clear: Callback<()>,
    /// The counts beside the choices, for the form as it stands.
    #[prop_or_default]
    pub counts: Option<FormCounts>,
}

/// How many of the 詳細条件 are set (shown on the closed toggle).
fn advanced_count(form: &SearchForm) -> usize {
    [
        !form.age.trim().is_empty(),
        form.monthly_wage_min.is_some(),
        form.hourly_wage_min.is_some(),
        !form.start_after.is_empty() || !form.end_before.is_empty(),
        form.two_days_off_weekly,
        form.annual_holidays_min.is_some(),
        form.posting_age_max.is_some(),
    ]
    .into_iter()
    .filter(|set| *set)
    .count()
        + form.features.len()
}

#[function_component]
pub fn SearchFormView(props: &SearchFormProps) -> Html {
    let t = use_texts();
    let form = &props.form;
    let edit = props.on_edit.clone();

    let error_at = |fields: &[&str]| error_at(props.error.as_ref(), fields);
    let invalid = |fields: &[&str]| is_invalid(props.error.as_ref(), fields);
    let general_error = props.error.as_ref().filter(|e| {
        matches!(
            error_place(e.field.as_deref()),
            ErrorPlace::General | ErrorPlace::Results
        )
    });
    let text = |apply: fn(&mut SearchForm, String)| on_text(&edit, apply);

    let counts = props.counts.as_ref();

    // 求人区分.
    let category_counts = GroupCounts::of(counts, |f| &f.category);
    let categories = std::iter::once(None)
        .chain(JobCategory::ALL.iter().copied().map(Some))
        .map(|category| {
            let id = format!("category-{}", category.map_or("any", JobCategory::as_str));
            let label = category.map_or_else(|| t.t("search-any"), |c| c.label_in(t));
            let count = category.and_then(|c| category_counts.count(c.as_str()));
            let chosen = form.category == category;
            html! {
                <label class={choice_class(count, chosen)} for={id.clone()} key={id.clone()}>
                    <input type="radio" name="category" id={id}
                        checked={chosen}
                        onchange={on_set(&edit, move |f| f.category = category)} />
                    { label }
                    { count_badge(t, count) }
                </label>
            }
        });
    let style_counts = GroupCounts::of(counts, |f| &f.work_style);
    let work_styles = [None, Some(WorkStyle::FullTime), Some(WorkStyle::PartTime)]
        .into_iter()
        .map(|style| {
            let id = format!("work-style-{}", style.map_or("any", WorkStyle::as_str));
            let label = style.map_or_else(|| t.t("search-work-style-any"), |s| s.label_in(t));
            let count = style.and_then(|s| style_counts.count(s.as_str()));
            let chosen = form.work_style == style;
            html! {
                <label class={choice_class(count, chosen)} for={id.clone()} key={id.clone()}>
                    <input type="radio" name="work-style" id={id}
                        checked={chosen}
                        onchange={on_set(&edit, move |f| f.work_style = style)} />
                    { label }
                    { count_badge(t, count) }
                </label>
            }
        });

    // 雇用形態.
    let employment_counts = GroupCounts::of(counts, |f| &f.employment_types);
    let employment_types = EmploymentType::ALL.iter().copied().map(|kind| {
        let id = format!("employment-{}", kind.as_str());
        let edit = edit.clone();
        let onchange = Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            edit.emit(FormEdit::new(move |f| {
                toggle(&mut f.employment_types, kind, on)
            }));
        });
        let count = employment_counts.count(kind.as_str());
        let chosen = form.employment_types.contains(&kind);
        html! {
            <label class={choice_class(count, chosen)} for={id.clone()} key={id.clone()}>
                <input type="checkbox" id={id} value={kind.as_str()}
                    checked={chosen} {onchange} />
                { kind.label_in(t) }
                { count_badge(t, count) }
            </label>
        }
    });

    // フリーワード mode.
    let keyword_modes = [
        (
            KeywordMode::And,
            "keyword-mode-and",
            t.t("search-keyword-mode-and"),
        ),
        (
            KeywordMode::Or,
            "keyword-mode-or",
            t.t("search-keyword-mode-or"),
        ),
    ]
    .into_iter()
    .map(|(mode, id, label)| {
        html! {
            <label class="choice" for={id} key={id}>
                <input type="radio" name="keyword-mode" id={id}
                    checked={form.keyword_mode == mode}
                    onchange={on_set(&edit, move |f| f.keyword_mode = mode)} />
                { label }
            </label>
        }
    });

    // 就業場所 and 職種.
    let on_area = {
        let edit = edit.clone();
        Callback::from(move |(index, area): (usize, AreaChoice)| {
            edit.emit(FormEdit::new(move |f| {
                if let Some(slot) = f.areas.get_mut(index) {
                    *slot = area.clone();
                }
            }))
        })
    };
    let on_occupations = {
        let edit = edit.clone();
        Callback::from(move |codes: Vec<String>| {
            edit.emit(FormEdit::new(move |f| f.occupations = codes.clone()))
        })
    };

    let on_submit = {
        let cb = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(());
        })
    };
    let on_clear = {
        let cb = props.on_clear.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let on_toggle = {
        let cb = props.on_toggle_advanced.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };

    let advanced_set = advanced_count(form);
    let advanced = if props.advanced_open {
        advanced_section(t, props)
    } else {
        html! {}
    };

    html! {
        <section class="panel search-panel" aria-labelledby="search-heading">
            <h2 id="search-heading" class="panel-title">{ t.t("search-heading") }</h2>
            <p class="panel-lead">
                { t.t("search-lead") }
            </p>
            <form id="search-form" class="search-form" onsubmit={on_submit} novalidate=true>
                <div class="form-table">
                    <div class="form-row" role="group" aria-labelledby="label-category">
                        <div class="form-label" id="label-category">{ t.t("search-category") }</div>
                        <div class="form-field">
                            <div class="choices">{ for categories }</div>
                            <div class="choices choices-sub" role="group" aria-label={t.t("search-work-style-group")}>
                                <span class="choices-caption">{ t.t("search-work-style") }</span>
                                { for work_styles }
                            </div>
                            { error_at(&["category", "work_style"]) }
                        </div>
                    </div>

                    <div class="form-row" role="group" aria-labelledby="label-area">
                        <div class="form-label" id="label-area">
                            { t.t("search-area") }
                            <span class="label-note">{ t.t_with("search-area-note", &[("max", MAX_AREAS.into())]) }</span>
                        </div>
                        <div class="form-field">
                            <AreaPicker areas={form.areas.clone()} on_change={on_area}
                                counts={props.counts.clone()}
                                invalid={invalid(&["prefectures", "municipalities"])} />
                            { error_at(&["prefectures", "municipalities"]) }
                        </div>
                    </div>

                    <div class="form-row" role="group" aria-labelledby="label-occupation">
                        <div class="form-label" id="label-occupation">
                            { t.t("search-occupation") }
                            <span class="label-note">{ t.t_with("search-occupation-note", &[("max", MAX_OCCUPATIONS.into())]) }</span>
                        </div>
                        <div class="form-field">
                            <OccupationPicker key={props.generation} selected={form.occupations.clone()}
                                counts={props.counts.clone()}
                                on_change={on_occupations}
                                invalid={invalid(&["occupations"])} />
                            { error_at(&["occupations"]) }
                        </div>
                    </div>

                    <div class="form-row" role="group" aria-labelledby="label-employment">
                        <div class="form-label" id="label-employment">{ t.t("search-employment") }</div>
                        <div class="form-field">
                            <div class="choices">{ for employment_types }</div>
                            { error_at(&["employment_types"]) }
                        </div>
                    </div>

                    <div class="form-row">
                        <label class="form-label" for="keyword">{ t.t("search-keyword") }</label>
                        <div class="form-field">
                            <div class="inline-fields">
                                <input type="text" id="keyword" class="input input-wide"
                                    maxlength={MAX_KEYWORD_CHARS.to_string()}
                                    value={form.keyword.clone()}
                                    placeholder={t.t("search-keyword.placeholder")}
                                    enterkeyhint="search"
                                    aria-describedby="keyword-hint"
                                    aria-invalid={invalid(&["keyword"]).then_some("true")}
                                    oninput={text(|f, v| f.keyword = v)} />
                                <div class="choices" role="group" aria-label={t.t("search-keyword-mode")}>
                                    { for keyword_modes }
                                </div>
                            </div>
                            <p class="hint" id="keyword-hint">
                                { t.t_with("search-keyword.hint", &[("max", MAX_KEYWORD_CHARS.into())]) }
                            </p>
                            <div class="inline-fields">
                                <label class="sub-label" for="exclude">{ t.t("search-exclude") }</label>
                                <input type="text" id="exclude" class="input"
                                    maxlength={MAX_KEYWORD_CHARS.to_string()}
                                    value={form.exclude.clone()}
                                    placeholder={t.t("search-exclude.placeholder")}
                                    aria-invalid={invalid(&["exclude"]).then_some("true")}
                                    oninput={text(|f, v| f.exclude = v)} />
                            </div>
                            { error_at(&["keyword", "keyword_mode", "exclude"]) }
                        </div>
                    </div>

                    <div class="form-row">
                        <label class="form-label" for="job-numbers">{ t.t("search-job-numbers") }</label>
                        <div class="form-field">
                            <input type="text" id="job-numbers" class="input input-wide"
                                value={form.job_numbers.clone()}
                                placeholder={t.t("search-job-numbers.placeholder")}
                                aria-describedby="job-numbers-hint"
                                aria-invalid={invalid(&["job_numbers"]).then_some("true")}
                                oninput={text(|f, v| f.job_numbers = v)} />
                            <p class="hint" id="job-numbers-hint">
                                { t.t_with("search-job-numbers.hint", &[("max", MAX_JOB_NUMBERS.into())]) }
                            </p>
                            { error_at(&["job_numbers"]) }
                        </div>
                    </div>
                </div>

                <div class="advanced">
                    <button type="button" id="toggle-advanced" class="disclosure"
                        aria-expanded={props.advanced_open.to_string()}
                        aria-controls="advanced-conditions"
                        onclick={on_toggle}>
                        <span class="disclosure-icon" aria-hidden="true">
                            { if props.advanced_open { "▾" } else { "▸" } }
                        </span>
                        { t.t("search-advanced") }
                        if advanced_set > 0 {
                            <span class="badge badge-count">{ t.t_with("search-advanced-set", &[("count", advanced_set.into())]) }</span>
                        }
                        <span class="disclosure-note">
                            { t.t("search-advanced-note") }
                        </span>
                    </button>
                    { advanced }
                </div>

                <div class="form-actions">
                    if let Some(err) = general_error {
                        <p id="search-error" class="field-error form-error" role="alert">
                            { err.message.clone() }
                        </p>
                    }
                    <button type="submit" id="search-button" class="button button-primary button-large"
                        aria-busy={props.searching.then_some("true")}>
                        { if props.searching { t.t("search-searching") } else { t.t("search-submit") } }
                    </button>
                    <button type="button" id="clear-button" class="button button-secondary"
                        onclick={on_clear}>
                        { t.t("search-clear") }
                    </button>
                    <p id="form-total" class="form-total" aria-live="polite">
                        if let Some(counts) = counts {
                            { t.t_with("search-form-total", &[("count", counts.total.into())]) }
                        }
                    </p>
                </div>
            </form>
        </section>
    }
}
