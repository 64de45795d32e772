//! Step 7, 求人PR: 会社の特長 (`#posting-pr-features`), 求人に関する特記事項
//! (`#posting-pr-special`) and 備考 (`#posting-pr-remarks`), all optional.

use shigoto_domain::posting::pr::MAX_PR_CHARS;
use yew::prelude::*;

use crate::pages::employer::posting::fields::{set, StepCtx, TextArea};

pub fn view(s: &StepCtx<'_>) -> Html {
    let t = s.t;
    let step = &s.editor.form.pr;
    let hint = t.t_with("posting-max-chars", &[("max", MAX_PR_CHARS.into())]);
    html! {
        <div class="form-table">
            { s.area_row(&t.t("posting-pr-features"), false, TextArea {
                path: "pr.features".into(), value: &step.features, max: Some(MAX_PR_CHARS), rows: 5,
                placeholder: t.t("posting-pr-features-placeholder"),
                hint: hint.clone(), set: set(|f, v| f.pr.features = v),
            }) }
            { s.area_row(&t.t("posting-pr-special"), false, TextArea {
                path: "pr.special".into(), value: &step.special, max: Some(MAX_PR_CHARS), rows: 5,
                placeholder: t.t("posting-pr-special-placeholder"),
                hint: hint.clone(), set: set(|f, v| f.pr.special = v),
            }) }
            { s.area_row(&t.t("posting-pr-remarks"), false, TextArea {
                path: "pr.remarks".into(), value: &step.remarks, max: Some(MAX_PR_CHARS), rows: 3,
                placeholder: String::new(), hint, set: set(|f, v| f.pr.remarks = v),
            }) }
        </div>
    }
}
