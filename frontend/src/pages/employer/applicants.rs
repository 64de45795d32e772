//! 応募者一覧 of one posting (`#applicants`): a table of its applicants, newest first, each
//! `tr.applicant-row[data-applicant-id][data-status]` with 氏名, 応募の種類 (自主応募 / 紹介),
//! 応募日, 状況 and 「詳細」 (`.open-applicant`). None yet is `#no-applicants`; a failure
//! `#applicants-error`. 「最新の情報に更新」 is `#refresh-applicants`.

use shigoto_i18n::Catalogue;
use shigoto_shared::Applicant;
use yew::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::format::date;
use crate::forms::application::ApplicantsState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::employer::sent_requests::SentRequestsSection;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct ApplicantsProps {
    pub job_number: AttrValue,
    pub state: ApplicantsState,
    pub on_refresh: Callback<()>,
}

fn table_row(t: &Catalogue, applicant: &Applicant) -> Html {
    let status = applicant.status.as_str();
    html! {
        <tr class={classes!("applicant-row", format!("status-{status}"))} key={applicant.id}
            data-applicant-id={applicant.id.to_string()} data-status={status}>
            <td class="person-name">{ applicant.name.clone() }</td>
            <td>{ applicant.kind.label_in(t) }</td>
            <td>{ date(t, applicant.applied_on) }</td>
            <td>
                <span class={classes!("badge", "application-status", format!("status-{status}"))}>
                    { applicant.status.label_in(t) }
                </span>
                if let Some(decided) = applicant.decided_on {
                    <span class="hint">
                        { t.t_with("employer-applicants-decided-on", &[("date", date(t, decided).into())]) }
                    </span>
                }
            </td>
            <td class="action-cell">
                <NavLink id={format!("open-applicant-{}", applicant.id)} to={Route::EmployerApplicant { id: applicant.id }}
                    class={classes!("button", "button-secondary", "open-applicant")}>
                    { t.t("employer-applicants-open") }
                </NavLink>
            </td>
        </tr>
    }
}

#[function_component]
pub fn ApplicantsView(props: &ApplicantsProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let body = match &state.items {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("employer-loading") }</p> }
        }
        None => html! {},
        Some(items) if items.is_empty() => html! {
            <p id="no-applicants" class="empty-note">{ t.t("employer-applicants-none") }</p>
        },
        Some(items) => html! {
            <div class="table-scroll">
                <table class="provisional-table applicants-table">
                    <caption class="visually-hidden">{ t.t("employer-applicants-heading") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.t("employer-applicants-name") }</th>
                            <th scope="col">{ t.t("employer-applicants-kind") }</th>
                            <th scope="col">{ t.t("employer-applicants-applied-on") }</th>
                            <th scope="col">{ t.t("employer-applicants-status") }</th>
                            <th scope="col"><span class="visually-hidden">{ t.t("employer-applicants-actions") }</span></th>
                        </tr>
                    </thead>
                    <tbody>{ for items.iter().map(|applicant| table_row(t, applicant)) }</tbody>
                </table>
            </div>
        },
    };
    html! {
        <section id="applicants" class="panel" aria-labelledby="applicants-heading">
            <h2 id="applicants-heading" class="panel-title" tabindex="-1">{ t.t("employer-applicants-heading") }</h2>
            <div class="list-toolbar">
                <p class="panel-lead">
                    { t.t_with("employer-applicants-lead", &[("number", props.job_number.to_string().into())]) }
                </p>
                <button type="button" id="refresh-applicants" class="button button-secondary"
                    disabled={state.loading} aria-busy={state.loading.then_some("true")}
                    onclick={click(&props.on_refresh, ())}>
                    { if state.loading { t.t("employer-refreshing") } else { t.t("employer-refresh") } }
                </button>
            </div>
            if let Some(error) = &state.error {
                <p id="applicants-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <SentRequestsSection job_number={props.job_number.clone()} />
            <p class="back-link">
                <NavLink id="back-to-postings" to={Route::EmployerPostings} class={classes!("text-button")}>
                    { t.t("employer-back-to-postings") }
                </NavLink>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ApplicantsPageProps {
    pub job_number: AttrValue,
}

/// 応募者一覧 (`/employer/jobs/{n}/applicants`), read when shown and on 「最新の情報に更新」.
#[function_component]
pub fn ApplicantsPage(props: &ApplicantsPageProps) -> Html {
    let form = use_store::<ApplicantsState>();
    let api = use_api();
    use_focus_on_mount("#applicants-heading");
    let load = {
        let form = form.clone();
        let number = props.job_number.to_string();
        Callback::from(move |()| {
            if form.loading {
                return;
            }
            form.update(ApplicantsState::loading);
            let form = form.clone();
            let number = number.clone();
            api.run(
                async move { ipc::applicants(&number).await },
                move |result| form.update_once(move |s| s.loaded(result)),
            );
        })
    };
    {
        let load = load.clone();
        use_effect_with(props.job_number.clone(), move |_| load.emit(()));
    }
    html! {
        <ApplicantsView job_number={props.job_number.clone()} state={(*form).clone()} on_refresh={load} />
    }
}
