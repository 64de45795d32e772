//! オンライン職業紹介 and おすすめ求人 from the counter's record (`#seeker-introduce`): the
//! posting's 求人番号 (`#introduce-job-number`), the kind (`#introduce-kind`), a note to the
//! seeker (`#introduce-note`) and 「紹介を送る」 (`#send-introduction`). Sent: `#introduce-notice`;
//! refused: under its box or `#introduce-error`.

use shigoto_domain::introduction::MAX_NOTE_CHARS;
use shigoto_shared::IntroductionKind;
use yew::prelude::*;

use crate::components::form_field::{error_under, invalid, on_text, on_text_area, submit};
use crate::components::select::{Select, SelectOption};
use crate::forms::account::Edit;
use crate::forms::introductions::IntroduceState;
use crate::hooks::api::use_submit;
use crate::ipc;
use crate::state::lang::use_texts;
use crate::state::store::{use_store, Update};

#[derive(Properties, PartialEq)]
pub struct IntroduceProps {
    pub state: IntroduceState,
    pub on_edit: Callback<Edit<IntroduceState>>,
    pub on_send: Callback<()>,
}

/// The box of each field of the form.
fn box_id(field: &str) -> Option<&'static str> {
    match field {
        "job_number" => Some("introduce-job-number"),
        "note" => Some("introduce-note"),
        _ => None,
    }
}

#[function_component]
pub fn IntroduceView(props: &IntroduceProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let error = state.error.as_ref();
    let kinds: Vec<SelectOption> = IntroductionKind::ALL
        .iter()
        .map(|kind| SelectOption::new(kind.as_str(), kind.label_in(t)))
        .collect();
    let on_kind = {
        let edit = props.on_edit.clone();
        Callback::from(move |wire: String| {
            edit.emit(Edit::new(move |s: &mut IntroduceState| {
                if let Some(kind) = IntroductionKind::from_wire(&wire) {
                    s.kind = kind;
                }
            }))
        })
    };
    let hint = match state.kind {
        IntroductionKind::Referral => t.t("counselor-introduce-referral-hint"),
        IntroductionKind::Recommendation => t.t("counselor-introduce-recommendation-hint"),
    };
    let general = error.filter(|e| e.field.as_deref().and_then(box_id).is_none());
    html! {
        <section id="seeker-introduce" aria-labelledby="seeker-introduce-heading">
            <h3 id="seeker-introduce-heading" class="sheet-section-title">{ t.t("counselor-introduce-heading") }</h3>
            <form id="introduce-form" class="counselling-form" onsubmit={submit(&props.on_send)} novalidate=true>
                <div class="form-row">
                    <label for="introduce-job-number" class="field-label">{ t.t("sheet-job-number") }</label>
                    <div>
                        <input id="introduce-job-number" class="input" inputmode="numeric"
                            placeholder="13010-12345678" value={state.job_number.clone()}
                            aria-invalid={invalid(error, "job_number")}
                            oninput={on_text(&props.on_edit, |s: &mut IntroduceState, v| s.job_number = v)} />
                        { error_under(error, "job_number", box_id) }
                    </div>
                </div>
                <div class="form-row">
                    <label for="introduce-kind" class="field-label">{ t.t("counselor-introduce-kind") }</label>
                    <div>
                        <Select id="introduce-kind" value={state.kind.as_str()} options={kinds} onchange={on_kind} />
                        <p class="hint">{ hint }</p>
                    </div>
                </div>
                <div class="form-row">
                    <label for="introduce-note" class="field-label">{ t.t("counselor-introduce-note") }</label>
                    <div>
                        <textarea id="introduce-note" class="input textarea" rows="3"
                            value={state.note.clone()} aria-invalid={invalid(error, "note")}
                            oninput={on_text_area(&props.on_edit, |s, v| s.note = v)} />
                        <p class="hint">{ t.t_with("counselor-introduce-note-hint", &[("max", MAX_NOTE_CHARS.into())]) }</p>
                        { error_under(error, "note", box_id) }
                    </div>
                </div>
                <button type="submit" id="send-introduction" class="button button-primary"
                    disabled={state.busy} aria-busy={state.busy.then_some("true")}>
                    { if state.busy { t.t("counselor-introduce-sending") } else { t.t("counselor-introduce-send") } }
                </button>
            </form>
            if let Some(error) = general {
                <p id="introduce-error" class="field-error" role="alert">{ error.message.clone() }</p>
            }
            if let Some(notice) = &state.notice {
                <p id="introduce-notice" class="notice" role="status">{ notice.clone() }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct IntroduceSectionProps {
    pub seeker_number: AttrValue,
}

/// The form for the seeker numbered `seeker_number`.
#[function_component]
pub fn IntroduceSection(props: &IntroduceSectionProps) -> Html {
    let t = use_texts();
    let form = use_store::<IntroduceState>();
    let submit = use_submit(&form, box_id, "#seeker-introduce-heading");
    let on_edit = {
        let form = form.clone();
        Callback::from(move |edit: Edit<IntroduceState>| form.update(move |s| edit.apply(s)))
    };
    let on_send = {
        let number = props.seeker_number.to_string();
        Callback::from(move |()| {
            let number = number.clone();
            submit.send(
                submit.form().request(),
                move |request| async move { ipc::introduce_job(&number, &request).await },
                move |state: &mut IntroduceState, answer| state.sent(t, answer),
                None,
            );
        })
    };
    html! { <IntroduceView state={(*form).clone()} on_edit={on_edit} on_send={on_send} /> }
}
