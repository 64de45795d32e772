//! 求職者情報・設定 (`#seeker-info`): who the signed-in job seeker is to Hello Work (氏名,
//! 求職番号 `#seeker-info-number`, 管轄のハローワーク `#seeker-info-office`, メールアドレス, 登録の状況)
//! and their 求職状態 (see [`seeking_rows`]), read again from the service when shown; the
//! advice banner when it ends soon or has ended; what to do next (`#seeker-next-steps`); the
//! 求職者情報 as this device has it (`#seeker-profile-summary`, read-only) with
//! 「求職者情報を変更する」 (`#open-seeker-profile`) and 「求職情報公開」 (`#open-publication`); and the ways on: 「各種設定」
//! (`#open-seeking-settings`, where 求職有効 is switched), パスワード変更 and メールアドレス変更. A
//! failed read is `#seeker-info-error` (the status held since sign-in stays shown).

use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{AccountInfo, MyProfile, RegistrationStatus};
use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::components::profile_summary::ProfileSummary;
use crate::components::seeking::{seeking_rows, SeekingAdvice};
use crate::forms::profile::next_steps;
use crate::forms::seeking::refresh_failed_text;
use crate::hooks::api::use_api;
use crate::hooks::load::use_refreshed_account;
use crate::ipc;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::session::use_session;

#[derive(Properties, PartialEq)]
pub struct SeekerInfoProps {
    pub account: AccountInfo,
    /// Why the account could not be read again (the service's reason).
    pub error: Option<String>,
    /// 求職者情報 as this device has it (none until read).
    pub profile: Option<MyProfile>,
}

/// The catalogue key of 登録の状況.
fn registration_key(status: RegistrationStatus) -> &'static str {
    match status {
        RegistrationStatus::Provisional => key!("seeker-info-registration-provisional"),
        RegistrationStatus::Registered => key!("seeker-info-registration-registered"),
        RegistrationStatus::Lapsed => key!("seeker-info-registration-lapsed"),
    }
}

#[function_component]
pub fn SeekerInfoView(props: &SeekerInfoProps) -> Html {
    let t = use_texts();
    let account = &props.account;
    html! {
        <section id="seeker-info" class="panel" aria-labelledby="seeker-info-heading">
            <h2 id="seeker-info-heading" class="panel-title" tabindex="-1">{ t.t("seeker-info-heading") }</h2>
            <p class="panel-lead">
                { t.t("seeker-info-lead") }
            </p>
            if let Some(error) = &props.error {
                <p id="seeker-info-error" class="field-error form-error" role="alert">{ refresh_failed_text(t, error) }</p>
            }
            if let Some(status) = account.seeking {
                <SeekingAdvice status={status} />
            }
            <table class="sheet-table">
                <caption class="visually-hidden">{ t.t("seeker-info-profile") }</caption>
                <tbody>
                    <tr>
                        <th scope="row">{ t.t("seeker-info-name") }</th>
                        <td>{ account.display_name.clone() }</td>
                    </tr>
                    <tr>
                        <th scope="row">{ t.t("seeker-info-number") }</th>
                        <td id="seeker-info-number">{ account.seeker_number.clone().unwrap_or_default() }</td>
                    </tr>
                    if let Some(office) = &account.office_name {
                        <tr>
                            <th scope="row">{ t.t("seeker-info-office") }</th>
                            <td id="seeker-info-office">{ office.clone() }</td>
                        </tr>
                    }
                    <tr>
                        <th scope="row">{ t.t("seeker-info-email") }</th>
                        <td>{ account.email.clone() }</td>
                    </tr>
                    if let Some(registration) = account.registration {
                        <tr>
                            <th scope="row">{ t.t("seeker-info-registration") }</th>
                            <td>{ t.t(registration_key(registration)) }</td>
                        </tr>
                    }
                    if let Some(status) = &account.seeking {
                        { seeking_rows(status) }
                    }
                </tbody>
            </table>
            if let Some(kept) = &props.profile {
                { steps_list(t, account, kept) }
                <h3 class="form-section-title">{ t.t("seeker-info-profile") }</h3>
                if kept.pending {
                    <p class="hint">{ t.t("seeker-info-pending") }</p>
                }
                <ProfileSummary id="seeker-profile-summary" profile={kept.profile.clone()} />
            }
            <div class="seeking-actions">
                <NavLink id="open-seeker-profile" to={Route::SeekerProfile}
                    class={classes!("button", "button-primary")}>
                    { t.t("seeker-info-open-profile") }
                </NavLink>
                <NavLink id="open-publication" to={Route::Publication}
                    class={classes!("button", "button-secondary")}>
                    { t.t("seeker-info-open-publication") }
                </NavLink>
                <NavLink id="open-seeking-settings" to={Route::SeekerSettings}
                    class={classes!("button", "button-secondary")}>
                    { t.t("seeker-settings-heading") }
                </NavLink>
                <NavLink id="seeker-info-password" to={Route::PasswordChange}
                    class={classes!("button", "button-secondary")}>
                    { t.t("account-password-change") }
                </NavLink>
                <NavLink id="seeker-info-email" to={Route::EmailChange}
                    class={classes!("button", "button-secondary")}>
                    { t.t("account-email-change") }
                </NavLink>
            </div>
        </section>
    }
}

fn steps_list(t: &Catalogue, account: &AccountInfo, kept: &MyProfile) -> Html {
    let steps = next_steps(t, account, &kept.profile);
    if steps.is_empty() {
        return html! {};
    }
    html! {
        <div id="seeker-next-steps" class="next-steps">
            <h3 class="form-section-title">{ t.t("seeker-info-next-steps") }</h3>
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
