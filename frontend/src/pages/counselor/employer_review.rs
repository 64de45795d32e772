//! 事業所登録の審査 (counselors, `#employer-review`): the employers' 事業所登録 filed in the
//! counselor's prefecture and waiting for review, one card each
//! (`article.employer-application[data-application-id]`) with the 事業所情報, the account's email
//! and when it was filed. 「受理する」 (`.accept-employer`) accepts it; 「返戻する」
//! (`.return-employer`) sends it back with the reason typed in its text area
//! (`#return-reason-<id>`, refusals in `#return-reason-<id>-error`; other refusals in the card's
//! `.row-error`). After each decision the note `#employer-review-result` says what was done (with
//! the new 事業所番号 in `#accepted-office-number` on 受理) and the list is read again.
//! 「最新の情報に更新」 is `#refresh-employer-review`; an empty list shows `#no-employer-applications`,
//! a list that could not be read `#employer-review-error`.

use shigoto_domain::employer::MAX_RETURN_REASON_CHARS;
use shigoto_i18n::Catalogue;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::hooks::api::use_api;
use crate::hooks::load::{use_load, Loader};
use crate::ipc;
use crate::state::focus::{use_focus, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

use crate::components::form_field::click;
use crate::components::profile_fields::profile_table;
use crate::format::jst_datetime;
use crate::forms::employer::{DecisionKind, EmployerReviewState, ReviewDecision, ReviewRow};

#[derive(Properties, PartialEq)]
pub struct EmployerReviewProps {
    pub state: EmployerReviewState,
    pub on_refresh: Callback<()>,
    /// Typing the reason of a 返戻: the registration's id and the text.
    pub on_reason: Callback<(i64, String)>,
    /// 「受理する」, with the registration's id.
    pub on_accept: Callback<i64>,
    /// 「返戻する」, with the registration's id.
    pub on_return: Callback<i64>,
}

#[function_component]
pub fn EmployerReviewView(props: &EmployerReviewProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.rows {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("page-loading") }</p> }
        }
        None => html! {},
        Some(rows) if rows.is_empty() => html! {
            <p id="no-employer-applications" class="empty-note">
                { t.t("counselor-employer-review-none") }
            </p>
        },
        Some(rows) => html! {
            <div class="application-list">
                { for rows.iter().map(|row| card(t, row, props)) }
            </div>
        },
    };
    html! {
        <section id="employer-review" class="panel counter-panel" aria-labelledby="employer-review-heading">
            <h2 id="employer-review-heading" class="panel-title" tabindex="-1">{ t.t("counselor-employer-review-heading") }</h2>
            <p class="panel-lead">
                { t.t("counselor-employer-review-lead") }
            </p>
            if let Some(decision) = &state.decision {
                { decision_note(t, decision) }
            }
            <div class="list-toolbar">
                if let Some(rows) = &state.rows {
                    <p id="employer-review-count" class="list-count">{ t.t_with("counselor-employer-review-count", &[("count", rows.len().into())]) }</p>
                }
                <button type="button" id="refresh-employer-review" class="button button-secondary"
                    disabled={state.loading} aria-busy={state.loading.then_some("true")}
                    onclick={click(&props.on_refresh, ())}>
                    { if state.loading { t.t("counselor-refreshing") } else { t.t("counselor-refresh") } }
                </button>
            </div>
            if let Some(err) = &state.error {
                <p id="employer-review-error" class="field-error form-error" role="alert">{ err.clone() }</p>
            }
            { body }
        </section>
    }
}

fn decision_note(t: &Catalogue, decision: &ReviewDecision) -> Html {
    match decision {
        ReviewDecision::Accepted {
            name,
            office_number,
        } => html! {
            <div id="employer-review-result" class="notice decision-note" role="status" tabindex="-1">
                <span class="done-mark" aria-hidden="true">{ "✓" }</span>
                { t.t_with("counselor-employer-review-accepted", &[("name", name.as_str().into())]) }
                <strong id="accepted-office-number" class="office-number">{ office_number.clone() }</strong>
            </div>
        },
        ReviewDecision::Returned { name } => html! {
            <div id="employer-review-result" class="notice decision-note" role="status" tabindex="-1">
                { t.t_with("counselor-employer-review-returned", &[("name", name.as_str().into())]) }
            </div>
        },
    }
}

fn card(t: &Catalogue, row: &ReviewRow, props: &EmployerReviewProps) -> Html {
    let application = &row.application;
    let id = application.id;
    let name = application.profile.name.clone();
    let reason_id = format!("return-reason-{id}");
    let reason_error_id = format!("{reason_id}-error");
    let reason_hint_id = format!("{reason_id}-hint");
    let reason_refused = row.error.as_ref().filter(|e| e.field.is_some());
    let other_refusal = row.error.as_ref().filter(|e| e.field.is_none());
    let on_reason = {
        let cb = props.on_reason.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            cb.emit((id, value));
        })
    };
    let described = match reason_refused {
        Some(_) => format!("{reason_hint_id} {reason_error_id}"),
        None => reason_hint_id.clone(),
    };
    html! {
        <article class="employer-application" key={id.to_string()}
            data-application-id={id.to_string()} aria-label={name.clone()}>
            <header class="application-header">
                <h3 class="application-name">{ name.clone() }</h3>
                <p class="application-meta">
                    <span>{ t.t_with("counselor-employer-review-submitted-at", &[("at", jst_datetime(t, application.submitted_at).into())]) }</span>
                    <span class="email-cell">{ t.t_with("counselor-employer-review-email", &[("email", application.email.as_str().into())]) }</span>
                </p>
            </header>
            { profile_table(&format!("application-{id}-profile"), &application.profile) }
            <div class="review-actions">
                <div class="review-return">
                    <label class="review-label" for={reason_id.clone()}>{ t.t("counselor-employer-review-reason") }</label>
                    <textarea id={reason_id} class="input textarea return-reason-input" rows="3"
                        maxlength={MAX_RETURN_REASON_CHARS.to_string()}
                        value={row.reason.clone()}
                        placeholder={t.t("counselor-employer-review-reason-placeholder")}
                        disabled={row.busy}
                        aria-invalid={reason_refused.map(|_| "true")}
                        aria-describedby={described}
                        oninput={on_reason} />
                    <p class="hint" id={reason_hint_id}>
                        { t.t_with("counselor-employer-review-reason-hint", &[("max", MAX_RETURN_REASON_CHARS.into())]) }
                    </p>
                    if let Some(err) = reason_refused {
                        <p class="field-error" id={reason_error_id} role="alert">{ err.message.clone() }</p>
                    }
                    <button type="button" class="button button-secondary return-employer"
                        disabled={row.busy} aria-busy={row.busy.then_some("true")}
                        aria-label={t.t_with("counselor-employer-review-return-named", &[("name", name.as_str().into())])}
                        onclick={click(&props.on_return, id)}>
                        { t.t("counselor-employer-review-return") }
                    </button>
                </div>
                <div class="review-accept">
                    <p class="hint">{ t.t("counselor-employer-review-accept-hint") }</p>
                    <button type="button" class="button button-primary accept-employer"
                        disabled={row.busy} aria-busy={row.busy.then_some("true")}
                        aria-label={t.t_with("counselor-employer-review-accept-named", &[("name", name.as_str().into())])}
                        onclick={click(&props.on_accept, id)}>
                        { if row.busy { t.t("counselor-processing") } else { t.t("counselor-employer-review-accept") } }
                    </button>
                </div>
            </div>
            if let Some(err) = other_refusal {
                <p class="field-error row-error" role="alert">{ err.message.clone() }</p>
            }
        </article>
    }
}

/// 事業所登録の審査 (`/counselor/employers`): the list read every time it is shown, on
/// 「最新の情報に更新」 and after each decision.
#[function_component]
pub fn EmployerReviewPage() -> Html {
    let form = use_store::<EmployerReviewState>();
    let api = use_api();
    let focus = use_focus();
    use_focus_on_mount("#employer-review-heading");
    let reload = use_load(
        &form,
        ipc::list_employer_applications,
        Loader {
            is_loading: |s| s.loading,
            start: EmployerReviewState::loading,
            loaded: EmployerReviewState::loaded,
        },
    );
    let on_reason = {
        let form = form.clone();
        Callback::from(move |(id, reason): (i64, String)| {
            form.update(move |s| s.edit_reason(id, reason.clone()))
        })
    };
    // Sends a decision on the registration `id`; the list is read again once it is taken.
    let decide = {
        let (form, focus, reload) = (form.clone(), focus.clone(), reload.clone());
        move |id: i64, kind: DecisionKind, call: DecisionCall| {
            form.update(move |s| {
                s.deciding(id);
            });
            let (form, focus, reload) = (form.clone(), focus.clone(), reload.clone());
            api.run(call, move |result| {
                let done = result.is_ok();
                form.update_once(move |s| s.decided(id, kind, result));
                if done {
                    focus.top("#employer-review-result");
                    reload.emit(());
                }
            });
        }
    };
    let on_accept = {
        let form = form.clone();
        let decide = decide.clone();
        Callback::from(move |id: i64| {
            if form.can_decide(id) {
                decide(id, DecisionKind::Accept, Box::pin(ipc::accept_employer(id)));
            }
        })
    };
    let on_return = {
        let form = form.clone();
        Callback::from(move |id: i64| {
            if !form.can_decide(id) {
                return;
            }
            match form.return_request(id) {
                Err(err) => {
                    form.update_once(move |s| s.invalid(id, err));
                    focus.on(format!("#return-reason-{id}"));
                }
                Ok(request) => decide(
                    id,
                    DecisionKind::Return,
                    Box::pin(async move { ipc::return_employer(id, &request).await }),
                ),
            }
        })
    };
    html! {
        <EmployerReviewView state={(*form).clone()} on_refresh={reload} on_reason={on_reason}
            on_accept={on_accept} on_return={on_return} />
    }
}

/// A decision's call to the app.
type DecisionCall = std::pin::Pin<
    Box<
        dyn std::future::Future<
            Output = Result<shigoto_shared::EmployerApplication, shigoto_shared::ApiError>,
        >,
    >,
>;
