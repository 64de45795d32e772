//! 希望する仕事 of the 求職者情報 editor: 希望職種 (the 職業分類 picker), 希望勤務地 (the area
//! picker's three rows), 雇用形態 (`#profile-desired-employment-<wire>` checkboxes), 希望賃金 (月給 or
//! 時給 and the least amount), 希望就業時間 (from and to) and 就業可能時期 (with its day).

use chrono::NaiveDate;
use shigoto_domain::profile::{MAX_DESIRED_AREAS, MAX_DESIRED_OCCUPATIONS};
use shigoto_i18n::Catalogue;
use shigoto_shared::{DesiredWageKind, EmploymentType, StartTiming};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::boxes::{group_row, set, Ctx, TextSpec};
use crate::components::area_picker::AreaPicker;
use crate::components::occupation_picker::OccupationPicker;
use crate::components::select::SelectOption;
use crate::forms::edit::Edit;
use crate::forms::profile::{field_id, ProfileEditor};
use crate::forms::search::AreaChoice;

fn wage_kinds(t: &Catalogue) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", t.t("profile-choose")))
        .chain(
            DesiredWageKind::ALL
                .iter()
                .map(|k| SelectOption::new(k.as_str(), k.label_in(t))),
        )
        .collect()
}

fn timings(t: &Catalogue) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", t.t("profile-choose")))
        .chain(
            StartTiming::ALL
                .iter()
                .map(|timing| SelectOption::new(timing.as_str(), timing.label_in(t))),
        )
        .collect()
}

fn employment_types(t: &Catalogue, ctx: Ctx<'_>) -> Html {
    let chosen = &ctx.editor.profile.desired.employment_types;
    let boxes = EmploymentType::ALL.iter().copied().map(|kind| {
        let id = field_id(&format!("desired.employment.{}", kind.as_str()));
        let edit = ctx.edit.clone();
        let onchange = Callback::from(move |event: Event| {
            let on = event.target_unchecked_into::<HtmlInputElement>().checked();
            edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
                let kinds = &mut editor.profile.desired.employment_types;
                kinds.retain(|k| *k != kind);
                if on {
                    kinds.push(kind);
                }
                editor.edited("desired.employment_types");
            }));
        });
        html! {
            <label class="choice" for={id.clone()} key={id.clone()}>
                <input type="checkbox" id={id} value={kind.as_str()}
                    checked={chosen.contains(&kind)} {onchange} />
                { kind.label_in(t) }
            </label>
        }
    });
    html! { <div class="choices">{ for boxes }</div> }
}

fn start_day(t: &Catalogue, ctx: Ctx<'_>) -> Html {
    let desired = &ctx.editor.profile.desired;
    if desired.start != Some(StartTiming::From) {
        return html! {};
    }
    let edit = ctx.edit.clone();
    let onchange = Callback::from(move |event: Event| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        let day = NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok();
        edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
            editor.profile.desired.start_on = day;
            editor.edited("desired.start_on");
        }));
    });
    let path = "desired.start_on";
    html! {
        <input type="date" id={field_id(path)} class="input input-date"
            aria-label={t.t("profile-desired-start-day")}
            value={desired.start_on.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()}
            aria-invalid={ctx.invalid(path)} aria-describedby={ctx.described(path, false)}
            {onchange} />
    }
}

pub fn desired(t: &Catalogue, ctx: Ctx<'_>) -> Html {
    let desired = &ctx.editor.profile.desired;
    let on_occupations = {
        let edit = ctx.edit.clone();
        Callback::from(move |codes: Vec<String>| {
            edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
                editor.profile.desired.occupations = codes.clone();
                editor.edited("desired.occupations");
            }))
        })
    };
    let on_area = {
        let edit = ctx.edit.clone();
        Callback::from(move |(index, choice): (usize, AreaChoice)| {
            edit.emit(Edit::new(move |editor: &mut ProfileEditor| {
                editor.set_area(index, choice.clone())
            }))
        })
    };
    html! {
        <fieldset class="profile-section" id="profile-desired">
            <legend class="form-section-title">{ t.t("profile-desired") }</legend>
            <div class="form-table">
                { group_row(&t.t("profile-part-occupations"), html! {
                    <>
                        <p class="hint">{ t.t_with("profile-desired-occupations-hint", &[("max", MAX_DESIRED_OCCUPATIONS.into())]) }</p>
                        <OccupationPicker selected={desired.occupations.clone()}
                            on_change={on_occupations}
                            invalid={ctx.editor.problem("desired.occupations").is_some()} />
                        { ctx.error("desired.occupations") }
                    </>
                }) }
                { group_row(&t.t("profile-part-areas"), html! {
                    <>
                        <p class="hint">{ t.t_with("profile-desired-areas-hint", &[("max", MAX_DESIRED_AREAS.into())]) }</p>
                        <AreaPicker areas={ctx.editor.area_rows()} on_change={on_area}
                            invalid={ctx.editor.problem("desired.areas").is_some()} />
                        { ctx.error("desired.areas") }
                    </>
                }) }
                { group_row(&t.t("profile-part-employment"), html! {
                    <>
                        { employment_types(t, ctx) }
                        <p class="hint">{ t.t("profile-desired-employment-hint") }</p>
                    </>
                }) }
                { group_row(&t.t("profile-part-wage"), html! {
                    <>
                        <div class="inline-fields">
                            { ctx.select("desired.wage_kind", &t.t("profile-desired-wage-kind"),
                                desired.wage_kind.map_or("", |k| k.as_str()), wage_kinds(t),
                                set(|p, v| p.desired.wage_kind = DesiredWageKind::from_wire(&v))) }
                            { ctx.text_box(&TextSpec::new("desired.wage_min", &t.t("profile-desired-wage-min"),
                                &desired.wage_min, 12).class("input-count").numeric()
                                .placeholder("250000"),
                                set(|p, v| p.desired.wage_min = v)) }
                            <span>{ t.t("profile-desired-wage-unit") }</span>
                        </div>
                        { ctx.error("desired.wage_kind") }
                        { ctx.error("desired.wage_min") }
                    </>
                }) }
                { group_row(&t.t("profile-part-hours"), html! {
                    <>
                        <div class="inline-fields">
                            { ctx.text_box(&TextSpec::new("desired.hours_from", &t.t("profile-desired-hours-from"),
                                &desired.hours_from, 5).class("input-clock").placeholder("9:00"),
                                set(|p, v| p.desired.hours_from = v)) }
                            <span>{ t.t("profile-desired-hours-range") }</span>
                            { ctx.text_box(&TextSpec::new("desired.hours_to", &t.t("profile-desired-hours-to"),
                                &desired.hours_to, 5).class("input-clock").placeholder("18:00"),
                                set(|p, v| p.desired.hours_to = v)) }
                        </div>
                        { ctx.error("desired.hours_from") }
                        { ctx.error("desired.hours_to") }
                    </>
                }) }
                { group_row(&t.t("profile-part-start"), html! {
                    <>
                        <div class="inline-fields">
                            { ctx.select("desired.start", &t.t("profile-part-start"),
                                desired.start.map_or("", |timing| timing.as_str()), timings(t),
                                set(|p, v| p.desired.start = StartTiming::from_wire(&v))) }
                            { start_day(t, ctx) }
                        </div>
                        { ctx.error("desired.start_on") }
                    </>
                }) }
            </div>
        </fieldset>
    }
}
