//! The banner of an employer's postings whose 紹介期限日 is near (`#posting-reminders`), read
//! from this device's copy (the last sync's reminders, counted on the service's day) when shown
//! and every [`REREAD_SECONDS`]: one line a posting (`.posting-reminder[data-posting-id]`) with
//! its 職種, 求人番号, the day and the days left, and while its one extension is unused
//! 「紹介期限を延長する」 (`.reminder-extend`). What an extension did is said in
//! `#posting-reminders-notice`, a refusal in `#posting-reminders-error`; `on_extended` lets the
//! page read its list again. Nothing when no posting ends within two weeks.

use std::rc::Rc;

use shigoto_shared::{Reminder, ReminderKind};
use yew::prelude::*;

use crate::format::date_ja;
use crate::forms::account::error_message;
use crate::hooks::api::use_api;
use crate::hooks::every::{use_every, REREAD_SECONDS};
use crate::ipc;

#[derive(Debug, Clone, PartialEq, Default)]
struct RemindersState {
    postings: Rc<Vec<Reminder>>,
    busy: Option<i64>,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct PostingRemindersProps {
    /// A posting was extended: the page reads its list again.
    pub on_extended: Callback<()>,
}

#[function_component]
pub fn PostingReminders(props: &PostingRemindersProps) -> Html {
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
                notice: None,
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
                            let until = detail
                                .item
                                .referral_deadline
                                .map(date_ja)
                                .unwrap_or_default();
                            next.postings = Rc::new(
                                next.postings
                                    .iter()
                                    .filter(|r| r.posting_id != Some(id))
                                    .cloned()
                                    .collect(),
                            );
                            next.notice = Some(format!("紹介期限日を{until}まで延長しました。"));
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
    if state.postings.is_empty() && state.notice.is_none() && state.error.is_none() {
        return html! {};
    }
    html! {
        <section id="posting-reminders" class="reminders" aria-labelledby="posting-reminders-heading">
            <h3 id="posting-reminders-heading" class="reminders-title">
                <span class="caution-mark" aria-hidden="true">{ "！" }</span>
                { "紹介期限日が近い求人" }
            </h3>
            <ul class="reminder-list">
                { for state.postings.iter().map(|reminder| line(reminder, state.busy, &extend)) }
            </ul>
            if let Some(notice) = &state.notice {
                <p id="posting-reminders-notice" class="notice" role="status">{ notice.clone() }</p>
            }
            if let Some(error) = &state.error {
                <p id="posting-reminders-error" class="field-error" role="alert">{ error.clone() }</p>
            }
        </section>
    }
}

fn line(reminder: &Reminder, busy: Option<i64>, extend: &Callback<i64>) -> Html {
    let id = reminder.posting_id.unwrap_or_default();
    let title = reminder.title.clone().unwrap_or_default();
    let onclick = {
        let extend = extend.clone();
        Callback::from(move |_: MouseEvent| extend.emit(id))
    };
    html! {
        <li class="posting-reminder" data-posting-id={id.to_string()} key={id}>
            <span class="reminder-text">
                { format!(
                    "{title}（求人番号 {}）の紹介期限日は{}です（あと{}日）。",
                    reminder.job_number.clone().unwrap_or_default(),
                    date_ja(reminder.ends_on),
                    reminder.days_left
                ) }
                if !reminder.can_extend {
                    { "延長済みのため、続けて募集するには新しく申し込んでください。" }
                }
            </span>
            if reminder.can_extend {
                <button type="button" class="button button-primary reminder-extend"
                    disabled={busy.is_some()} aria-busy={(busy == Some(id)).then_some("true")}
                    aria-label={format!("{title}の紹介期限を延長する")} onclick={onclick}>
                    { if busy == Some(id) { "延長しています…" } else { "紹介期限を延長する（1回だけ）" } }
                </button>
            }
        </li>
    }
}
