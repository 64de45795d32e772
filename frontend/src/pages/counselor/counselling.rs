//! 職業相談 on the counter's record (`#seeker-counselling`): the sessions so far, newest first
//! (`li.counselling-session[data-topic]`: 相談日, 内容, 担当, メモ), and the form that records one
//! (`#counselling-form`: 相談日 `#counselling-held-on`, 相談の内容 `#counselling-topic`, メモ
//! `#counselling-note`, 「相談を記録する」 `#record-counselling`). Done: `#counselling-notice`
//! (with the validity after it); refused: under its box or `#counselling-error`.

use shigoto_domain::counselling::MAX_NOTE_CHARS;
use shigoto_i18n::Catalogue;
use shigoto_shared::{CounsellingRecord, CounsellingTopic, SeekerRecord};
use yew::prelude::*;

use crate::components::form_field::{error_under, invalid, on_date, on_text_area, submit};
use crate::components::select::{Select, SelectOption};
use crate::format::date;
use crate::forms::account::Edit;
use crate::forms::counselling::CounsellingState;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct CounsellingProps {
    pub state: CounsellingState,
    pub on_edit: Callback<Edit<CounsellingState>>,
    pub on_record: Callback<()>,
}

/// The box of each field of the form.
fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "held_on" => Some("counselling-held-on"),
        "topic" => Some("counselling-topic"),
        "note" => Some("counselling-note"),
        _ => None,
    }
}

fn line(t: &Catalogue, session: &CounsellingRecord) -> Html {
    html! {
        <li class="activity-row counselling-session" key={session.id}
            data-topic={session.topic.as_str()}>
            <div class="activity-row-main">
                <span>{ t.t_with("counselor-counselling-line", &[("date", date(t, session.held_on).into()), ("topic", session.topic.label_in(t).into())]) }</span>
                <span class="activity-employer">
                    { t.t_with("counselor-counselling-by", &[("office", session.office_name.as_str().into()), ("counselor", session.counselor_name.as_str().into())]) }
                </span>
                if !session.note.is_empty() {
                    <span class="counselling-note">{ session.note.clone() }</span>
                }
            </div>
        </li>
    }
}

#[function_component]
pub fn CounsellingView(props: &CounsellingProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let error = state.error.as_ref();
    let list = match &state.sessions {
        None if state.loading => {
            html! { <p class="hint" role="status">{ t.t("page-loading") }</p> }
        }
        None => html! {},
        Some(sessions) if sessions.is_empty() => html! {
            <p id="no-counselling" class="muted">{ t.t("counselor-counselling-none") }</p>
        },
        Some(sessions) => {
            html! { <ul class="activity-list">{ for sessions.iter().map(|s| line(t, s)) }</ul> }
        }
    };
    let topics: Vec<SelectOption> = std::iter::once(SelectOption::new("", t.t("counselor-choose")))
        .chain(
            CounsellingTopic::ALL
                .iter()
                .map(|topic| SelectOption::new(topic.as_str(), topic.label_in(t))),
        )
        .collect();
    let on_topic = {
        let edit = props.on_edit.clone();
        Callback::from(move |wire: String| {
            edit.emit(Edit::new(move |s: &mut CounsellingState| {
                s.topic = CounsellingTopic::from_wire(&wire);
            }))
        })
    };
    let general = error.filter(|e| e.field.as_deref().and_then(box_id).is_none());
    html! {
        <section id="seeker-counselling" aria-labelledby="seeker-counselling-heading">
            <h3 id="seeker-counselling-heading" class="sheet-section-title">{ t.t("counselor-counselling-heading") }</h3>
            if let Some(error) = &state.load_error {
                <p class="field-error form-error" role="alert">{ error.clone() }</p>
            }
            { list }
            <form id="counselling-form" class="counselling-form" onsubmit={submit(&props.on_record)} novalidate=true>
                <div class="form-row">
                    <label for="counselling-held-on" class="field-label">{ t.t("counselor-counselling-day") }</label>
                    <div>
                        <input type="date" id="counselling-held-on" class="input input-date"
                            value={state.held_on.clone()} aria-invalid={invalid(error, "held_on")}
                            onchange={on_date(&props.on_edit, |s, v| s.held_on = v)} />
                        { error_under(error, "held_on", box_id) }
                    </div>
                </div>
                <div class="form-row">
                    <label for="counselling-topic" class="field-label">{ t.t("counselor-counselling-topic") }</label>
                    <div>
                        <Select id="counselling-topic" value={state.topic.map_or("", |t| t.as_str())}
                            options={topics} onchange={on_topic} invalid={invalid(error, "topic").is_some()} />
                        { error_under(error, "topic", box_id) }
                    </div>
                </div>
                <div class="form-row">
                    <label for="counselling-note" class="field-label">{ t.t("counselor-counselling-note") }</label>
                    <div>
                        <textarea id="counselling-note" class="input textarea" rows="3"
                            value={state.note.clone()} aria-invalid={invalid(error, "note")}
                            oninput={on_text_area(&props.on_edit, |s, v| s.note = v)} />
                        <p class="hint">{ t.t_with("counselor-counselling-note-hint", &[("max", MAX_NOTE_CHARS.to_string().into())]) }</p>
                        { error_under(error, "note", box_id) }
                    </div>
                </div>
                <button type="submit" id="record-counselling" class="button button-primary"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("counselor-counselling-recording") } else { t.t("counselor-counselling-record") } }
                </button>
            </form>
            if let Some(error) = general {
                <p id="counselling-error" class="field-error" role="alert">{ error.message.clone() }</p>
            }
            if let Some(notice) = state.notice {
                <p id="counselling-notice" class="notice" role="status">
                    { t.t_with("counselor-counselling-recorded", &[
                        ("date", date(t, notice.held_on).into()),
                        ("topic", notice.topic.label_in(t).into()),
                        ("valid_until", date(t, notice.valid_until).into()),
                    ]) }
                </p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CounsellingSectionProps {
    pub seeker_number: AttrValue,
    /// Told the seeker's record after a session (its validity may have moved).
    pub on_changed: Callback<SeekerRecord>,
}

/// The 職業相談 of the seeker numbered `seeker_number`, read when shown, and the form.
#[function_component]
pub fn CounsellingSection(props: &CounsellingSectionProps) -> Html {
    let form = use_store::<CounsellingState>();
    let api = use_api();
    {
        let (form, api) = (form.clone(), api.clone());
        use_effect_with(props.seeker_number.clone(), move |number| {
            let today = crate::clock::today();
            form.update(move |s| s.loading(today));
            let form = form.clone();
            let number = number.to_string();
            api.run(
                async move { ipc::counselling_sessions(&number).await },
                move |result| form.update_once(move |s| s.loaded(result)),
            );
        });
    }
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<CounsellingState>| form.update(move |s| edit.apply(s)))
    };
    let on_record = {
        let form = form.clone();
        let number = props.seeker_number.to_string();
        let on_changed = props.on_changed.clone();
        Callback::from(move |()| {
            if form.busy {
                return;
            }
            let request = match form.request() {
                Ok(request) => request,
                Err(error) => {
                    form.update(move |s| s.error = Some(error.clone()));
                    return;
                }
            };
            form.update(CounsellingState::sending);
            let (form, number, on_changed) = (form.clone(), number.clone(), on_changed.clone());
            api.run(
                async move { ipc::record_counselling(&number, &request).await },
                move |result| {
                    form.update_once(move |s| {
                        if let Some(record) = s.sent(result) {
                            on_changed.emit(record);
                        }
                    })
                },
            );
        })
    };
    html! { <CounsellingView state={(*form).clone()} on_edit={on_edit} on_record={on_record} /> }
}
