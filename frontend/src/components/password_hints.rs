//! Live hints under a new password (`#<id>` on the list): the rule as a checklist (8〜32文字,
//! 半角英字, 半角数字, 記号), each item marked met (`.rule-met`) or not yet (`.rule-unmet`), then
//! what the rule check still refuses in its own words (全角, blanks, same as the email, too
//! common) and, once acceptable, 「このパスワードは使用できます。」. The service checks again.

use shigoto_domain::password::{MAX_CHARS, MIN_CHARS};
use yew::prelude::*;

use crate::forms::account::password_hints;

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
    let hints = password_hints(&props.password, &props.email);
    let items = hints.items.iter().map(|item| {
        let (class, mark, state) = if hints.empty {
            ("rule-pending", "・", "")
        } else if item.met {
            ("rule-met", "✓", "（OK）")
        } else {
            ("rule-unmet", "✗", "（未達成）")
        };
        html! {
            <li class={classes!("rule-item", class)} key={item.label.clone()}>
                <span class="rule-mark" aria-hidden="true">{ mark }</span>
                { item.label.clone() }
                <span class="visually-hidden">{ state }</span>
            </li>
        }
    });
    html! {
        <div id={props.id.clone()} class="password-hints">
            <p class="hint">{ format!("半角の英字・数字・記号をすべて含む、{MIN_CHARS}文字以上{MAX_CHARS}文字以内で設定してください。") }</p>
            <ul class="rule-list">{ for items }</ul>
            <div aria-live="polite">
                { for hints.problems.iter().map(|p| html! {
                    <p class="rule-problem">{ p.clone() }</p>
                }) }
                if hints.ok {
                    <p class="rule-ok">{ "このパスワードは使用できます。" }</p>
                }
            </div>
        </div>
    }
}
