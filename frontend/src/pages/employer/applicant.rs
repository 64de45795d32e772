//! One applicant (`#applicant`): the posting, 応募の種類 and 応募日, the status
//! (`#applicant-status`, `data-status`), the profile the seeker sent (`#applicant-profile`) and
//! their message (`#applicant-message`). While 選考中, the 採否 form (`#result-form`): one of
//! 採用 / 不採用 / 辞退 / 取消 (`#result-hired`, `#result-rejected`, `#result-declined`,
//! `#result-cancelled`), a reason with 不採用 (`#result-reason`), and 「選考結果を登録する」
//! (`#record-result`); a refusal is under its box or `#result-error`, the done note
//! `#applicant-notice`. Once decided, the result and its reason are shown instead. A referred
//! applicant's 紹介状 is saved as a PDF by 「紹介状を保存」 (`#save-referral-letter`; where it went:
//! `#referral-letter-saved`). The 応募書類 the seeker sent are listed, each saved as a PDF
//! (`#application-documents`).

use shigoto_domain::application::MAX_RESULT_REASON_CHARS;
use shigoto_i18n::Catalogue;
use shigoto_shared::{ApplicantDetail, ApplicationKind, ApplicationStatus, SavedDocument};
use yew::prelude::*;

use crate::components::application_documents::ApplicationDocuments;
use crate::components::form_field::{click, on_text_area, submit};
use crate::components::nav_link::NavLink;
use crate::format::{date, file_size};
use crate::forms::account::Edit;
use crate::forms::application::{result_hint, ApplicantState, RESULTS};
use crate::hooks::api::use_api;
use crate::ipc;
use crate::route::Route;
use crate::state::focus::{focus_selector, use_focus_on_mount};
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct ApplicantProps {
    pub state: ApplicantState,
    /// 「紹介状を保存」.
    pub on_save_letter: Callback<()>,
    pub on_edit: Callback<Edit<ApplicantState>>,
    pub on_choose: Callback<ApplicationStatus>,
    pub on_record: Callback<()>,
}

/// Where the 紹介状 was saved.
fn letter_saved(t: &Catalogue, saved: &SavedDocument) -> String {
    t.t_with(
        "employer-applicant-letter-saved",
        &[
            ("path", saved.path.as_str().into()),
            ("size", file_size(saved.bytes).into()),
        ],
    )
}

fn profile(t: &Catalogue, detail: &ApplicantDetail) -> Html {
    let profile = &detail.profile;
    let prefecture = shigoto_refdata::prefecture(&profile.prefecture_code)
        .map(|p| p.name.to_owned())
        .unwrap_or_else(|| profile.prefecture_code.clone());
    html! {
        <table id="applicant-profile" class="sheet-table">
            <caption class="visually-hidden">{ t.t("employer-applicant-profile") }</caption>
            <tbody>
                <tr>
                    <th scope="row">{ t.t("employer-applicant-name") }</th>
                    <td>
                        { t.t_with("employer-applicant-name-value", &[
                            ("name", profile.name.as_str().into()),
                            ("kana", profile.name_kana.as_str().into()),
                        ]) }
                    </td>
                </tr>
                <tr><th scope="row">{ t.t("employer-applicant-birth-date") }</th><td>{ date(t, profile.birth_date) }</td></tr>
                <tr><th scope="row">{ t.t("employer-applicant-email") }</th><td>{ profile.email.clone() }</td></tr>
                <tr><th scope="row">{ t.t("employer-applicant-prefecture") }</th><td>{ prefecture }</td></tr>
                <tr><th scope="row">{ t.t("employer-applicant-seeker-number") }</th><td>{ profile.seeker_number.clone() }</td></tr>
                <tr>
                    <th scope="row">{ t.t("employer-applicant-message") }</th>
                    <td id="applicant-message" class="multiline">
                        { if detail.message.is_empty() { t.t("employer-applicant-no-message") } else { detail.message.clone() } }
                    </td>
                </tr>
            </tbody>
        </table>
    }
}

fn result_form(t: &Catalogue, props: &ApplicantProps) -> Html {
    let state = &props.state;
    let error_on = |field: &str| {
        state
            .error
            .as_ref()
            .filter(|e| e.field.as_deref() == Some(field))
            .map(|e| e.message.clone())
    };
    let reason_error = error_on("reason");
    let status_error = error_on("status");
    let other_error = state
        .error
        .as_ref()
        .filter(|e| !matches!(e.field.as_deref(), Some("reason" | "status")))
        .map(|e| e.message.clone());
    let rejected = state.choice == Some(ApplicationStatus::Rejected);
    html! {
        <form id="result-form" class="result-form" onsubmit={submit(&props.on_record)} novalidate=true>
            <fieldset class="result-choices" aria-describedby={status_error.as_ref().map(|_| "result-status-error")}>
                <legend class="field-label">{ t.t("employer-applicant-result") }</legend>
                { for RESULTS.iter().map(|status| {
                    let id = format!("result-{}", match status {
                        ApplicationStatus::Hired => "hired",
                        ApplicationStatus::Rejected => "rejected",
                        ApplicationStatus::Declined => "declined",
                        _ => "cancelled",
                    });
                    html! {
                        <label class="choice result-choice" for={id.clone()}>
                            <input type="radio" name="result" id={id} value={status.as_str()}
                                checked={state.choice == Some(*status)}
                                onchange={click_change(&props.on_choose, *status)} />
                            <span class="radio-text">{ status.label_in(t) }</span>
                            // The application form's hint: its key once that form is in the
                            // catalogues, its Japanese until then (given back as it is).
                            <span class="hint">{ result_hint(t, *status) }</span>
                        </label>
                    }
                }) }
            </fieldset>
            if let Some(error) = status_error {
                <p id="result-status-error" class="field-error" role="alert">{ error }</p>
            }
            <div class="form-row">
                <label for="result-reason" class="field-label">{ t.t("employer-applicant-reason") }</label>
                <textarea id="result-reason" class="input textarea" rows="3" disabled={!rejected}
                    value={state.reason.clone()}
                    aria-invalid={reason_error.is_some().then_some("true")}
                    oninput={on_text_area(&props.on_edit, |s, v| s.reason = v)} />
                <p class="hint">
                    { t.t_with("employer-applicant-reason-hint", &[("max", MAX_RESULT_REASON_CHARS.into())]) }
                </p>
                if let Some(error) = reason_error {
                    <p id="result-reason-error" class="field-error" role="alert">{ error }</p>
                }
            </div>
            if let Some(error) = other_error {
                <p id="result-error" class="field-error form-error" role="alert">{ error }</p>
            }
            <button type="submit" id="record-result" class="button button-primary"
                disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                { if state.busy { t.t("employer-applicant-recording") } else { t.t("employer-applicant-record") } }
            </button>
        </form>
    }
}

fn click_change(cb: &Callback<ApplicationStatus>, status: ApplicationStatus) -> Callback<Event> {
    let cb = cb.clone();
    Callback::from(move |_: Event| cb.emit(status))
}

#[function_component]
pub fn ApplicantView(props: &ApplicantProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.detail {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("employer-loading") }</p> }
        }
        None => html! {},
        Some(detail) => {
            let applicant = &detail.applicant;
            html! {
                <>
                    <p class="seeking-line">
                        <strong>
                            { t.t_with("employer-applicant-job", &[
                                ("title", applicant.title.as_str().into()),
                                ("number", applicant.job_number.as_str().into()),
                            ]) }
                        </strong>
                    </p>
                    <dl class="status-facts">
                        <div><dt>{ t.t("employer-applicants-kind") }</dt><dd>{ applicant.kind.label_in(t) }</dd></div>
                        <div><dt>{ t.t("employer-applicants-applied-on") }</dt><dd>{ date(t, applicant.applied_on) }</dd></div>
                        <div>
                            <dt>{ t.t("employer-applicants-status") }</dt>
                            <dd id="applicant-status" data-status={applicant.status.as_str()}>
                                <span class={classes!("badge", "application-status", format!("status-{}", applicant.status.as_str()))}>
                                    { applicant.status.label_in(t) }
                                </span>
                                if let Some(decided) = applicant.decided_on {
                                    { format!(" {}", date(t, decided)) }
                                }
                            </dd>
                        </div>
                    </dl>
                    if applicant.kind == ApplicationKind::Referred {
                        <div class="referral-letter">
                            <button type="button" id="save-referral-letter" class="button button-secondary"
                                disabled={state.saving_letter} aria-busy={state.saving_letter.then_some("true")}
                                onclick={click(&props.on_save_letter, ())}>
                                { if state.saving_letter { t.t("employer-applicant-letter-saving") } else { t.t("employer-applicant-letter-save") } }
                            </button>
                            { match &state.letter {
                                Some(Ok(saved)) => html! {
                                    <p id="referral-letter-saved" class="notice" role="status">{ letter_saved(t, saved) }</p>
                                },
                                Some(Err(message)) => html! {
                                    <p id="referral-letter-error" class="field-error" role="alert">{ message.clone() }</p>
                                },
                                None => html! {},
                            } }
                        </div>
                    }
                    if let Some(reason) = &detail.result_reason {
                        <p id="applicant-result-reason" class="hint">
                            { t.t_with("employer-applicant-result-reason", &[("reason", reason.as_str().into())]) }
                        </p>
                    }
                    <h3 class="sheet-section-title">{ t.t("employer-applicant-profile") }</h3>
                    { profile(t, detail) }
                    <ApplicationDocuments application_id={applicant.id} documents={detail.documents.clone()} />
                    if state.is_open() {
                        <h3 class="sheet-section-title">{ t.t("employer-applicant-record-heading") }</h3>
                        { result_form(t, props) }
                    }
                    <p class="back-link">
                        <NavLink id="back-to-applicants" to={Route::EmployerApplicants { job_number: applicant.job_number.clone() }}
                            class={classes!("text-button")}>
                            { t.t("employer-applicant-back") }
                        </NavLink>
                    </p>
                </>
            }
        }
    };
    html! {
        <section id="applicant" class="panel" aria-labelledby="applicant-heading">
            <h2 id="applicant-heading" class="panel-title" tabindex="-1">
                { state.detail.as_ref().map_or_else(
                    || t.t("employer-applicant-heading"),
                    |d| t.t_with("employer-applicant-heading-named", &[("name", d.applicant.name.as_str().into())]),
                ) }
            </h2>
            if let Some(notice) = &state.notice {
                <p id="applicant-notice" class="notice" role="status">{ notice.clone() }</p>
            }
            if let Some(error) = &state.load_error {
                <p id="applicant-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ApplicantPageProps {
    pub id: i64,
}

/// One applicant (`/employer/applicants/{id}`), read when shown.
#[function_component]
pub fn ApplicantPage(props: &ApplicantPageProps) -> Html {
    let t = use_texts();
    let form = use_store::<ApplicantState>();
    let api = use_api();
    use_focus_on_mount("#applicant-heading");
    {
        let (form, api) = (form.clone(), api.clone());
        use_effect_with(props.id, move |id| {
            let id = *id;
            form.update(ApplicantState::loading);
            let form = form.clone();
            api.run(async move { ipc::applicant(id).await }, move |result| {
                form.update_once(move |s| s.loaded(result))
            });
        });
    }
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<ApplicantState>| form.update(move |s| edit.apply(s)))
    };
    let on_choose = {
        let form = form.clone();
        Callback::from(move |status: ApplicationStatus| form.update(move |s| s.choose(status)))
    };
    let on_record = {
        let form = form.clone();
        let id = props.id;
        let api = api.clone();
        Callback::from(move |()| {
            if form.busy {
                return;
            }
            let result = match form.request(t) {
                Ok(result) => result,
                Err(error) => {
                    form.update(move |s| s.error = Some(error.clone()));
                    return;
                }
            };
            form.update(ApplicantState::sending);
            let form = form.clone();
            api.run(
                async move { ipc::record_result(id, &result).await },
                move |answer| {
                    form.update_once(move |s| s.sent(t, answer));
                    focus_selector("#applicant-heading");
                },
            );
        })
    };
    let on_save_letter = {
        let form = form.clone();
        let id = props.id;
        Callback::from(move |()| {
            if form.saving_letter {
                return;
            }
            form.update(ApplicantState::saving_letter);
            let form = form.clone();
            api.run(
                async move { ipc::save_referral_letter(id).await },
                move |result| form.update_once(move |s| s.letter_saved(result)),
            );
        })
    };
    html! {
        <ApplicantView state={(*form).clone()} on_edit={on_edit} on_choose={on_choose}
            on_record={on_record} on_save_letter={on_save_letter} />
    }
}
