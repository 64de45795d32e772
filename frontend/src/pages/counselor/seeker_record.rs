//! One job seeker's record at the counter (`#seeker-record`): 求職番号, 氏名・フリガナ, 生年月日,
//! メールアドレス, 申込日, 登録の状況, マイページ, and 求職状態 (`#seeking-state`, `data-state`) with
//! its last valid day (`#seeking-valid-until`), then the seeker's 求職者情報 (`#record-profile`,
//! or `#record-profile-none` before they saved one), whether they publish it (`#record-publication`)
//! and the 応募検討依頼 they received (`#record-requests`). While a 本登録 is 無効, 「求職有効にする」
//! (`#reactivate-seeker`) makes it 有効 again to 翌々月末日 from today, however long ago it lapsed
//! (`#seeker-record-notice` says to when). A seeker this office cannot see reads as unknown
//! (`#seeker-record-error`); a refusal is `#reactivate-error`. Below, the seeker's applications
//! and 紹介 ([`ReferralsSection`]), オンライン職業紹介 and おすすめ求人 ([`IntroduceSection`]), 職業相談 ([`CounsellingSection`]) and messages to the seeker
//! ([`SeekerMessages`]).

use shigoto_i18n::Catalogue;
use shigoto_shared::{JobSeekingState, RegistrationStatus, SeekerRecord};
use yew::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::components::profile_summary::ProfileSummary;
use crate::components::seeking::seeking_rows;
use crate::format::date;
use crate::format::jst_datetime;
use crate::forms::seeker_record::SeekerRecordState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::counselor::counselling::CounsellingSection;
use crate::pages::counselor::introduce::IntroduceSection;
use crate::pages::counselor::referrals::ReferralsSection;
use crate::pages::counselor::seeker_messages::SeekerMessages;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct SeekerRecordProps {
    pub state: SeekerRecordState,
    pub on_reactivate: Callback<()>,
    /// The record after a 職業相談 (its validity may have moved).
    pub on_changed: Callback<SeekerRecord>,
}

/// The key of a registration's state (the shared enum's own label is Japanese).
fn registration_key(status: RegistrationStatus) -> &'static str {
    match status {
        RegistrationStatus::Provisional => shigoto_i18n::key!("counselor-record-provisional"),
        RegistrationStatus::Registered => shigoto_i18n::key!("counselor-record-registered"),
        RegistrationStatus::Lapsed => shigoto_i18n::key!("counselor-record-lapsed"),
    }
}

fn record_table(t: &Catalogue, record: &SeekerRecord) -> Html {
    html! {
        <table class="sheet-table">
            <caption class="visually-hidden">{ t.t("counselor-record-heading") }</caption>
            <tbody>
                <tr><th scope="row">{ t.t("counselor-seeker-number") }</th><td id="seeker-record-number">{ record.seeker_number.clone() }</td></tr>
                <tr>
                    <th scope="row">{ t.t("counselor-name-kana") }</th>
                    <td>
                        <span class="person-name">{ record.name.clone() }</span>
                        <span class="person-kana">{ t.t_with("counselor-record-kana", &[("kana", record.name_kana.as_str().into())]) }</span>
                    </td>
                </tr>
                <tr><th scope="row">{ t.t("counselor-birth-date") }</th><td>{ date(t, record.birth_date) }</td></tr>
                <tr><th scope="row">{ t.t("counselor-email") }</th><td class="email-cell">{ record.email.clone() }</td></tr>
                <tr><th scope="row">{ t.t("counselor-provisional-applied-on") }</th><td>{ date(t, record.applied_on) }</td></tr>
                <tr><th scope="row">{ t.t("counselor-record-registration") }</th><td>{ t.t(registration_key(record.registration)) }</td></tr>
                <tr>
                    <th scope="row">{ t.t("counselor-record-mypage") }</th>
                    <td>{ if record.has_mypage { t.t("counselor-record-mypage-open") } else { t.t("counselor-record-mypage-not-open") } }</td>
                </tr>
                { seeking_rows(&record.seeking) }
            </tbody>
        </table>
    }
}

/// 応募検討依頼 the seeker received (`#record-requests`, `.record-request[data-request-id]`).
fn record_requests(t: &Catalogue, record: &SeekerRecord) -> Html {
    if record.requests.is_empty() {
        return html! {};
    }
    let rows = record.requests.iter().map(|request| {
        let answer = request
            .answer
            .map_or_else(|| t.t("counselor-record-request-waiting"), |a| a.label_in(t));
        html! {
            <tr class="record-request" data-request-id={request.id.to_string()}>
                <td>{ jst_datetime(t, request.sent_at) }</td>
                <td>{ t.t_with("counselor-record-request-job", &[("title", request.title.as_str().into()), ("number", request.job_number.as_str().into())]) }</td>
                <td>{ request.employer_name.clone().unwrap_or_default() }</td>
                <td>{ answer }</td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table id="record-requests" class="provisional-table">
                <caption>{ t.t("counselor-record-requests") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.t("counselor-record-requests-at") }</th>
                        <th scope="col">{ t.t("counselor-record-requests-job") }</th>
                        <th scope="col">{ t.t("counselor-record-requests-employer") }</th>
                        <th scope="col">{ t.t("counselor-record-requests-answer") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[function_component]
pub fn SeekerRecordView(props: &SeekerRecordProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.record {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("page-loading") }</p> }
        }
        None => html! {},
        Some(record) => html! {
            <>
                { record_table(t, record) }
                <section aria-labelledby="record-profile-heading">
                    <h3 id="record-profile-heading" class="sheet-section-title">{ t.t("counselor-record-profile") }</h3>
                    if let Some(kept) = &record.profile {
                        <p class="hint">{ t.t_with("counselor-record-profile-updated", &[("at", jst_datetime(t, kept.updated_at).into())]) }</p>
                        <ProfileSummary id="record-profile" profile={kept.profile.clone()} />
                    } else {
                        <p id="record-profile-none" class="hint">{ t.t("counselor-record-profile-none") }</p>
                    }
                    <p id="record-publication" class="hint">
                        { match record.published_since {
                            Some(at) => t.t_with("counselor-record-published", &[("since", jst_datetime(t, at).into())]),
                            None => t.t("counselor-record-not-published"),
                        } }
                    </p>
                    { record_requests(t, record) }
                </section>
                <ReferralsSection seeker_number={record.seeker_number.clone()}
                    can_refer={record.registration == RegistrationStatus::Registered
                        && record.seeking.state == JobSeekingState::Valid} />
                <IntroduceSection seeker_number={record.seeker_number.clone()} />
                <CounsellingSection seeker_number={record.seeker_number.clone()}
                    on_changed={props.on_changed.clone()} />
                <SeekerMessages seeker_number={record.seeker_number.clone()} />
                if state.can_reactivate() {
                    <div class="seeking-confirm">
                        <p>{ t.t("counselor-record-reactivate-note") }</p>
                        <button type="button" id="reactivate-seeker" class="button button-primary"
                            disabled={state.busy} aria-busy={state.busy.then_some("true")}
                            onclick={click(&props.on_reactivate, ())}>
                            { if state.busy { t.t("counselor-record-reactivating") } else { t.t("counselor-record-reactivate") } }
                        </button>
                    </div>
                }
            </>
        },
    };
    html! {
        <section id="seeker-record" class="panel counter-panel" aria-labelledby="seeker-record-heading">
            <h2 id="seeker-record-heading" class="panel-title" tabindex="-1">{ t.t("counselor-record-heading") }</h2>
            <p class="panel-lead">{ t.t("counselor-record-lead") }</p>
            if let Some(valid_until) = state.notice {
                <p id="seeker-record-notice" class="notice" role="status">
                    { t.t_with("counselor-record-reactivated", &[("valid_until", date(t, valid_until).into())]) }
                </p>
            }
            if let Some(error) = &state.load_error {
                <p id="seeker-record-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            if let Some(error) = &state.error {
                <p id="reactivate-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <p class="back-link">
                <NavLink id="back-to-seeker-desk" to={Route::SeekerDesk} class={classes!("text-button")}>
                    { t.t("counselor-record-open-another") }
                </NavLink>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SeekerRecordPageProps {
    pub seeker_number: AttrValue,
}

/// One seeker's record (`/counselor/seekers/{n}`), read when shown.
#[function_component]
pub fn SeekerRecordPage(props: &SeekerRecordPageProps) -> Html {
    let state = use_store::<SeekerRecordState>();
    let api = use_api();
    use_focus_on_mount("#seeker-record-heading");
    {
        let (state, api) = (state.clone(), api.clone());
        use_effect_with(props.seeker_number.clone(), move |number| {
            state.update(SeekerRecordState::loading);
            let state = state.clone();
            let number = number.to_string();
            api.run(
                async move { ipc::seeker_record(&number).await },
                move |result| state.update_once(move |s| s.loaded(result)),
            );
        });
    }
    let on_reactivate = {
        let state = state.clone();
        let number = props.seeker_number.to_string();
        Callback::from(move |()| {
            if state.busy || !state.can_reactivate() {
                return;
            }
            state.update(|s| {
                s.reactivating();
            });
            let state = state.clone();
            let number = number.clone();
            api.run(
                async move { ipc::reactivate_seeker(&number).await },
                move |result| state.update_once(move |s| s.reactivated(result)),
            );
        })
    };
    let on_changed = {
        let state = state.clone();
        Callback::from(move |record: SeekerRecord| state.update_once(move |s| s.changed(record)))
    };
    html! {
        <SeekerRecordView state={(*state).clone()} on_reactivate={on_reactivate}
            on_changed={on_changed} />
    }
}
