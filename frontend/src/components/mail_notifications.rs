//! メールでのお知らせ (`#mail-notifications`): whether the signed-in job seeker or employer gets
//! mails when a message, an introduction, an application or a selection's result arrives
//! (`#notification-mails`), and for a job seeker the daily mail of new postings for the saved
//! searches marked 新着をお知らせ (`#new-jobs-digest`, off unless asked for). Each box is saved as
//! soon as it changes; `#notification-mails-saved` says what was saved, a failure is
//! `#notification-mails-error` with the boxes back as they were.

use shigoto_domain::new_jobs::DAILY_MAILS_HOUR_JST;
use shigoto_shared::NotificationSettings;
use yew::prelude::*;

use crate::forms::account::error_message;
use crate::hooks::api::use_api;
use crate::ipc;
use crate::state::lang::use_texts;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct MailState {
    /// As the service has it (unknown until read).
    settings: Option<NotificationSettings>,
    busy: bool,
    /// What was saved: the box and whether it is now ticked.
    saved: Option<(MailBox, bool)>,
    error: Option<String>,
}

/// Which box changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MailBox {
    Events,
    Digest,
}

impl MailBox {
    fn apply(self, settings: NotificationSettings, on: bool) -> NotificationSettings {
        match self {
            MailBox::Events => NotificationSettings {
                mails: on,
                ..settings
            },
            MailBox::Digest => NotificationSettings {
                new_jobs_digest: on,
                ..settings
            },
        }
    }

    /// The key of what is said once the box was saved (the digest's may name `$hour`).
    fn saved_key(self, on: bool) -> &'static str {
        match (self, on) {
            (MailBox::Events, true) => shigoto_i18n::key!("account-mails-events-on"),
            (MailBox::Events, false) => shigoto_i18n::key!("account-mails-events-off"),
            (MailBox::Digest, true) => shigoto_i18n::key!("account-mails-digest-on"),
            (MailBox::Digest, false) => shigoto_i18n::key!("account-mails-digest-off"),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct MailNotificationsProps {
    /// A job seeker also chooses the daily mail of new postings.
    #[prop_or_default]
    pub seeker: bool,
}

#[function_component]
pub fn MailNotifications(props: &MailNotificationsProps) -> Html {
    let t = use_texts();
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
                        Ok(settings) => next.settings = Some(settings),
                        Err(err) => next.error = Some(error_message(&err)),
                    }
                    state.set(next);
                },
            );
        });
    }
    let on_change = |changed: MailBox| {
        let (state, api) = (state.clone(), api.clone());
        Callback::from(move |event: Event| {
            let Some(before) = state.settings.filter(|_| !state.busy) else {
                return;
            };
            let on = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let wanted = changed.apply(before, on);
            state.set(MailState {
                busy: true,
                settings: Some(wanted),
                ..MailState::default()
            });
            let state = state.clone();
            api.run(
                async move { ipc::set_notification_settings(&wanted).await },
                move |result| {
                    state.set(match result {
                        Ok(settings) => MailState {
                            settings: Some(settings),
                            saved: Some((changed, on)),
                            ..MailState::default()
                        },
                        Err(err) => MailState {
                            settings: Some(before),
                            error: Some(error_message(&err)),
                            ..MailState::default()
                        },
                    });
                },
            );
        })
    };
    let settings = state.settings.unwrap_or(NotificationSettings {
        mails: false,
        new_jobs_digest: false,
    });
    let disabled = state.settings.is_none() || state.busy;
    html! {
        <section id="mail-notifications" class="panel" aria-labelledby="mail-notifications-heading">
            <h2 id="mail-notifications-heading" class="panel-title">{ t.t("account-mails-heading") }</h2>
            <label class="choice" for="notification-mails">
                <input type="checkbox" id="notification-mails" checked={settings.mails}
                    disabled={disabled} onchange={on_change(MailBox::Events)} />
                { t.t("account-mails-events") }
            </label>
            <p class="hint">{ t.t("account-mails-events-hint") }</p>
            if props.seeker {
                <label class="choice" for="new-jobs-digest">
                    <input type="checkbox" id="new-jobs-digest" checked={settings.new_jobs_digest}
                        disabled={disabled} onchange={on_change(MailBox::Digest)} />
                    { t.t("account-mails-digest") }
                </label>
                <p class="hint">
                    { t.t("account-mails-digest-hint") }
                </p>
            }
            if let Some((changed, on)) = state.saved {
                <p id="notification-mails-saved" class="notice" role="status">
                    { t.t_with(changed.saved_key(on), &[("hour", DAILY_MAILS_HOUR_JST.into())]) }
                </p>
            }
            if let Some(error) = &state.error {
                <p id="notification-mails-error" class="field-error" role="alert">{ error.clone() }</p>
            }
        </section>
    }
}
