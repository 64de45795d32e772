//! 求職活動実績の出力 on 求職活動状況 (`#activity-report`): the period (`#report-from`,
//! `#report-to`, this month by default) and 「PDFで保存」 (`#report-pdf`) or 「CSVで保存」
//! (`#report-csv`); where the file went is `#report-saved`, a refusal `#report-error`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::form_field::click;
use crate::forms::application::ReportState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::pages::search::today;
use crate::state::lang::use_texts;
use crate::state::store::{use_store_with, Update};

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub state: ReportState,
    pub on_from: Callback<String>,
    pub on_to: Callback<String>,
    /// Save, as a PDF (`true`) or a CSV.
    pub on_save: Callback<bool>,
}

fn on_date(cb: &Callback<String>) -> Callback<Event> {
    let cb = cb.clone();
    Callback::from(move |event: Event| {
        cb.emit(event.target_unchecked_into::<HtmlInputElement>().value())
    })
}

#[function_component]
pub fn ReportView(props: &ReportProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    html! {
        <section id="activity-report" class="activity-card activity-report" aria-labelledby="activity-report-heading">
            <h3 id="activity-report-heading" class="activity-title">{ t.t("seeker-report-heading") }</h3>
            <p class="hint">{ t.t("seeker-report-hint") }</p>
            <div class="inline-form">
                <label for="report-from" class="field-label">{ t.t("seeker-report-period") }</label>
                <input type="date" id="report-from" class="input" value={state.from.clone()}
                    onchange={on_date(&props.on_from)} />
                <span aria-hidden="true">{ t.t("seeker-report-range") }</span>
                <label for="report-to" class="visually-hidden">{ t.t("seeker-report-to") }</label>
                <input type="date" id="report-to" class="input" value={state.to.clone()}
                    onchange={on_date(&props.on_to)} />
                <button type="button" id="report-pdf" class="button button-primary" disabled={state.busy}
                    aria-busy={state.busy.then_some("true")} onclick={click(&props.on_save, true)}>
                    { t.t("seeker-report-pdf") }
                </button>
                <button type="button" id="report-csv" class="button button-secondary" disabled={state.busy}
                    onclick={click(&props.on_save, false)}>
                    { t.t("seeker-report-csv") }
                </button>
            </div>
            { match &state.saved {
                Some(Ok(saved)) => html! {
                    <p id="report-saved" class="notice" role="status">
                        { t.t_with("seeker-report-saved", &[
                            ("path", saved.path.as_str().into()),
                            ("size", crate::format::file_size(saved.bytes).into()),
                        ]) }
                    </p>
                },
                Some(Err(message)) => html! {
                    <p id="report-error" class="field-error" role="alert">{ message.clone() }</p>
                },
                None => html! {},
            } }
        </section>
    }
}

/// The report part of 求職活動状況.
#[function_component]
pub fn ReportSection() -> Html {
    let t = use_texts();
    let form = use_store_with(|| ReportState::this_month(today()));
    let api = use_api();
    let on_from = {
        let form = form.clone();
        Callback::from(move |value: String| form.update(move |s| s.from = value.clone()))
    };
    let on_to = {
        let form = form.clone();
        Callback::from(move |value: String| form.update(move |s| s.to = value.clone()))
    };
    let on_save = {
        let form = form.clone();
        Callback::from(move |pdf: bool| {
            if form.busy {
                return;
            }
            let (from, to) = match form.period() {
                Ok(period) => period,
                Err(refused) => {
                    let message = refused.text(t);
                    form.update(move |s| s.saved = Some(Err(message.clone())));
                    return;
                }
            };
            form.update(ReportState::saving);
            let form = form.clone();
            api.run(
                async move { ipc::save_activity_report(from, to, pdf).await },
                move |result| form.update_once(move |s| s.done(result)),
            );
        })
    };
    html! { <ReportView state={(*form).clone()} on_from={on_from} on_to={on_to} on_save={on_save} /> }
}
