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

use shigoto_shared::{JobSeekingState, RegistrationStatus, SeekerRecord};
use yew::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::components::profile_summary::ProfileSummary;
use crate::components::seeking::seeking_rows;
use crate::format::{date_ja, jst_datetime};
use crate::forms::seeker_record::SeekerRecordState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::counselor::counselling::CounsellingSection;
use crate::pages::counselor::introduce::IntroduceSection;
use crate::pages::counselor::referrals::ReferralsSection;
use crate::pages::counselor::seeker_messages::SeekerMessages;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct SeekerRecordProps {
    pub state: SeekerRecordState,
    pub on_reactivate: Callback<()>,
    /// The record after a 職業相談 (its validity may have moved).
    pub on_changed: Callback<SeekerRecord>,
}

fn record_table(record: &SeekerRecord) -> Html {
    html! {
        <table class="sheet-table">
            <caption class="visually-hidden">{ "求職者の記録" }</caption>
            <tbody>
                <tr><th scope="row">{ "求職番号" }</th><td id="seeker-record-number">{ record.seeker_number.clone() }</td></tr>
                <tr>
                    <th scope="row">{ "氏名（フリガナ）" }</th>
                    <td>
                        <span class="person-name">{ record.name.clone() }</span>
                        <span class="person-kana">{ format!("（{}）", record.name_kana) }</span>
                    </td>
                </tr>
                <tr><th scope="row">{ "生年月日" }</th><td>{ date_ja(record.birth_date) }</td></tr>
                <tr><th scope="row">{ "メールアドレス" }</th><td class="email-cell">{ record.email.clone() }</td></tr>
                <tr><th scope="row">{ "申込日" }</th><td>{ date_ja(record.applied_on) }</td></tr>
                <tr><th scope="row">{ "登録の状況" }</th><td>{ record.registration.label() }</td></tr>
                <tr>
                    <th scope="row">{ "求職者マイページ" }</th>
                    <td>{ if record.has_mypage { "開設済み" } else { "未開設" } }</td>
                </tr>
                { seeking_rows(&record.seeking) }
            </tbody>
        </table>
    }
}

/// 応募検討依頼 the seeker received (`#record-requests`, `.record-request[data-request-id]`).
fn record_requests(record: &SeekerRecord) -> Html {
    if record.requests.is_empty() {
        return html! {};
    }
    let rows = record.requests.iter().map(|request| {
        let answer = request
            .answer
            .map_or_else(|| "回答待ち".to_owned(), |a| a.label().to_owned());
        html! {
            <tr class="record-request" data-request-id={request.id.to_string()}>
                <td>{ jst_datetime(request.sent_at) }</td>
                <td>{ format!("{}（{}）", request.title, request.job_number) }</td>
                <td>{ request.employer_name.clone().unwrap_or_default() }</td>
                <td>{ answer }</td>
            </tr>
        }
    });
    html! {
        <div class="table-scroll">
            <table id="record-requests" class="provisional-table">
                <caption>{ "受けた応募検討依頼" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "受けた日時" }</th>
                        <th scope="col">{ "求人" }</th>
                        <th scope="col">{ "事業所" }</th>
                        <th scope="col">{ "回答" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

#[function_component]
pub fn SeekerRecordView(props: &SeekerRecordProps) -> Html {
    let state = &props.state;
    let body = match &state.record {
        None if state.loading => html! { <p class="hint" role="status">{ "読み込み中…" }</p> },
        None => html! {},
        Some(record) => html! {
            <>
                { record_table(record) }
                <section aria-labelledby="record-profile-heading">
                    <h3 id="record-profile-heading" class="sheet-section-title">{ "求職者情報" }</h3>
                    if let Some(kept) = &record.profile {
                        <p class="hint">{ format!("{} に本人が更新", jst_datetime(kept.updated_at)) }</p>
                        <ProfileSummary id="record-profile" profile={kept.profile.clone()} />
                    } else {
                        <p id="record-profile-none" class="hint">{ "本人がまだ求職者情報を登録していません。" }</p>
                    }
                    <p id="record-publication" class="hint">
                        { match record.published_since {
                            Some(at) => format!("求職情報公開: 公開中（{} から）", jst_datetime(at)),
                            None => "求職情報公開: 公開していません".to_owned(),
                        } }
                    </p>
                    { record_requests(record) }
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
                        <p>{ "求職状態が無効です。本人に求職の意思と登録内容を確認してから、求職有効に切り替えてください。有効期限は本日から数えて翌々月の末日までとなります。" }</p>
                        <button type="button" id="reactivate-seeker" class="button button-primary"
                            disabled={state.busy} aria-busy={state.busy.then_some("true")}
                            onclick={click(&props.on_reactivate, ())}>
                            { if state.busy { "切り替え中…" } else { "求職有効にする" } }
                        </button>
                    </div>
                }
            </>
        },
    };
    html! {
        <section id="seeker-record" class="panel counter-panel" aria-labelledby="seeker-record-heading">
            <h2 id="seeker-record-heading" class="panel-title" tabindex="-1">{ "求職者の記録" }</h2>
            <p class="panel-lead">{ "ハローワークに登録されている求職者の情報と、本日時点の求職状態です。" }</p>
            if let Some(notice) = &state.notice {
                <p id="seeker-record-notice" class="notice" role="status">{ notice.clone() }</p>
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
                    { "別の求職者を開く" }
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
