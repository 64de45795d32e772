//! The review of one filed posting (counselors, `/counselor/postings/:id`, section
//! `#posting-review`, heading `#posting-review-heading`): who filed it and when
//! (`#posting-review-facts`), for a change which 求人番号 it changes and what it alters
//! (`#posting-review-change`), the decision: 「受理する」 (`#posting-accept`) and 「返戻する」
//! (`#posting-return`) with the reason typed in `#posting-return-reason-input` (refused in
//! `#posting-return-reason-input-error`; other refusals in `#posting-decision-error`); once
//! decided, `#posting-review-result` says what was done, with the 求人番号 in
//! `#posting-accepted-number` on 受理, and links back to the list (`#posting-review-back`). Below
//! is the 求人票 as it would be published. 「求人受理の一覧に戻る」 is `#back-to-posting-queue`;
//! `#posting-review-loading` while reading, `#posting-review-error` when it could not be read.

use shigoto_domain::posting::MAX_RETURN_REASON_CHARS;
use shigoto_i18n::Catalogue;
use shigoto_shared::PostingReview;
use web_sys::{HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::format::jst_datetime;
use crate::forms::employer::posting_review::{
    changed_sections, Decided, PostingDecision, PostingReviewState,
};
use crate::forms::employer::DecisionKind;
use crate::forms::mypage::SheetReturn;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::job::sheet::{JobSheetView, SheetState};
use crate::route::Route;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct PostingReviewProps {
    pub state: PostingReviewState,
    pub on_reason: Callback<String>,
    pub on_accept: Callback<()>,
    pub on_return: Callback<()>,
    pub on_back: Callback<()>,
}

const REASON: &str = "posting-return-reason-input";

fn facts(t: &Catalogue, review: &PostingReview) -> Html {
    let item = &review.item;
    html! {
        <dl id="posting-review-facts" class="status-facts posting-facts">
            <div><dt>{ t.t("sheet-employer-name") }</dt><dd>{ item.employer_name.clone() }</dd></div>
            <div><dt>{ t.t("sheet-office-number") }</dt><dd>{ item.office_number.clone() }</dd></div>
            <div><dt>{ t.t("counselor-posting-review-submitted-at") }</dt><dd>{ jst_datetime(t, item.submitted_at) }</dd></div>
        </dl>
    }
}

fn change_note(t: &Catalogue, review: &PostingReview) -> Html {
    let Some(number) = &review.item.changes else {
        return html! {};
    };
    let altered = review
        .current
        .as_ref()
        .map(|current| changed_sections(current, &review.sheet));
    html! {
        <div id="posting-review-change" class="notice posting-change-note">
            <p>
                <strong>{ t.t_with("counselor-posting-review-change", &[("number", number.as_str().into())]) }</strong>
                { t.t("counselor-posting-review-change-note") }
            </p>
            if let Some(altered) = altered {
                <p id="posting-review-altered">
                    { if altered.is_empty() {
                        t.t("counselor-posting-review-no-difference")
                    } else {
                        // The parts are named by the posting form's keys.
                        let parts: Vec<String> = altered.iter().map(|part| t.t(part)).collect();
                        t.t_with("counselor-posting-review-altered", &[("parts", parts.join(&t.t("sheet-list-separator")).into())])
                    } }
                </p>
            }
        </div>
    }
}

fn result(t: &Catalogue, decision: &PostingDecision) -> Html {
    let back = html! {
        <NavLink id="posting-review-back" to={Route::PostingQueue} class={classes!("button", "button-secondary")}>
            { t.t("counselor-posting-review-back") }
        </NavLink>
    };
    match decision {
        PostingDecision::Accepted { job_number } => html! {
            <div id="posting-review-result" class="notice decision-note" role="status" tabindex="-1">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { t.t("counselor-posting-review-accepted") }
                <strong id="posting-accepted-number" class="office-number">{ job_number.clone() }</strong>
                { back }
            </div>
        },
        PostingDecision::Returned => html! {
            <div id="posting-review-result" class="notice decision-note" role="status" tabindex="-1">
                { t.t("counselor-posting-review-returned") }
                { back }
            </div>
        },
    }
}

fn decision(t: &Catalogue, props: &PostingReviewProps) -> Html {
    let state = &props.state;
    let busy = state.busy.is_some();
    let reason_refused = state.error.as_ref().filter(|e| e.field.is_some());
    let other = state.error.as_ref().filter(|e| e.field.is_none());
    let error_id = format!("{REASON}-error");
    let hint_id = format!("{REASON}-hint");
    let on_input = {
        let cb = props.on_reason.clone();
        Callback::from(move |event: InputEvent| {
            cb.emit(event.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    // Escape in the reason stays in the box (it would otherwise leave the 求人票).
    let on_keydown = Callback::from(|event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
        }
    });
    let described = match reason_refused {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        <div class="review-actions posting-decision">
            <div class="review-return">
                <label class="review-label" for={REASON}>{ t.t("counselor-employer-review-reason") }</label>
                <textarea id={REASON} class="input textarea return-reason-input" rows="3"
                    maxlength={MAX_RETURN_REASON_CHARS.to_string()} value={state.reason.clone()}
                    placeholder={t.t("counselor-posting-review-reason-placeholder")}
                    disabled={busy} aria-invalid={reason_refused.map(|_| "true")}
                    aria-describedby={described} oninput={on_input} onkeydown={on_keydown} />
                <p class="hint" id={hint_id}>
                    { t.t_with("counselor-employer-review-reason-hint", &[("max", MAX_RETURN_REASON_CHARS.into())]) }
                </p>
                if let Some(err) = reason_refused {
                    <p class="field-error" id={error_id} role="alert">{ err.message.clone() }</p>
                }
                <button type="button" id="posting-return" class="button button-secondary"
                    disabled={busy} aria-busy={(state.busy == Some(DecisionKind::Return)).then_some("true")}
                    onclick={click(&props.on_return, ())}>
                    { t.t("counselor-employer-review-return") }
                </button>
            </div>
            <div class="review-accept">
                <p class="hint">{ t.t("counselor-posting-review-accept-hint") }</p>
                <button type="button" id="posting-accept" class="button button-primary"
                    disabled={busy} aria-busy={(state.busy == Some(DecisionKind::Accept)).then_some("true")}
                    onclick={click(&props.on_accept, ())}>
                    { if state.busy == Some(DecisionKind::Accept) { t.t("counselor-processing") } else { t.t("counselor-employer-review-accept") } }
                </button>
            </div>
            if let Some(err) = other {
                <p id="posting-decision-error" class="field-error form-error" role="alert" tabindex="-1">
                    { err.message.clone() }
                </p>
            }
        </div>
    }
}

#[function_component]
pub fn PostingReviewView(props: &PostingReviewProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.review {
        None if state.loading => html! {
            <p id="posting-review-loading" class="hint" role="status">{ t.t("page-loading") }</p>
        },
        None => html! {},
        Some(review) => html! {
            <>
                { facts(t, review) }
                { change_note(t, review) }
                if let Some(decided) = &state.decision {
                    { result(t, decided) }
                } else {
                    { decision(t, props) }
                }
                <JobSheetView job_number={review.sheet.job_number.clone()}
                    sheet={SheetState::Loaded(std::rc::Rc::new(review.sheet.clone()))}
                    on_back={props.on_back.clone()} back={SheetReturn::PostingQueue} />
            </>
        },
    };
    html! {
        <section id="posting-review" class="panel counter-panel" aria-labelledby="posting-review-heading">
            <div class="list-toolbar">
                <h2 id="posting-review-heading" class="panel-title" tabindex="-1">{ t.t("counselor-posting-review-heading") }</h2>
                <NavLink id="back-to-posting-queue" to={Route::PostingQueue}
                    class={classes!("button", "button-secondary")}>
                    { t.t("counselor-posting-review-back") }
                </NavLink>
            </div>
            if let Some(err) = &state.load_error {
                <p id="posting-review-error" class="field-error form-error" role="alert">{ err.clone() }</p>
            }
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PostingReviewPageProps {
    pub id: i64,
}

/// The review of posting `id` (`/counselor/postings/:id`).
#[function_component]
pub fn PostingReviewPage(props: &PostingReviewPageProps) -> Html {
    let id = props.id;
    let state = use_store::<PostingReviewState>();
    let api = use_api();
    let focus = use_focus();
    let navigator = use_navigator();
    use_focus_on_mount("#posting-review-heading");
    {
        let (state, api) = (state.clone(), api.clone());
        use_effect_with(id, move |id| {
            state.update(PostingReviewState::loading);
            let state = state.clone();
            api.run(ipc::counselor_posting(*id), move |result| {
                state.update_once(move |s| s.loaded(result))
            });
        });
    }
    let on_reason = {
        let state = state.clone();
        Callback::from(move |reason: String| state.update(move |s| s.edit_reason(reason.clone())))
    };
    let decide = {
        let (state, focus) = (state.clone(), focus.clone());
        move |kind: DecisionKind| {
            if !state.can_decide() {
                return;
            }
            let request = state.return_request();
            state.update(move |s| {
                s.deciding(kind);
            });
            let (state, focus) = (state.clone(), focus.clone());
            let call: std::pin::Pin<Box<dyn std::future::Future<Output = _>>> = match kind {
                DecisionKind::Accept => Box::pin(async move {
                    ipc::accept_posting(id)
                        .await
                        .map(|review| Decided::Accepted(Box::new(review)))
                }),
                DecisionKind::Return => Box::pin(async move {
                    ipc::return_posting(id, &request)
                        .await
                        .map(Decided::Returned)
                }),
            };
            api.run(call, move |result| {
                let target = match &result {
                    Ok(_) => "#posting-review-result",
                    Err(err) if err.field.as_deref() == Some("reason") => {
                        "#posting-return-reason-input"
                    }
                    Err(_) => "#posting-decision-error",
                };
                state.update_once(move |s| s.decided(result));
                focus.on(target);
            });
        }
    };
    let on_accept = {
        let decide = decide.clone();
        Callback::from(move |()| decide(DecisionKind::Accept))
    };
    let on_return = Callback::from(move |()| decide(DecisionKind::Return));
    let on_back = Callback::from(move |()| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::PostingQueue);
        }
    });
    html! {
        <PostingReviewView state={(*state).clone()} on_reason={on_reason}
            on_accept={on_accept} on_return={on_return} on_back={on_back} />
    }
}
