//! The applications on 求職活動状況, read from the device's synced copy (so they show offline)
//! when shown and after every sync pass: 応募中の求人
//! (`#activity-in-progress`) and 選考が終わった求人 (`#activity-ended`), each a
//! `li.application-row[data-application-id][data-status]` with the posting (opens its 求人票),
//! the employer, 自主応募 or 紹介, the dates and the result (with the reason of a 不採用). One
//! in progress is withdrawn by 「辞退する」 (`.withdraw-application`) and then 「辞退を確定」
//! (`.confirm-withdraw`) or 「やめる」 (`.cancel-withdraw`). A failure is
//! `#applications-error`. A referral's 紹介状 is saved as a PDF by `.save-referral-letter`
//! (where it went: `#referral-letter-saved`).

use shigoto_i18n::Catalogue;
use shigoto_shared::{ApplicationKind, MyApplication};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::confirm_box::ConfirmBox;
use crate::components::form_field::click;
use crate::format::date;
use crate::forms::application::{saved_text, MyApplicationsState};
use crate::forms::mypage::SheetReturn;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::search::open_job;
use crate::state::lang::use_texts;
use crate::state::mypage::use_mypage;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct ApplicationsProps {
    pub state: MyApplicationsState,
    pub on_open: Callback<String>,
    pub on_ask: Callback<i64>,
    pub on_cancel: Callback<()>,
    pub on_confirm: Callback<i64>,
    /// 「紹介状を保存」 of a referral.
    pub on_save_letter: Callback<i64>,
}

fn row(t: &Catalogue, props: &ApplicationsProps, item: &MyApplication) -> Html {
    let state = &props.state;
    let open = click(&props.on_open, item.job_number.clone());
    let employer = item
        .employer_name
        .clone()
        .unwrap_or_else(|| t.t("results-employer-hidden"));
    let applied = date(t, item.applied_on);
    let dates = match item.decided_on {
        Some(decided) => t.t_with(
            "seeker-applications-dates",
            &[
                ("applied", applied.into()),
                ("decided", date(t, decided).into()),
            ],
        ),
        None => t.t_with(
            "seeker-applications-applied-on",
            &[("applied", applied.into())],
        ),
    };
    let busy = state.busy == Some(item.id);
    let actions = if !matches!(item.status, shigoto_shared::ApplicationStatus::InProgress) {
        html! {}
    } else if state.confirming == Some(item.id) {
        let id = item.id;
        html! {
            <ConfirmBox text={t.t("seeker-applications-withdraw-confirm")}
                confirm_class="confirm-withdraw" confirm_label={t.t(shigoto_i18n::key!("seeker-withdraw-confirm-yes"))}
                busy_label={t.t(shigoto_i18n::key!("seeker-applications-withdrawing"))} cancel_class="cancel-withdraw" busy={busy}
                on_confirm={props.on_confirm.reform(move |()| id)}
                on_cancel={props.on_cancel.clone()} />
        }
    } else {
        html! {
            <button type="button" class="button button-secondary withdraw-application"
                disabled={state.busy.is_some()}
                aria-label={t.t_with("seeker-applications-withdraw-named", &[("title", item.title.as_str().into())])}
                onclick={click(&props.on_ask, item.id)}>
                { t.t("seeker-withdraw") }
            </button>
        }
    };
    html! {
        <li class="activity-row application-row" key={item.id}
            data-application-id={item.id.to_string()} data-status={item.status.as_str()}>
            <div class="activity-row-main">
                <button type="button" class="open-job" onclick={open}>{ item.title.clone() }</button>
                <span class="activity-employer">{ t.t_with("seeker-applications-employer", &[
                    ("employer", employer.into()),
                    ("number", item.job_number.as_str().into()),
                ]) }</span>
                <span class="application-dates">{ dates }</span>
                if let Some(reason) = &item.result_reason {
                    <span class="application-reason">{ t.t_with("seeker-applications-reason", &[("reason", reason.as_str().into())]) }</span>
                }
                if !item.documents.is_empty() {
                    <span class="application-sent-documents">
                        { t.t_with("seeker-applications-documents", &[(
                            "names",
                            item.documents.iter().map(|d| d.file_name.as_str()).collect::<Vec<_>>()
                                .join(&t.t("seeker-list-separator")).into(),
                        )]) }
                    </span>
                }
            </div>
            <span class="badge badge-kind">{ item.kind.label_in(t) }</span>
            <span class={classes!("badge", "application-status", format!("status-{}", item.status.as_str()))}>
                { item.status.label_in(t) }
            </span>
            if item.kind == ApplicationKind::Referred {
                <button type="button" class="button button-secondary save-referral-letter"
                    disabled={state.saving.is_some()} aria-busy={(state.saving == Some(item.id)).then_some("true")}
                    onclick={click(&props.on_save_letter, item.id)}>
                    { t.t("seeker-applications-save-letter") }
                </button>
            }
            { actions }
        </li>
    }
}

#[function_component]
pub fn ApplicationsView(props: &ApplicationsProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let list = |items: Vec<&MyApplication>, empty: &str| {
        if state.items.is_none() {
            let text = if state.loading {
                t.t("seeker-loading")
            } else {
                String::new()
            };
            return html! { <p class="hint" role="status">{ text }</p> };
        }
        if items.is_empty() {
            return html! { <p class="muted">{ t.t(empty) }</p> };
        }
        html! { <ul class="activity-list">{ for items.into_iter().map(|item| row(t, props, item)) }</ul> }
    };
    html! {
        <>
            if let Some(error) = &state.error {
                <p id="applications-error" class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { match &state.saved {
                Some(Ok(saved)) => html! {
                    <p id="referral-letter-saved" class="notice" role="status">{ saved_text(t, &t.t("seeker-document-referral-letter"), saved) }</p>
                },
                Some(Err(message)) => html! {
                    <p id="referral-letter-error" class="field-error" role="alert">{ message.clone() }</p>
                },
                None => html! {},
            } }
            <div class="activity-grid activity-applications">
                <section id="activity-in-progress" class="activity-card" aria-labelledby="activity-in-progress-heading">
                    <h3 id="activity-in-progress-heading" class="activity-title">{ t.t("seeker-applications-in-progress") }</h3>
                    <p class="activity-count">{ t.t_with("seeker-activity-count", &[("count", state.in_progress().len().into())]) }</p>
                    { list(state.in_progress(), shigoto_i18n::key!("seeker-applications-in-progress-none")) }
                </section>
                <section id="activity-ended" class="activity-card" aria-labelledby="activity-ended-heading">
                    <h3 id="activity-ended-heading" class="activity-title">{ t.t("seeker-applications-ended") }</h3>
                    <p class="activity-count">{ t.t_with("seeker-activity-count", &[("count", state.ended().len().into())]) }</p>
                    { list(state.ended(), shigoto_i18n::key!("seeker-applications-ended-none")) }
                </section>
            </div>
        </>
    }
}

/// The applications part of 求職活動状況: read when shown; 辞退 asked, then sent.
#[function_component]
pub fn ApplicationsSection() -> Html {
    let form = use_store::<MyApplicationsState>();
    let api = use_api();
    let navigator = use_navigator();
    // Read from the device's copy when shown, and again whenever a sync pass may have changed
    // it (an application, a result, a 辞退 on another device).
    let data_version = use_mypage().state().data_version;
    {
        let (form, api) = (form.clone(), api.clone());
        use_effect_with(data_version, move |_| {
            if form.items.is_none() {
                form.update(MyApplicationsState::loading);
            }
            let form = form.clone();
            api.run(async { ipc::my_applications().await }, move |result| {
                form.update_once(move |s| s.loaded(result))
            });
        });
    }
    let on_open =
        Callback::from(move |job: String| open_job(&navigator, job, SheetReturn::Activity));
    let on_ask = {
        let form = form.clone();
        Callback::from(move |id: i64| form.update(move |s| s.ask_withdraw(id)))
    };
    let on_cancel = {
        let form = form.clone();
        Callback::from(move |()| form.update(MyApplicationsState::cancel_withdraw))
    };
    let on_confirm = {
        let form = form.clone();
        let api = api.clone();
        Callback::from(move |id: i64| {
            if !form.may_withdraw(id) {
                return;
            }
            form.update(move |s| s.withdrawing(id));
            let form = form.clone();
            api.run(
                async move { ipc::withdraw_application(id).await },
                move |result| form.update_once(move |s| s.withdrawn(result)),
            );
        })
    };
    let on_save_letter = {
        let form = form.clone();
        Callback::from(move |id: i64| {
            if form.saving.is_some() {
                return;
            }
            form.update(move |s| s.saving_letter(id));
            let form = form.clone();
            api.run(
                async move { ipc::save_referral_letter(id).await },
                move |result| form.update_once(move |s| s.letter_saved(result)),
            );
        })
    };
    html! {
        <ApplicationsView state={(*form).clone()} on_open={on_open} on_ask={on_ask}
            on_cancel={on_cancel} on_confirm={on_confirm} on_save_letter={on_save_letter} />
    }
}
