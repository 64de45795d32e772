//! A posting that is no longer a draft, as its employer opens it: its status
//! (`#posting-status`, `data-status` the wire value), 求人番号 (`#posting-job-number`),
//! 受付年月日, 紹介期限日 (`#posting-deadline`, 「延長済み」 once extended), a change under way
//! (`#posting-pending-change`, opened by `#posting-change-open`), the actions of a published
//! posting: 「紹介期限を延長する」 (`#posting-extend`), 「求人内容を変更する」 (`#posting-change`)
//! and 「募集を停止する」 (`#posting-stop`, confirmed in the page by `#posting-stop-confirm` or
//! cancelled by `#posting-stop-cancel`), what they did (`#posting-action-notice`) or why they were
//! refused (`#posting-action-error`); then the published 求人票 (or, while filed, the sheet as
//! it would be published).

use std::rc::Rc;

use shigoto_shared::{JobSheet, PostingDetail, PostingItem, PostingStatus};
use yew::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::format::date_ja;
use crate::forms::employer::posting::{PostingAction, PostingActions};
use crate::forms::mypage::SheetReturn;
use crate::pages::job::sheet::{JobSheetView, SheetState};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub detail: Rc<PostingDetail>,
    /// The sheet shown: the published one, or while filed the one built from the form.
    pub sheet: Option<Rc<JobSheet>>,
    pub actions: PostingActions,
    pub on_extend: Callback<()>,
    pub on_change: Callback<()>,
    /// Opens the change under way (its id).
    pub on_open_change: Callback<i64>,
    pub on_stop: Callback<()>,
    pub on_stop_confirm: Callback<()>,
    pub on_stop_cancel: Callback<()>,
    pub on_back: Callback<()>,
}

/// The status as a sentence under the badge.
fn status_text(item: &PostingItem) -> &'static str {
    match item.status {
        PostingStatus::Draft | PostingStatus::Returned => "入力中の求人です。",
        PostingStatus::Submitted => {
            "ハローワークで内容を確認しています。受理されると求人番号が付き、公開されます。"
        }
        PostingStatus::Published => "公開中です。紹介期限日まで求人検索に表示されます。",
        PostingStatus::Expired => {
            "紹介期限日を過ぎました。引き続き募集するときは「複製して新規作成」から申し込んでください。"
        }
        PostingStatus::Stopped => {
            "募集を停止した求人です。求人検索には表示されません。再び募集するときは「複製して新規作成」から申し込んでください。"
        }
    }
}

fn facts(item: &PostingItem) -> Html {
    html! {
        <dl class="status-facts posting-facts">
            if let Some(number) = &item.job_number {
                <div>
                    <dt>{ "求人番号" }</dt>
                    <dd id="posting-job-number" class="office-number">{ number.clone() }</dd>
                </div>
                <div>
                    <dt>{ "応募者" }</dt>
                    <dd>
                        <NavLink id="posting-applicants" to={Route::EmployerApplicants { job_number: number.clone() }}
                            class={classes!("button", "button-secondary")}>
                            { "応募者一覧" }
                        </NavLink>
                    </dd>
                </div>
            }
            if let Some(received) = item.received_on {
                <div>
                    <dt>{ "受付年月日" }</dt>
                    <dd id="posting-received-on">{ date_ja(received) }</dd>
                </div>
            }
            if let Some(deadline) = item.referral_deadline {
                <div>
                    <dt>{ "紹介期限日" }</dt>
                    <dd id="posting-deadline">
                        { date_ja(deadline) }
                        if item.extended {
                            <span class="badge posting-extended">{ "延長済み" }</span>
                        }
                    </dd>
                </div>
            }
        </dl>
    }
}

fn pending_change(props: &DetailProps) -> Html {
    match &props.detail.item.change {
        Some(change) => html! {
            <div id="posting-pending-change" class="notice posting-change-note" data-status={change.status.as_str()}>
                <p>{ format!("この求人の変更を申し込んでいます（{}）。変更が受理されるまで、いまの求人票が公開されます。", change.status.label()) }</p>
                <button type="button" id="posting-change-open" class="button button-secondary"
                    onclick={click(&props.on_open_change, change.id)}>
                    { if matches!(change.status, PostingStatus::Draft | PostingStatus::Returned) { "変更の入力を続ける" } else { "変更の内容を見る" } }
                </button>
            </div>
        },
        None => html! {},
    }
}

fn actions(props: &DetailProps) -> Html {
    let item = &props.detail.item;
    if item.status != PostingStatus::Published {
        return html! {};
    }
    let state = &props.actions;
    let busy = state.busy.is_some();
    let busy_on = |action| (state.busy == Some(action)).then_some("true");
    html! {
        <div class="posting-detail-actions">
            <div class="posting-action">
                <button type="button" id="posting-extend" class="button button-secondary"
                    disabled={busy} aria-busy={busy_on(PostingAction::Extend)}
                    aria-describedby="posting-extend-hint"
                    onclick={click(&props.on_extend, ())}>
                    { "紹介期限を延長する" }
                </button>
                <p id="posting-extend-hint" class="hint">
                    { if item.extended { "紹介期限はすでに延長しています（延長は1回だけです）。" } else { "紹介期限日を1か月延長できます（1回だけ）。" } }
                </p>
            </div>
            if item.change.is_none() {
                <div class="posting-action">
                    <button type="button" id="posting-change" class="button button-secondary"
                        disabled={busy} aria-busy={busy_on(PostingAction::Change)}
                        aria-describedby="posting-change-hint"
                        onclick={click(&props.on_change, ())}>
                        { "求人内容を変更する" }
                    </button>
                    <p id="posting-change-hint" class="hint">
                        { "変更の内容をハローワークが確認し、受理されると求人票が差し替わります。" }
                    </p>
                </div>
            }
            <div class="posting-action">
                if state.confirming_stop {
                    <div class="caution posting-stop-confirm" role="group" aria-labelledby="posting-stop-question">
                        <p id="posting-stop-question">
                            { "募集を停止すると、この求人は求人検索に表示されなくなり、元に戻せません。停止しますか。" }
                        </p>
                        <button type="button" id="posting-stop-confirm" class="button button-primary"
                            disabled={busy} aria-busy={busy_on(PostingAction::Stop)}
                            onclick={click(&props.on_stop_confirm, ())}>
                            { if state.busy == Some(PostingAction::Stop) { "停止中…" } else { "停止する" } }
                        </button>
                        <button type="button" id="posting-stop-cancel" class="button button-secondary"
                            disabled={busy} onclick={click(&props.on_stop_cancel, ())}>
                            { "やめる" }
                        </button>
                    </div>
                } else {
                    <button type="button" id="posting-stop" class="button button-secondary"
                        disabled={busy} onclick={click(&props.on_stop, ())}>
                        { "募集を停止する" }
                    </button>
                    <p class="hint">{ "採用が決まったときなどに、募集を締め切ります。" }</p>
                }
            </div>
        </div>
    }
}

#[function_component]
pub fn PostingDetailView(props: &DetailProps) -> Html {
    let item = &props.detail.item;
    let status = item.status;
    let sheet = props
        .sheet
        .clone()
        .map_or(SheetState::Loading, SheetState::Loaded);
    html! {
        <>
            <div id="posting-status" class={classes!("status-box", format!("posting-status-{}", status.as_str()))}
                data-status={status.as_str()} role="status">
                <p class="status-line">
                    <span class="status-label">{ "求人の状況" }</span>
                    <span class="status-badge">{ status.label() }</span>
                    if item.is_change {
                        <span class="status-name">{ "求人内容の変更" }</span>
                    }
                </p>
                <p class="status-text">{ status_text(item) }</p>
                { facts(item) }
            </div>
            { pending_change(props) }
            if let Some(notice) = &props.actions.notice {
                <p id="posting-action-notice" class="notice" role="status" tabindex="-1">{ notice.clone() }</p>
            }
            if let Some(err) = &props.actions.error {
                <p id="posting-action-error" class="field-error form-error" role="alert" tabindex="-1">{ err.clone() }</p>
            }
            { actions(props) }
            if props.sheet.is_some() {
                <JobSheetView job_number={item.job_number.clone().unwrap_or_default()} sheet={sheet}
                    on_back={props.on_back.clone()} back={SheetReturn::Postings} />
            } else {
                <p class="hint">{ "求人票は、入力内容がそろうと表示されます。" }</p>
            }
        </>
    }
}
