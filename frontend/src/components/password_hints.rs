//! Live hints under a new password (`#<id>` on the list): the rule as a checklist (8〜32文字,
//! 半角英字, 半角数字, 記号), each item marked met (`.rule-met`) or not yet (`.rule-unmet`), then
//! what the rule check still refuses in its own words (全角, blanks, same as the email, too
//! common) and, once acceptable, 「このパスワードは使用できます。」. The service checks again.

use shigoto_domain::password::{MAX_CHARS, MIN_CHARS};
use yew::prelude::*;

use crate::forms::account::password_hints;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct PasswordHintsProps {
    /// Id of the hint block (for `aria-describedby` on the password box).
    pub id: AttrValue,
    pub password: String,
    /// The login email, which the password must not resemble.
    pub email: String,
}

#[function_component]
pub fn PasswordHints(props: &PasswordHintsProps) -> Html {
    let t = use_texts();
    let hints = password_hints(&props.password, &props.email);
    let limits = [("min", MIN_CHARS.into()), ("max", MAX_CHARS.into())];
    let items = hints.items.iter().map(|item| {
        let (class, mark, state) = if hints.empty {
            (
                "rule-pending",
                t.t("account-password-rule-pending"),
                String::new(),
            )
        } else if item.met {
            ("rule-met", "✓".to_owned(), t.t("account-password-rule-met"))
        } else {
            (
                "rule-unmet",
                "✗".to_owned(),
                t.t("account-password-rule-unmet"),
            )
        };
        html! {
            <li class={classes!("rule-item", class)} key={item.key}>
                <span class="rule-mark" aria-hidden="true">{ mark }</span>
                { t.t_with(item.key, &limits) }
                <span class="visually-hidden">{ state }</span>
            </li>
        }
    });
    html! {
        <div id={props.id.clone()} class="password-hints">
            <p class="hint">{ t.t_with("account-password-rule", &limits) }</p>
            <ul class="rule-list">{ for items }</ul>
            <div aria-live="polite">
                { for hints.problems.iter().map(|p| html! {
                    <p class="rule-problem">{ t.text(p) }</p>
                }) }
                if hints.ok {
                    <p class="rule-ok">{ t.t("account-password-ok") }</p>
                }
            </div>
        </div>
    }
}
