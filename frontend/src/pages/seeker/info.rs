//! 求職者情報・設定 (`#seeker-info`): who the signed-in job seeker is to Hello Work (氏名,
//! 求職番号 `#seeker-info-number`, 管轄のハローワーク `#seeker-info-office`, メールアドレス, 登録の状況)
//! and their 求職状態 (see [`seeking_rows`]), read again from the service when shown; the
//! advice banner when it ends soon or has ended; what to do next (`#seeker-next-steps`); the
//! 求職者情報 as this device has it (`#seeker-profile-summary`, read-only) with
//! 「求職者情報を変更する」 (`#open-seeker-profile`) and 「求職情報公開」 (`#open-publication`); and the ways on: 「各種設定」
//! (`#open-seeking-settings`, where 求職有効 is switched), パスワード変更 and メールアドレス変更. A
//! failed read is `#seeker-info-error` (the status held since sign-in stays shown).

use shigoto_shared::{AccountInfo, MyProfile};
use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::components::profile_summary::ProfileSummary;
use crate::components::seeking::{seeking_rows, SeekingAdvice};
use crate::forms::profile::next_steps;
use crate::hooks::api::use_api;
use crate::hooks::load::use_refreshed_account;
use crate::ipc;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::session::use_session;

#[derive(Properties, PartialEq)]
pub struct SeekerInfoProps {
    pub account: AccountInfo,
    /// Why the account could not be read again.
    pub error: Option<String>,
    /// 求職者情報 as this device has it (none until read).
    pub profile: Option<MyProfile>,
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
                    if let Some(office) = &account.office_name {
                        <tr>
                            <th scope="row">{ "管轄のハローワーク" }</th>
                            <td id="seeker-info-office">{ office.clone() }</td>
                        </tr>
                    }
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
            if let Some(kept) = &props.profile {
                { steps_list(account, kept) }
                <h3 class="form-section-title">{ "求職者情報" }</h3>
                if kept.pending {
                    <p class="hint">{ "この端末で変更した内容は、通信できるときに送られます。" }</p>
                }
                <ProfileSummary id="seeker-profile-summary" profile={kept.profile.clone()} />
            }
            <div class="seeking-actions">
                <NavLink id="open-seeker-profile" to={Route::SeekerProfile}
                    class={classes!("button", "button-primary")}>
                    { "求職者情報を変更する" }
                </NavLink>
                <NavLink id="open-publication" to={Route::Publication}
                    class={classes!("button", "button-secondary")}>
                    { "求職情報公開" }
                </NavLink>
                <NavLink id="open-seeking-settings" to={Route::SeekerSettings}
                    class={classes!("button", "button-secondary")}>
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

fn steps_list(account: &AccountInfo, kept: &MyProfile) -> Html {
    let steps = next_steps(account, &kept.profile);
    if steps.is_empty() {
        return html! {};
    }
    html! {
        <div id="seeker-next-steps" class="next-steps">
            <h3 class="form-section-title">{ "次にすること" }</h3>
            <ul>{ for steps.into_iter().map(|step| html! { <li>{ step }</li> }) }</ul>
        </div>
    }
}

/// 求職者情報・設定 (`/mypage/info`).
#[function_component]
pub fn SeekerInfoPage() -> Html {
    let session = use_session();
    let error = use_refreshed_account();
    let profile = use_state(|| None::<MyProfile>);
    let api = use_api();
    {
        let profile = profile.clone();
        use_effect_with((), move |_| {
            api.run(ipc::seeker_profile(), move |answer| {
                if let Ok(kept) = answer {
                    profile.set(Some(kept));
                }
            });
        });
    }
    use_focus_on_mount("#seeker-info-heading");
    match session.account() {
        Some(account) => html! {
            <SeekerInfoView account={account.clone()} error={error} profile={(*profile).clone()} />
        },
        None => html! {},
    }
}
