//! Step 1 of the MyPage opening and of the online registration: the 利用規約 and the
//! プライバシーポリシー in two scrollable boxes, a checkbox under each, and 「次へ」, enabled once
//! both are ticked. The form is `#<prefix>-terms` with 「次へ」 `#<prefix>-next` and its hint
//! `#<prefix>-next-hint`; the boxes inside are `#<boxes>terms-heading`, `#<boxes>terms-text`,
//! `#<boxes>agree-terms`, `#<boxes>privacy-heading`, `#<boxes>privacy-text` and
//! `#<boxes>agree-privacy` (the opening's have no prefix, the registration's `registration-`).

use shigoto_domain::account::TERMS_VERSION;
use yew::prelude::*;

use crate::pages::account::terms::{version_label, Article, PRIVACY, TERMS};

/// What the step shows and where its events go.
pub struct TermsStep {
    /// Prefix of the form's ids (`opening`, `registration`).
    pub prefix: &'static str,
    /// Prefix of the ids of the texts and checkboxes (`""`, `"registration-"`).
    pub boxes: &'static str,
    pub agreed_terms: bool,
    pub agreed_privacy: bool,
    /// The hint under 「次へ」 once both are ticked.
    pub next_hint: &'static str,
    /// A refusal that names no box, shown above 「次へ」.
    pub general_error: Html,
    pub on_terms: Callback<Event>,
    pub on_privacy: Callback<Event>,
    pub on_next: Callback<SubmitEvent>,
}

/// The articles of a text (利用規約, プライバシーポリシー) in a terms box.
pub fn articles(list: &[Article]) -> Html {
    html! {
        { for list.iter().map(|article| html! {
            <>
                <h5 class="article-heading">{ article.heading }</h5>
                { for article.paragraphs.iter().map(|p| html! { <p>{ *p }</p> }) }
            </>
        }) }
    }
}

/// One text with its checkbox (`kind` is `terms` or `privacy`).
fn terms_item(
    boxes: &str,
    kind: &str,
    title: &'static str,
    text: &[Article],
    agree: &'static str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let version = version_label(TERMS_VERSION);
    let heading_id = format!("{boxes}{kind}-heading");
    let agree_id = format!("{boxes}agree-{kind}");
    html! {
        <div class="terms-item">
            <h4 id={heading_id.clone()} class="terms-heading">
                { title }
                <span class="terms-version">{ format!("（{version}）") }</span>
            </h4>
            <div id={format!("{boxes}{kind}-text")} class="terms-box" tabindex="0" role="region"
                aria-labelledby={heading_id}>
                { articles(text) }
            </div>
            <label class="choice agree" for={agree_id.clone()}>
                <input type="checkbox" id={agree_id} checked={checked} onchange={onchange} />
                { agree }
            </label>
        </div>
    }
}

/// The whole step, as a form.
pub fn terms_step(t: TermsStep) -> Html {
    let prefix = t.prefix;
    let agreed = t.agreed_terms && t.agreed_privacy;
    let next_hint_id = format!("{prefix}-next-hint");
    html! {
        <form id={format!("{prefix}-terms")} class="step-body" onsubmit={t.on_next} novalidate=true>
            <p>{ "プライバシーポリシーとマイページ利用規約をお読みのうえ、両方に同意のチェックを入れて「次へ」を押してください。" }</p>
            <div class="terms-grid">
                { terms_item(t.boxes, "terms", "マイページ利用規約", TERMS,
                    "マイページ利用規約に同意します", t.agreed_terms, t.on_terms) }
                { terms_item(t.boxes, "privacy", "プライバシーポリシー", PRIVACY,
                    "プライバシーポリシーに同意します", t.agreed_privacy, t.on_privacy) }
            </div>
            <div class="form-actions">
                { t.general_error }
                <button type="submit" id={format!("{prefix}-next")} class="button button-primary button-large"
                    disabled={!agreed} aria-describedby={next_hint_id.clone()}>
                    { "次へ" }
                </button>
                <p id={next_hint_id} class="hint form-hint">
                    { if agreed { t.next_hint } else { "両方にチェックを入れると「次へ」を押せます。" } }
                </p>
            </div>
        </form>
    }
}
