//! Step 1, 求人区分: 求人区分 (radios `#posting-category-category-<value>`), フルタイム or パート
//! (`#posting-category-work-style-<value>`), and for 新卒・既卒 the March graduation recruited
//! for (`#posting-category-graduation-year`, the years the domain allows today).

use std::rc::Rc;

use shigoto_domain::posting::category::graduation_years;
use shigoto_shared::{JobCategory, WorkStyle};
use yew::prelude::*;

use crate::components::select::SelectOption;
use crate::pages::employer::posting::fields::{set, Radios, StepCtx};

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let step = &s.editor.form.category;
    let years = graduation_years(s.today);
    let graduation =
        |year: String| t.t_with("posting-graduation-year-option", &[("year", year.into())]);
    let mut year_options = vec![SelectOption::new("", t.t("posting-graduation-year-choose"))];
    year_options.extend(
        years.map(|year| SelectOption::new(year.to_string(), graduation(year.to_string()))),
    );
    let typed = step.graduation_year.trim();
    if !typed.is_empty() && !year_options.iter().any(|o| o.value.as_str() == typed) {
        // A year kept in an older draft stays visible until another is chosen.
        year_options.push(SelectOption::new(
            typed.to_owned(),
            graduation(typed.to_owned()),
        ));
    }
    html! {
        <div class="form-table">
            { s.radio_row(&t.t("posting-category"), true, Radios {
                path: "category.category",
                options: JobCategory::ALL.iter().map(|c| (c.as_str(), c.label_in(t))).collect(),
                selected: step.category.map(JobCategory::as_str),
                pick: Rc::new(|f, wire| f.category.category = JobCategory::from_wire(wire)),
                class: "",
            }) }
            { s.radio_row(&t.t("posting-work-style"), true, Radios {
                path: "category.work_style",
                options: WorkStyle::ALL.iter().map(|w| (w.as_str(), w.label_in(t))).collect(),
                selected: step.work_style.map(WorkStyle::as_str),
                pick: Rc::new(|f, wire| f.category.work_style = WorkStyle::from_wire(wire)),
                class: "",
            }) }
            if step.category == Some(JobCategory::NewGraduate) {
                { s.select_row(&t.t("posting-graduation-year"), true, "category.graduation_year",
                    &step.graduation_year, year_options,
                    set(|f, v| f.category.graduation_year = v)) }
            }
        </div>
    }
}
