//! Step 2, 事業所: the accepted 事業所登録 read-only (`#posting-company-profile`, with the
//! 事業所番号 in `#posting-company-office-number`), then 法人番号
//! (`#posting-employer-corporate-number`), 就業場所の従業員数 (`#posting-employer-employees-site`),
//! 設立年 (`#posting-employer-founded-year`) and 資本金 (`#posting-employer-capital-man-yen`).

use yew::prelude::*;

use crate::components::profile_fields::profile_table;
use crate::pages::employer::posting::fields::{set, StepCtx, TextBox};

pub fn view(s: &StepCtx<'_>) -> Html {
    let step = &s.editor.form.employer;
    let registered = match s.registration {
        Some(registration) => html! {
            <>
                if let Some(number) = &registration.office_number {
                    <dl class="status-facts posting-office">
                        <dt>{ "事業所番号" }</dt>
                        <dd id="posting-company-office-number" class="office-number">{ number.clone() }</dd>
                    </dl>
                }
                { profile_table("posting-company-profile", &registration.profile) }
                <p class="hint">
                    { "事業所登録の内容を変えるときは、ハローワークにご相談ください。" }
                </p>
            </>
        },
        None => html! {
            <p class="hint" role="status">{ "事業所登録を読み込んでいます…" }</p>
        },
    };
    let site_hint = match s.registration {
        Some(registration) => format!(
            "この求人の就業場所で働く人数です（事業所登録の従業員数 企業全体 {}人 以下）。",
            registration.profile.employees
        ),
        None => "この求人の就業場所で働く人数です。".to_owned(),
    };
    html! {
        <>
            <h4 class="form-section-title">{ "登録している事業所" }</h4>
            { registered }
            <h4 class="form-section-title">{ "求人票に載せる会社の情報" }</h4>
            <div class="form-table">
                { s.text_row("法人番号", false, TextBox::new("employer.corporate_number",
                    &step.corporate_number, set(|f, v| f.employer.corporate_number = v))
                    .class("input-corporate").placeholder("例：7000012050002")
                    .hint("国税庁の法人番号公表サイトで確かめて入力してください（ない場合は空欄）。")) }
                { s.text_row("従業員数（就業場所）", true, TextBox::new("employer.employees_site",
                    &step.employees_site, set(|f, v| f.employer.employees_site = v))
                    .number("人").hint(site_hint)) }
                { s.text_row("設立年", false, TextBox::new("employer.founded_year",
                    &step.founded_year, set(|f, v| f.employer.founded_year = v))
                    .number("年").placeholder("例：1987").hint("西暦で入力してください。")) }
                { s.text_row("資本金", false, TextBox::new("employer.capital_man_yen",
                    &step.capital_man_yen, set(|f, v| f.employer.capital_man_yen = v))
                    .number("万円").placeholder("例：3000")) }
            </div>
        </>
    }
}
