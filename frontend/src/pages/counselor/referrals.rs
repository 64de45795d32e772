//! A seeker's applications on the counter's record (`#record-applications`): each
//! `li.record-application[data-kind][data-status]` with the posting, 自主応募 or 紹介, the dates and
//! the result; and 紹介 (`#referral-form`): the 求人番号 (`#referral-job-number`) and
//! 「紹介する」 (`#refer-seeker`). Done: `#referral-notice`; refused: `#referral-error`.

use shigoto_i18n::Catalogue;
use shigoto_shared::MyApplication;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::form_field::submit;
use crate::format::date;
use crate::forms::seeker_record::ReferralsState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct ReferralsProps {
    pub state: ReferralsState,
    /// Whether the seeker may be referred (本登録 and 有効).
    pub can_refer: bool,
    pub on_number: Callback<String>,
    pub on_refer: Callback<()>,
}

fn line(t: &Catalogue, item: &MyApplication) -> Html {
    let result = match item.decided_on {
        Some(day) => t.t_with(
            "counselor-referrals-decided",
            &[
                ("status", item.status.label_in(t).into()),
                ("date", date(t, day).into()),
            ],
        ),
        None => item.status.label_in(t),
    };
    html! {
        <li class="activity-row record-application" key={item.id}
            data-kind={item.kind.as_str()} data-status={item.status.as_str()}>
            <div class="activity-row-main">
                <span>{ t.t_with("counselor-referrals-job", &[("title", item.title.as_str().into()), ("number", item.job_number.as_str().into())]) }</span>
                <span class="activity-employer">
                    { t.t_with("counselor-referrals-applied", &[("employer", item.employer_name.clone().unwrap_or_default().into()), ("date", date(t, item.applied_on).into())]) }
                </span>
            </div>
            <span class="badge badge-kind">{ item.kind.label_in(t) }</span>
            <span class={classes!("badge", "application-status", format!("status-{}", item.status.as_str()))}>
                { result }
            </span>
        </li>
    }
}

#[function_component]
pub fn ReferralsView(props: &ReferralsProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let on_input = {
        let cb = props.on_number.clone();
        Callback::from(move |event: InputEvent| {
            cb.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let list = match &state.applications {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("page-loading") }</p> }
        }
        None => html! {},
        Some(items) if items.is_empty() => html! {
            <p id="no-record-applications" class="muted">{ t.t("counselor-referrals-none") }</p>
        },
        Some(items) => {
            html! { <ul class="activity-list">{ for items.iter().map(|item| line(t, item)) }</ul> }
        }
    };
    html! {
        <section id="record-applications" aria-labelledby="record-applications-heading">
            <h3 id="record-applications-heading" class="sheet-section-title">{ t.t("counselor-referrals-heading") }</h3>
            if let Some(error) = &state.load_error {
                <p class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { list }
            if props.can_refer {
                <form id="referral-form" class="inline-form" onsubmit={submit(&props.on_refer)} novalidate=true>
                    <label for="referral-job-number" class="field-label">{ t.t("counselor-referrals-job-number") }</label>
                    <input id="referral-job-number" class="input" type="text" inputmode="numeric"
                        placeholder="12345-12345678" autocomplete="off"
                        value={state.job_number.clone()} oninput={on_input}
                        aria-invalid={state.error.is_some().then_some("true")} />
                    <button type="submit" id="refer-seeker" class="button button-primary"
                        disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                        { if state.busy { t.t("counselor-referrals-referring") } else { t.t("counselor-referrals-refer") } }
                    </button>
                </form>
            }
            if let Some(error) = &state.error {
                <p id="referral-error" class="field-error" role="alert">{ error.clone() }</p>
            }
            if let Some(referred) = &state.notice {
                <p id="referral-notice" class="notice" role="status">
                    { t.t_with("counselor-referrals-referred", &[("number", referred.job_number.as_str().into()), ("title", referred.title.as_str().into())]) }
                </p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReferralsSectionProps {
    pub seeker_number: AttrValue,
    pub can_refer: bool,
}

/// The applications of the seeker numbered `seeker_number`, read when shown, and 紹介.
#[function_component]
pub fn ReferralsSection(props: &ReferralsSectionProps) -> Html {
    let form = use_store::<ReferralsState>();
    let api = use_api();
    {
        let (form, api) = (form.clone(), api.clone());
        use_effect_with(props.seeker_number.clone(), move |number| {
            form.update(ReferralsState::loading);
            let form = form.clone();
            let number = number.to_string();
            api.run(
                async move { ipc::seeker_applications(&number).await },
                move |result| form.update_once(move |s| s.loaded(result)),
            );
        });
    }
    let on_number = {
        let form = form.clone();
        Callback::from(move |number: String| form.update(move |s| s.job_number = number.clone()))
    };
    let on_refer = {
        let form = form.clone();
        let number = props.seeker_number.to_string();
        Callback::from(move |()| {
            if form.busy {
                return;
            }
            let request = match form.request() {
                Ok(request) => request,
                Err(message) => {
                    form.update(move |s| s.error = Some(message.clone()));
                    return;
                }
            };
            form.update(ReferralsState::sending);
            let form = form.clone();
            let number = number.clone();
            api.run(
                async move { ipc::refer_seeker(&number, &request).await },
                move |result| form.update_once(move |s| s.sent(result)),
            );
        })
    };
    html! {
        <ReferralsView state={(*form).clone()} can_refer={props.can_refer}
            on_number={on_number} on_refer={on_refer} />
    }
}
