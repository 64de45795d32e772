//! The greeting above the search form while signed in (`#greeting`): who is signed in, what
//! their menu offers, and for a 仮登録 what is still to be done.

use shigoto_shared::{AccountInfo, Role};
use yew::prelude::*;

use crate::forms::account::{greeting, registration_notice};

pub fn welcome(account: &AccountInfo) -> Html {
    let next = match account.role {
        Role::Counselor => "求人検索のほか、メニューの「窓口での求職登録」から求職者を登録し、「仮登録の本登録」からオンラインで申込みをした方の本登録、「事業所登録の審査」から事業所登録の受理・返戻ができます。",
        Role::Employer => "求人検索のほか、メニューの「求人者マイページ」から事業所登録の状況を確認できます。",
        Role::Seeker => "求人検索をご利用いただけます。",
    };
    let notice = registration_notice(account);
    html! {
        <section id="greeting" class="greeting" tabindex="-1" aria-label="ごあいさつ">
            <p class="greeting-title">{ greeting(account) }</p>
            <p class="greeting-text">
                { next }
                { "ハローワーク内のパソコンを利用している場合は、ご利用後に必ず「ログアウト」してください。" }
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
