//! The less-used conditions behind 「詳細条件」: wage, working hours and days, age, the 求人票's
//! flags (学歴不問, マイカー通勤…), how new the posting is, and the keyword's mode.

use shigoto_domain::search_steps::{ANNUAL_HOLIDAYS, HOURLY_WAGES, MONTHLY_WAGES, POSTING_AGES};
use shigoto_shared::JobFeature;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::select::{Select, SelectOption};
use shigoto_i18n::Catalogue;

use crate::forms::search::{toggle, SearchForm};
use crate::state::search::FormEdit;

use super::form::SearchFormProps;
use super::inputs::{error_at, is_invalid, on_check, on_choice, on_set, on_text};
use crate::components::facet_counts::{choice_class, count_badge, with_count, GroupCounts};

fn man_yen_label(t: &Catalogue, yen: u32) -> String {
    t.t_with(
        "search-wage-man-yen",
        &[("man", (yen / 10_000).into()), ("yen", yen.into())],
    )
}

/// A 新着 choice: 当日, 当日・前日, 1週間以内, or 「n日以内」 (the days counting today).
fn posting_age_label(t: &Catalogue, age: u8) -> String {
    match age {
        0 => t.t("search-posted-age-today"),
        1 => t.t("search-posted-today"),
        6 => t.t("search-posted-week"),
        _ => t.t_with("search-posted-age-days", &[("days", (age + 1).into())]),
    }
}

/// The collapsible 詳細条件 block.
pub fn advanced_section(t: &Catalogue, props: &SearchFormProps) -> Html {
    let edit = &props.on_edit;
    let error_at = |fields: &[&str]| error_at(props.error.as_ref(), fields);
    let invalid = |fields: &[&str]| is_invalid(props.error.as_ref(), fields);
    let text = |apply: fn(&mut SearchForm, String)| on_text(edit, apply);
    let choice = |apply: fn(&mut SearchForm, String)| on_choice(edit, apply);
    let checkbox = |apply: fn(&mut SearchForm, bool)| on_check(edit, apply);
    let form = &props.form;
    let counts = props.counts.as_ref();
    let any = || SelectOption::new("", t.t("search-any"));
    // A step's option, with its count.
    let step = |value: String, label: String, group: GroupCounts<'_>| {
        let count = group.count(&value);
        SelectOption::new(value, with_count(t, label, count))
    };
    let monthly_counts = GroupCounts::of(counts, |f| &f.monthly_wage_min);
    let monthly_options: Vec<SelectOption> = std::iter::once(any())
        .chain(
            MONTHLY_WAGES
                .iter()
                .map(|yen| step(yen.to_string(), man_yen_label(t, *yen), monthly_counts)),
        )
        .collect();
    let hourly_counts = GroupCounts::of(counts, |f| &f.hourly_wage_min);
    let hourly_options: Vec<SelectOption> = std::iter::once(any())
        .chain(HOURLY_WAGES.iter().map(|yen| {
            step(
                yen.to_string(),
                t.t_with("search-wage-yen", &[("yen", (*yen).into())]),
                hourly_counts,
            )
        }))
        .collect();
    let holiday_counts = GroupCounts::of(counts, |f| &f.annual_holidays_min);
    let holiday_options: Vec<SelectOption> = std::iter::once(any())
        .chain(ANNUAL_HOLIDAYS.iter().map(|days| {
            step(
                days.to_string(),
                t.t_with("search-annual-holidays-days", &[("days", (*days).into())]),
                holiday_counts,
            )
        }))
        .collect();

    let posted_counts = GroupCounts::of(counts, |f| &f.posting_age_max);
    let posted = std::iter::once(None)
        .chain(POSTING_AGES.iter().copied().map(Some))
        .map(|age| {
            let id = age.map_or_else(
                || "posting-age-any".to_owned(),
                |a| format!("posting-age-{a}"),
            );
            let label = age.map_or_else(|| t.t("search-any"), |a| posting_age_label(t, a));
            let count = age.and_then(|a| posted_counts.count(&a.to_string()));
            let chosen = form.posting_age_max == age;
            html! {
                <label class={choice_class(count, chosen)} for={id.clone()} key={id.clone()}>
                    <input type="radio" name="posting-age" id={id}
                        checked={chosen}
                        onchange={on_set(edit, move |f| f.posting_age_max = age)} />
                    { label }
                    { count_badge(t, count) }
                </label>
            }
        });

    let features = JobFeature::ALL.iter().copied().map(|feature| {
        let id = format!("feature-{}", feature.as_str());
        let onchange = {
            let edit = edit.clone();
            Callback::from(move |event: Event| {
                let on = event.target_unchecked_into::<HtmlInputElement>().checked();
                edit.emit(FormEdit::new(move |f| toggle(&mut f.features, feature, on)));
            })
        };
        let count = GroupCounts::of(counts, |f| &f.features).count(feature.as_str());
        let chosen = form.features.contains(&feature);
        html! {
            <label class={choice_class(count, chosen)} for={id.clone()} key={id.clone()}>
                <input type="checkbox" id={id} value={feature.as_str()}
                    checked={chosen} {onchange} />
                { feature.label_in(t) }
                { count_badge(t, count) }
            </label>
        }
    });

    let two_days_count = counts.map(|c| c.facets.two_days_off_weekly);

    html! {
        <div id="advanced-conditions" class="form-table advanced-table">
            <div class="form-row">
                <label class="form-label" for="age">{ t.t("search-age") }</label>
                <div class="form-field">
                    <div class="inline-fields">
                        <input type="text" id="age" class="input input-short" inputmode="numeric"
                            maxlength="2" value={form.age.clone()}
                            aria-describedby="age-hint"
                            aria-invalid={invalid(&["age"]).then_some("true")}
                            oninput={text(|f, v| f.age = v)} />
                        <span>{ t.t("search-age-unit") }</span>
                    </div>
                    <p class="hint" id="age-hint">{ t.t("search-age-hint") }</p>
                    { error_at(&["age"]) }
                </div>
            </div>
            <div class="form-row" role="group" aria-labelledby="label-wage">
                <div class="form-label" id="label-wage">{ t.t("search-wage") }</div>
                <div class="form-field">
                    <div class="inline-fields">
                        <label class="sub-label" for="monthly-wage-min">{ t.t("search-wage-monthly") }</label>
                        <Select id="monthly-wage-min"
                            value={AttrValue::from(form.monthly_wage_min.map(|v| v.to_string()).unwrap_or_default())}
                            options={monthly_options}
                            onchange={choice(|f, v| f.monthly_wage_min = v.parse().ok())}
                            invalid={invalid(&["monthly_wage_min"])} />
                        <label class="sub-label" for="hourly-wage-min">{ t.t("search-wage-hourly") }</label>
                        <Select id="hourly-wage-min"
                            value={AttrValue::from(form.hourly_wage_min.map(|v| v.to_string()).unwrap_or_default())}
                            options={hourly_options}
                            onchange={choice(|f, v| f.hourly_wage_min = v.parse().ok())}
                            invalid={invalid(&["hourly_wage_min"])} />
                    </div>
                    <p class="hint">{ t.t("search-wage-hint") }</p>
                    { error_at(&["monthly_wage_min", "hourly_wage_min"]) }
                </div>
            </div>
            <div class="form-row" role="group" aria-labelledby="label-hours">
                <div class="form-label" id="label-hours">{ t.t("search-hours") }</div>
                <div class="form-field">
                    <div class="inline-fields">
                        <label class="sub-label" for="start-after">{ t.t("search-start") }</label>
                        <input type="time" id="start-after" class="input input-time"
                            value={form.start_after.clone()}
                            aria-invalid={invalid(&["start_after"]).then_some("true")}
                            oninput={text(|f, v| f.start_after = v)} />
                        <span>{ t.t("search-start-after") }</span>
                        <label class="sub-label" for="end-before">{ t.t("search-end") }</label>
                        <input type="time" id="end-before" class="input input-time"
                            value={form.end_before.clone()}
                            aria-invalid={invalid(&["end_before"]).then_some("true")}
                            oninput={text(|f, v| f.end_before = v)} />
                        <span>{ t.t("search-end-before") }</span>
                    </div>
                    { error_at(&["start_after", "end_before"]) }
                </div>
            </div>
            <div class="form-row" role="group" aria-labelledby="label-holidays">
                <div class="form-label" id="label-holidays">{ t.t("search-holidays") }</div>
                <div class="form-field">
                    <div class="inline-fields">
                        <label class={choice_class(two_days_count, form.two_days_off_weekly)} for="two-days-off-weekly">
                            <input type="checkbox" id="two-days-off-weekly"
                                checked={form.two_days_off_weekly}
                                onchange={checkbox(|f, on| f.two_days_off_weekly = on)} />
                            { t.t("search-two-days-off") }
                            { count_badge(t, two_days_count) }
                        </label>
                        <label class="sub-label" for="annual-holidays-min">{ t.t("search-annual-holidays") }</label>
                        <Select id="annual-holidays-min"
                            value={AttrValue::from(form.annual_holidays_min.map(|v| v.to_string()).unwrap_or_default())}
                            options={holiday_options}
                            onchange={choice(|f, v| f.annual_holidays_min = v.parse().ok())}
                            invalid={invalid(&["annual_holidays_min"])} />
                    </div>
                    { error_at(&["two_days_off_weekly", "annual_holidays_min"]) }
                </div>
            </div>
            <div class="form-row" role="group" aria-labelledby="label-posted">
                <div class="form-label" id="label-posted">{ t.t("search-posted") }</div>
                <div class="form-field">
                    <div class="choices">{ for posted }</div>
                    { error_at(&["posted_within", "posting_age_max"]) }
                </div>
            </div>
            <div class="form-row" role="group" aria-labelledby="label-features">
                <div class="form-label" id="label-features">{ t.t("search-features") }</div>
                <div class="form-field">
                    <div class="choices choices-grid">{ for features }</div>
                    <p class="hint">{ t.t("search-features-hint") }</p>
                    { error_at(&["features"]) }
                </div>
            </div>
        </div>
    }
}
