//! The banner of an employer's postings whose 紹介期限日 is near (`#posting-reminders`), read
//! from this device's copy (the last sync's reminders, counted on the service's day) when shown
//! and every [`REREAD_SECONDS`]: one line a posting (`.posting-reminder[data-posting-id]`) with
//! its 職種, 求人番号, the day and the days left, and while its one extension is unused
//! 「紹介期限を延長する」 (`.reminder-extend`). What an extension did is said in
//! `#posting-reminders-notice`, a refusal in `#posting-reminders-error`; `on_extended` lets the
//! page read its list again. Nothing when no posting ends within two weeks.

use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_i18n::Catalogue;
use shigoto_shared::{Reminder, ReminderKind};
use yew::prelude::*;

use crate::format::date;
use crate::forms::account::error_message;
use crate::hooks::api::use_api;
use crate::hooks::every::{use_every, REREAD_SECONDS};
use crate::ipc;
use crate::state::lang::use_texts;

#[derive(Debug, Clone, PartialEq, Default)]
struct RemindersState {
    postings: Rc<Vec<Reminder>>,
    busy: Option<i64>,
    /// A posting was extended: its new 紹介期限日 (when the answer had one).
    extended: Option<Option<NaiveDate>>,
    error: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct PostingRemindersProps {
    /// A posting was extended: the page reads its list again.
    pub on_extended: Callback<()>,
}

#[function_component]
pub fn PostingReminders(props: &PostingRemindersProps) -> Html {
    let t = use_texts();
    let state = use_state(RemindersState::default);
    let api = use_api();
    let read = {
        let state = state.clone();
        Callback::from(move |()| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(all) = ipc::reminders().await {
                    let postings: Vec<Reminder> = all
                        .into_iter()
                        .filter(|r| r.kind == ReminderKind::Posting)
                        .collect();
                    if *state.postings != postings {
                        state.set(RemindersState {
                            postings: Rc::new(postings),
                            ..(*state).clone()
                        });
                    }
                }
            });
        })
    };
    {
        let read = read.clone();
        use_effect_with((), move |()| read.emit(()));
    }
    use_every(REREAD_SECONDS, read.clone());
    let extend = {
        let (state, on_extended) = (state.clone(), props.on_extended.clone());
        Callback::from(move |id: i64| {
            if state.busy.is_some() {
                return;
            }
            state.set(RemindersState {
                busy: Some(id),
                extended: None,
                error: None,
                ..(*state).clone()
            });
            let (state, read, on_extended) = (state.clone(), read.clone(), on_extended.clone());
            api.run(
                async move {
                    let extended = ipc::extend_employer_posting(id).await;
                    if extended.is_ok() {
                        // The next pull brings the reminders without this posting.
                        let _ = ipc::sync_now().await;
                    }
                    extended
                },
                move |result| {
                    let mut next = RemindersState {
                        busy: None,
                        ..(*state).clone()
                    };
                    match result {
                        Ok(detail) => {
                            next.postings = Rc::new(
                                next.postings
                                    .iter()
                                    .filter(|r| r.posting_id != Some(id))
                                    .cloned()
                                    .collect(),
                            );
                            next.extended = Some(detail.item.referral_deadline);
                            on_extended.emit(());
                        }
                        Err(err) => next.error = Some(error_message(&err)),
                    }
                    state.set(next);
                    read.emit(());
                },
            );
        })
    };
    if state.postings.is_empty() && state.extended.is_none() && state.error.is_none() {
        return html! {};
    }
    html! {
        <section id="posting-reminders" class="reminders" aria-labelledby="posting-reminders-heading">
            <h3 id="posting-reminders-heading" class="reminders-title">
                <span class="caution-mark" aria-hidden="true">{ t.t("employer-reminders-mark") }</span>
                { t.t("employer-reminders-heading") }
            </h3>
            <ul class="reminder-list">
                { for state.postings.iter().map(|reminder| line(t, reminder, state.busy, &extend)) }
            </ul>
            if let Some(until) = state.extended {
                <p id="posting-reminders-notice" class="notice" role="status">
                    { t.t_with("employer-reminders-extended", &[
                        ("date", until.map(|day| date(t, day)).unwrap_or_default().into()),
                    ]) }
                </p>
            }
            if let Some(error) = &state.error {
                <p id="posting-reminders-error" class="field-error" role="alert">{ error.clone() }</p>
            }
        </section>
    }
}

fn line(t: &Catalogue, reminder: &Reminder, busy: Option<i64>, extend: &Callback<i64>) -> Html {
    let id = reminder.posting_id.unwrap_or_default();
    let title = reminder.title.clone().unwrap_or_default();
    let onclick = {
        let extend = extend.clone();
        Callback::from(move |_: MouseEvent| extend.emit(id))
    };
    html! {
        <li class="posting-reminder" data-posting-id={id.to_string()} key={id}>
            <span class="reminder-text">
                { t.t_with("employer-reminders-line", &[
                    ("title", title.clone().into()),
                    ("number", reminder.job_number.clone().unwrap_or_default().into()),
                    ("date", date(t, reminder.ends_on).into()),
                    ("days", reminder.days_left.into()),
                ]) }
                if !reminder.can_extend {
                    { t.t("employer-reminders-extended-once") }
                }
            </span>
            if reminder.can_extend {
                <button type="button" class="button button-primary reminder-extend"
                    disabled={busy.is_some()} aria-busy={(busy == Some(id)).then_some("true")}
                    aria-label={t.t_with("employer-reminders-extend-named", &[("title", title.into())])}
                    onclick={onclick}>
                    { if busy == Some(id) { t.t("employer-reminders-extending") } else { t.t("employer-reminders-extend") } }
                </button>
            }
        </li>
    }
}
