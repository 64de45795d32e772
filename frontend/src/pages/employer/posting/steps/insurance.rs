//! Step 6, 保険・年金・定年: 雇用保険 (`#posting-insurance-employment-insurance`), 労災保険
//! (`#posting-insurance-workers-compensation`), 健康保険 (`#posting-insurance-health-insurance`),
//! 厚生年金 (`#posting-insurance-pension`), 退職金制度 (`#posting-insurance-retirement-allowance`),
//! 定年 (`#posting-insurance-retirement-age`), 再雇用 (`#posting-insurance-rehiring`), 住宅
//! (`#posting-insurance-housing`) and 託児施設 (`#posting-insurance-childcare`).

use yew::prelude::*;

use crate::pages::employer::posting::fields::{need, set, tick, StepCtx, TextBox};

pub fn view(s: &StepCtx<'_>) -> Html {
    let step = &s.editor.form.insurance;
    html! {
        <div class="form-table">
            <div class="form-row" role="group" id="posting-insurance-group"
                aria-labelledby="posting-insurance-label">
                <span class="form-label" id="posting-insurance-label">{ "加入保険等" }{ need(true) }</span>
                <div class="form-field choices posting-checks">
                    { s.check_box("insurance.employment_insurance", "雇用保険", step.employment_insurance,
                        tick(|f, on| f.insurance.employment_insurance = on)) }
                    { s.check_box("insurance.workers_compensation", "労災保険", step.workers_compensation,
                        tick(|f, on| f.insurance.workers_compensation = on)) }
                    { s.check_box("insurance.health_insurance", "健康保険", step.health_insurance,
                        tick(|f, on| f.insurance.health_insurance = on)) }
                    { s.check_box("insurance.pension", "厚生年金", step.pension,
                        tick(|f, on| f.insurance.pension = on)) }
                </div>
            </div>
            <div class="form-row" role="group" id="posting-insurance-retirement-group"
                aria-labelledby="posting-insurance-retirement-label">
                <span class="form-label" id="posting-insurance-retirement-label">{ "退職金" }</span>
                <div class="form-field">
                    { s.check_box("insurance.retirement_allowance", "退職金制度あり",
                        step.retirement_allowance, tick(|f, on| f.insurance.retirement_allowance = on)) }
                </div>
            </div>
            { s.text_row("定年", false, TextBox::new("insurance.retirement_age",
                &step.retirement_age, set(|f, v| f.insurance.retirement_age = v))
                .number("歳").hint("定年制がなければ空欄にしてください。")) }
            <div class="form-row" role="group" id="posting-insurance-welfare-group"
                aria-labelledby="posting-insurance-welfare-label">
                <span class="form-label" id="posting-insurance-welfare-label">{ "再雇用・福利厚生" }</span>
                <div class="form-field choices posting-checks">
                    { s.check_box("insurance.rehiring", "再雇用制度あり", step.rehiring,
                        tick(|f, on| f.insurance.rehiring = on)) }
                    { s.check_box("insurance.housing", "入居可能住宅あり", step.housing,
                        tick(|f, on| f.insurance.housing = on)) }
                    { s.check_box("insurance.childcare", "利用可能託児施設あり", step.childcare,
                        tick(|f, on| f.insurance.childcare = on)) }
                </div>
            </div>
        </div>
    }
}
