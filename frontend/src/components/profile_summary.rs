//! 求職者情報 read-only (`.profile-summary`, one row a part, `data-part` naming it): shown to the
//! job seeker on 求職者情報・設定 and to a counselor on the seeker's record.

use shigoto_shared::SeekerProfile;
use yew::prelude::*;

use crate::forms::profile::summary_rows;

#[derive(Properties, PartialEq)]
pub struct ProfileSummaryProps {
    pub id: AttrValue,
    pub profile: SeekerProfile,
}

#[function_component]
pub fn ProfileSummary(props: &ProfileSummaryProps) -> Html {
    let rows = summary_rows(&props.profile).into_iter().map(|(label, lines)| {
        html! {
            <tr data-part={label}>
                <th scope="row">{ label }</th>
                <td>
                    { for lines.into_iter().map(|line| html! { <div class="profile-line">{ line }</div> }) }
                </td>
            </tr>
        }
    });
    html! {
        <table id={props.id.clone()} class="sheet-table profile-summary">
            <caption class="visually-hidden">{ "求職者情報" }</caption>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
