//! Step 7, 求人PR: 会社の特長 (`#posting-pr-features`), 求人に関する特記事項
//! (`#posting-pr-special`) and 備考 (`#posting-pr-remarks`), all optional.

use shigoto_domain::posting::pr::MAX_PR_CHARS;
use yew::prelude::*;

use crate::pages::employer::posting::fields::{set, StepCtx, TextArea};

pub fn view(s: &StepCtx<'_>) -> Html {
    let step = &s.editor.form.pr;
    let hint = format!("{MAX_PR_CHARS}文字以内で入力してください。");
    html! {
        <div class="form-table">
            { s.area_row("会社の特長", false, TextArea {
                path: "pr.features".into(), value: &step.features, max: Some(MAX_PR_CHARS), rows: 5,
                placeholder: "例：創業以来、地域の事務用品を支えています。",
                hint: hint.clone(), set: set(|f, v| f.pr.features = v),
            }) }
            { s.area_row("求人に関する特記事項", false, TextArea {
                path: "pr.special".into(), value: &step.special, max: Some(MAX_PR_CHARS), rows: 5,
                placeholder: "例：未経験の方も丁寧に指導します。",
                hint: hint.clone(), set: set(|f, v| f.pr.special = v),
            }) }
            { s.area_row("備考", false, TextArea {
                path: "pr.remarks".into(), value: &step.remarks, max: Some(MAX_PR_CHARS), rows: 3,
                placeholder: "", hint, set: set(|f, v| f.pr.remarks = v),
            }) }
        </div>
    }
}
