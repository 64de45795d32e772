//! Step 6, 保険・年金・定年: 雇用保険 (`#posting-insurance-employment-insurance`), 労災保険
//! (`#posting-insurance-workers-compensation`), 健康保険 (`#posting-insurance-health-insurance`),
//! 厚生年金 (`#posting-insurance-pension`), 退職金制度 (`#posting-insurance-retirement-allowance`),
//! 定年 (`#posting-insurance-retirement-age`), 再雇用 (`#posting-insurance-rehiring`), 住宅
//! (`#posting-insurance-housing`) and 託児施設 (`#posting-insurance-childcare`).

use yew::prelude::*;

use crate::pages::employer::posting::fields::{need, set, tick, StepCtx, TextBox};

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let step = &s.editor.form.insurance;
    html! {
        <div class="form-table">
            <div class="form-row" role="group" id="posting-insurance-group"
                aria-labelledby="posting-insurance-label">
                <span class="form-label" id="posting-insurance-label">{ t.t("posting-insurance") }{ need(t, true) }</span>
                <div class="form-field choices posting-checks">
                    { s.check_box("insurance.employment_insurance", &t.t("posting-insurance-employment"), step.employment_insurance,
                        tick(|f, on| f.insurance.employment_insurance = on)) }
                    { s.check_box("insurance.workers_compensation", &t.t("posting-insurance-workers-compensation"), step.workers_compensation,
                        tick(|f, on| f.insurance.workers_compensation = on)) }
                    { s.check_box("insurance.health_insurance", &t.t("posting-insurance-health"), step.health_insurance,
                        tick(|f, on| f.insurance.health_insurance = on)) }
                    { s.check_box("insurance.pension", &t.t("posting-insurance-pension"), step.pension,
                        tick(|f, on| f.insurance.pension = on)) }
                </div>
            </div>
            <div class="form-row" role="group" id="posting-insurance-retirement-group"
                aria-labelledby="posting-insurance-retirement-label">
                <span class="form-label" id="posting-insurance-retirement-label">{ t.t("posting-insurance-retirement") }</span>
                <div class="form-field">
                    { s.check_box("insurance.retirement_allowance", &t.t("posting-insurance-retirement-allowance"),
                        step.retirement_allowance, tick(|f, on| f.insurance.retirement_allowance = on)) }
                </div>
            </div>
            { s.text_row(&t.t("posting-insurance-retirement-age"), false, TextBox::new("insurance.retirement_age",
                &step.retirement_age, set(|f, v| f.insurance.retirement_age = v))
                .number(t.t("posting-unit-age")).hint(t.t("posting-insurance-retirement-age-hint"))) }
            <div class="form-row" role="group" id="posting-insurance-welfare-group"
                aria-labelledby="posting-insurance-welfare-label">
                <span class="form-label" id="posting-insurance-welfare-label">{ t.t("posting-insurance-welfare") }</span>
                <div class="form-field choices posting-checks">
                    { s.check_box("insurance.rehiring", &t.t("posting-insurance-rehiring"), step.rehiring,
                        tick(|f, on| f.insurance.rehiring = on)) }
                    { s.check_box("insurance.housing", &t.t("posting-insurance-housing"), step.housing,
                        tick(|f, on| f.insurance.housing = on)) }
                    { s.check_box("insurance.childcare", &t.t("posting-insurance-childcare"), step.childcare,
                        tick(|f, on| f.insurance.childcare = on)) }
                </div>
            </div>
        </div>
    }
}
