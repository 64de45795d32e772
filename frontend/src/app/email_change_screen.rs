//! The メールアドレス変更 screen in the app (`View::EmailChange`, for any signed-in account): its
//! actions ([`EmailChangeAction`]), how the root reducer applies them to [`AppState`], the
//! callbacks that call the app's commands, and its markup. Once changed, the account is read
//! again (the header shows the new address) and the app goes back to the screen the change
//! was opened from, with the service's message above it, as the password change does.

use std::rc::Rc;

use shigoto_shared::{AccountInfo, ApiError, ErrorCode, KeySent};
use yew::prelude::*;

use super::{send_form, Action, AppState, View};
use crate::account::{Edit, Session, SESSION_ENDED_NOTICE};
use crate::email_change::{EmailChangeState, EmailChangeStep};
use crate::ipc;
use crate::pages::email_change::{self, EmailChangePage};
use crate::query::FieldError;

/// What can happen on the email change screen.
pub enum EmailChangeAction {
    Edit(Edit<EmailChangeState>),
    Invalid(FieldError),
    Started,
    KeyAnswer(Result<KeySent, ApiError>),
    /// The answer to the key, with the account as read again after a change.
    Answer {
        result: Result<KeySent, ApiError>,
        account: Option<Box<AccountInfo>>,
    },
    /// 「認証キーを再送信する」.
    Restart,
    /// 「キャンセル」.
    Cancel,
}

fn change(action: EmailChangeAction) -> Action {
    Action::EmailChange(action)
}

impl AppState {
    /// Nothing typed for a change (password, key) is kept once its screen is left.
    pub(super) fn leave_email_change_form(&mut self, view: &View) {
        if *view != View::EmailChange {
            self.email_change = EmailChangeState::default();
        }
    }

    /// `Show(View::EmailChange)`: for signed-in accounts only; remembers where to go back.
    pub(super) fn show_email_change(&mut self) -> bool {
        if self.session.account().is_none() {
            return false;
        }
        if self.view != View::EmailChange {
            self.email_change_from = self.view.clone();
            self.email_change = EmailChangeState::default();
        }
        self.view = View::EmailChange;
        self.focus_on("#email-change-new", true);
        true
    }

    /// Back to the earlier screen, with `notice` above it.
    fn leave_email_change(&mut self, notice: Option<String>) {
        self.email_change = EmailChangeState::default();
        let back = std::mem::replace(&mut self.email_change_from, View::Search);
        self.return_to(back, notice);
    }

    /// Applies `action`; false when nothing changed (a late answer, a screen not shown).
    pub(super) fn reduce_email_change(&mut self, action: EmailChangeAction) -> bool {
        match action {
            EmailChangeAction::Edit(edit) => edit.apply(&mut self.email_change),
            EmailChangeAction::Invalid(err) => {
                self.focus_field(err.field.as_deref(), email_change::box_id);
                self.email_change.error = Some(err);
            }
            EmailChangeAction::Started => {
                self.email_change.busy = true;
                self.email_change.error = None;
            }
            EmailChangeAction::KeyAnswer(result) => {
                if !self.email_change.busy
                    || self.view != View::EmailChange
                    || self.email_change.step != EmailChangeStep::Address
                {
                    return false;
                }
                self.answered(&result);
                match result {
                    Ok(sent) => {
                        self.email_change.key_sent(sent);
                        self.focus_on("#email-change-key", true);
                    }
                    Err(err) => self.failed(&err),
                }
            }
            EmailChangeAction::Answer { result, account } => {
                if !self.email_change.busy
                    || self.view != View::EmailChange
                    || self.email_change.step != EmailChangeStep::Key
                {
                    return false;
                }
                self.answered(&result);
                match result {
                    Ok(done) => {
                        let new_email = self.email_change.normalized_email();
                        if let Session::SignedIn(held) = &self.session {
                            let updated = match account {
                                Some(account) => *account,
                                None => AccountInfo {
                                    email: new_email,
                                    ..(**held).clone()
                                },
                            };
                            self.session = Session::SignedIn(Rc::new(updated));
                        }
                        self.leave_email_change(Some(done.message));
                    }
                    Err(err) => self.failed(&err),
                }
            }
            EmailChangeAction::Restart => {
                self.email_change.restart();
                self.focus_on("#email-change-step-heading", true);
            }
            EmailChangeAction::Cancel => {
                if self.view != View::EmailChange {
                    return false;
                }
                self.leave_email_change(None);
            }
        }
        true
    }

    fn failed(&mut self, err: &ApiError) {
        if err.code == ErrorCode::Unauthenticated {
            self.forget_user(SESSION_ENDED_NOTICE);
            return;
        }
        self.email_change.failed(err);
        let field = self
            .email_change
            .error
            .as_ref()
            .and_then(|e| e.field.clone());
        self.focus_field(field.as_deref(), email_change::box_id);
    }
}

/// The email change screen.
pub(super) fn body(state: &UseReducerHandle<AppState>) -> Html {
    let on_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<EmailChangeState>| {
            state.dispatch(change(EmailChangeAction::Edit(edit)))
        })
    };
    let email = state
        .session
        .account()
        .map(|a| a.email.clone())
        .unwrap_or_default();
    let on_send_key = {
        let state = state.clone();
        let email = email.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.email_change.busy,
                state.email_change.request(&email),
                |err| change(EmailChangeAction::Invalid(err)),
                change(EmailChangeAction::Started),
                |request| async move { ipc::request_email_change_key(&request).await },
                |result| change(EmailChangeAction::KeyAnswer(result)),
            );
        })
    };
    let on_confirm = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.email_change.busy,
                state.email_change.confirmation(),
                |err| change(EmailChangeAction::Invalid(err)),
                change(EmailChangeAction::Started),
                |request| async move {
                    let result = ipc::confirm_email_change(&request).await;
                    // The app's account now has the new address: read it for the header.
                    let account = match &result {
                        Ok(_) => ipc::current_account().await.ok().flatten().map(Box::new),
                        Err(_) => None,
                    };
                    (result, account)
                },
                |(result, account)| change(EmailChangeAction::Answer { result, account }),
            );
        })
    };
    let on_restart = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(change(EmailChangeAction::Restart)))
    };
    let on_cancel = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(change(EmailChangeAction::Cancel)))
    };
    html! {
        <EmailChangePage
            state={state.email_change.clone()}
            email={email}
            on_edit={on_edit}
            on_send_key={on_send_key}
            on_confirm={on_confirm}
            on_restart={on_restart}
            on_cancel={on_cancel}
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::Role;

    fn run(state: AppState, actions: Vec<Action>) -> AppState {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn account(email: &str) -> AccountInfo {
        AccountInfo {
            role: Role::Seeker,
            email: email.into(),
            display_name: "北川 陽菜".into(),
            seeker_number: Some("13010-00001-1".into()),
            office_code: None,
            registration: None,
            provisional_until: None,
            employer: None,
        }
    }

    fn sent(message: &str) -> Result<KeySent, ApiError> {
        Ok(KeySent {
            message: message.into(),
        })
    }

    fn at_key_step() -> AppState {
        run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(Some(account("old@example.jp"))))),
                Action::Show(View::Settings),
                Action::Show(View::EmailChange),
                change(EmailChangeAction::Edit(Edit::new(
                    |s: &mut EmailChangeState| {
                        s.new_email = "New@Example.jp".into();
                        s.current_password = "Old#pass1".into();
                    },
                ))),
                change(EmailChangeAction::Started),
                change(EmailChangeAction::KeyAnswer(sent("送信しました"))),
            ],
        )
    }

    #[test]
    fn the_change_is_for_signed_in_accounts_only() {
        let state = run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(None))),
                Action::Show(View::EmailChange),
            ],
        );
        assert_eq!(state.view, View::Search);
    }

    #[test]
    fn a_change_goes_back_with_the_message_and_the_new_address() {
        let state = at_key_step();
        assert_eq!(state.view, View::EmailChange);
        assert_eq!(state.email_change.step, EmailChangeStep::Key);
        assert!(state.email_change.current_password.is_empty());
        assert_eq!(state.focus.selector, "#email-change-key");

        let refused = run(
            state.clone(),
            vec![
                change(EmailChangeAction::Edit(Edit::new(
                    |s: &mut EmailChangeState| s.key = "11111111".into(),
                ))),
                change(EmailChangeAction::Started),
                change(EmailChangeAction::Answer {
                    result: Err(ApiError::new(ErrorCode::InvalidKey, "違います").with_field("key")),
                    account: None,
                }),
            ],
        );
        assert!(refused.email_change.key.is_empty());
        assert_eq!(refused.focus.selector, "#email-change-key");

        let done = run(
            state.clone(),
            vec![
                change(EmailChangeAction::Started),
                change(EmailChangeAction::Answer {
                    result: sent("変更しました"),
                    account: Some(Box::new(account("new@example.jp"))),
                }),
            ],
        );
        assert_eq!(done.view, View::Settings);
        assert_eq!(done.notice.as_deref(), Some("変更しました"));
        assert_eq!(done.focus.selector, "#app-notice");
        assert_eq!(
            done.session.account().map(|a| a.email.as_str()),
            Some("new@example.jp")
        );
        assert_eq!(done.email_change, EmailChangeState::default());

        // Without the account read again, the new address is still shown.
        let unread = run(
            state.clone(),
            vec![
                change(EmailChangeAction::Started),
                change(EmailChangeAction::Answer {
                    result: sent("変更しました"),
                    account: None,
                }),
            ],
        );
        assert_eq!(
            unread.session.account().map(|a| a.email.as_str()),
            Some("new@example.jp")
        );

        let cancelled = run(
            state,
            vec![
                change(EmailChangeAction::Started),
                change(EmailChangeAction::Cancel),
                change(EmailChangeAction::Answer {
                    result: sent("late"),
                    account: None,
                }),
            ],
        );
        assert_eq!(cancelled.view, View::Settings);
        assert_eq!(cancelled.notice, None);
        assert_eq!(
            cancelled.session.account().map(|a| a.email.as_str()),
            Some("old@example.jp")
        );
    }
}
