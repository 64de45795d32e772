//! 応募者一覧 of one posting (`#applicants`): a table of its applicants, newest first, each
//! `tr.applicant-row[data-applicant-id][data-status]` with 氏名, 応募の種類 (自主応募 / 紹介),
//! 応募日, 状況 and 「詳細」 (`.open-applicant`). None yet is `#no-applicants`; a failure
//! `#applicants-error`. 「最新の情報に更新」 is `#refresh-applicants`.

use shigoto_shared::Applicant;
use yew::prelude::*;

use crate::components::form_field::click;
use crate::components::nav_link::NavLink;
use crate::format::date_ja;
use crate::forms::application::ApplicantsState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::employer::sent_requests::SentRequestsSection;
use crate::route::Route;
use crate::state::focus::use_focus_on_mount;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct ApplicantsProps {
    pub job_number: AttrValue,
    pub state: ApplicantsState,
    pub on_refresh: Callback<()>,
}

fn table_row(applicant: &Applicant) -> Html {
    let status = applicant.status.as_str();
    html! {
        <tr class={classes!("applicant-row", format!("status-{status}"))} key={applicant.id}
            data-applicant-id={applicant.id.to_string()} data-status={status}>
            <td class="person-name">{ applicant.name.clone() }</td>
            <td>{ applicant.kind.label() }</td>
            <td>{ date_ja(applicant.applied_on) }</td>
            <td>
                <span class={classes!("badge", "application-status", format!("status-{status}"))}>
                    { applicant.status.label() }
                </span>
                if let Some(decided) = applicant.decided_on {
                    <span class="hint">{ format!("（{}）", date_ja(decided)) }</span>
                }
            </td>
            <td class="action-cell">
                <NavLink id={format!("open-applicant-{}", applicant.id)} to={Route::EmployerApplicant { id: applicant.id }}
                    class={classes!("button", "button-secondary", "open-applicant")}>
                    { "詳細" }
                </NavLink>
            </td>
        </tr>
    }
}

#[function_component]
pub fn ApplicantsView(props: &ApplicantsProps) -> Html {
    let state = &props.state;
    let body = match &state.items {
        None if state.loading => html! { <p class="hint" role="status">{ "読み込み中…" }</p> },
        None => html! {},
        Some(items) if items.is_empty() => html! {
            <p id="no-applicants" class="empty-note">{ "この求人への応募はまだありません。" }</p>
        },
        Some(items) => html! {
            <div class="table-scroll">
                <table class="provisional-table applicants-table">
                    <caption class="visually-hidden">{ "応募者一覧" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "氏名" }</th>
                            <th scope="col">{ "応募の種類" }</th>
                            <th scope="col">{ "応募日" }</th>
                            <th scope="col">{ "状況" }</th>
                            <th scope="col"><span class="visually-hidden">{ "操作" }</span></th>
                        </tr>
                    </thead>
                    <tbody>{ for items.iter().map(table_row) }</tbody>
                </table>
            </div>
        },
    };
    html! {
        <section id="applicants" class="panel" aria-labelledby="applicants-heading">
            <h2 id="applicants-heading" class="panel-title" tabindex="-1">{ "応募者一覧" }</h2>
            <div class="list-toolbar">
                <p class="panel-lead">{ format!("求人番号 {} の応募者です。新しい応募が上に表示されます。", props.job_number) }</p>
                <button type="button" id="refresh-applicants" class="button button-secondary"
                    disabled={state.loading} aria-busy={state.loading.then_some("true")}
                    onclick={click(&props.on_refresh, ())}>
                    { if state.loading { "更新中…" } else { "最新の情報に更新" } }
                </button>
            </div>
            if let Some(error) = &state.error {
                <p id="applicants-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { body }
            <SentRequestsSection job_number={props.job_number.clone()} />
            <p class="back-link">
                <NavLink id="back-to-postings" to={Route::EmployerPostings} class={classes!("text-button")}>
                    { "求人一覧に戻る" }
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
