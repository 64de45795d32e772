//! 求職者情報・設定 (`#seeker-info`): who the signed-in job seeker is to Hello Work (氏名,
//! 求職番号 `#seeker-info-number`, メールアドレス, 登録の状況) and their 求職状態 (see
//! [`seeking_rows`]), read again from the service when shown; the advice
//! banner when it ends soon or has ended; and the ways on: 「各種設定」 (`#open-seeking-settings`,
//! where 求職有効 is switched), パスワード変更 and メールアドレス変更. A failed read is
//! `#seeker-info-error` (the status held since sign-in stays shown).

use shigoto_shared::AccountInfo;
use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::components::seeking::{seeking_rows, SeekingAdvice};
use crate::hooks::load::use_refreshed_account;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::session::use_session;

#[derive(Properties, PartialEq)]
pub struct SeekerInfoProps {
    pub account: AccountInfo,
    /// Why the account could not be read again.
    pub error: Option<String>,
}

#[function_component]
pub fn SeekerInfoView(props: &SeekerInfoProps) -> Html {
    let account = &props.account;
    html! {
        <section id="seeker-info" class="panel" aria-labelledby="seeker-info-heading">
            <h2 id="seeker-info-heading" class="panel-title" tabindex="-1">{ "求職者情報・設定" }</h2>
            <p class="panel-lead">
                { "ハローワークに登録されている求職者情報と求職状態です。求職状態が有効の間、求人に応募できます。" }
            </p>
            if let Some(error) = &props.error {
                <p id="seeker-info-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            if let Some(status) = account.seeking {
                <SeekingAdvice status={status} />
            }
            <table class="sheet-table">
                <caption class="visually-hidden">{ "求職者情報" }</caption>
                <tbody>
                    <tr>
                        <th scope="row">{ "氏名" }</th>
                        <td>{ account.display_name.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ "求職番号" }</th>
                        <td id="seeker-info-number">{ account.seeker_number.clone().unwrap_or_default() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ "メールアドレス" }</th>
                        <td>{ account.email.clone() }</td>
                    </tr>
                    if let Some(registration) = account.registration {
                        <tr>
                            <th scope="row">{ "登録の状況" }</th>
                            <td>{ registration.label() }</td>
                        </tr>
                    }
                    if let Some(status) = &account.seeking {
                        { seeking_rows(status) }
                    }
                </tbody>
            </table>
            <div class="seeking-actions">
                <NavLink id="open-seeking-settings" to={Route::SeekerSettings}
                    class={classes!("button", "button-primary")}>
                    { "各種設定" }
                </NavLink>
                <NavLink id="seeker-info-password" to={Route::PasswordChange}
                    class={classes!("button", "button-secondary")}>
                    { "パスワード変更" }
                </NavLink>
                <NavLink id="seeker-info-email" to={Route::EmailChange}
                    class={classes!("button", "button-secondary")}>
                    { "メールアドレス変更" }
                </NavLink>
            </div>
        </section>
    }
}

/// 求職者情報・設定 (`/mypage/info`).
#[function_component]
pub fn SeekerInfoPage() -> Html {
    let session = use_session();
    let error = use_refreshed_account();
    use_focus_on_mount("#seeker-info-heading");
    match session.account() {
        Some(account) => html! { <SeekerInfoView account={account.clone()} error={error} /> },
        None => html! {},
    }
}
