//! Step 3, 仕事内容: 職種 (`#posting-work-title`), 職業分類 chosen 大分類 → 中分類 → 小分類
//! (`#posting-work-occupation-major`, `#posting-work-occupation-middle`, and the 小分類 that is
//! the field, `#posting-work-occupation-code`), 仕事の内容 (`#posting-work-description`), 雇用形態
//! (`#posting-work-employment-type`), 雇用期間の定め (`#posting-work-fixed-term`, then
//! `#posting-work-contract-months` and `#posting-work-contract-renewable`), 試用期間
//! (`#posting-work-trial-months`), 就業場所 (`#posting-work-place-prefecture-code`,
//! `#posting-work-place-municipality-code`, `#posting-work-place-address-line`,
//! `#posting-work-place-nearest-station`, `#posting-work-place-station-minutes`), マイカー通勤
//! (`#posting-work-car-commute`), 駐車場 (`#posting-work-parking`), 転勤
//! (`#posting-work-transfer`), テレワーク (`#posting-work-remote-work`), UIJターン
//! (`#posting-work-uij-turn`), 年齢制限 (`#posting-work-age-limited`, then
//! `#posting-work-age-min`, `#posting-work-age-max`, `#posting-work-age-reason`), 学歴
//! (`#posting-work-education`), 経験 (`#posting-work-experience`) and 免許・資格 one a line
//! (`#posting-work-licenses`).

use shigoto_domain::posting::work::{
    MAX_ADDRESS_LINE_CHARS, MAX_DESCRIPTION_CHARS, MAX_LICENSES, MAX_LICENSE_CHARS,
    MAX_REQUIREMENT_CHARS, MAX_STATION_CHARS, MAX_TITLE_CHARS,
};
use shigoto_refdata::occupation_children;
use shigoto_shared::{AgeLimitReason, EmploymentType, RemoteWork};
use yew::prelude::*;

use crate::components::area_picker::{municipality_options, prefecture_options};
use crate::components::select::{Select, SelectOption};
use crate::forms::employer::posting::{field_id, occupation_levels};
use crate::pages::employer::posting::fields::{
    need, options_of, set, tick, StepCtx, TextArea, TextBox,
};
use crate::state::lang::use_texts;

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let step = &s.editor.form.work;
    let place = &step.place;
    let occupation = {
        let code = "work.occupation_code";
        let edit = s.edit.clone();
        let on_change = Callback::from(move |value: String| {
            edit.emit(crate::forms::edit::Edit::new(
                move |e: &mut crate::forms::employer::posting::PostingEditor| {
                    e.form.work.occupation_code = value.clone();
                    e.edited(code);
                },
            ));
        });
        html! {
            <div class="form-row" role="group" id={format!("{}-group", field_id(code))}
                aria-labelledby="posting-work-occupation-label">
                <span class="form-label" id="posting-work-occupation-label">{ t.t("posting-work-occupation") }{ need(t, true) }</span>
                <div class="form-field">
                    <OccupationSelect code={AttrValue::from(step.occupation_code.clone())}
                        on_change={on_change} invalid={s.problem(code).is_some()}
                        describedby={s.described(code, true).map(AttrValue::from)} />
                    <p class="hint" id={crate::forms::employer::posting::hint_id(code)}>
                        { t.t("posting-work-occupation-hint") }
                    </p>
                    { s.error(code) }
                </div>
            </div>
        }
    };
    let contract = html! {
        <div class="form-row" role="group" id="posting-work-contract-group"
            aria-labelledby="posting-work-contract-label">
            <span class="form-label" id="posting-work-contract-label">{ t.t("posting-work-contract") }</span>
            <div class="form-field">
                { s.check_box("work.fixed_term", &t.t("posting-work-fixed-term"), step.fixed_term,
                    tick(|f, on| f.work.fixed_term = on)) }
                if step.fixed_term {
                    <div class="posting-indent">
                        { s.labelled_box(&t.t("posting-work-contract"), TextBox::new("work.contract_months",
                            &step.contract_months, set(|f, v| f.work.contract_months = v))
                            .number(t.t("posting-unit-months"))) }
                        { s.check_box("work.contract_renewable", &t.t("posting-work-contract-renewable"),
                            step.contract_renewable, tick(|f, on| f.work.contract_renewable = on)) }
                    </div>
                }
            </div>
        </div>
    };
    let work_place = html! {
        <div class="form-row" role="group" id="posting-work-place-group"
            aria-labelledby="posting-work-place-label">
            <span class="form-label" id="posting-work-place-label">{ t.t("posting-work-place") }{ need(t, true) }</span>
            <div class="form-field">
                <div class="posting-sub-field">
                    <label class="sub-label" for={field_id("work.place.prefecture_code")}>{ t.t("posting-work-prefecture") }</label>
                    { s.select("work.place.prefecture_code", &place.prefecture_code,
                        prefecture_options(t), set(|f, v| {
                            f.work.place.prefecture_code = v;
                            f.work.place.municipality_code.clear();
                        })) }
                </div>
                <div class="posting-sub-field">
                    <label class="sub-label" for={field_id("work.place.municipality_code")}>{ t.t("posting-work-municipality") }</label>
                    { s.select("work.place.municipality_code", &place.municipality_code,
                        municipality_options(t, &place.prefecture_code),
                        set(|f, v| f.work.place.municipality_code = v)) }
                </div>
                { s.labelled_box(&t.t("posting-work-address-line"), TextBox::new("work.place.address_line",
                    &place.address_line, set(|f, v| f.work.place.address_line = v))
                    .max(MAX_ADDRESS_LINE_CHARS).class("input-full")
                    .placeholder(t.t("posting-work-address-line-placeholder"))) }
                { s.labelled_box(&t.t("posting-work-station"), TextBox::new("work.place.nearest_station",
                    &place.nearest_station, set(|f, v| f.work.place.nearest_station = v))
                    .max(MAX_STATION_CHARS).placeholder(t.t("posting-work-station-placeholder"))) }
                { s.labelled_box(&t.t("posting-work-station-minutes"), TextBox::new("work.place.station_minutes",
                    &place.station_minutes, set(|f, v| f.work.place.station_minutes = v))
                    .number(t.t("posting-unit-minutes"))) }
            </div>
        </div>
    };
    let commute = html! {
        <div class="form-row" role="group" id="posting-work-commute-group"
            aria-labelledby="posting-work-commute-label">
            <span class="form-label" id="posting-work-commute-label">{ t.t("posting-work-commute") }</span>
            <div class="form-field choices">
                { s.check_box("work.car_commute", &t.t("posting-work-car-commute"), step.car_commute,
                    tick(|f, on| f.work.car_commute = on)) }
                { s.check_box("work.parking", &t.t("posting-work-parking"), step.parking,
                    tick(|f, on| f.work.parking = on)) }
                { s.check_box("work.transfer", &t.t("posting-work-transfer"), step.transfer,
                    tick(|f, on| f.work.transfer = on)) }
                { s.check_box("work.uij_turn", &t.t("posting-work-uij-turn"), step.uij_turn,
                    tick(|f, on| f.work.uij_turn = on)) }
            </div>
        </div>
    };
    let age = html! {
        <div class="form-row" role="group" id="posting-work-age-group"
            aria-labelledby="posting-work-age-label">
            <span class="form-label" id="posting-work-age-label">{ t.t("posting-work-age") }</span>
            <div class="form-field">
                { s.check_box("work.age_limited", &t.t("posting-work-age-limited"), step.age_limited,
                    tick(|f, on| f.work.age_limited = on)) }
                if step.age_limited {
                    <div class="posting-indent">
                        <p class="hint">{ t.t("posting-work-age-hint") }</p>
                        { s.labelled_box(&t.t("posting-work-age-min"), TextBox::new("work.age_min", &step.age_min,
                            set(|f, v| f.work.age_min = v)).number(t.t("posting-unit-age-or-over"))) }
                        { s.labelled_box(&t.t("posting-work-age-max"), TextBox::new("work.age_max", &step.age_max,
                            set(|f, v| f.work.age_max = v)).number(t.t("posting-unit-age-or-under"))) }
                        <div class="posting-sub-field">
                            <label class="sub-label" for={field_id("work.age_reason")}>{ t.t("posting-work-age-reason") }</label>
                            { s.select("work.age_reason",
                                step.age_reason.map_or("", AgeLimitReason::as_str),
                                options_of(t.t("posting-work-age-reason-choose"), AgeLimitReason::ALL, AgeLimitReason::as_str, |v| v.label_in(t)),
                                set(|f, v| f.work.age_reason = AgeLimitReason::from_wire(&v))) }
                        </div>
                    </div>
                } else {
                    <p class="hint">{ t.t("posting-work-age-any") }</p>
                }
            </div>
        </div>
    };
    html! {
        <div class="form-table">
            { s.text_row(&t.t("posting-work-title"), true, TextBox::new("work.title", &step.title,
                set(|f, v| f.work.title = v)).max(MAX_TITLE_CHARS).placeholder(t.t("posting-work-title-placeholder"))
                .hint(t.t_with("posting-work-title-hint", &[("max", MAX_TITLE_CHARS.into())]))) }
            { occupation }
            { s.area_row(&t.t("posting-work-description"), true, TextArea {
                path: "work.description".into(), value: &step.description,
                max: Some(MAX_DESCRIPTION_CHARS), rows: 6,
                placeholder: t.t("posting-work-description-placeholder"),
                hint: t.t_with("posting-max-chars", &[("max", MAX_DESCRIPTION_CHARS.into())]),
                set: set(|f, v| f.work.description = v),
            }) }
            { s.select_row(&t.t("posting-work-employment-type"), true, "work.employment_type",
                step.employment_type.map_or("", EmploymentType::as_str),
                options_of(t.t("posting-work-employment-type-choose"), EmploymentType::ALL, EmploymentType::as_str, |v| v.label_in(t)),
                set(|f, v| f.work.employment_type = EmploymentType::from_wire(&v))) }
            { contract }
            { s.text_row(&t.t("posting-work-trial"), false, TextBox::new("work.trial_months", &step.trial_months,
                set(|f, v| f.work.trial_months = v)).number(t.t("posting-unit-months"))
                .hint(t.t("posting-work-trial-hint"))) }
            { work_place }
            { commute }
            { s.select_row(&t.t("posting-work-remote"), true, "work.remote_work",
                step.remote_work.map_or("", RemoteWork::as_str),
                options_of(t.t("posting-choose"), RemoteWork::ALL, RemoteWork::as_str, |v| v.label_in(t)),
                set(|f, v| f.work.remote_work = RemoteWork::from_wire(&v))) }
            { age }
            { s.text_row(&t.t("posting-work-education"), false, TextBox::new("work.education", &step.education,
                set(|f, v| f.work.education = v)).max(MAX_REQUIREMENT_CHARS)
                .placeholder(t.t("posting-work-education-placeholder")).hint(t.t("posting-work-not-required-hint"))) }
            { s.text_row(&t.t("posting-work-experience"), false, TextBox::new("work.experience", &step.experience,
                set(|f, v| f.work.experience = v)).max(MAX_REQUIREMENT_CHARS)
                .placeholder(t.t("posting-work-experience-placeholder")).hint(t.t("posting-work-not-required-hint"))) }
            { s.area_row(&t.t("posting-work-licenses"), false, TextArea {
                path: "work.licenses".into(), value: &step.licenses,
                max: None, rows: 3,
                placeholder: t.t("posting-work-licenses-placeholder"),
                hint: t.t_with("posting-work-licenses-hint", &[
                    ("max", MAX_LICENSES.into()),
                    ("chars", MAX_LICENSE_CHARS.into()),
                ]),
                set: set(|f, v| f.work.licenses = v),
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OccupationProps {
    /// The 小分類 chosen (`""` for none).
    code: AttrValue,
    on_change: Callback<String>,
    invalid: bool,
    describedby: Option<AttrValue>,
}

fn occupation_options(parent: Option<&str>, placeholder: String) -> Vec<SelectOption> {
    std::iter::once(SelectOption::new("", placeholder))
        .chain(
            occupation_children(parent)
                .map(|o| SelectOption::new(o.code, format!("{} {}", o.code, o.name))),
        )
        .collect()
}

/// 職業分類, one 小分類: the 大分類 and 中分類 narrow the list (kept while this step is shown,
/// starting from the code chosen); choosing another 大分類 or 中分類 clears the 小分類.
#[function_component]
fn OccupationSelect(props: &OccupationProps) -> Html {
    let t = use_texts();
    let levels = use_state(|| occupation_levels(&props.code));
    let (major, middle) = (*levels).clone();
    let on_major = {
        let (levels, cb) = (levels.clone(), props.on_change.clone());
        Callback::from(move |code: String| {
            levels.set((code, String::new()));
            cb.emit(String::new());
        })
    };
    let on_middle = {
        let (levels, cb, major) = (levels.clone(), props.on_change.clone(), major.clone());
        Callback::from(move |code: String| {
            levels.set((major.clone(), code));
            cb.emit(String::new());
        })
    };
    let minor_options = if middle.is_empty() {
        vec![SelectOption::new("", t.t("occupation-middle-first"))]
    } else {
        occupation_options(Some(&middle), t.t("posting-work-choose-minor"))
    };
    html! {
        <div class="occupation-selects">
            <div class="occupation-level">
                <label for="posting-work-occupation-major">{ t.t("occupation-major") }</label>
                <Select id="posting-work-occupation-major" value={AttrValue::from(major.clone())}
                    options={occupation_options(None, t.t("occupation-choose-major"))} onchange={on_major}
                    invalid={props.invalid && major.is_empty()} />
            </div>
            <div class="occupation-level">
                <label for="posting-work-occupation-middle">{ t.t("occupation-middle") }</label>
                <Select id="posting-work-occupation-middle" value={AttrValue::from(middle.clone())}
                    options={if major.is_empty() {
                        vec![SelectOption::new("", t.t("occupation-major-first"))]
                    } else {
                        occupation_options(Some(&major), t.t("posting-work-choose-middle"))
                    }}
                    onchange={on_middle} disabled={major.is_empty()} />
            </div>
            <div class="occupation-level">
                <label for={field_id("work.occupation_code")}>{ t.t("occupation-minor") }</label>
                <Select id={field_id("work.occupation_code")} value={props.code.clone()}
                    options={minor_options} onchange={props.on_change.clone()}
                    disabled={middle.is_empty()} invalid={props.invalid}
                    describedby={props.describedby.clone()} />
            </div>
        </div>
    }
}
