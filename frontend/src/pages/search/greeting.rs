//! The greeting above the search form while signed in (`#greeting`): who is signed in, what
//! their menu offers, and for a 仮登録 what is still to be done.

use shigoto_shared::{AccountInfo, Role};
use yew::prelude::*;

use crate::forms::account::{greeting, registration_notice};
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub account: AccountInfo,
}

#[function_component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let t = use_texts();
    let account = &props.account;
    let next = match account.role {
        Role::Counselor => t.t("greeting-next-counselor"),
        Role::Employer => t.t("greeting-next-employer"),
        Role::Seeker => t.t("greeting-next-seeker"),
    };
    let notice = registration_notice(t, account);
    html! {
        <section id="greeting" class="greeting" tabindex="-1" aria-label={t.t("greeting-label")}>
            <p class="greeting-title">{ greeting(t, account) }</p>
            <p class="greeting-text">
                { next }
                { t.t("greeting-shared-pc") }
            </p>
            if let Some(notice) = notice {
                <p id="provisional-notice" class="caution provisional-notice" role="status">
                    <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                    { notice }
                </p>
            }
        </section>
    }
}
