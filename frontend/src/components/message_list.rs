//! The messages of a thread, oldest first (`ol.message-list`, each `li.message[data-side]`):
//! who wrote, when (Japan time) and the text as written, line breaks kept and never read as
//! markup, and for a counselor's introduction 「求人票を見る」 (`.message-job`); then the reader's messages written on this device that the service does not have
//! yet (`li.message-waiting`, 「送信待ち」).

use shigoto_i18n::Catalogue;
use shigoto_shared::{MessageSide, ThreadMessage, WaitingMessage};
use yew::prelude::*;

use crate::format::date;
use crate::forms::mypage::SheetReturn;
use crate::pages::search::open_job;
use crate::state::lang::use_texts;
use yew_router::prelude::use_navigator;

/// A time the service keeps in UTC, as Japan's time (UTC+9 all year) with the date as the
/// language writes it: 「2026年11月25日 10:30」, "25 November 2026 10:30".
pub fn jst_datetime_in(t: &Catalogue, utc: chrono::NaiveDateTime) -> String {
    let jst = utc + shigoto_domain::japan_time::JST_OFFSET;
    format!("{} {}", date(t, jst.date()), jst.format("%H:%M"))
}

#[derive(Properties, PartialEq)]
pub struct MessageListProps {
    pub messages: Vec<ThreadMessage>,
    /// Written here, not yet stored by the service.
    #[prop_or_default]
    pub waiting: Vec<WaitingMessage>,
    /// The reader's side: their own messages are set apart.
    pub own_side: MessageSide,
}

#[function_component]
pub fn MessageList(props: &MessageListProps) -> Html {
    let t = use_texts();
    let navigator = use_navigator();
    let open = |job: &String| {
        let (navigator, job) = (navigator.clone(), job.clone());
        Callback::from(move |_: MouseEvent| {
            open_job(&navigator, job.clone(), SheetReturn::Messages)
        })
    };
    if props.messages.is_empty() && props.waiting.is_empty() {
        return html! { <p id="no-messages" class="muted">{ t.t("messages-none") }</p> };
    }
    html! {
        <ol class="message-list">
            { for props.messages.iter().map(|message| {
                let own = message.side == props.own_side;
                html! {
                    <li key={message.id} class={classes!("message", own.then_some("message-own"))}
                        data-side={message.side.as_str()}>
                        <p class="message-meta">
                            <span class="message-sender">{ message.sender_name.clone() }</span>
                            <time class="message-time">{ jst_datetime_in(t, message.sent_at) }</time>
                        </p>
                        <p class="message-body">{ message.body.clone() }</p>
                        if let Some(job) = &message.job_number {
                            <button type="button" class="button button-secondary message-job"
                                data-job-number={job.clone()} onclick={open(job)}>
                                { t.t("messages-open-job") }
                            </button>
                        }
                    </li>
                }
            }) }
            { for props.waiting.iter().map(|waiting| html! {
                <li key={waiting.key.clone()} class="message message-own message-waiting"
                    data-side={props.own_side.as_str()}>
                    <p class="message-meta">
                        <span class="message-sender">{ t.t("messages-you") }</span>
                        <time class="message-time">{ jst_datetime_in(t, waiting.written_at) }</time>
                        <span class="badge message-waiting-label">{ t.t("messages-waiting") }</span>
                    </p>
                    <p class="message-body">{ waiting.body.clone() }</p>
                </li>
            }) }
        </ol>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_said_in_japan_time_as_the_language_writes_dates() {
        let utc = chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
            .and_then(|d| d.and_hms_opt(1, 30, 0))
            .unwrap_or_default();
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert_eq!(jst_datetime_in(ja, utc), crate::format::jst_datetime(utc));
        assert_eq!(jst_datetime_in(en, utc), "25 November 2026 10:30");
    }
}
