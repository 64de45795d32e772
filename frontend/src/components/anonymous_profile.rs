//! 求職情報公開's anonymous profile as employers see it (`.anonymous-profile`, one row a part with
//! `data-part`, the part's Japanese name in every language): the seeker's preview before
//! agreeing, and what is published.

use shigoto_i18n::{catalogue, Lang};
use shigoto_shared::AnonymousProfile;
use yew::prelude::*;

use crate::forms::publication::anonymous_rows;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct AnonymousProfileProps {
    pub id: AttrValue,
    pub view: AnonymousProfile,
}

#[function_component]
pub fn AnonymousProfileTable(props: &AnonymousProfileProps) -> Html {
    let t = use_texts();
    let rows = anonymous_rows(t, &props.view)
        .into_iter()
        .map(|(key, text)| {
            html! {
                <tr data-part={catalogue(Lang::Ja).t(key)}>
                    <th scope="row">{ t.t(key) }</th>
                    <td>{ text }</td>
                </tr>
            }
        });
    html! {
        <table id={props.id.clone()} class="sheet-table anonymous-profile">
            <caption class="visually-hidden">{ t.t("profile-anonymous-caption") }</caption>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
