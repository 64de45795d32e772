//! メールでのお知らせ (`#mail-notifications`): whether the signed-in job seeker or employer gets
//! mails when a message, an introduction, an application or a selection's result arrives
//! (`#notification-mails`, saved as soon as it changes; `#notification-mails-saved` says so, a
//! failure is `#notification-mails-error` with the box back as it was).

use shigoto_shared::NotificationSettings;
use yew::prelude::*;

use crate::forms::account::error_message;
use crate::hooks::api::use_api;
use crate::ipc;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct MailState {
    /// As the service has it (unknown until read).
    mails: Option<bool>,
    busy: bool,
    saved: Option<bool>,
    error: Option<String>,
}

#[function_component]
pub fn MailNotifications() -> Html {
    let state = use_state(MailState::default);
    let api = use_api();
    {
        let (state, api) = (state.clone(), api.clone());
        use_effect_with((), move |()| {
            api.run(
                async { ipc::notification_settings().await },
                move |result| {
                    let mut next = (*state).clone();
                    match result {
                        Ok(settings) => next.mails = Some(settings.mails),
                        Err(err) => next.error = Some(error_message(&err)),
                    }
                    state.set(next);
                },
            );
        });
    }
    let on_change = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            if state.busy {
                return;
            }
            let wanted = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            state.set(MailState {
                busy: true,
                mails: Some(wanted),
                ..MailState::default()
            });
            let state = state.clone();
            api.run(
                async move {
                    ipc::set_notification_settings(&NotificationSettings { mails: wanted }).await
                },
                move |result| {
                    state.set(match result {
                        Ok(settings) => MailState {
                            mails: Some(settings.mails),
                            saved: Some(settings.mails),
                            ..MailState::default()
                        },
                        Err(err) => MailState {
                            mails: Some(!wanted),
                            error: Some(error_message(&err)),
                            ..MailState::default()
                        },
                    });
                },
            );
        })
    };
    html! {
        <section id="mail-notifications" class="panel" aria-labelledby="mail-notifications-heading">
            <h2 id="mail-notifications-heading" class="panel-title">{ "メールでのお知らせ" }</h2>
            <label class="choice" for="notification-mails">
                <input type="checkbox" id="notification-mails" checked={state.mails.unwrap_or(false)}
                    disabled={state.mails.is_none() || state.busy} onchange={on_change} />
                { "新しいメッセージ、ハローワークからの紹介、応募、選考結果をメールでお知らせする" }
            </label>
            <p class="hint">{ "メールには「お知らせがあること」だけを書き、内容はアプリでご確認いただきます。" }</p>
            if let Some(saved) = state.saved {
                <p id="notification-mails-saved" class="notice" role="status">
                    { if saved { "お知らせメールを受け取る設定にしました。" } else { "お知らせメールを停止しました。" } }
                </p>
            }
            if let Some(error) = &state.error {
                <p id="notification-mails-error" class="field-error" role="alert">{ error.clone() }</p>
            }
        </section>
    }
}
