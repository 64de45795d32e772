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

use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{JobSheet, PostingDetail, PostingItem, PostingStatus};
use yew::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::format::date;
use crate::forms::employer::posting::{ActionNotice, PostingAction, PostingActions};
use crate::forms::mypage::SheetReturn;
use crate::pages::job::sheet::{JobSheetView, SheetState};
use crate::route::Route;
use crate::state::lang::use_texts;

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

/// The key of the status as a sentence under the badge.
fn status_text(item: &PostingItem) -> &'static str {
    match item.status {
        PostingStatus::Draft | PostingStatus::Returned => key!("posting-status-text-draft"),
        PostingStatus::Submitted => key!("posting-status-text-submitted"),
        PostingStatus::Published => key!("posting-status-text-published"),
        PostingStatus::Expired => key!("posting-status-text-expired"),
        PostingStatus::Stopped => key!("posting-status-text-stopped"),
    }
}

/// What an action did, in words.
fn action_notice(t: &Catalogue, notice: ActionNotice) -> String {
    match notice {
        ActionNotice::Extended(Some(deadline)) => t.t_with(
            "posting-extended-until",
            &[("date", date(t, deadline).into())],
        ),
        ActionNotice::Extended(None) => t.t("posting-extended"),
        ActionNotice::Stopped => t.t("posting-stopped"),
        ActionNotice::ChangeStarted => t.t("posting-change-started"),
    }
}

fn facts(t: &Catalogue, item: &PostingItem) -> Html {
    html! {
        <dl class="status-facts posting-facts">
            if let Some(number) = &item.job_number {
                <div>
                    <dt>{ t.t("posting-job-number") }</dt>
                    <dd id="posting-job-number" class="office-number">{ number.clone() }</dd>
                </div>
                <div>
                    <dt>{ t.t("posting-applicants") }</dt>
                    <dd>
                        <NavLink id="posting-applicants" to={Route::EmployerApplicants { job_number: number.clone() }}
                            class={classes!("button", "button-secondary")}>
                            { t.t("posting-applicants-link") }
                        </NavLink>
                    </dd>
                </div>
            }
            if let Some(received) = item.received_on {
                <div>
                    <dt>{ t.t("posting-received-on") }</dt>
                    <dd id="posting-received-on">{ date(t, received) }</dd>
                </div>
            }
            if let Some(deadline) = item.referral_deadline {
                <div>
                    <dt>{ t.t("posting-referral-deadline") }</dt>
                    <dd id="posting-deadline">
                        { date(t, deadline) }
                        if item.extended {
                            <span class="badge posting-extended">{ t.t("posting-extended-badge") }</span>
                        }
                    </dd>
                </div>
            }
        </dl>
    }
}

fn pending_change(t: &Catalogue, props: &DetailProps) -> Html {
    match &props.detail.item.change {
        Some(change) => html! {
            <div id="posting-pending-change" class="notice posting-change-note" data-status={change.status.as_str()}>
                <p>{ t.t_with("posting-pending-change", &[("status", change.status.label_in(t).into())]) }</p>
                <button type="button" id="posting-change-open" class="button button-secondary"
                    onclick={click(&props.on_open_change, change.id)}>
                    { if matches!(change.status, PostingStatus::Draft | PostingStatus::Returned) {
                        t.t("posting-change-continue")
                    } else {
                        t.t("posting-change-see")
                    } }
                </button>
            </div>
        },
        None => html! {},
    }
}

fn actions(t: &Catalogue, props: &DetailProps) -> Html {
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
                    { t.t("posting-extend") }
                </button>
                <p id="posting-extend-hint" class="hint">
                    { if item.extended { t.t("posting-extend-used") } else { t.t("posting-extend-hint") } }
                </p>
            </div>
            if item.change.is_none() {
                <div class="posting-action">
                    <button type="button" id="posting-change" class="button button-secondary"
                        disabled={busy} aria-busy={busy_on(PostingAction::Change)}
                        aria-describedby="posting-change-hint"
                        onclick={click(&props.on_change, ())}>
                        { t.t("posting-change") }
                    </button>
                    <p id="posting-change-hint" class="hint">
                        { t.t("posting-change-hint") }
                    </p>
                </div>
            }
            <div class="posting-action">
                if state.confirming_stop {
                    <div class="caution posting-stop-confirm" role="group" aria-labelledby="posting-stop-question">
                        <p id="posting-stop-question">
                            { t.t("posting-stop-question") }
                        </p>
                        <button type="button" id="posting-stop-confirm" class="button button-primary"
                            disabled={busy} aria-busy={busy_on(PostingAction::Stop)}
                            onclick={click(&props.on_stop_confirm, ())}>
                            { if state.busy == Some(PostingAction::Stop) { t.t("posting-stopping") } else { t.t("posting-stop-confirm") } }
                        </button>
                        <button type="button" id="posting-stop-cancel" class="button button-secondary"
                            disabled={busy} onclick={click(&props.on_stop_cancel, ())}>
                            { t.t("posting-stop-cancel") }
                        </button>
                    </div>
                } else {
                    <button type="button" id="posting-stop" class="button button-secondary"
                        disabled={busy} onclick={click(&props.on_stop, ())}>
                        { t.t("posting-stop") }
                    </button>
                    <p class="hint">{ t.t("posting-stop-hint") }</p>
                }
            </div>
        </div>
    }
}

#[function_component]
pub fn PostingDetailView(props: &DetailProps) -> Html {
    let t = use_texts();
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
                    <span class="status-label">{ t.t("posting-status") }</span>
                    <span class="status-badge">{ status.label_in(t) }</span>
                    if item.is_change {
                        <span class="status-name">{ t.t("posting-heading-change") }</span>
                    }
                </p>
                <p class="status-text">{ t.t(status_text(item)) }</p>
                { facts(t, item) }
            </div>
            { pending_change(t, props) }
            if let Some(notice) = props.actions.notice {
                <p id="posting-action-notice" class="notice" role="status" tabindex="-1">{ action_notice(t, notice) }</p>
            }
            if let Some(err) = &props.actions.error {
                <p id="posting-action-error" class="field-error form-error" role="alert" tabindex="-1">{ err.clone() }</p>
            }
            { actions(t, props) }
            if props.sheet.is_some() {
                <JobSheetView job_number={item.job_number.clone().unwrap_or_default()} sheet={sheet}
                    on_back={props.on_back.clone()} back={SheetReturn::Postings} />
            } else {
                <p class="hint">{ t.t("posting-sheet-pending") }</p>
            }
        </>
    }
}
