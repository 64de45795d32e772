//! Step 1 of the MyPage opening and of the online registration: the 利用規約 and the
//! プライバシーポリシー in two scrollable boxes, a checkbox under each, and 「次へ」, enabled once
//! both are ticked. The form is `#<prefix>-terms` with 「次へ」 `#<prefix>-next` and its hint
//! `#<prefix>-next-hint`; the boxes inside are `#<boxes>terms-heading`, `#<boxes>terms-text`,
//! `#<boxes>agree-terms`, `#<boxes>privacy-heading`, `#<boxes>privacy-text` and
//! `#<boxes>agree-privacy` (the opening's have no prefix, the registration's `registration-`).
//! The texts are shown in the language shown, with a note above them in any other language
//! than Japanese that the Japanese text applies (`#<prefix>-terms-japanese`).

use shigoto_domain::account::TERMS_VERSION;
use shigoto_i18n::{catalogue, Catalogue, Lang};
use yew::prelude::*;

use crate::components::key_flow_view::in_texts;
use crate::pages::account::terms::{version_label_in, Article, PRIVACY, TERMS};

/// What the step shows and where its events go.
pub struct TermsStep {
    /// Prefix of the form's ids (`opening`, `registration`).
    pub prefix: &'static str,
    /// Prefix of the ids of the texts and checkboxes (`""`, `"registration-"`).
    pub boxes: &'static str,
    pub agreed_terms: bool,
    pub agreed_privacy: bool,
    /// The hint under 「次へ」 once both are ticked (its key).
    pub next_hint: &'static str,
    /// A refusal that names no box, shown above 「次へ」.
    pub general_error: Html,
    pub on_terms: Callback<Event>,
    pub on_privacy: Callback<Event>,
    pub on_next: Callback<SubmitEvent>,
}

/// The articles of a text (利用規約, プライバシーポリシー) in Japanese, the text that applies
/// (as ヘルプ shows it).
pub fn articles(list: &[Article]) -> Html {
    articles_in(catalogue(Lang::Ja), list)
}

/// The articles of a text in the language of `t`.
pub fn articles_in(t: &Catalogue, list: &[Article]) -> Html {
    html! {
        { for list.iter().map(|article| html! {
            <>
                <h5 class="article-heading">{ t.t(article.heading) }</h5>
                { for article.paragraphs.iter().map(|p| html! { <p>{ t.t(p) }</p> }) }
            </>
        }) }
    }
}

/// One text with its checkbox (`kind` is `terms` or `privacy`; `title` and `agree` are keys).
struct TermsItem<'a> {
    boxes: &'a str,
    kind: &'a str,
    title: &'static str,
    text: &'a [Article],
    agree: &'static str,
    checked: bool,
    onchange: Callback<Event>,
}

fn terms_item(t: &Catalogue, item: TermsItem<'_>) -> Html {
    let TermsItem {
        boxes,
        kind,
        title,
        text,
        agree,
        checked,
        onchange,
    } = item;
    let version = version_label_in(t, TERMS_VERSION);
    let heading_id = format!("{boxes}{kind}-heading");
    let agree_id = format!("{boxes}agree-{kind}");
    html! {
        <div class="terms-item">
            <h4 id={heading_id.clone()} class="terms-heading">
                { t.t(title) }
                <span class="terms-version">{ t.t_with("account-terms-version-note", &[("version", version.into())]) }</span>
            </h4>
            <div id={format!("{boxes}{kind}-text")} class="terms-box" tabindex="0" role="region"
                aria-labelledby={heading_id}>
                { articles_in(t, text) }
            </div>
            <label class="choice agree" for={agree_id.clone()}>
                <input type="checkbox" id={agree_id} checked={checked} onchange={onchange} />
                { t.t(agree) }
            </label>
        </div>
    }
}

/// The whole step, as a form.
pub fn terms_step(step: TermsStep) -> Html {
    in_texts(move |t| {
        let prefix = step.prefix;
        let agreed = step.agreed_terms && step.agreed_privacy;
        let next_hint_id = format!("{prefix}-next-hint");
        let translated = (t.lang() != Lang::Ja).then(|| {
            html! {
                <p id={format!("{prefix}-terms-japanese")} class="notice">
                    { t.t("account-terms-japanese-applies") }
                </p>
            }
        });
        html! {
            <form id={format!("{prefix}-terms")} class="step-body" onsubmit={step.on_next.clone()} novalidate=true>
                <p>{ t.t("account-terms-lead") }</p>
                { translated.unwrap_or_default() }
                <div class="terms-grid">
                    { terms_item(t, TermsItem {
                        boxes: step.boxes,
                        kind: "terms",
                        title: shigoto_i18n::key!("account-terms-title"),
                        text: TERMS,
                        agree: shigoto_i18n::key!("account-terms-agree"),
                        checked: step.agreed_terms,
                        onchange: step.on_terms.clone(),
                    }) }
                    { terms_item(t, TermsItem {
                        boxes: step.boxes,
                        kind: "privacy",
                        title: shigoto_i18n::key!("account-privacy-title"),
                        text: PRIVACY,
                        agree: shigoto_i18n::key!("account-privacy-agree"),
                        checked: step.agreed_privacy,
                        onchange: step.on_privacy.clone(),
                    }) }
                </div>
                <div class="form-actions">
                    { step.general_error.clone() }
                    <button type="submit" id={format!("{prefix}-next")} class="button button-primary button-large"
                        disabled={!agreed} aria-describedby={next_hint_id.clone()}>
                        { t.t("account-terms-next") }
                    </button>
                    <p id={next_hint_id} class="hint form-hint">
                        { t.t(if agreed { step.next_hint } else { shigoto_i18n::key!("account-terms-next-hint") }) }
                    </p>
                </div>
            </form>
        }
    })
}
