//! Step 2, 事業所: the accepted 事業所登録 read-only (`#posting-company-profile`, with the
//! 事業所番号 in `#posting-company-office-number`), then 法人番号
//! (`#posting-employer-corporate-number`), 就業場所の従業員数 (`#posting-employer-employees-site`),
//! 設立年 (`#posting-employer-founded-year`) and 資本金 (`#posting-employer-capital-man-yen`).

use yew::prelude::*;

use crate::components::profile_fields::profile_table;
use crate::pages::employer::posting::fields::{set, StepCtx, TextBox};

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let step = &s.editor.form.employer;
    let registered = match s.registration {
        Some(registration) => html! {
            <>
                if let Some(number) = &registration.office_number {
                    <dl class="status-facts posting-office">
                        <dt>{ t.t("posting-company-office-number") }</dt>
                        <dd id="posting-company-office-number" class="office-number">{ number.clone() }</dd>
                    </dl>
                }
                { profile_table("posting-company-profile", &registration.profile) }
                <p class="hint">{ t.t("posting-company-change-hint") }</p>
            </>
        },
        None => html! {
            <p class="hint" role="status">{ t.t("posting-company-loading") }</p>
        },
    };
    let site_hint = match s.registration {
        Some(registration) => t.t_with(
            "posting-company-employees-site-hint-limit",
            &[("count", registration.profile.employees.to_string().into())],
        ),
        None => t.t("posting-company-employees-site-hint"),
    };
    html! {
        <>
            <h4 class="form-section-title">{ t.t("posting-company-registered") }</h4>
            { registered }
            <h4 class="form-section-title">{ t.t("posting-company-sheet") }</h4>
            <div class="form-table">
                { s.text_row(&t.t("posting-company-corporate-number"), false, TextBox::new("employer.corporate_number",
                    &step.corporate_number, set(|f, v| f.employer.corporate_number = v))
                    .class("input-corporate").placeholder(t.t("posting-company-corporate-number-placeholder"))
                    .hint(t.t("posting-company-corporate-number-hint"))) }
                { s.text_row(&t.t("posting-company-employees-site"), true, TextBox::new("employer.employees_site",
                    &step.employees_site, set(|f, v| f.employer.employees_site = v))
                    .number(t.t("posting-unit-people")).hint(site_hint)) }
                { s.text_row(&t.t("posting-company-founded-year"), false, TextBox::new("employer.founded_year",
                    &step.founded_year, set(|f, v| f.employer.founded_year = v))
                    .number(t.t("posting-unit-year")).placeholder(t.t("posting-company-founded-year-placeholder"))
                    .hint(t.t("posting-company-founded-year-hint"))) }
                { s.text_row(&t.t("posting-company-capital"), false, TextBox::new("employer.capital_man_yen",
                    &step.capital_man_yen, set(|f, v| f.employer.capital_man_yen = v))
                    .number(t.t("posting-unit-man-yen")).placeholder(t.t("posting-company-capital-placeholder"))) }
            </div>
        </>
    }
}
