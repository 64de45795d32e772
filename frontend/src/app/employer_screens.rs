//! The 求人者マイページ's screens in the app: their actions ([`EmployerAction`]), how the root
//! reducer applies them to [`AppState`], the callbacks that call the app's commands, and the
//! screens' markup: the opening (`View::EmployerOpening`, from the login screen), the
//! employer's home (`View::EmployerHome`, where an employer lands after signing in) and the
//! counselors' 事業所登録の審査 (`View::EmployerReview`).
//!
//! As everywhere in the app, answers that arrive for a form no longer waiting (its `busy` flag,
//! its step, the screen shown) are dropped, and an ended session goes back to the login.

use std::rc::Rc;

use shigoto_shared::{ApiError, EmployerApplication, EmployerRegistration, ErrorCode, KeySent};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::{send_form, Action, AppState, View};
use crate::account::{Edit, Session, SESSION_ENDED_NOTICE};
use crate::employer::{
    DecisionKind, EmployerHomeState, EmployerOpeningState, EmployerOpeningStep,
    EmployerReviewState, ProfileForm, EMPLOYER_OPENED_NOTICE,
};
use crate::ipc;
use crate::pages::employer_home::{self, EmployerHomePage};
use crate::pages::employer_opening::{self, EmployerOpeningPage};
use crate::pages::employer_review::EmployerReviewPage;
use crate::query::FieldError;

/// What can happen on the employer screens.
pub enum EmployerAction {
    EditOpening(Edit<EmployerOpeningState>),
    /// 「次へ」, 「戻る」, 「認証キーを再送信する」 of the opening.
    OpeningGoTo(EmployerOpeningStep),
    OpeningInvalid(FieldError),
    OpeningStarted,
    OpeningKeyAnswer(Result<KeySent, ApiError>),
    OpeningAnswer(Result<KeySent, ApiError>),
    /// 「ログイン画面へ」 at the end of the opening, or 「ログイン画面に戻る」.
    OpeningToLogin,
    /// `employer_registration` was asked (on showing the home or 「最新の情報に更新」).
    HomeLoading,
    HomeLoaded(Box<Result<EmployerRegistration, ApiError>>),
    /// Typing in the form that corrects a returned registration.
    EditProfile(Edit<ProfileForm>),
    RefileInvalid(FieldError),
    RefileStarted,
    RefileAnswer(Box<Result<EmployerRegistration, ApiError>>),
    /// `list_employer_applications` was asked (on showing the list, 「最新の情報に更新」, or after
    /// a decision).
    ReviewLoading,
    ReviewLoaded(Result<Vec<EmployerApplication>, ApiError>),
    /// Typing the reason of a 返戻 for the registration of this id.
    EditReason(i64, String),
    ReturnInvalid(i64, FieldError),
    DecisionStarted(i64),
    DecisionAnswer {
        id: i64,
        kind: DecisionKind,
        result: Box<Result<EmployerApplication, ApiError>>,
    },
}

fn employer(action: EmployerAction) -> Action {
    Action::Employer(action)
}

impl AppState {
    /// The opening's secrets are not kept once its screen is left.
    pub(super) fn leave_employer_forms(&mut self, view: &View) {
        if *view != View::EmployerOpening {
            self.employer_opening = EmployerOpeningState::default();
        }
    }

    /// `Show` of one of the employer screens; false when it is not for this user.
    pub(super) fn show_employer_view(&mut self, view: View) -> bool {
        match view {
            View::EmployerOpening => {
                // A password typed at the login is not kept while away from it.
                self.login.password.clear();
                self.employer_opening = EmployerOpeningState::default();
                self.focus_on("#employer-opening-step-heading", true);
            }
            View::EmployerHome if self.session.is_employer() => {
                self.focus_on("#employer-home-heading", true);
            }
            View::EmployerReview if self.session.is_counselor() => {
                self.focus_on("#employer-review-heading", true);
            }
            _ => return false,
        }
        self.view = view;
        true
    }

    /// A fresh start of the employer screens for the account just signed in: an employer's home
    /// shows the registration the sign-in answered with.
    pub(super) fn employer_signed_in(&mut self, account: &shigoto_shared::AccountInfo) {
        self.employer_opening = EmployerOpeningState::default();
        self.employer_review = EmployerReviewState::default();
        self.employer_home = EmployerHomeState::of(account.employer.as_ref());
    }

    /// The signed-in employer's account follows the registration read or filed (its name is the
    /// 事業所名, shown in the header).
    fn follow_registration(&mut self, registration: &EmployerRegistration) {
        if let Session::SignedIn(account) = &self.session {
            let mut account = (**account).clone();
            account.display_name = registration.profile.name.clone();
            account.employer = Some(registration.clone());
            self.session = Session::SignedIn(Rc::new(account));
        }
    }

    /// Applies `action`; false when nothing changed (a late answer, a screen not shown).
    pub(super) fn reduce_employer(&mut self, action: EmployerAction) -> bool {
        match action {
            EmployerAction::EditOpening(edit) => edit.apply(&mut self.employer_opening),
            EmployerAction::OpeningGoTo(step) => {
                self.employer_opening.go_to(step);
                self.focus_on("#employer-opening-step-heading", true);
            }
            EmployerAction::OpeningInvalid(err) => {
                self.focus_field(err.field.as_deref(), employer_opening::box_id);
                self.employer_opening.error = Some(err);
            }
            EmployerAction::OpeningStarted => {
                self.employer_opening.busy = true;
                self.employer_opening.error = None;
            }
            EmployerAction::OpeningKeyAnswer(result) => {
                let opening = &self.employer_opening;
                if !opening.busy || opening.step != EmployerOpeningStep::Email {
                    return false;
                }
                self.answered(&result);
                match result {
                    Ok(sent) => {
                        self.employer_opening.key_sent(sent);
                        self.focus_on("#employer-opening-step-heading", true);
                    }
                    Err(err) => self.opening_failed(&err),
                }
            }
            EmployerAction::OpeningAnswer(result) => {
                let opening = &self.employer_opening;
                if !opening.busy || opening.step != EmployerOpeningStep::Key {
                    return false;
                }
                self.answered(&result);
                match result {
                    Ok(done) => {
                        self.employer_opening.completed(done);
                        self.focus_on("#employer-opening-step-heading", true);
                    }
                    Err(err) => self.opening_failed(&err),
                }
            }
            EmployerAction::OpeningToLogin => {
                let opened = self.employer_opening.step == EmployerOpeningStep::Done;
                self.employer_opening = EmployerOpeningState::default();
                self.show_login(opened.then_some(EMPLOYER_OPENED_NOTICE));
            }
            EmployerAction::HomeLoading => {
                if self.view != View::EmployerHome {
                    return false;
                }
                self.employer_home.loading();
            }
            EmployerAction::HomeLoaded(result) => {
                if !self.employer_home.loading {
                    return false;
                }
                self.answered(&result);
                match *result {
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        self.forget_user(SESSION_ENDED_NOTICE);
                    }
                    result => {
                        if let Ok(registration) = &result {
                            self.follow_registration(registration);
                        }
                        self.employer_home.loaded(result);
                    }
                }
            }
            EmployerAction::EditProfile(edit) => edit.apply(&mut self.employer_home.form),
            EmployerAction::RefileInvalid(err) => {
                self.focus_field(err.field.as_deref(), employer_home::box_id);
                self.employer_home.error = Some(err);
            }
            EmployerAction::RefileStarted => self.employer_home.refiling(),
            EmployerAction::RefileAnswer(result) => {
                if !self.employer_home.busy || self.view != View::EmployerHome {
                    return false;
                }
                self.answered(&result);
                match *result {
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        self.forget_user(SESSION_ENDED_NOTICE);
                    }
                    Ok(registration) => {
                        self.follow_registration(&registration);
                        self.employer_home.refiled(Ok(registration));
                        self.focus_on("#employer-notice", true);
                    }
                    Err(err) => {
                        self.employer_home.refiled(Err(err));
                        let field = self
                            .employer_home
                            .error
                            .as_ref()
                            .and_then(|e| e.field.clone());
                        self.focus_field(field.as_deref(), employer_home::box_id);
                    }
                }
            }
            EmployerAction::ReviewLoading => {
                if self.view != View::EmployerReview {
                    return false;
                }
                self.employer_review.loading();
            }
            EmployerAction::ReviewLoaded(result) => {
                if !self.employer_review.loading {
                    return false;
                }
                self.answered(&result);
                match result {
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        self.forget_user(SESSION_ENDED_NOTICE);
                    }
                    result => self.employer_review.loaded(result),
                }
            }
            EmployerAction::EditReason(id, reason) => self.employer_review.edit_reason(id, reason),
            EmployerAction::ReturnInvalid(id, err) => {
                self.employer_review.invalid(id, err);
                self.focus_on(&format!("#return-reason-{id}"), false);
            }
            EmployerAction::DecisionStarted(id) => {
                if !self.employer_review.deciding(id) {
                    return false;
                }
            }
            EmployerAction::DecisionAnswer { id, kind, result } => {
                self.answered(&result);
                match *result {
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        self.forget_user(SESSION_ENDED_NOTICE);
                    }
                    result => {
                        let decided = result.is_ok();
                        self.employer_review.decided(id, kind, result);
                        if decided && self.view == View::EmployerReview {
                            self.focus_on("#employer-review-result", true);
                        }
                    }
                }
            }
        }
        true
    }

    /// The service refused a step of the opening: back to step 1 for the agreement, else the
    /// focus goes to the box at fault.
    fn opening_failed(&mut self, err: &ApiError) {
        self.employer_opening.failed(err);
        if self.employer_opening.step == EmployerOpeningStep::Terms {
            self.focus_on("#employer-opening-step-heading", true);
        } else {
            let field = self
                .employer_opening
                .error
                .as_ref()
                .and_then(|e| e.field.clone());
            self.focus_field(field.as_deref(), employer_opening::box_id);
        }
    }
}

/// Reads the employer's registration afresh.
fn load_home(state: &UseReducerHandle<AppState>) {
    state.dispatch(employer(EmployerAction::HomeLoading));
    let state = state.clone();
    spawn_local(async move {
        let result = ipc::employer_registration().await;
        state.dispatch(employer(EmployerAction::HomeLoaded(Box::new(result))));
    });
}

/// Reads the list of registrations to review afresh.
fn load_review(state: &UseReducerHandle<AppState>) {
    state.dispatch(employer(EmployerAction::ReviewLoading));
    let state = state.clone();
    spawn_local(async move {
        let result = ipc::list_employer_applications().await;
        state.dispatch(employer(EmployerAction::ReviewLoaded(result)));
    });
}

/// 「求人者マイページ」 in the menu: the employer's home, read afresh.
pub(super) fn open_home(state: &UseReducerHandle<AppState>) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |()| {
        if !state.session.is_employer() {
            return;
        }
        state.dispatch(Action::Show(View::EmployerHome));
        load_home(&state);
    })
}

/// 「事業所登録の審査」 in the menu: the counselor's list, read afresh.
pub(super) fn open_review(state: &UseReducerHandle<AppState>) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |()| {
        if !state.session.is_counselor() {
            return;
        }
        state.dispatch(Action::Show(View::EmployerReview));
        load_review(&state);
    })
}

/// The screen of `state.view`, when it is one of the employer screens.
pub(super) fn body(state: &UseReducerHandle<AppState>) -> Html {
    match state.view {
        View::EmployerOpening => opening(state),
        View::EmployerHome => home(state),
        View::EmployerReview => review(state),
        _ => html! {},
    }
}

fn opening(state: &UseReducerHandle<AppState>) -> Html {
    let on_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<EmployerOpeningState>| {
            state.dispatch(employer(EmployerAction::EditOpening(edit)))
        })
    };
    let on_step = {
        let state = state.clone();
        Callback::from(move |step: EmployerOpeningStep| {
            state.dispatch(employer(EmployerAction::OpeningGoTo(step)))
        })
    };
    let on_send_key = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.employer_opening.busy,
                state.employer_opening.key_request(),
                |err| employer(EmployerAction::OpeningInvalid(err)),
                employer(EmployerAction::OpeningStarted),
                |request| async move { ipc::request_employer_opening_key(&request).await },
                |result| employer(EmployerAction::OpeningKeyAnswer(result)),
            );
        })
    };
    let on_complete = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.employer_opening.busy,
                state.employer_opening.completion(),
                |err| employer(EmployerAction::OpeningInvalid(err)),
                employer(EmployerAction::OpeningStarted),
                |request| async move { ipc::complete_employer_opening(&request).await },
                |result| employer(EmployerAction::OpeningAnswer(result)),
            );
        })
    };
    let on_to_login = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(employer(EmployerAction::OpeningToLogin)))
    };
    html! {
        <EmployerOpeningPage
            state={state.employer_opening.clone()}
            on_edit={on_edit}
            on_step={on_step}
            on_send_key={on_send_key}
            on_complete={on_complete}
            on_to_login={on_to_login}
        />
    }
}

fn home(state: &UseReducerHandle<AppState>) -> Html {
    let on_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<ProfileForm>| {
            state.dispatch(employer(EmployerAction::EditProfile(edit)))
        })
    };
    let on_refile = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.employer_home.busy,
                state.employer_home.refile_request(),
                |err| employer(EmployerAction::RefileInvalid(err)),
                employer(EmployerAction::RefileStarted),
                |profile| async move { ipc::refile_employer_registration(&profile).await },
                |result| employer(EmployerAction::RefileAnswer(Box::new(result))),
            );
        })
    };
    let on_refresh = {
        let state = state.clone();
        Callback::from(move |()| {
            if !state.employer_home.loading {
                load_home(&state);
            }
        })
    };
    let name = state
        .session
        .account()
        .map(|a| a.display_name.clone())
        .unwrap_or_default();
    html! {
        <EmployerHomePage
            state={state.employer_home.clone()}
            name={name}
            on_edit={on_edit}
            on_refile={on_refile}
            on_refresh={on_refresh}
        />
    }
}

fn review(state: &UseReducerHandle<AppState>) -> Html {
    let on_refresh = {
        let state = state.clone();
        Callback::from(move |()| {
            if !state.employer_review.loading {
                load_review(&state);
            }
        })
    };
    let on_reason = {
        let state = state.clone();
        Callback::from(move |(id, reason): (i64, String)| {
            state.dispatch(employer(EmployerAction::EditReason(id, reason)))
        })
    };
    let on_accept = {
        let state = state.clone();
        Callback::from(move |id: i64| {
            if !state.employer_review.can_decide(id) {
                return;
            }
            state.dispatch(employer(EmployerAction::DecisionStarted(id)));
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::accept_employer(id).await;
                decided(&state, id, DecisionKind::Accept, result);
            });
        })
    };
    let on_return = {
        let state = state.clone();
        Callback::from(move |id: i64| {
            if !state.employer_review.can_decide(id) {
                return;
            }
            match state.employer_review.return_request(id) {
                Err(err) => state.dispatch(employer(EmployerAction::ReturnInvalid(id, err))),
                Ok(request) => {
                    state.dispatch(employer(EmployerAction::DecisionStarted(id)));
                    let state = state.clone();
                    spawn_local(async move {
                        let result = ipc::return_employer(id, &request).await;
                        decided(&state, id, DecisionKind::Return, result);
                    });
                }
            }
        })
    };
    html! {
        <EmployerReviewPage
            state={state.employer_review.clone()}
            on_refresh={on_refresh}
            on_reason={on_reason}
            on_accept={on_accept}
            on_return={on_return}
        />
    }
}

/// The answer to 受理 or 返戻; once done, the list is read again.
fn decided(
    state: &UseReducerHandle<AppState>,
    id: i64,
    kind: DecisionKind,
    result: Result<EmployerApplication, ApiError>,
) {
    let done = result.is_ok();
    state.dispatch(employer(EmployerAction::DecisionAnswer {
        id,
        kind,
        result: Box::new(result),
    }));
    if done {
        load_review(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shigoto_shared::{AccountInfo, EmployerProfile, EmployerStatus, Role};

    use crate::employer::{ReviewDecision, REFILED_NOTICE};

    fn run(state: AppState, actions: Vec<Action>) -> AppState {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn profile() -> EmployerProfile {
        EmployerProfile {
            name: "株式会社ひので商事".into(),
            name_kana: "カブシキガイシャヒノデショウジ".into(),
            postal_code: "100-0013".into(),
            prefecture_code: "13".into(),
            address: "千代田区霞が関1-2-2".into(),
            phone: "03-1234-5678".into(),
            representative: "日野出 太郎".into(),
            industry: "卸売業，小売業".into(),
            employees: 42,
            business: "文房具の卸売".into(),
            homepage: None,
        }
    }

    fn registration(status: EmployerStatus) -> EmployerRegistration {
        EmployerRegistration {
            status,
            office_number: (status == EmployerStatus::Accepted).then(|| "1301-000001-9".into()),
            return_reason: (status == EmployerStatus::Returned)
                .then(|| "電話番号が違います。".into()),
            profile: profile(),
        }
    }

    fn account(role: Role, employer: Option<EmployerRegistration>) -> AccountInfo {
        AccountInfo {
            role,
            email: "jinji@hinode.example.jp".into(),
            display_name: "株式会社ひので商事".into(),
            seeker_number: None,
            office_code: None,
            registration: None,
            provisional_until: None,
            employer,
        }
    }

    fn sign_in(account: AccountInfo) -> Vec<Action> {
        vec![
            Action::SessionLoaded(Box::new(Ok(None))),
            Action::Show(View::Login),
            Action::SignInStarted,
            Action::SignInFinished(Box::new(Ok(account))),
        ]
    }

    fn application(id: i64) -> EmployerApplication {
        EmployerApplication {
            id,
            email: "jinji@hinode.example.jp".into(),
            status: EmployerStatus::Provisional,
            submitted_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
                .and_then(|d| d.and_hms_opt(1, 30, 0))
                .unwrap_or_default(),
            office_number: None,
            return_reason: None,
            profile: profile(),
        }
    }

    #[test]
    fn the_opening_is_reached_from_the_login_and_ends_there() {
        let state = run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(None))),
                Action::Show(View::Login),
                Action::Show(View::EmployerOpening),
                employer(EmployerAction::EditOpening(Edit::new(
                    |o: &mut EmployerOpeningState| {
                        o.agreed_terms = true;
                        o.agreed_privacy = true;
                        o.email = "jinji@hinode.example.jp".into();
                    },
                ))),
                employer(EmployerAction::OpeningGoTo(EmployerOpeningStep::Email)),
                employer(EmployerAction::OpeningStarted),
                employer(EmployerAction::OpeningKeyAnswer(Ok(KeySent {
                    message: "送信しました".into(),
                }))),
            ],
        );
        assert_eq!(state.view, View::EmployerOpening);
        assert_eq!(state.employer_opening.step, EmployerOpeningStep::Key);
        assert_eq!(state.focus.selector, "#employer-opening-step-heading");

        let refused = run(
            state.clone(),
            vec![
                employer(EmployerAction::OpeningStarted),
                employer(EmployerAction::OpeningAnswer(Err(ApiError::new(
                    ErrorCode::InvalidParameter,
                    "電話番号を…",
                )
                .with_field("office.phone")))),
            ],
        );
        assert_eq!(refused.focus.selector, "#employer-opening-phone");

        let done = run(
            state.clone(),
            vec![
                employer(EmployerAction::OpeningStarted),
                employer(EmployerAction::OpeningAnswer(Ok(KeySent {
                    message: "開設しました".into(),
                }))),
                employer(EmployerAction::OpeningToLogin),
            ],
        );
        assert_eq!(done.view, View::Login);
        assert_eq!(done.login.notice.as_deref(), Some(EMPLOYER_OPENED_NOTICE));
        assert_eq!(done.employer_opening, EmployerOpeningState::default());

        // Leaving the screen forgets what was typed; a late answer is dropped.
        let left = run(
            state,
            vec![
                employer(EmployerAction::OpeningStarted),
                Action::Show(View::Search),
                employer(EmployerAction::OpeningAnswer(Ok(KeySent {
                    message: "開設しました".into(),
                }))),
            ],
        );
        assert_eq!(left.view, View::Search);
        assert_eq!(left.employer_opening, EmployerOpeningState::default());
    }

    #[test]
    fn an_employer_lands_on_the_home_and_refiles_a_returned_registration() {
        let state = run(
            AppState::default(),
            sign_in(account(
                Role::Employer,
                Some(registration(EmployerStatus::Returned)),
            )),
        );
        assert_eq!(state.view, View::EmployerHome);
        assert_eq!(state.focus.selector, "#greeting");
        assert!(state.employer_home.can_refile());
        assert_eq!(state.employer_home.form.phone, "03-1234-5678");

        let mut refiled = registration(EmployerStatus::Provisional);
        refiled.profile.name = "株式会社ひので".into();
        let done = run(
            state.clone(),
            vec![
                employer(EmployerAction::EditProfile(Edit::new(
                    |f: &mut ProfileForm| f.name = "株式会社ひので".into(),
                ))),
                employer(EmployerAction::RefileStarted),
                employer(EmployerAction::RefileAnswer(Box::new(Ok(refiled)))),
            ],
        );
        assert!(!done.employer_home.can_refile());
        assert_eq!(done.employer_home.notice.as_deref(), Some(REFILED_NOTICE));
        assert_eq!(
            done.session.account().map(|a| a.display_name.as_str()),
            Some("株式会社ひので"),
            "the header follows the 事業所名"
        );

        let ended = run(
            state,
            vec![
                Action::Show(View::EmployerHome),
                employer(EmployerAction::HomeLoading),
                employer(EmployerAction::HomeLoaded(Box::new(Err(ApiError::new(
                    ErrorCode::Unauthenticated,
                    "ログインしてください",
                ))))),
            ],
        );
        assert_eq!(ended.view, View::Login);
        assert_eq!(ended.employer_home, EmployerHomeState::default());
    }

    #[test]
    fn the_review_is_for_counselors_and_reads_the_list_again_after_a_decision() {
        let seeker = run(AppState::default(), sign_in(account(Role::Seeker, None)));
        let refused = run(seeker, vec![Action::Show(View::EmployerReview)]);
        assert_eq!(refused.view, View::Search);

        let counselor = run(
            run(AppState::default(), sign_in(account(Role::Counselor, None))),
            vec![
                Action::Show(View::EmployerReview),
                employer(EmployerAction::ReviewLoading),
                employer(EmployerAction::ReviewLoaded(Ok(vec![application(7)]))),
            ],
        );
        assert_eq!(counselor.view, View::EmployerReview);
        assert_eq!(
            counselor.employer_review.rows.as_ref().map(Vec::len),
            Some(1)
        );

        let invalid = run(
            counselor.clone(),
            vec![employer(EmployerAction::ReturnInvalid(
                7,
                FieldError::on("reason", "返戻の理由を入力してください。"),
            ))],
        );
        assert_eq!(invalid.focus.selector, "#return-reason-7");

        let mut accepted = application(7);
        accepted.status = EmployerStatus::Accepted;
        accepted.office_number = Some("1301-000001-9".into());
        let decided = run(
            counselor,
            vec![
                employer(EmployerAction::DecisionStarted(7)),
                employer(EmployerAction::DecisionAnswer {
                    id: 7,
                    kind: DecisionKind::Accept,
                    result: Box::new(Ok(accepted)),
                }),
                employer(EmployerAction::ReviewLoading),
                employer(EmployerAction::ReviewLoaded(Ok(Vec::new()))),
            ],
        );
        assert_eq!(decided.employer_review.rows, Some(Vec::new()));
        assert!(matches!(
            decided.employer_review.decision,
            Some(ReviewDecision::Accepted { ref office_number, .. }) if office_number == "1301-000001-9"
        ));
        assert_eq!(decided.focus.selector, "#employer-review-result");
    }
}
