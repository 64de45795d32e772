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
use shigoto_shared::{EmployerRegistration, PostingDetail, PostingStatus, PostingStep};
use yew::prelude::*;

use super::fields::StepCtx;
use super::steps;
use crate::components::form_field::click;
use crate::forms::edit::Edit;
use crate::forms::employer::posting::{step_number, EditorPage, PostingEditor, Sending};
use crate::forms::mypage::SheetReturn;
use crate::pages::job::sheet::{JobSheetView, SheetState};

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
fn step_list(props: &EditorProps) -> Html {
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
                        <span class="visually-hidden">{ format!("ステップ{number}：") }</span>
                        { step.label() }
                    </span>
                </button>
            </li>
        }
    });
    html! {
        <ol id="posting-steps" class="steps posting-steps" aria-label="求人申込みの手順">
            { for items }
        </ol>
    }
}

/// What is written above the steps: a change's number, a 返戻's reason.
fn notes(detail: &PostingDetail) -> Html {
    let item = &detail.item;
    html! {
        <>
            <p id="posting-status" class={classes!("posting-status-line", format!("posting-status-{}", item.status.as_str()))}
                data-status={item.status.as_str()}>
                <span class="status-label">{ "求人の状況" }</span>
                <span class="status-badge">{ item.status.label() }</span>
            </p>
            if item.is_change {
                <div id="posting-change-note" class="notice posting-change-note">
                    <p>
                        { "公開中の求人" }
                        <strong class="job-number-value">
                            { format!("（求人番号 {}）", item.job_number.clone().unwrap_or_default()) }
                        </strong>
                        { "の変更を申し込みます。" }
                    </p>
                    <p>{ "変更が受理されるまでは、公開中の求人票がそのまま検索に表示されます。" }</p>
                </div>
            }
            if item.status == PostingStatus::Returned {
                <div class="return-reason" role="note">
                    <p class="return-reason-title">{ "返戻の理由（ハローワークから）" }</p>
                    <p id="posting-return-reason" class="multiline">
                        { item.return_reason.clone().unwrap_or_default() }
                    </p>
                    <p class="hint">{ "理由に沿って修正し、もう一度申し込んでください。" }</p>
                </div>
            }
        </>
    }
}

/// The messages by the buttons.
fn messages(editor: &PostingEditor) -> Html {
    html! {
        <>
            if let Some(err) = &editor.error {
                <p id="posting-error" class="field-error form-error" role="alert" tabindex="-1">
                    { err.clone() }
                </p>
            }
            if let Some(notice) = &editor.notice {
                <p id="posting-saved" class="notice" role="status">{ notice.clone() }</p>
            } else if editor.dirty() {
                <p id="posting-unsaved" class="hint">
                    { "一時保存していない入力があります。画面を離れる前に「一時保存」を押してください。" }
                </p>
            }
        </>
    }
}

fn save_button(props: &EditorProps) -> Html {
    let sending = props.editor.sending;
    html! {
        <button type="button" id="posting-save" class="button button-secondary"
            disabled={sending.is_some()} aria-busy={(sending == Some(Sending::Save)).then_some("true")}
            onclick={click(&props.on_save, ())}>
            { if sending == Some(Sending::Save) { "保存中…" } else { "一時保存" } }
        </button>
    }
}

fn step_form(props: &EditorProps, step: PostingStep) -> Html {
    let editor = &props.editor;
    let ctx = StepCtx {
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
                <span class="step-title-number">{ format!("ステップ{number}／{}", PostingStep::ALL.len()) }</span>
                { step.label() }
            </h3>
            <p class="hint section-hint">{ steps::lead(step) }</p>
            { steps::view(step, &ctx) }
            <div class="form-actions posting-actions">
                { messages(editor) }
                <div class="posting-buttons">
                    <button type="button" id="posting-back" class="button button-secondary"
                        disabled={busy || number == 1} onclick={click(&props.on_back, ())}>
                        { "戻る" }
                    </button>
                    { save_button(props) }
                    <button type="submit" id="posting-next" class="button button-primary button-large"
                        disabled={busy}>
                        { if last { "次へ（確認）" } else { "次へ" } }
                    </button>
                </div>
            </div>
        </form>
    }
}

fn confirm_page(props: &EditorProps) -> Html {
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
            <h3 id="posting-confirm-heading" class="step-title" tabindex="-1">{ "申込み内容の確認" }</h3>
            <p class="hint section-hint">
                { "受理されると、この求人票が公開されます（求人番号・受付年月日・紹介期限日は受理の日に決まります）。内容を確かめて「申込み」を押してください。直すときは「戻る」か、上の手順から入力画面に戻れます。" }
            </p>
            <JobSheetView job_number={job_number} sheet={sheet}
                on_back={props.on_back.clone()} back={SheetReturn::Editor} />
            <div class="form-actions posting-actions">
                { messages(editor) }
                <div class="posting-buttons">
                    <button type="button" id="posting-back" class="button button-secondary"
                        disabled={sending.is_some()} onclick={click(&props.on_back, ())}>
                        { "戻る" }
                    </button>
                    { save_button(props) }
                    <button type="button" id="posting-submit" class="button button-primary button-large"
                        disabled={sending.is_some()}
                        aria-busy={(sending == Some(Sending::Submit)).then_some("true")}
                        onclick={click(&props.on_submit, ())}>
                        { if sending == Some(Sending::Submit) { "申込み中…" } else { "申込み" } }
                    </button>
                </div>
            </div>
        </section>
    }
}

#[function_component]
pub fn PostingEditorView(props: &EditorProps) -> Html {
    html! {
        <>
            { notes(&props.detail) }
            { step_list(props) }
            { match props.editor.page {
                EditorPage::Step(step) => step_form(props, step),
                EditorPage::Confirm => confirm_page(props),
            } }
        </>
    }
}
