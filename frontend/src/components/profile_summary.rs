//! 求職者情報 read-only (`.profile-summary`, one row a part, `data-part` naming it): shown to the
//! job seeker on 求職者情報・設定 and to a counselor on the seeker's record. `data-part` is the
//! part's Japanese name in every language (the tests find the rows by it).

use shigoto_i18n::{catalogue, Lang};
use shigoto_shared::SeekerProfile;
use yew::prelude::*;

use crate::forms::profile::summary_rows;
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct ProfileSummaryProps {
    pub id: AttrValue,
    pub profile: SeekerProfile,
}

#[function_component]
pub fn ProfileSummary(props: &ProfileSummaryProps) -> Html {
    let t = use_texts();
    let rows = summary_rows(t, &props.profile).into_iter().map(|(key, lines)| {
        html! {
            <tr data-part={catalogue(Lang::Ja).t(key)}>
                <th scope="row">{ t.t(key) }</th>
                <td>
                    { for lines.into_iter().map(|line| html! { <div class="profile-line">{ line }</div> }) }
                </td>
            </tr>
        }
    });
    html! {
        <table id={props.id.clone()} class="sheet-table profile-summary">
            <caption class="visually-hidden">{ t.t("seeker-info-profile") }</caption>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
