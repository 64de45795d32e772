//! 求職情報公開's anonymous profile as employers see it (`.anonymous-profile`, one row a part with
//! `data-part`): the seeker's preview before agreeing, and what is published.

use shigoto_shared::AnonymousProfile;
use yew::prelude::*;

use crate::forms::publication::anonymous_rows;

#[derive(Properties, PartialEq)]
pub struct AnonymousProfileProps {
    pub id: AttrValue,
    pub view: AnonymousProfile,
}

#[function_component]
pub fn AnonymousProfileTable(props: &AnonymousProfileProps) -> Html {
    let rows = anonymous_rows(&props.view)
        .into_iter()
        .map(|(label, text)| {
            html! {
                <tr data-part={label}>
                    <th scope="row">{ label }</th>
                    <td>{ text }</td>
                </tr>
            }
        });
    html! {
        <table id={props.id.clone()} class="sheet-table anonymous-profile">
            <caption class="visually-hidden">{ "求人者に公開される求職情報" }</caption>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
