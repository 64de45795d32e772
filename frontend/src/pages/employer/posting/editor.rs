//! The eight-step editor of a draft or a returned posting: for a change, which 求人番号 it
//! changes (`#posting-change-note`); for a returned posting the counselor's reason
//! (`#posting-return-reason`); the step indicator (`ol#posting-steps`, the current step with
//! `aria-current="step"`, each step a button `#posting-step-<step>` that jumps there); the step's
//! heading (`#posting-step-heading`) and boxes (see [`super::steps`]); the buttons 「戻る」
//! (`#posting-back`), 「一時保存」 (`#posting-save`) and 「次へ」 (`#posting-next`); a refusal
//! that names no field (`#posting-error`), the note after 一時保存 (`#posting-saved`) and the
//! reminder of what is not saved yet (`#posting-unsaved`). The 確認 page (`#posting-confirm`,
//! heading `#posting-confirm-heading`) shows the 求人票 as it would be published and
//! 「申込み」 (`#posting-submit`).

use chrono::NaiveDate;
use shigoto_i18n::Catalogue;
use shigoto_shared::{EmployerRegistration, PostingDetail, PostingStatus, PostingStep};
use yew::prelude::*;

use super::fields::StepCtx;
use super::steps;
use crate::components::form_field::click;
use crate::forms::edit::Edit;
use crate::forms::employer::posting::{step_number, EditorPage, PostingEditor, Sending};
use crate::forms::mypage::SheetReturn;
use crate::pages::job::sheet::{JobSheetView, SheetState};
use crate::state::lang::use_texts;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub detail: std::rc::Rc<PostingDetail>,
    pub editor: PostingEditor,
    pub registration: Option<std::rc::Rc<EmployerRegistration>>,
    pub today: NaiveDate,
    pub on_edit: Callback<Edit<PostingEditor>>,
    pub on_jump: Callback<PostingStep>,
    pub on_back: Callback<()>,
    pub on_next: Callback<()>,
    pub on_save: Callback<()>,
    pub on_submit: Callback<()>,
}

/// The step indicator: the eight steps, each a button.
fn step_list(t: &Catalogue, props: &EditorProps) -> Html {
    let page = props.editor.page;
    let current = match page {
        EditorPage::Step(step) => step_number(step),
        EditorPage::Confirm => PostingStep::ALL.len() + 1,
    };
    let busy = props.editor.sending.is_some();
    let items = PostingStep::ALL.iter().map(|step| {
        let number = step_number(*step);
        let here = number == current;
        let class = if here {
            "step is-current"
        } else if number < current {
            "step is-done"
        } else {
            "step"
        };
        html! {
            <li class={class} key={step.as_str()} aria-current={here.then_some("step")}>
                <button type="button" id={format!("posting-step-{}", step.as_str())}
                    class="step-button" disabled={busy}
                    onclick={click(&props.on_jump, *step)}>
                    <span class="step-number" aria-hidden="true">{ number }</span>
                    <span class="step-label">
                        <span class="visually-hidden">{ t.t_with("posting-step-number", &[("number", number.into())]) }</span>
                        { step.label_in(t) }
                    </span>
                </button>
            </li>
        }
    });
    html! {
        <ol id="posting-steps" class="steps posting-steps" aria-label={t.t("posting-steps")}>
            { for items }
        </ol>
    }
}

/// What is written above the steps: a change's number, a 返戻's reason.
fn notes(t: &Catalogue, detail: &PostingDetail) -> Html {
    let item = &detail.item;
    html! {
        <>
            <p id="posting-status" class={classes!("posting-status-line", format!("posting-status-{}", item.status.as_str()))}
                data-status={item.status.as_str()}>
                <span class="status-label">{ t.t("posting-status") }</span>
                <span class="status-badge">{ item.status.label_in(t) }</span>
            </p>
            if item.is_change {
                <div id="posting-change-note" class="notice posting-change-note">
                    <p>
                        { t.t("posting-change-note-before") }
                        <strong class="job-number-value">
                            { t.t_with("posting-change-note-number", &[
                                ("number", item.job_number.clone().unwrap_or_default().into()),
                            ]) }
                        </strong>
                        { t.t("posting-change-note-after") }
                    </p>
                    <p>{ t.t("posting-change-note-published") }</p>
                </div>
            }
            if item.status == PostingStatus::Returned {
                <div class="return-reason" role="note">
                    <p class="return-reason-title">{ t.t("posting-return-reason") }</p>
                    <p id="posting-return-reason" class="multiline">
                        { item.return_reason.clone().unwrap_or_default() }
                    </p>
                    <p class="hint">{ t.t("posting-return-reason-hint") }</p>
                </div>
            }
        </>
    }
}

/// The messages by the buttons.
fn messages(t: &Catalogue, editor: &PostingEditor) -> Html {
    html! {
        <>
            if let Some(err) = &editor.error {
                <p id="posting-error" class="field-error form-error" role="alert" tabindex="-1">
                    { err.clone() }
                </p>
            }
            if let Some(notice) = &editor.notice {
                <p id="posting-saved" class="notice" role="status">{ t.t(notice) }</p>
            } else if editor.dirty() {
                <p id="posting-unsaved" class="hint">{ t.t("posting-unsaved") }</p>
            }
        </>
    }
}

fn save_button(t: &Catalogue, props: &EditorProps) -> Html {
    let sending = props.editor.sending;
    html! {
        <button type="button" id="posting-save" class="button button-secondary"
            disabled={sending.is_some()} aria-busy={(sending == Some(Sending::Save)).then_some("true")}
            onclick={click(&props.on_save, ())}>
            { if sending == Some(Sending::Save) { t.t("posting-saving") } else { t.t("posting-save") } }
        </button>
    }
}

fn step_form(t: &'static Catalogue, props: &EditorProps, step: PostingStep) -> Html {
    let editor = &props.editor;
    let ctx = StepCtx {
        t,
        editor,
        edit: &props.on_edit,
        today: props.today,
        registration: props.registration.as_deref(),
    };
    let number = step_number(step);
    let last = number == PostingStep::ALL.len();
    let onsubmit = {
        let cb = props.on_next.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            cb.emit(());
        })
    };
    let busy = editor.sending.is_some();
    html! {
        <form id="posting-form" class="step-body posting-form" novalidate=true onsubmit={onsubmit}>
            <h3 id="posting-step-heading" class="step-title" tabindex="-1">
                <span class="step-title-number">
                    { t.t_with("posting-step-of", &[("number", number.into()), ("count", PostingStep::ALL.len().into())]) }
                </span>
                { step.label_in(t) }
            </h3>
            <p class="hint section-hint">{ t.t(steps::lead(step)) }</p>
            { steps::view(step, &ctx) }
            <div class="form-actions posting-actions">
                { messages(t, editor) }
                <div class="posting-buttons">
                    <button type="button" id="posting-back" class="button button-secondary"
                        disabled={busy || number == 1} onclick={click(&props.on_back, ())}>
                        { t.t("posting-back") }
                    </button>
                    { save_button(t, props) }
                    <button type="submit" id="posting-next" class="button button-primary button-large"
                        disabled={busy}>
                        { if last { t.t("posting-next-confirm") } else { t.t("posting-next") } }
                    </button>
                </div>
            </div>
        </form>
    }
}

fn confirm_page(t: &Catalogue, props: &EditorProps) -> Html {
    let editor = &props.editor;
    let sending = editor.sending;
    let sheet = match &editor.preview {
        Some(sheet) => SheetState::Loaded(sheet.clone()),
        None => SheetState::Loading,
    };
    let job_number = editor
        .preview
        .as_ref()
        .map(|s| s.job_number.clone())
        .unwrap_or_default();
    html! {
        <section id="posting-confirm" class="step-body" aria-labelledby="posting-confirm-heading">
            <h3 id="posting-confirm-heading" class="step-title" tabindex="-1">{ t.t("posting-confirm-heading") }</h3>
            <p class="hint section-hint">{ t.t("posting-confirm-lead") }</p>
            <JobSheetView job_number={job_number} sheet={sheet}
                on_back={props.on_back.clone()} back={SheetReturn::Editor} />
            <div class="form-actions posting-actions">
                { messages(t, editor) }
                <div class="posting-buttons">
                    <button type="button" id="posting-back" class="button button-secondary"
                        disabled={sending.is_some()} onclick={click(&props.on_back, ())}>
                        { t.t("posting-back") }
                    </button>
                    { save_button(t, props) }
                    <button type="button" id="posting-submit" class="button button-primary button-large"
                        disabled={sending.is_some()}
                        aria-busy={(sending == Some(Sending::Submit)).then_some("true")}
                        onclick={click(&props.on_submit, ())}>
                        { if sending == Some(Sending::Submit) { t.t("posting-submitting") } else { t.t("posting-submit") } }
                    </button>
                </div>
            </div>
        </section>
    }
}

#[function_component]
pub fn PostingEditorView(props: &EditorProps) -> Html {
    let t = use_texts();
    html! {
        <>
            { notes(t, &props.detail) }
            { step_list(t, props) }
            { match props.editor.page {
                EditorPage::Step(step) => step_form(t, props, step),
                EditorPage::Confirm => confirm_page(t, props),
            } }
        </>
    }
}
