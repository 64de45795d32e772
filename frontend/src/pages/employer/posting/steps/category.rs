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
    let step = &s.editor.form.category;
    let years = graduation_years(s.today);
    let mut year_options = vec![SelectOption::new("", "卒業年を選択")];
    year_options
        .extend(years.map(|year| SelectOption::new(year.to_string(), format!("{year}年3月卒業"))));
    let typed = step.graduation_year.trim();
    if !typed.is_empty() && !year_options.iter().any(|o| o.value.as_str() == typed) {
        // A year kept in an older draft stays visible until another is chosen.
        year_options.push(SelectOption::new(
            typed.to_owned(),
            format!("{typed}年3月卒業"),
        ));
    }
    html! {
        <div class="form-table">
            { s.radio_row("求人区分", true, Radios {
                path: "category.category",
                options: JobCategory::ALL.iter().map(|c| (c.as_str(), c.label())).collect(),
                selected: step.category.map(JobCategory::as_str),
                pick: Rc::new(|f, wire| f.category.category = JobCategory::from_wire(wire)),
                class: "",
            }) }
            { s.radio_row("就業形態", true, Radios {
                path: "category.work_style",
                options: WorkStyle::ALL.iter().map(|w| (w.as_str(), w.label())).collect(),
                selected: step.work_style.map(WorkStyle::as_str),
                pick: Rc::new(|f, wire| f.category.work_style = WorkStyle::from_wire(wire)),
                class: "",
            }) }
            if step.category == Some(JobCategory::NewGraduate) {
                { s.select_row("卒業年（3月卒業）", true, "category.graduation_year",
                    &step.graduation_year, year_options,
                    set(|f, v| f.category.graduation_year = v)) }
            }
        </div>
    }
}
