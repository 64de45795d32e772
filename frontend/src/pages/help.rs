//! ヘルプ (`#help`), open to everyone from 「ヘルプ」 at the right of the top bar: the help desk
//! (`#help-desk`: its number and hours), the way to the office directory (`#help-offices`,
//! 「ハローワークの所在地・管轄を調べる」 `#help-open-offices`), how to use the service's main parts (`#help-howto`,
//! one `<details>` each), and the マイページ利用規約 and プライバシーポリシー that opening a MyPage
//! agrees to (`#help-terms`, `#help-privacy`; the Japanese text is the one agreed to, which the
//! English page says).

use shigoto_domain::limits::{MAX_FAVORITES, MAX_SAVED_SEARCHES};
use shigoto_i18n::Lang;
use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::components::terms_step::articles;
use crate::pages::account::terms::{version_label, PRIVACY, TERMS};
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use shigoto_domain::account::TERMS_VERSION;

/// The how-to topics, in the order a newcomer meets them: the key of each heading; its text is
/// the key's `.text` attribute.
const TOPICS: &[&str] = &[
    shigoto_i18n::key!("help-search"),
    shigoto_i18n::key!("help-keep"),
    shigoto_i18n::key!("help-opening"),
    shigoto_i18n::key!("help-apply"),
    shigoto_i18n::key!("help-messages"),
    shigoto_i18n::key!("help-publish"),
    shigoto_i18n::key!("help-activity"),
    shigoto_i18n::key!("help-shared-pc"),
];

#[function_component]
pub fn HelpPage() -> Html {
    let t = use_texts();
    use_focus_on_mount("#help-heading");
    let limits = [
        ("favorites", MAX_FAVORITES.into()),
        ("searches", MAX_SAVED_SEARCHES.into()),
    ];
    let topics = TOPICS.iter().map(|key| {
        html! {
            <details class="help-topic" key={*key} id={format!("{key}-topic")}>
                <summary>{ t.t(key) }</summary>
                <p>{ t.t_with(&format!("{key}.text"), &limits) }</p>
            </details>
        }
    });
    let original_only = (t.lang() != Lang::Ja)
        .then(|| html! { <p class="notice" lang="en">{ t.t("help-terms-japanese") }</p> });
    html! {
        <section id="help" class="panel" aria-labelledby="help-heading">
            <h2 id="help-heading" class="panel-title" tabindex="-1">{ t.t("help-heading") }</h2>
            <p class="panel-lead">{ t.t("help-lead") }</p>

            <section id="help-desk" class="help-section" aria-labelledby="help-desk-heading">
                <h3 id="help-desk-heading">{ t.t("help-desk") }</h3>
                <p class="help-phone">
                    <span class="help-phone-number">{ t.t("help-desk-phone") }</span>
                    <span class="help-phone-hours">{ t.t("help-desk-hours") }</span>
                </p>
                <p class="hint">{ t.t("help-desk-note") }</p>
            </section>

            <section id="help-offices" class="help-section" aria-labelledby="help-offices-heading">
                <h3 id="help-offices-heading">{ t.t("help-offices") }</h3>
                <NavLink id="help-open-offices" to={Route::Offices} class={classes!("btn", "btn-secondary")}>
                    { t.t("help-offices-link") }
                </NavLink>
            </section>

            <section id="help-howto" class="help-section" aria-labelledby="help-howto-heading">
                <h3 id="help-howto-heading">{ t.t("help-howto") }</h3>
                { for topics }
            </section>

            <section id="help-rules" class="help-section" aria-labelledby="help-rules-heading">
                <h3 id="help-rules-heading">{ t.t("help-rules") }</h3>
                { original_only.unwrap_or_default() }
                <details id="help-terms" class="help-topic">
                    <summary>{ t.t("help-terms") }</summary>
                    <div class="terms-text" lang="ja">{ articles(TERMS) }</div>
                </details>
                <details id="help-privacy" class="help-topic">
                    <summary>{ t.t("help-privacy") }</summary>
                    <div class="terms-text" lang="ja">{ articles(PRIVACY) }</div>
                </details>
                <p class="hint" lang="ja">{ version_label(TERMS_VERSION) }</p>
            </section>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_its_text_in_both_languages() {
        for lang in Lang::ALL {
            let texts = shigoto_i18n::catalogue(lang);
            for key in TOPICS {
                assert!(texts.has(key), "{key}");
                assert!(texts.has(&format!("{key}.text")), "{key}.text");
            }
        }
    }
}
