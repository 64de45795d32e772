//! 応募する (`#apply`, オンライン自主応募) of one posting, in three steps. 注意事項: the two
//! warnings, each confirmed by its box (`#apply-confirm-disputes`, `#apply-confirm-benefits`),
//! then 「次へ」 (`#apply-next`). 応募内容: the profile that will be sent (`#apply-profile`) and
//! an optional message (`#apply-message`, with its count), 応募書類 (`#apply-documents`: PDFs
//! chosen with `#apply-document-file`, each with its kind and 「削除」), then 「応募する」 (`#apply-submit`)
//! or 「戻る」 (`#apply-back`). 完了 (`#apply-done`): the way to 求職活動状況
//! (`#apply-to-activity`). A refusal is `#apply-error`; when the 求職状態 is 無効 it comes with
//! the way to 各種設定 (`#apply-to-settings`). Before that, a 求職状態 that ends soon or has ended
//! is said up front (the advice banner).

use std::rc::Rc;

use shigoto_domain::application::MAX_DOCUMENTS;
use shigoto_domain::application::{BENEFITS_WARNING, DISPUTES_WARNING};
use shigoto_i18n::Catalogue;
use shigoto_shared::{ApplicantProfile, DocumentKind, JobSeekingState, JobSheet, SeekingStatus};
use yew::prelude::*;

use crate::components::form_field::{click, on_check, on_text_area};
use crate::components::nav_link::NavLink;
use crate::components::seeking::SeekingAdvice;
use crate::format::{date, file_size};
use crate::forms::account::Edit;
use crate::forms::apply::{ApplyState, ApplyStep, DOCUMENTS_FIELD, MESSAGE_LIMIT};
use crate::hooks::api::use_api;
use crate::ipc;
use crate::route::Route;
use crate::state::focus::{focus_selector, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::session::use_session;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct ApplyProps {
    pub job_number: AttrValue,
    pub state: ApplyState,
    /// The posting, once read.
    pub job: Option<Rc<JobSheet>>,
    /// Whether the seeker's 求職状態 is 無効 (a refusal then shows the way to 各種設定).
    pub lapsed: bool,
    /// The seeker's 求職状態, for the advice shown before applying.
    #[prop_or_default]
    pub seeking: Option<SeekingStatus>,
    pub on_edit: Callback<Edit<ApplyState>>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
    pub on_submit: Callback<()>,
    /// Files chosen with the file box.
    pub on_files: Callback<Vec<web_sys::File>>,
}

fn profile_table(t: &Catalogue, profile: &ApplicantProfile) -> Html {
    let prefecture = shigoto_refdata::prefecture(&profile.prefecture_code)
        .map(|p| p.name.to_owned())
        .unwrap_or_else(|| profile.prefecture_code.clone());
    html! {
        <table id="apply-profile" class="sheet-table">
            <caption class="visually-hidden">{ t.t("seeker-apply-profile") }</caption>
            <tbody>
                <tr><th scope="row">{ t.t("seeker-info-number") }</th><td>{ profile.seeker_number.clone() }</td></tr>
                <tr>
                    <th scope="row">{ t.t("seeker-apply-name") }</th>
                    <td>{ t.t_with("seeker-apply-name-value", &[
                        ("name", profile.name.as_str().into()),
                        ("kana", profile.name_kana.as_str().into()),
                    ]) }</td>
                </tr>
                <tr><th scope="row">{ t.t("seeker-apply-birth-date") }</th><td>{ date(t, profile.birth_date) }</td></tr>
                <tr><th scope="row">{ t.t("seeker-info-email") }</th><td>{ profile.email.clone() }</td></tr>
                <tr><th scope="row">{ t.t("seeker-apply-prefecture") }</th><td>{ prefecture }</td></tr>
            </tbody>
        </table>
    }
}

fn warnings(t: &Catalogue, props: &ApplyProps) -> Html {
    let state = &props.state;
    html! {
        <>
            <h3 class="sheet-section-title">{ t.t("seeker-apply-warnings") }</h3>
            <p class="panel-lead">{ t.t("seeker-apply-warnings-lead") }</p>
            <ol class="apply-warnings">
                <li class="apply-warning">
                    <p>{ t.t(DISPUTES_WARNING) }</p>
                    <label class="choice agree">
                        <input type="checkbox" id="apply-confirm-disputes"
                            checked={state.confirmed_disputes}
                            onchange={on_check(&props.on_edit, |s, on| s.confirmed_disputes = on)} />
                        { t.t("seeker-apply-confirmed") }
                    </label>
                </li>
                <li class="apply-warning">
                    <p>{ t.t(BENEFITS_WARNING) }</p>
                    <label class="choice agree">
                        <input type="checkbox" id="apply-confirm-benefits"
                            checked={state.confirmed_benefits}
                            onchange={on_check(&props.on_edit, |s, on| s.confirmed_benefits = on)} />
                        { t.t("seeker-apply-confirmed") }
                    </label>
                </li>
            </ol>
            <div class="seeking-actions">
                <button type="button" id="apply-next" class="button button-primary"
                    disabled={!(state.confirmed_disputes && state.confirmed_benefits)}
                    onclick={click(&props.on_next, ())}>
                    { t.t("seeker-apply-next") }
                </button>
            </div>
        </>
    }
}

/// 応募書類: the PDFs chosen so far, each with its kind and 「削除」, and the file box.
fn documents(t: &Catalogue, props: &ApplyProps) -> Html {
    let state = &props.state;
    let error = state
        .error
        .as_ref()
        .filter(|e| e.field.as_deref() == Some(DOCUMENTS_FIELD));
    let on_files = props.on_files.clone();
    let on_change = Callback::from(move |event: Event| {
        let input = event.target_unchecked_into::<web_sys::HtmlInputElement>();
        let files = input.files().map_or_else(Vec::new, |list| {
            (0..list.length()).filter_map(|i| list.get(i)).collect()
        });
        // Cleared, so choosing the same file again is a change too.
        input.set_value("");
        on_files.emit(files);
    });
    let rows = state.documents.iter().enumerate().map(|(index, document)| {
        let on_edit = props.on_edit.clone();
        let on_kind = Callback::from(move |event: Event| {
            let wire = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(kind) = DocumentKind::from_wire(&wire) {
                on_edit.emit(Edit::new(move |s: &mut ApplyState| s.set_document_kind(index, kind)));
            }
        });
        let on_edit = props.on_edit.clone();
        let on_remove = Callback::from(move |_: MouseEvent| {
            on_edit.emit(Edit::new(move |s: &mut ApplyState| s.remove_document(index)));
        });
        let number = index + 1;
        html! {
            <li class="apply-document" key={format!("{number}-{}", document.file_name)}>
                <span class="apply-document-name">
                    { t.t_with("seeker-apply-document-name", &[
                        ("name", document.file_name.as_str().into()),
                        ("size", file_size(document.content.len() as u64).into()),
                    ]) }
                </span>
                <label class="visually-hidden" for={format!("apply-document-kind-{number}")}>
                    { t.t_with("seeker-apply-document-kind", &[("name", document.file_name.as_str().into())]) }
                </label>
                <select id={format!("apply-document-kind-{number}")} class="input select"
                    onchange={on_kind} disabled={state.busy}>
                    { for DocumentKind::ALL.iter().map(|kind| html! {
                        <option value={kind.as_str()} selected={*kind == document.kind}>
                            { kind.label_in(t) }
                        </option>
                    }) }
                </select>
                <button type="button" id={format!("apply-document-remove-{number}")}
                    class="button button-secondary" disabled={state.busy} onclick={on_remove}>
                    { t.t("seeker-apply-document-remove") }
                </button>
            </li>
        }
    });
    html! {
        <fieldset id="apply-documents" class="apply-documents">
            <legend class="field-label">{ t.t("seeker-apply-documents") }</legend>
            <p id="apply-documents-hint" class="hint">
                { t.t_with("seeker-apply-documents-hint", &[("max", MAX_DOCUMENTS.into())]) }
            </p>
            if !state.documents.is_empty() {
                <ul class="apply-document-list">{ for rows }</ul>
            }
            if let Some(error) = error {
                <p id="apply-documents-error" class="field-error" role="alert">{ error.message.clone() }</p>
            }
            if state.may_attach() {
                // The browser's own box speaks the system's language: it is hidden, and its
                // label is the button people see and press.
                <input type="file" id="apply-document-file" class="visually-hidden file-input"
                    accept="application/pdf,.pdf" multiple=true onchange={on_change}
                    aria-describedby="apply-documents-hint" />
                <label for="apply-document-file" class="button button-secondary file-choose">
                    { if state.documents.is_empty() { t.t("seeker-apply-choose-file") } else { t.t("seeker-apply-add-file") } }
                </label>
            }
        </fieldset>
    }
}

fn details(t: &Catalogue, props: &ApplyProps) -> Html {
    let state = &props.state;
    let message_error = state
        .error
        .as_ref()
        .filter(|e| e.field.as_deref() == Some("message"));
    html! {
        <>
            <h3 class="sheet-section-title">{ t.t("seeker-apply-details") }</h3>
            <p class="panel-lead">{ t.t("seeker-apply-details-lead") }</p>
            { state.profile.as_ref().map(|profile| profile_table(t, profile)).unwrap_or_else(|| html! {
                <p class="hint" role="status">{ t.t("seeker-loading") }</p>
            }) }
            <div class="form-row apply-message-row">
                <label for="apply-message" class="field-label">{ t.t("seeker-apply-message") }</label>
                <textarea id="apply-message" class="input textarea" rows="6"
                    value={state.message.clone()}
                    aria-describedby="apply-message-count"
                    aria-invalid={message_error.is_some().then_some("true")}
                    oninput={on_text_area(&props.on_edit, |s, v| s.message = v)} />
                <p id="apply-message-count" class="hint">
                    { t.t_with("seeker-apply-message-count", &[
                        ("count", state.message_count().to_string().into()),
                        ("max", MESSAGE_LIMIT.to_string().into()),
                    ]) }
                </p>
            </div>
            { documents(t, props) }
            <div class="seeking-actions">
                <button type="button" id="apply-submit" class="button button-primary"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}
                    onclick={click(&props.on_submit, ())}>
                    { if state.busy { t.t("seeker-applying") } else { t.t("seeker-apply-submit") } }
                </button>
                <button type="button" id="apply-back" class="button button-secondary"
                    disabled={state.busy} onclick={click(&props.on_back, ())}>
                    { t.t("seeker-back") }
                </button>
            </div>
        </>
    }
}

#[function_component]
pub fn ApplyView(props: &ApplyProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let heading = props.job.as_ref().map_or_else(
        || {
            t.t_with(
                "seeker-job-number-only",
                &[("number", props.job_number.as_str().into())],
            )
        },
        |job| {
            t.t_with(
                "seeker-job-title-number",
                &[
                    ("title", job.work.title.as_str().into()),
                    ("number", job.job_number.as_str().into()),
                ],
            )
        },
    );
    let body = match &state.step {
        ApplyStep::Warnings => warnings(t, props),
        ApplyStep::Details => details(t, props),
        ApplyStep::Done(applied) => html! {
            <div id="apply-done" class="notice" role="status">
                <p>{ t.t_with("seeker-apply-done", &[
                    ("title", applied.title.as_str().into()),
                    ("date", date(t, applied.applied_on).into()),
                ]) }</p>
                <p>{ t.t("seeker-apply-done-hint") }</p>
                <NavLink id="apply-to-activity" to={Route::Activity}
                    class={classes!("button", "button-primary")}>
                    { t.t("seeker-apply-to-activity") }
                </NavLink>
            </div>
        },
    };
    html! {
        <section id="apply" class="panel" aria-labelledby="apply-heading">
            <h2 id="apply-heading" class="panel-title" tabindex="-1">{ t.t("seeker-apply-heading") }</h2>
            <p id="apply-job" class="seeking-line"><strong>{ heading }</strong></p>
            if let (Some(status), None) = (props.seeking, &state.error) {
                if !matches!(state.step, ApplyStep::Done(_)) {
                    <SeekingAdvice status={status} />
                }
            }
            if let Some(error) = state.error.as_ref().filter(|e| e.field.as_deref() != Some(DOCUMENTS_FIELD)) {
                <div id="apply-error" class="field-error form-error" role="alert">
                    <p>{ error.message.clone() }</p>
                    if props.lapsed {
                        <NavLink id="apply-to-settings" to={Route::SeekerSettings}
                            class={classes!("button", "button-secondary")}>
                            { t.t("seeker-to-settings") }
                        </NavLink>
                    }
                </div>
            }
            { body }
            if !matches!(state.step, ApplyStep::Done(_)) {
                <p class="back-link">
                    <NavLink id="apply-to-job" to={Route::Job { job_number: props.job_number.to_string() }}
                        class={classes!("text-button")}>
                        { t.t("seeker-apply-to-job") }
                    </NavLink>
                </p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ApplyPageProps {
    pub job_number: AttrValue,
}

/// 応募する (`/jobs/{n}/apply`): the posting and the profile are read when shown.
#[function_component]
pub fn ApplyPage(props: &ApplyPageProps) -> Html {
    let t = use_texts();
    let form = use_store::<ApplyState>();
    let job = use_state(|| None::<Rc<JobSheet>>);
    let api = use_api();
    let session = use_session();
    use_focus_on_mount("#apply-heading");
    {
        let (form, job, api) = (form.clone(), job.clone(), api.clone());
        use_effect_with(props.job_number.clone(), move |number| {
            let number = number.to_string();
            api.run(async move { ipc::get_job(&number).await }, move |result| {
                if let Ok(sheet) = result {
                    job.set(Some(Rc::new(sheet)));
                }
            });
            api.run(ipc::applicant_profile(), move |result| {
                form.update_once(move |s| match result {
                    Ok(profile) => s.profile = Some(profile),
                    Err(err) => s.sent(Err(err)),
                })
            });
        });
    }
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<ApplyState>| form.update(move |s| edit.apply(s)))
    };
    let on_next = {
        let form = form.clone();
        Callback::from(move |()| {
            form.update(move |s| s.next(t));
            focus_selector("#apply-heading");
        })
    };
    let on_back = {
        let form = form.clone();
        Callback::from(move |()| form.update(ApplyState::back))
    };
    let on_submit = {
        let form = form.clone();
        let number = props.job_number.to_string();
        Callback::from(move |()| {
            if form.busy {
                return;
            }
            let request = match form.request(&number) {
                Ok(request) => request,
                Err(error) => {
                    form.update(move |s| s.error = Some(error.clone()));
                    return;
                }
            };
            form.update(ApplyState::sending);
            let form = form.clone();
            api.run(async move { ipc::apply(&request).await }, move |result| {
                form.update_once(move |s| s.sent(result));
                focus_selector("#apply-heading");
            });
        })
    };
    let on_files = {
        let form = form.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            for file in files {
                let name = file.name();
                // A file picker's sizes are whole numbers of bytes.
                let bytes = file.size() as u64;
                if let Some(refusal) = form.refusal_before_reading(&name, bytes) {
                    form.update_once(move |s| s.error = Some(refusal));
                    continue;
                }
                let form = form.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                    form.update_once(move |s| match read {
                        Ok(buffer) => s.attach(name, js_sys::Uint8Array::new(&buffer).to_vec()),
                        Err(_) => {
                            s.error = Some(crate::forms::search::FieldError::on(
                                DOCUMENTS_FIELD,
                                t.t_with(
                                    "seeker-apply-unreadable",
                                    &[("name", name.as_str().into())],
                                ),
                            ))
                        }
                    });
                });
            }
        })
    };
    let seeking = session.account().and_then(|a| a.seeking);
    let lapsed = seeking.is_some_and(|s| s.state == JobSeekingState::Invalid);
    html! {
        <ApplyView job_number={props.job_number.clone()} state={(*form).clone()}
            job={(*job).clone()} lapsed={lapsed} seeking={seeking} on_edit={on_edit} on_next={on_next}
            on_back={on_back} on_submit={on_submit} on_files={on_files} />
    }
}
