//! The application root: one reducer holds the whole screen state (which view is shown, the
//! form as typed, the last conditions and results, the open 求人票, the connection, who is
//! signed in and the account screens' forms), and the [`App`] component turns user intents
//! into Tauri calls and actions.
//!
//! Architecture invariant: components never call `ipc` themselves; they emit callbacks and the
//! root dispatches [`Action`]s. Answers that arrive late (an older search, a sheet the person
//! already left, an account form that was left or cleared by signing out) are recognised by
//! their sequence number, job number or the form's `busy` flag and dropped.
//!
//! Signing out resets the whole state (search conditions and results included): on a shared
//! office workstation nothing of the previous user stays on screen.
//!
//! A job seeker's favorites, saved searches and sync indicator are handled in [`seeker`]; the
//! 求人者マイページ (opening, the employer's home) and the counselors' review of 事業所登録 in
//! [`employer_screens`]; メールアドレス変更 in [`email_change_screen`].

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_shared::{
    AccountInfo, ApiError, DeviceSettings, ErrorCode, JobSearchParams, JobSearchResults, JobSheet,
    KeySent, ProvisionalSeeker, RegisteredSeeker, Role, ServiceStatus, SortOrder,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::account::{
    error_message, greeting, registration_notice, CounterForm, CounterState, Edit, LoginState,
    OpeningState, OpeningStep, PasswordChangeState, ProvisionalState, RegistrationState,
    RegistrationStep, ResetState, ResetStep, Session, OPENED_NOTICE, REGISTERED_NOTICE,
    RESET_NOTICE, SESSION_ENDED_NOTICE, SIGNED_OUT_NOTICE,
};
use crate::components::header::{Connection, Header, Place};
use crate::email_change::EmailChangeState;
use crate::employer::{EmployerHomeState, EmployerOpeningState, EmployerReviewState};
use crate::ipc;
use crate::pages::counter::{self, CounterPage};
use crate::pages::job_sheet::JobSheetPage;
use crate::pages::login::LoginPage;
use crate::pages::opening::{self, OpeningPage};
use crate::pages::password_change::{self, PasswordChangePage};
use crate::pages::password_reset::{self, PasswordResetPage};
use crate::pages::provisional::ProvisionalPage;
use crate::pages::registration::{self, RegistrationPage};
use crate::pages::results::ResultsPage;
use crate::pages::search_form::SearchFormPage;
use crate::pages::settings::SettingsPage;
use crate::query::{error_place, ErrorPlace, FieldError, SearchForm, DEFAULT_PAGE_SIZE};
use crate::settings::SettingsState;

mod email_change_screen;
mod employer_screens;

pub use email_change_screen::EmailChangeAction;
pub use employer_screens::EmployerAction;

mod seeker;

use crate::mypage::MyPageState;
pub use seeker::SeekerAction;

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum View {
    /// The search form with the result list below it.
    Search,
    /// One 求人票.
    Sheet { job_number: String },
    /// ログイン.
    Login,
    /// 求職者マイページの開設（ハローワークをご利用中の方）.
    Opening,
    /// パスワードを忘れた方・ロックされた方 (password reset).
    PasswordReset,
    /// マイページを開設して求職申込み（ハローワークに登録していない方）.
    Registration,
    /// 窓口での求職登録 (counselors).
    Counter,
    /// 仮登録の本登録 (counselors).
    Provisional,
    /// パスワード変更 (any signed-in account).
    PasswordChange,
    /// 端末の設定 (everyone).
    Settings,
    /// 求人者マイページの開設（事業主の方）.
    EmployerOpening,
    /// 求人者マイページ: the employer's 事業所登録 (employers).
    EmployerHome,
    /// 事業所登録の審査 (counselors).
    EmployerReview,
    /// メールアドレス変更 (any signed-in account).
    EmailChange,
    /// お気に入り求人 (job seekers).
    Favorites,
    /// 求職活動状況 (job seekers).
    Activity,
}

/// Where the keyboard focus goes after a change of screen or a refusal: the element of
/// `selector` (none when empty), once the screen has been drawn (bumping `version` asks again).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FocusRequest {
    pub version: u32,
    pub selector: String,
    /// Also scroll the window back to the top (a new screen).
    pub to_top: bool,
}

/// The 求人票 being shown.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetState {
    Loading,
    Loaded(Rc<JobSheet>),
    Failed(ApiError),
}

/// What started a search, which decides where the focus goes when it answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchOrigin {
    /// 検索 button or Enter: show the results.
    Form,
    /// Another page: back to the top of the list.
    Paging,
    /// Order or page size changed: stay on the control.
    Reorder,
}

/// One change to the form, applied to the current state (so fast typing never loses a key).
#[derive(Clone)]
pub struct FormEdit(Rc<dyn Fn(&mut SearchForm)>);

impl FormEdit {
    pub fn new(edit: impl Fn(&mut SearchForm) + 'static) -> Self {
        Self(Rc::new(edit))
    }
}

#[derive(Debug, Clone)]
pub struct AppState {
    pub view: View,
    pub form: SearchForm,
    /// Bumped by 条件をクリア so that pickers holding a half-made choice start afresh.
    pub form_generation: u32,
    pub advanced_open: bool,
    pub searching: bool,
    pending_seq: u32,
    /// Conditions of the results shown.
    pub last_params: Option<JobSearchParams>,
    pub results: Option<Rc<JobSearchResults>>,
    /// A refused condition (shown at its field) or another search failure.
    pub form_error: Option<FieldError>,
    /// A refusal about order or paging, shown above the list.
    pub results_error: Option<String>,
    /// Bumped on every answered search; with `focus_results` it moves the view to the list.
    pub results_version: u32,
    pub focus_results: bool,
    pub sheet: SheetState,
    /// Window scroll position of the list when a sheet was opened.
    pub saved_scroll: f64,
    /// The job whose sheet was opened last (its button gets the focus back).
    pub opened_job: Option<String>,
    pub connection: Connection,
    /// The service could not be reached on the last call: show the banner.
    pub unreachable: bool,
    pub session: Session,
    pub signing_out: bool,
    pub sign_out_error: Option<String>,
    pub login: LoginState,
    pub opening: OpeningState,
    /// The password reset; emptied whenever its screen is left.
    pub reset: ResetState,
    pub counter: CounterState,
    /// The online registration; emptied whenever its screen is left.
    pub registration: RegistrationState,
    /// The counselor's list of provisional applications.
    pub provisional: ProvisionalState,
    /// The password change; emptied whenever its screen is left.
    pub password_change: PasswordChangeState,
    /// The screen the password change returns to.
    pub password_change_from: View,
    /// A note above the screen (`#app-notice`), e.g. after a password change; gone on the next
    /// change of screen.
    pub notice: Option<String>,
    /// 端末の設定.
    pub settings: SettingsState,
    /// The employer MyPage opening; emptied whenever its screen is left.
    pub employer_opening: EmployerOpeningState,
    /// The signed-in employer's 事業所登録.
    pub employer_home: EmployerHomeState,
    /// The counselor's list of 事業所登録 to review.
    pub employer_review: EmployerReviewState,
    /// The email change; emptied whenever its screen is left.
    pub email_change: EmailChangeState,
    /// The screen the email change returns to.
    pub email_change_from: View,
    pub focus: FocusRequest,
    /// A job seeker's favorites, saved searches and their sync.
    pub mypage: MyPageState,
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            view: View::Search,
            form: SearchForm::default(),
            form_generation: 0,
            advanced_open: false,
            searching: false,
            pending_seq: 0,
            last_params: None,
            results: None,
            form_error: None,
            results_error: None,
            results_version: 0,
            focus_results: false,
            sheet: SheetState::Loading,
            saved_scroll: 0.0,
            opened_job: None,
            connection: Connection::Checking,
            unreachable: false,
            session: Session::Checking,
            signing_out: false,
            sign_out_error: None,
            login: LoginState::default(),
            opening: OpeningState::default(),
            reset: ResetState::default(),
            counter: CounterState::default(),
            registration: RegistrationState::default(),
            provisional: ProvisionalState::default(),
            password_change: PasswordChangeState::default(),
            password_change_from: View::Search,
            notice: None,
            settings: SettingsState::default(),
            employer_opening: EmployerOpeningState::default(),
            employer_home: EmployerHomeState::default(),
            employer_review: EmployerReviewState::default(),
            email_change: EmailChangeState::default(),
            email_change_from: View::Search,
            focus: FocusRequest::default(),
            mypage: MyPageState::default(),
        }
    }
}

pub enum Action {
    Edit(FormEdit),
    ToggleAdvanced,
    ClearForm,
    FormInvalid(FieldError),
    SearchStarted {
        seq: u32,
    },
    SearchFinished {
        seq: u32,
        origin: SearchOrigin,
        params: Box<JobSearchParams>,
        result: Box<Result<JobSearchResults, ApiError>>,
    },
    OpenJob {
        job_number: String,
        scroll_y: f64,
    },
    JobLoaded {
        job_number: String,
        result: Box<Result<JobSheet, ApiError>>,
    },
    BackToResults,
    StatusChecking,
    StatusLoaded(Result<ServiceStatus, ApiError>),
    /// `current_account` answered (at start-up).
    SessionLoaded(Box<Result<Option<AccountInfo>, ApiError>>),
    /// A menu entry or link: 求人検索, ログイン, マイページ開設, パスワード再設定, 窓口での求職登録,
    /// パスワード変更, 端末の設定.
    Show(View),
    EditLogin(Edit<LoginState>),
    LoginInvalid(FieldError),
    SignInStarted,
    SignInFinished(Box<Result<AccountInfo, ApiError>>),
    SignOutStarted,
    SignOutFinished(Result<(), ApiError>),
    EditOpening(Edit<OpeningState>),
    OpeningGoTo(OpeningStep),
    OpeningInvalid(FieldError),
    OpeningStarted,
    KeySentAnswer(Result<KeySent, ApiError>),
    OpeningAnswer(Result<KeySent, ApiError>),
    /// 「ログイン画面へ」 at the end of the opening, or 「ログイン画面に戻る」.
    OpeningToLogin,
    EditReset(Edit<ResetState>),
    /// 「認証キーを再送信する」: back to step 1 of the reset.
    ResetRestart,
    ResetInvalid(FieldError),
    ResetStarted,
    ResetKeyAnswer(Result<KeySent, ApiError>),
    ResetAnswer(Result<KeySent, ApiError>),
    /// 「ログイン画面へ」 at the end of the reset, or 「ログイン画面に戻る」.
    ResetToLogin,
    EditCounter(Edit<CounterForm>),
    CounterInvalid(FieldError),
    CounterStarted,
    CounterAnswer(Box<Result<RegisteredSeeker, ApiError>>),
    CounterAgain,
    EditRegistration(Edit<RegistrationState>),
    RegistrationGoTo(RegistrationStep),
    RegistrationInvalid(FieldError),
    RegistrationStarted,
    RegistrationKeyAnswer(Result<KeySent, ApiError>),
    RegistrationAnswer(Result<KeySent, ApiError>),
    /// 「ログイン画面へ」 at the end of the registration, or 「ログイン画面に戻る」.
    RegistrationToLogin,
    /// `list_provisional_seekers` was asked (on showing the list or 「最新の情報に更新」).
    ProvisionalLoading,
    ProvisionalLoaded(Result<Vec<ProvisionalSeeker>, ApiError>),
    /// 「本登録する」 on the row of this 求職番号.
    ConfirmStarted(String),
    ConfirmAnswer {
        seeker_number: String,
        result: Box<Result<RegisteredSeeker, ApiError>>,
    },
    EditPasswordChange(Edit<PasswordChangeState>),
    PasswordChangeInvalid(FieldError),
    PasswordChangeStarted,
    PasswordChangeAnswer(Result<KeySent, ApiError>),
    /// 「キャンセル」 on the password change: back to the earlier screen.
    PasswordChangeCancel,
    /// `device_settings` was asked (on showing 端末の設定).
    SettingsLoading,
    SettingsLoaded(Result<DeviceSettings, ApiError>),
    /// 「この端末を共用端末として使う」 ticked or unticked.
    SettingsTick(bool),
    SettingsSaving,
    SettingsSaved(Result<DeviceSettings, ApiError>),
    /// The 求人者マイページ's screens and the counselors' review of 事業所登録.
    Employer(EmployerAction),
    /// メールアドレス変更.
    EmailChange(EmailChangeAction),
    /// A job seeker's MyPage data (favorites, saved searches, sync).
    Seeker(SeekerAction),
}

impl AppState {
    fn went_offline(&mut self) {
        self.unreachable = true;
        let known = match &self.connection {
            Connection::Online(status) => Some(status.clone()),
            Connection::Offline(status) => status.clone(),
            Connection::Checking => None,
        };
        self.connection = Connection::Offline(known);
    }

    fn came_online(&mut self) {
        self.unreachable = false;
        if let Connection::Offline(Some(status)) = &self.connection {
            let mut status = status.clone();
            status.reachable = true;
            self.connection = Connection::Online(status);
        }
    }

    /// Notes whether an account call reached the service.
    fn answered<T>(&mut self, result: &Result<T, ApiError>) {
        match result {
            Ok(_) => self.came_online(),
            Err(err) if ipc::is_unreachable(err) => self.went_offline(),
            Err(_) => {}
        }
    }

    fn focus_on(&mut self, selector: &str, to_top: bool) {
        self.focus = FocusRequest {
            version: self.focus.version.wrapping_add(1),
            selector: selector.to_owned(),
            to_top,
        };
    }

    /// Focus the box a refusal names (`box_id` maps fields to element ids), if it names one.
    fn focus_field(&mut self, field: Option<&str>, box_id: fn(&str) -> Option<&'static str>) {
        if let Some(id) = field.and_then(box_id) {
            self.focus_on(&format!("#{id}"), false);
        }
    }

    /// Leaves the password change for the screen it was opened from, with `notice` above it.
    fn leave_password_change(&mut self, notice: Option<String>) {
        self.password_change = PasswordChangeState::default();
        let back = std::mem::replace(&mut self.password_change_from, View::Search);
        self.return_to(back, notice);
    }

    /// Back to `back`, the screen an account form (password or email change) was opened from,
    /// with `notice` above it.
    fn return_to(&mut self, back: View, notice: Option<String>) {
        self.view = match back {
            View::Counter | View::Provisional | View::EmployerReview
                if !self.session.is_counselor() =>
            {
                View::Search
            }
            View::EmployerHome if !self.session.is_employer() => View::Search,
            View::Search
            | View::Sheet { .. }
            | View::Counter
            | View::Provisional
            | View::Settings
            | View::EmployerHome
            | View::EmployerReview => back,
            _ => View::Search,
        };
        if notice.is_some() {
            self.notice = notice;
            self.focus_on("#app-notice", true);
        } else {
            let target = match self.view {
                View::Counter => "#seeker-name",
                View::Provisional => "#provisional-heading",
                View::Settings => "#settings-heading",
                View::EmployerHome => "#employer-home-heading",
                View::EmployerReview => "#employer-review-heading",
                _ => "",
            };
            self.focus_on(target, true);
        }
    }

    fn show_login(&mut self, notice: Option<&str>) {
        self.login.error = None;
        if let Some(notice) = notice {
            self.login.notice = Some(notice.to_owned());
        }
        self.view = View::Login;
        self.focus_on("#login-email", true);
    }

    /// Everything back to the start, keeping only what is known about the connection: after
    /// signing out, or when the service says the session has ended.
    fn forget_user(&mut self, notice: &str) {
        let fresh = AppState {
            connection: self.connection.clone(),
            unreachable: self.unreachable,
            form_generation: self.form_generation.wrapping_add(1),
            focus: self.focus.clone(),
            session: Session::SignedOut,
            ..AppState::default()
        };
        *self = fresh;
        self.show_login(Some(notice));
    }
}

/// Where a signed-in account starts: counselors at the counter, everyone else at the search
/// with a greeting.
fn home_of(account: &AccountInfo) -> View {
    match account.role {
        Role::Counselor => View::Counter,
        Role::Employer => View::EmployerHome,
        Role::Seeker => View::Search,
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit) => (edit.0)(&mut next.form),
            Action::ToggleAdvanced => next.advanced_open = !next.advanced_open,
            Action::ClearForm => {
                next.form = SearchForm::default();
                next.form_generation = next.form_generation.wrapping_add(1);
                next.form_error = None;
            }
            Action::FormInvalid(err) => {
                if error_place(err.field.as_deref()) == ErrorPlace::Advanced {
                    next.advanced_open = true;
                }
                next.form_error = Some(err);
            }
            Action::SearchStarted { seq } => {
                next.pending_seq = seq;
                next.searching = true;
                next.form_error = None;
                next.results_error = None;
            }
            Action::SearchFinished {
                seq,
                origin,
                params,
                result,
            } => {
                if seq != next.pending_seq {
                    return self;
                }
                next.searching = false;
                match *result {
                    Ok(results) => {
                        next.came_online();
                        next.last_params = Some(*params);
                        next.results = Some(Rc::new(results));
                        next.results_version = next.results_version.wrapping_add(1);
                        next.focus_results = origin != SearchOrigin::Reorder;
                    }
                    Err(err) if ipc::is_unreachable(&err) => next.went_offline(),
                    Err(err) => match error_place(err.field.as_deref()) {
                        ErrorPlace::Results if next.results.is_some() => {
                            next.results_error = Some(err.message);
                        }
                        place => {
                            if place == ErrorPlace::Advanced {
                                next.advanced_open = true;
                            }
                            next.form_error = Some(FieldError::from(&err));
                        }
                    },
                }
            }
            Action::OpenJob {
                job_number,
                scroll_y,
            } => {
                next.notice = None;
                next.saved_scroll = scroll_y;
                next.opened_job = Some(job_number.clone());
                next.mypage.sheet_return = seeker::sheet_return(&next.view);
                next.sheet = SheetState::Loading;
                next.view = View::Sheet { job_number };
            }
            Action::JobLoaded { job_number, result } => {
                let current =
                    matches!(&next.view, View::Sheet { job_number: shown } if *shown == job_number);
                if !current {
                    return self;
                }
                next.sheet = match *result {
                    Ok(sheet) => {
                        // Offline, a favorite's sheet comes from this computer's copy.
                        if !next.mypage.is_offline() {
                            next.came_online();
                        }
                        SheetState::Loaded(Rc::new(sheet))
                    }
                    Err(err) => {
                        if ipc::is_unreachable(&err) {
                            next.went_offline();
                        }
                        SheetState::Failed(err)
                    }
                };
            }
            Action::BackToResults => {
                next.notice = None;
                next.view = View::Search;
                next.sheet = SheetState::Loading;
            }
            Action::SessionLoaded(result) => {
                if next.session != Session::Checking {
                    return self;
                }
                next.session = match *result {
                    Ok(Some(account)) => Session::SignedIn(Rc::new(account)),
                    Ok(None) | Err(_) => Session::SignedOut,
                };
            }
            Action::Show(view) => {
                next.notice = None;
                if view != View::PasswordChange {
                    // The passwords typed for a change are not kept once it is left.
                    next.password_change = PasswordChangeState::default();
                }
                if view != View::PasswordReset {
                    // Nothing typed for a reset (key, passwords) is kept once it is left.
                    next.reset = ResetState::default();
                }
                if view != View::Registration {
                    next.registration = RegistrationState::default();
                }
                next.leave_employer_forms(&view);
                next.leave_email_change_form(&view);
                match view {
                    View::Search => {
                        // From a 求人票 this is 「検索結果に戻る」; from elsewhere a new screen.
                        if !matches!(next.view, View::Sheet { .. }) {
                            next.focus_on("", true);
                        }
                        next.view = View::Search;
                        next.sheet = SheetState::Loading;
                    }
                    View::Sheet { .. } => return self,
                    View::Favorites | View::Activity => {
                        if !next.show_seeker_page(&view) {
                            return self;
                        }
                    }
                    View::Login => next.show_login(None),
                    View::Opening => {
                        next.opening = OpeningState::default();
                        next.view = View::Opening;
                        next.focus_on("#opening-step-heading", true);
                    }
                    View::PasswordReset => {
                        // A password typed at the login is not kept while away from it.
                        next.login.password.clear();
                        next.reset = ResetState::default();
                        next.view = View::PasswordReset;
                        next.focus_on("#reset-step-heading", true);
                    }
                    View::Registration => {
                        // A password typed at the login is not kept while away from it.
                        next.login.password.clear();
                        next.registration = RegistrationState::default();
                        next.view = View::Registration;
                        next.focus_on("#registration-step-heading", true);
                    }
                    View::Provisional => {
                        if !next.session.is_counselor() {
                            return self;
                        }
                        next.view = View::Provisional;
                        next.focus_on("#provisional-heading", true);
                    }
                    View::PasswordChange => {
                        if next.session.account().is_none() {
                            return self;
                        }
                        if next.view != View::PasswordChange {
                            next.password_change_from = next.view.clone();
                        }
                        next.view = View::PasswordChange;
                        next.focus_on("#password-change-current", true);
                    }
                    View::Settings => {
                        next.view = View::Settings;
                        next.focus_on("#settings-heading", true);
                    }
                    View::EmployerOpening | View::EmployerHome | View::EmployerReview => {
                        if !next.show_employer_view(view) {
                            return self;
                        }
                    }
                    View::EmailChange => {
                        if !next.show_email_change() {
                            return self;
                        }
                    }
                    View::Counter => {
                        if !next.session.is_counselor() {
                            return self;
                        }
                        next.view = View::Counter;
                        let target = if next.counter.registered.is_some() {
                            "#registered-seeker-heading"
                        } else {
                            "#seeker-name"
                        };
                        next.focus_on(target, true);
                    }
                }
            }
            Action::EditLogin(edit) => edit.apply(&mut next.login),
            Action::LoginInvalid(err) => {
                let target = if err.field.as_deref() == Some("email") {
                    "#login-email"
                } else {
                    "#login-password"
                };
                next.login.notice = None;
                next.login.error = Some(err);
                next.focus_on(target, false);
            }
            Action::SignInStarted => {
                next.login.busy = true;
                next.login.error = None;
            }
            Action::SignInFinished(result) => {
                // A session the core now holds is always taken; a refusal only while the
                // login form still waits for it.
                if result.is_err() && !next.login.busy {
                    return self;
                }
                next.answered(&result);
                match *result {
                    Ok(account) => {
                        let home = home_of(&account);
                        next.employer_signed_in(&account);
                        next.session = Session::SignedIn(Rc::new(account));
                        next.sign_out_error = None;
                        next.login = LoginState::default();
                        next.opening = OpeningState::default();
                        next.registration = RegistrationState::default();
                        next.counter = CounterState::default();
                        next.provisional = ProvisionalState::default();
                        next.view = home.clone();
                        next.sheet = SheetState::Loading;
                        let target = if home == View::Counter {
                            "#seeker-name"
                        } else {
                            "#greeting"
                        };
                        next.focus_on(target, true);
                    }
                    Err(err) => {
                        next.login.failed(&err);
                        let target = if next.login.error.as_ref().and_then(|e| e.field.as_deref())
                            == Some("email")
                        {
                            "#login-email"
                        } else {
                            "#login-password"
                        };
                        next.focus_on(target, false);
                    }
                }
            }
            Action::SignOutStarted => {
                next.signing_out = true;
                next.sign_out_error = None;
            }
            Action::SignOutFinished(result) => {
                next.signing_out = false;
                next.answered(&result);
                match result {
                    Ok(()) => next.forget_user(SIGNED_OUT_NOTICE),
                    Err(err) => {
                        next.sign_out_error = Some(format!(
                            "ログアウトできませんでした。{}",
                            error_message(&err)
                        ));
                    }
                }
            }
            Action::EditOpening(edit) => edit.apply(&mut next.opening),
            Action::OpeningGoTo(step) => {
                next.opening.go_to(step);
                next.focus_on("#opening-step-heading", true);
            }
            Action::OpeningInvalid(err) => {
                next.focus_field(err.field.as_deref(), opening::box_id);
                next.opening.error = Some(err);
            }
            Action::OpeningStarted => {
                next.opening.busy = true;
                next.opening.error = None;
            }
            Action::KeySentAnswer(result) => {
                if !next.opening.busy || next.opening.step != OpeningStep::Email {
                    return self;
                }
                next.answered(&result);
                match result {
                    Ok(sent) => {
                        next.opening.key_sent(sent);
                        next.focus_on("#opening-step-heading", true);
                    }
                    Err(err) => {
                        next.opening.failed(&err);
                        if next.opening.step == OpeningStep::Terms {
                            next.focus_on("#opening-step-heading", true);
                        } else {
                            next.focus_field(err.field.as_deref(), opening::box_id);
                        }
                    }
                }
            }
            Action::OpeningAnswer(result) => {
                if !next.opening.busy || next.opening.step != OpeningStep::Key {
                    return self;
                }
                next.answered(&result);
                match result {
                    Ok(done) => {
                        next.opening.completed(done);
                        next.focus_on("#opening-step-heading", true);
                    }
                    Err(err) => {
                        next.opening.failed(&err);
                        next.focus_field(err.field.as_deref(), opening::box_id);
                    }
                }
            }
            Action::OpeningToLogin => {
                let opened = next.opening.step == OpeningStep::Done;
                next.opening = OpeningState::default();
                next.show_login(opened.then_some(OPENED_NOTICE));
            }
            Action::EditReset(edit) => edit.apply(&mut next.reset),
            Action::ResetRestart => {
                next.reset.go_to(ResetStep::Email);
                next.focus_on("#reset-step-heading", true);
            }
            Action::ResetInvalid(err) => {
                next.focus_field(err.field.as_deref(), password_reset::box_id);
                next.reset.error = Some(err);
            }
            Action::ResetStarted => {
                next.reset.busy = true;
                next.reset.error = None;
            }
            Action::ResetKeyAnswer(result) => {
                if !next.reset.busy || next.reset.step != ResetStep::Email {
                    return self;
                }
                next.answered(&result);
                match result {
                    Ok(sent) => {
                        next.reset.key_sent(sent);
                        next.focus_on("#reset-step-heading", true);
                    }
                    Err(err) => {
                        next.reset.failed(&err);
                        let field = next.reset.error.as_ref().and_then(|e| e.field.clone());
                        next.focus_field(field.as_deref(), password_reset::box_id);
                    }
                }
            }
            Action::ResetAnswer(result) => {
                if !next.reset.busy || next.reset.step != ResetStep::Key {
                    return self;
                }
                next.answered(&result);
                match result {
                    Ok(done) => {
                        next.reset.completed(done);
                        next.focus_on("#reset-step-heading", true);
                    }
                    Err(err) => {
                        next.reset.failed(&err);
                        let field = next.reset.error.as_ref().and_then(|e| e.field.clone());
                        next.focus_field(field.as_deref(), password_reset::box_id);
                    }
                }
            }
            Action::ResetToLogin => {
                // After a reset the login starts empty, with a note to use the new password.
                let done = next.reset.step == ResetStep::Done;
                next.reset = ResetState::default();
                if done {
                    next.login = LoginState::default();
                }
                next.show_login(done.then_some(RESET_NOTICE));
            }
            Action::EditCounter(edit) => edit.apply(&mut next.counter.form),
            Action::CounterInvalid(err) => {
                next.focus_field(err.field.as_deref(), counter::box_id);
                next.counter.error = Some(err);
            }
            Action::CounterStarted => {
                next.counter.busy = true;
                next.counter.error = None;
            }
            Action::CounterAnswer(result) => {
                if !next.counter.busy {
                    return self;
                }
                next.answered(&result);
                match *result {
                    Ok(seeker) => {
                        next.counter.registered(seeker);
                        next.focus_on("#registered-seeker-heading", true);
                    }
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        next.forget_user(SESSION_ENDED_NOTICE);
                    }
                    Err(err) => {
                        next.counter.failed(&err);
                        next.focus_field(err.field.as_deref(), counter::box_id);
                    }
                }
            }
            Action::CounterAgain => {
                next.counter.again();
                next.focus_on("#seeker-name", true);
            }
            Action::EditRegistration(edit) => edit.apply(&mut next.registration),
            Action::RegistrationGoTo(step) => {
                next.registration.go_to(step);
                next.focus_on("#registration-step-heading", true);
            }
            Action::RegistrationInvalid(err) => {
                next.focus_field(err.field.as_deref(), registration::box_id);
                next.registration.error = Some(err);
            }
            Action::RegistrationStarted => {
                next.registration.busy = true;
                next.registration.error = None;
            }
            Action::RegistrationKeyAnswer(result) => {
                if !next.registration.busy || next.registration.step != RegistrationStep::Email {
                    return self;
                }
                next.answered(&result);
                match result {
                    Ok(sent) => {
                        next.registration.key_sent(sent);
                        next.focus_on("#registration-step-heading", true);
                    }
                    Err(err) => {
                        next.registration.failed(&err);
                        if next.registration.step == RegistrationStep::Terms {
                            next.focus_on("#registration-step-heading", true);
                        } else {
                            let field = next
                                .registration
                                .error
                                .as_ref()
                                .and_then(|e| e.field.clone());
                            next.focus_field(field.as_deref(), registration::box_id);
                        }
                    }
                }
            }
            Action::RegistrationAnswer(result) => {
                if !next.registration.busy || next.registration.step != RegistrationStep::Key {
                    return self;
                }
                next.answered(&result);
                match result {
                    Ok(done) => {
                        next.registration.completed(done);
                        next.focus_on("#registration-step-heading", true);
                    }
                    Err(err) => {
                        next.registration.failed(&err);
                        if next.registration.step == RegistrationStep::Terms {
                            next.focus_on("#registration-step-heading", true);
                        } else {
                            let field = next
                                .registration
                                .error
                                .as_ref()
                                .and_then(|e| e.field.clone());
                            next.focus_field(field.as_deref(), registration::box_id);
                        }
                    }
                }
            }
            Action::RegistrationToLogin => {
                let done = next.registration.step == RegistrationStep::Done;
                next.registration = RegistrationState::default();
                next.show_login(done.then_some(REGISTERED_NOTICE));
            }
            Action::ProvisionalLoading => {
                if next.view != View::Provisional {
                    return self;
                }
                next.provisional.loading();
            }
            Action::ProvisionalLoaded(result) => {
                if !next.provisional.loading {
                    return self;
                }
                next.answered(&result);
                match result {
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        next.forget_user(SESSION_ENDED_NOTICE);
                    }
                    result => next.provisional.loaded(result),
                }
            }
            Action::ConfirmStarted(seeker_number) => {
                if !next.provisional.confirming(&seeker_number) {
                    return self;
                }
            }
            Action::ConfirmAnswer {
                seeker_number,
                result,
            } => {
                next.answered(&result);
                match *result {
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        next.forget_user(SESSION_ENDED_NOTICE);
                    }
                    result => next.provisional.confirmed(&seeker_number, result),
                }
            }
            Action::EditPasswordChange(edit) => edit.apply(&mut next.password_change),
            Action::PasswordChangeInvalid(err) => {
                next.focus_field(err.field.as_deref(), password_change::box_id);
                next.password_change.error = Some(err);
            }
            Action::PasswordChangeStarted => {
                next.password_change.busy = true;
                next.password_change.error = None;
            }
            Action::PasswordChangeAnswer(result) => {
                if !next.password_change.busy || next.view != View::PasswordChange {
                    return self;
                }
                next.answered(&result);
                match result {
                    Ok(done) => next.leave_password_change(Some(done.message)),
                    Err(err) if err.code == ErrorCode::Unauthenticated => {
                        next.forget_user(SESSION_ENDED_NOTICE);
                    }
                    Err(err) => {
                        next.password_change.failed(&err);
                        let field = next
                            .password_change
                            .error
                            .as_ref()
                            .and_then(|e| e.field.clone());
                        next.focus_field(field.as_deref(), password_change::box_id);
                    }
                }
            }
            Action::PasswordChangeCancel => {
                if next.view != View::PasswordChange {
                    return self;
                }
                next.leave_password_change(None);
            }
            Action::SettingsLoading => {
                if next.view != View::Settings {
                    return self;
                }
                next.settings.loading();
            }
            Action::SettingsLoaded(result) => {
                if !next.settings.loading {
                    return self;
                }
                next.settings.loaded(result);
            }
            Action::SettingsTick(shared) => next.settings.tick(shared),
            Action::SettingsSaving => next.settings.saving(),
            Action::SettingsSaved(result) => next.settings.saved(result),
            Action::Employer(action) => {
                if !next.reduce_employer(action) {
                    return self;
                }
            }
            Action::EmailChange(action) => {
                if !next.reduce_email_change(action) {
                    return self;
                }
            }
            Action::Seeker(action) => {
                if !next.reduce_seeker(action) {
                    return self;
                }
            }
            Action::StatusChecking => {
                if !matches!(next.connection, Connection::Online(_)) {
                    next.connection = Connection::Checking;
                }
            }
            Action::StatusLoaded(result) => match result {
                Ok(status) if status.reachable => {
                    next.unreachable = false;
                    next.connection = Connection::Online(status);
                }
                Ok(status) => {
                    next.unreachable = true;
                    next.connection = Connection::Offline(Some(status));
                }
                Err(err) => {
                    next.unreachable = ipc::is_unreachable(&err);
                    next.connection = Connection::Offline(None);
                }
            },
        }
        Rc::new(next)
    }
}

/// Today's date on this computer.
fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    i32::try_from(now.get_full_year())
        .ok()
        .and_then(|year| NaiveDate::from_ymd_opt(year, now.get_month() + 1, now.get_date()))
        .unwrap_or_default()
}

fn focus_selector(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

fn scroll_to(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

/// The greeting above the search form while signed in (`#greeting`).
fn welcome(account: &AccountInfo) -> Html {
    let next = match account.role {
        Role::Counselor => "求人検索のほか、メニューの「窓口での求職登録」から求職者を登録し、「仮登録の本登録」からオンラインで申込みをした方の本登録、「事業所登録の審査」から事業所登録の受理・返戻ができます。",
        Role::Employer => "求人検索のほか、メニューの「求人者マイページ」から事業所登録の状況を確認できます。",
        Role::Seeker => "求人検索をご利用いただけます。",
    };
    let notice = registration_notice(account);
    html! {
        <section id="greeting" class="greeting" tabindex="-1" aria-label="ごあいさつ">
            <p class="greeting-title">{ greeting(account) }</p>
            <p class="greeting-text">
                { next }
                { "ハローワーク内のパソコンを利用している場合は、ご利用後に必ず「ログアウト」してください。" }
            </p>
            if let Some(notice) = notice {
                <p id="provisional-notice" class="caution provisional-notice" role="status">
                    <span class="caution-mark" aria-hidden="true">{ "⚠" }</span>
                    { notice }
                </p>
            }
        </section>
    }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let seq = use_mut_ref(|| 0_u32);

    let check_status = {
        let state = state.clone();
        Callback::from(move |()| {
            state.dispatch(Action::StatusChecking);
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::service_status().await;
                state.dispatch(Action::StatusLoaded(result));
            });
        })
    };
    {
        let check_status = check_status.clone();
        use_effect_with((), move |()| check_status.emit(()));
    }
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            spawn_local(async move {
                let result = ipc::current_account().await;
                state.dispatch(Action::SessionLoaded(Box::new(result)));
            });
        });
    }
    {
        let focus = state.focus.clone();
        use_effect_with(state.focus.version, move |version| {
            if *version > 0 {
                if focus.to_top {
                    scroll_to(0.0);
                }
                if !focus.selector.is_empty() {
                    focus_selector(&focus.selector);
                }
            }
        });
    }

    let run_search = {
        let state = state.clone();
        let seq: Rc<RefCell<u32>> = seq.clone();
        Callback::from(move |(params, origin): (JobSearchParams, SearchOrigin)| {
            let n = {
                let mut counter = seq.borrow_mut();
                *counter = counter.wrapping_add(1);
                *counter
            };
            state.dispatch(Action::SearchStarted { seq: n });
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::search_jobs(&params).await;
                state.dispatch(Action::SearchFinished {
                    seq: n,
                    origin,
                    params: Box::new(params),
                    result: Box::new(result),
                });
            });
        })
    };

    // Move the view to the results after a search, back to the top for a sheet, and back to
    // where the person was in the list when they return from a sheet.
    {
        let focus = state.focus_results;
        use_effect_with(state.results_version, move |version| {
            if *version > 0 && focus {
                if let Some(heading) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("results-heading"))
                {
                    heading.scroll_into_view();
                }
                focus_selector("#results-heading");
            }
        });
    }
    {
        let saved = state.saved_scroll;
        let opened = state.opened_job.clone();
        let in_sheet = matches!(state.view, View::Sheet { .. });
        use_effect_with(in_sheet, move |in_sheet| {
            if *in_sheet {
                scroll_to(0.0);
                focus_selector("#job-sheet-heading");
            } else if let Some(job) = opened {
                focus_selector(&format!("[data-job-number=\"{job}\"] .open-job"));
                scroll_to(saved);
            }
        });
    }

    let on_edit = {
        let state = state.clone();
        Callback::from(move |edit: FormEdit| state.dispatch(Action::Edit(edit)))
    };
    let on_toggle_advanced = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ToggleAdvanced))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ClearForm))
    };
    let on_submit = {
        let state = state.clone();
        let run_search = run_search.clone();
        Callback::from(move |()| match state.form.to_params() {
            Err(err) => state.dispatch(Action::FormInvalid(err)),
            Ok(mut params) => {
                // Keep the page size and an order the person chose, where it still applies.
                if let Some(last) = &state.last_params {
                    params.per_page = last.per_page.filter(|n| *n != DEFAULT_PAGE_SIZE);
                    params.sort = last
                        .sort
                        .filter(|sort| *sort != SortOrder::Relevance || !params.keyword.is_empty());
                }
                run_search.emit((params, SearchOrigin::Form));
            }
        })
    };
    let rerun = |change: fn(&mut JobSearchParams, u32), origin: SearchOrigin| {
        let state = state.clone();
        let run_search = run_search.clone();
        Callback::from(move |value: u32| {
            if let Some(mut params) = state.last_params.clone() {
                change(&mut params, value);
                run_search.emit((params, origin));
            }
        })
    };
    let on_page = rerun(|p, page| p.page = Some(page), SearchOrigin::Paging);
    let on_per_page = rerun(
        |p, per_page| {
            p.per_page = Some(per_page);
            p.page = None;
        },
        SearchOrigin::Reorder,
    );
    let on_sort = {
        let state = state.clone();
        let run_search = run_search.clone();
        Callback::from(move |sort: SortOrder| {
            if let Some(mut params) = state.last_params.clone() {
                params.sort = Some(sort);
                params.page = None;
                run_search.emit((params, SearchOrigin::Reorder));
            }
        })
    };
    let on_open = {
        let state = state.clone();
        Callback::from(move |job_number: String| {
            state.dispatch(Action::OpenJob {
                job_number: job_number.clone(),
                scroll_y: scroll_y(),
            });
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::get_job(&job_number).await;
                state.dispatch(Action::JobLoaded {
                    job_number,
                    result: Box::new(result),
                });
            });
        })
    };
    let on_back = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::BackToResults))
    };
    let on_recheck = check_status.clone();
    let seeker_controls = seeker::SeekerControls::new(&state, &run_search, &on_open);
    seeker::use_seeker_data(&state);

    // Account screens.
    let show = |view: View| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Show(view.clone())))
    };
    let on_sign_out = {
        let state = state.clone();
        Callback::from(move |()| {
            if state.signing_out {
                return;
            }
            state.dispatch(Action::SignOutStarted);
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::sign_out().await;
                state.dispatch(Action::SignOutFinished(result));
            });
        })
    };
    let on_login_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<LoginState>| state.dispatch(Action::EditLogin(edit)))
    };
    let on_login_submit = {
        let state = state.clone();
        Callback::from(move |()| {
            if state.login.busy {
                return;
            }
            match state.login.request() {
                Err(err) => state.dispatch(Action::LoginInvalid(err)),
                Ok((email, password)) => {
                    state.dispatch(Action::SignInStarted);
                    let state = state.clone();
                    spawn_local(async move {
                        let result = ipc::sign_in(&email, &password).await;
                        state.dispatch(Action::SignInFinished(Box::new(result)));
                    });
                }
            }
        })
    };
    let on_opening_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<OpeningState>| state.dispatch(Action::EditOpening(edit)))
    };
    let on_opening_step = {
        let state = state.clone();
        Callback::from(move |step: OpeningStep| state.dispatch(Action::OpeningGoTo(step)))
    };
    let on_send_key = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.opening.busy,
                state.opening.key_request(today()),
                Action::OpeningInvalid,
                Action::OpeningStarted,
                |request| async move { ipc::request_opening_key(&request).await },
                Action::KeySentAnswer,
            );
        })
    };
    let on_complete = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.opening.busy,
                state.opening.completion(),
                Action::OpeningInvalid,
                Action::OpeningStarted,
                |request| async move { ipc::complete_opening(&request).await },
                Action::OpeningAnswer,
            );
        })
    };
    let on_opening_to_login = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::OpeningToLogin))
    };
    let on_reset_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<ResetState>| state.dispatch(Action::EditReset(edit)))
    };
    let on_reset_restart = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ResetRestart))
    };
    let on_reset_send_key = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.reset.busy,
                state.reset.key_request(),
                Action::ResetInvalid,
                Action::ResetStarted,
                |request| async move { ipc::request_password_reset_key(&request).await },
                Action::ResetKeyAnswer,
            );
        })
    };
    let on_reset_complete = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.reset.busy,
                state.reset.completion(),
                Action::ResetInvalid,
                Action::ResetStarted,
                |request| async move { ipc::complete_password_reset(&request).await },
                Action::ResetAnswer,
            );
        })
    };
    let on_reset_to_login = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ResetToLogin))
    };
    let on_counter_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<CounterForm>| state.dispatch(Action::EditCounter(edit)))
    };
    let on_register = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.counter.busy,
                state.counter.form.request(today()),
                Action::CounterInvalid,
                Action::CounterStarted,
                |request| async move { ipc::register_seeker(&request).await },
                |result| Action::CounterAnswer(Box::new(result)),
            );
        })
    };
    let on_register_again = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::CounterAgain))
    };
    let on_registration_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<RegistrationState>| {
            state.dispatch(Action::EditRegistration(edit))
        })
    };
    let on_registration_step = {
        let state = state.clone();
        Callback::from(move |step: RegistrationStep| state.dispatch(Action::RegistrationGoTo(step)))
    };
    let on_registration_send_key = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.registration.busy,
                state.registration.key_request(),
                Action::RegistrationInvalid,
                Action::RegistrationStarted,
                |request| async move { ipc::request_registration_key(&request).await },
                Action::RegistrationKeyAnswer,
            );
        })
    };
    let on_registration_complete = {
        let state = state.clone();
        Callback::from(move |()| {
            send_form(
                &state,
                state.registration.busy,
                state.registration.completion(today()),
                Action::RegistrationInvalid,
                Action::RegistrationStarted,
                |request| async move { ipc::complete_registration(&request).await },
                Action::RegistrationAnswer,
            );
        })
    };
    let on_registration_to_login = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::RegistrationToLogin))
    };
    // The list is read again every time it is shown, and on 「最新の情報に更新」.
    let load_provisional = {
        let state = state.clone();
        Callback::from(move |()| {
            if !state.session.is_counselor() {
                return;
            }
            state.dispatch(Action::Show(View::Provisional));
            state.dispatch(Action::ProvisionalLoading);
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::list_provisional_seekers().await;
                state.dispatch(Action::ProvisionalLoaded(result));
            });
        })
    };
    let on_refresh_provisional = {
        let state = state.clone();
        Callback::from(move |()| {
            if state.provisional.loading {
                return;
            }
            state.dispatch(Action::ProvisionalLoading);
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::list_provisional_seekers().await;
                state.dispatch(Action::ProvisionalLoaded(result));
            });
        })
    };
    let on_confirm_seeker = {
        let state = state.clone();
        Callback::from(move |seeker_number: String| {
            state.dispatch(Action::ConfirmStarted(seeker_number.clone()));
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::confirm_seeker(&seeker_number).await;
                state.dispatch(Action::ConfirmAnswer {
                    seeker_number,
                    result: Box::new(result),
                });
            });
        })
    };
    let on_password_change_edit = {
        let state = state.clone();
        Callback::from(move |edit: Edit<PasswordChangeState>| {
            state.dispatch(Action::EditPasswordChange(edit))
        })
    };
    let on_password_change_submit = {
        let state = state.clone();
        Callback::from(move |()| {
            let Some(account) = state.session.account() else {
                return;
            };
            send_form(
                &state,
                state.password_change.busy,
                state.password_change.request(&account.email),
                Action::PasswordChangeInvalid,
                Action::PasswordChangeStarted,
                |request| async move { ipc::change_password(&request).await },
                Action::PasswordChangeAnswer,
            );
        })
    };
    let on_password_change_cancel = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::PasswordChangeCancel))
    };
    // The settings are read afresh every time the screen is shown.
    let load_settings = {
        let state = state.clone();
        Callback::from(move |()| {
            state.dispatch(Action::Show(View::Settings));
            state.dispatch(Action::SettingsLoading);
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::device_settings().await;
                state.dispatch(Action::SettingsLoaded(result));
            });
        })
    };
    let on_settings_tick = {
        let state = state.clone();
        Callback::from(move |shared: bool| state.dispatch(Action::SettingsTick(shared)))
    };
    let on_settings_save = {
        let state = state.clone();
        Callback::from(move |()| {
            let Some(shared) = state.settings.to_save() else {
                return;
            };
            state.dispatch(Action::SettingsSaving);
            let state = state.clone();
            spawn_local(async move {
                let result = ipc::set_shared_workstation(shared).await;
                state.dispatch(Action::SettingsSaved(result));
            });
        })
    };
    let on_banner_recheck = {
        let check_status = check_status.clone();
        Callback::from(move |_: MouseEvent| check_status.emit(()))
    };

    let body = match &state.view {
        View::Search => html! {
            <>
                if let Some(account) = state.session.account() {
                    { welcome(account) }
                }
                <SearchFormPage
                    form={state.form.clone()}
                    generation={state.form_generation}
                    advanced_open={state.advanced_open}
                    error={state.form_error.clone()}
                    searching={state.searching}
                    on_edit={on_edit}
                    on_toggle_advanced={on_toggle_advanced}
                    on_submit={on_submit}
                    on_clear={on_clear}
                />
                { seeker::saved_searches(&state, &seeker_controls) }
                <ResultsPage
                    results={state.results.clone()}
                    params={state.last_params.clone()}
                    searching={state.searching}
                    error={state.results_error.clone()}
                    today={today()}
                    on_sort={on_sort}
                    on_per_page={on_per_page}
                    on_page={on_page}
                    on_open={on_open}
                    favorites={seeker::favorite_marks(&state)}
                    on_favorite={seeker_controls.on_favorite.clone()}
                />
            </>
        },
        View::Sheet { job_number } => html! {
            <JobSheetPage
                job_number={job_number.clone()}
                sheet={state.sheet.clone()}
                on_back={seeker_controls.back_from_sheet(&state, &on_back)}
                back={state.mypage.sheet_return}
                favorite={seeker::sheet_favorite(&state, &seeker_controls)}
            />
        },
        View::Favorites | View::Activity => seeker::page(&state, &seeker_controls),
        View::Login => html! {
            <LoginPage
                state={state.login.clone()}
                on_edit={on_login_edit}
                on_submit={on_login_submit}
                on_open_opening={show(View::Opening)}
                on_open_registration={show(View::Registration)}
                on_open_reset={show(View::PasswordReset)}
                on_open_employer_opening={show(View::EmployerOpening)}
            />
        },
        View::Opening => html! {
            <OpeningPage
                state={state.opening.clone()}
                today={today()}
                on_edit={on_opening_edit}
                on_step={on_opening_step}
                on_send_key={on_send_key}
                on_complete={on_complete}
                on_to_login={on_opening_to_login}
            />
        },
        View::Registration => html! {
            <RegistrationPage
                state={state.registration.clone()}
                today={today()}
                on_edit={on_registration_edit}
                on_step={on_registration_step}
                on_send_key={on_registration_send_key}
                on_complete={on_registration_complete}
                on_to_login={on_registration_to_login}
            />
        },
        View::Provisional => html! {
            <ProvisionalPage
                state={state.provisional.clone()}
                today={today()}
                on_refresh={on_refresh_provisional}
                on_confirm={on_confirm_seeker}
            />
        },
        View::PasswordReset => html! {
            <PasswordResetPage
                state={state.reset.clone()}
                on_edit={on_reset_edit}
                on_restart={on_reset_restart}
                on_send_key={on_reset_send_key}
                on_complete={on_reset_complete}
                on_to_login={on_reset_to_login}
            />
        },
        View::PasswordChange => html! {
            <PasswordChangePage
                state={state.password_change.clone()}
                email={state.session.account().map(|a| a.email.clone()).unwrap_or_default()}
                on_edit={on_password_change_edit}
                on_submit={on_password_change_submit}
                on_cancel={on_password_change_cancel}
            />
        },
        View::Settings => html! {
            <SettingsPage
                state={state.settings.clone()}
                counselor={state.session.is_counselor()}
                on_tick={on_settings_tick}
                on_save={on_settings_save}
            />
        },
        View::EmployerOpening | View::EmployerHome | View::EmployerReview => {
            employer_screens::body(&state)
        }
        View::EmailChange => email_change_screen::body(&state),
        View::Counter => html! {
            <CounterPage
                state={state.counter.clone()}
                today={today()}
                on_edit={on_counter_edit}
                on_submit={on_register}
                on_again={on_register_again}
            />
        },
    };
    let place = match &state.view {
        View::Search => Place::Search,
        View::Sheet { .. } => seeker::sheet_place(&state),
        View::Favorites => Place::Favorites,
        View::Activity => Place::Activity,
        View::Login => Place::Login,
        View::Opening => Place::Opening,
        View::PasswordReset => Place::PasswordReset,
        View::Registration => Place::Registration,
        View::Counter => Place::Counter,
        View::Provisional => Place::Provisional,
        View::PasswordChange => Place::PasswordChange,
        View::Settings => Place::Settings,
        View::EmployerOpening => Place::EmployerOpening,
        View::EmployerHome => Place::EmployerHome,
        View::EmployerReview => Place::EmployerReview,
        View::EmailChange => Place::EmailChange,
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ "本文へ移動" }</a>
            <Header
                connection={state.connection.clone()}
                on_recheck={on_recheck}
                session={state.session.clone()}
                place={place}
                signing_out={state.signing_out}
                sign_out_error={state.sign_out_error.clone()}
                on_search={show(View::Search)}
                on_login={show(View::Login)}
                on_counter={show(View::Counter)}
                on_provisional={load_provisional}
                on_password_change={show(View::PasswordChange)}
                on_email_change={show(View::EmailChange)}
                on_employer_home={employer_screens::open_home(&state)}
                on_employer_review={employer_screens::open_review(&state)}
                on_settings={load_settings}
                on_sign_out={on_sign_out}
                on_favorites={seeker_controls.show_favorites.clone()}
                on_activity={seeker_controls.show_activity.clone()}
            >
                { seeker::sync_indicator(&state, &seeker_controls) }
            </Header>
            if state.unreachable {
                <div id="service-unreachable" class="banner banner-error" role="alert">
                    <p class="banner-text">{ ipc::UNREACHABLE_MESSAGE }</p>
                    <button type="button" class="button button-secondary"
                        onclick={on_banner_recheck}>
                        { "接続を再確認" }
                    </button>
                </div>
            }
            { seeker::rejections(&state, &seeker_controls) }
            <main id="main" class="app-main">
                if let Some(notice) = &state.notice {
                    <p id="app-notice" class="notice" role="status" tabindex="-1">
                        { notice.clone() }
                    </p>
                }
                { body }
            </main>
            <footer class="app-footer">
                <p>{ "求人検索・マイページの操作方法に関するお問い合わせ：ヘルプデスク 0570-077450（月曜〜金曜 9:30〜18:00、祝日・年末年始を除く）" }</p>
            </footer>
        </>
    }
}

/// Submits a form once: while an answer is awaited (`busy`) nothing happens; a form refused by
/// the local checks dispatches `invalid`; otherwise `started` is dispatched, `call` goes to the
/// app, and its answer is dispatched through `answer`.
fn send_form<Request, Answer, Call>(
    state: &UseReducerHandle<AppState>,
    busy: bool,
    checked: Result<Request, FieldError>,
    invalid: fn(FieldError) -> Action,
    started: Action,
    call: impl FnOnce(Request) -> Call + 'static,
    answer: impl FnOnce(Answer) -> Action + 'static,
) where
    Request: 'static,
    Call: std::future::Future<Output = Answer> + 'static,
{
    if busy {
        return;
    }
    match checked {
        Err(err) => state.dispatch(invalid(err)),
        Ok(request) => {
            state.dispatch(started);
            let state = state.clone();
            spawn_local(async move {
                let result = call(request).await;
                state.dispatch(answer(result));
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(role: Role) -> AccountInfo {
        AccountInfo {
            role,
            email: "user@example.jp".into(),
            display_name: "山田 太郎".into(),
            seeker_number: None,
            office_code: None,
            registration: None,
            provisional_until: None,
            employer: None,
        }
    }

    fn run(state: AppState, actions: Vec<Action>) -> AppState {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    fn signed_in(role: Role) -> AppState {
        run(
            AppState::default(),
            vec![Action::SessionLoaded(Box::new(Ok(Some(account(role)))))],
        )
    }

    fn sign_in(result: Result<AccountInfo, ApiError>) -> Vec<Action> {
        vec![
            Action::Show(View::Login),
            Action::SignInStarted,
            Action::SignInFinished(Box::new(result)),
        ]
    }

    #[test]
    fn signing_in_goes_home_and_forgets_the_password() {
        let start = run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(None))),
                Action::EditLogin(Edit::new(|l: &mut LoginState| {
                    l.password = "kT7#mZq2".into()
                })),
            ],
        );
        assert_eq!(start.login.password, "kT7#mZq2");
        let counselor = run(start.clone(), sign_in(Ok(account(Role::Counselor))));
        assert_eq!(counselor.view, View::Counter);
        assert!(counselor.session.is_counselor());
        assert_eq!(counselor.login, LoginState::default());
        assert_eq!(counselor.focus.selector, "#seeker-name");
        let seeker = run(start, sign_in(Ok(account(Role::Seeker))));
        assert_eq!(seeker.view, View::Search);
        assert_eq!(seeker.focus.selector, "#greeting");
    }

    #[test]
    fn a_refused_sign_in_stays_on_the_login() {
        let err = ApiError::new(ErrorCode::InvalidCredentials, "違います");
        let state = run(AppState::default(), sign_in(Err(err.clone())));
        assert_eq!(state.view, View::Login);
        assert_eq!(state.session, Session::Checking);
        assert_eq!(
            state.login.error.as_ref().map(|e| e.message.as_str()),
            Some("違います")
        );
        // A refusal for a form no longer waiting is dropped.
        let late = run(
            AppState::default(),
            vec![Action::SignInFinished(Box::new(Err(err)))],
        );
        assert!(late.login.error.is_none());
    }

    #[test]
    fn signing_out_leaves_nothing_behind() {
        let mut state = signed_in(Role::Seeker);
        state.form.keyword = "事務".into();
        state.last_params = Some(JobSearchParams::default());
        state.opened_job = Some("13010-12345678".into());
        let out = run(
            state,
            vec![Action::SignOutStarted, Action::SignOutFinished(Ok(()))],
        );
        assert_eq!(out.session, Session::SignedOut);
        assert_eq!(out.view, View::Login);
        assert_eq!(out.form, SearchForm::default());
        assert!(out.last_params.is_none() && out.opened_job.is_none());
        assert_eq!(out.login.notice.as_deref(), Some(SIGNED_OUT_NOTICE));
        assert!(!out.signing_out);
    }

    #[test]
    fn a_failed_sign_out_says_so_and_keeps_the_session() {
        let out = run(
            signed_in(Role::Seeker),
            vec![
                Action::SignOutStarted,
                Action::SignOutFinished(Err(ApiError::new(ErrorCode::Internal, "失敗"))),
            ],
        );
        assert!(out.session.account().is_some());
        assert!(out.sign_out_error.unwrap().contains("失敗"));
    }

    #[test]
    fn the_counter_is_for_counselors_only() {
        let seeker = run(signed_in(Role::Seeker), vec![Action::Show(View::Counter)]);
        assert_eq!(seeker.view, View::Search);
        let counselor = run(
            signed_in(Role::Counselor),
            vec![Action::Show(View::Counter)],
        );
        assert_eq!(counselor.view, View::Counter);
    }

    #[test]
    fn an_ended_session_at_the_counter_goes_to_the_login() {
        let state = run(
            signed_in(Role::Counselor),
            vec![
                Action::Show(View::Counter),
                Action::EditCounter(Edit::new(|f: &mut CounterForm| f.name = "山田".into())),
                Action::CounterStarted,
                Action::CounterAnswer(Box::new(Err(ApiError::new(
                    ErrorCode::Unauthenticated,
                    "ログインしてください",
                )))),
            ],
        );
        assert_eq!(state.view, View::Login);
        assert_eq!(state.session, Session::SignedOut);
        assert_eq!(state.counter, CounterState::default());
        assert_eq!(state.login.notice.as_deref(), Some(SESSION_ENDED_NOTICE));
    }

    #[test]
    fn the_opening_runs_its_steps_and_ends_at_the_login() {
        let state = run(
            AppState::default(),
            vec![
                Action::Show(View::Opening),
                Action::EditOpening(Edit::new(|o: &mut OpeningState| {
                    o.agreed_terms = true;
                    o.agreed_privacy = true;
                    o.email = "Taro@Example.jp".into();
                })),
                Action::OpeningGoTo(OpeningStep::Email),
                Action::OpeningStarted,
                Action::KeySentAnswer(Ok(KeySent {
                    message: "送信しました".into(),
                })),
            ],
        );
        assert_eq!(state.opening.step, OpeningStep::Key);
        assert_eq!(state.opening.key_sent.as_deref(), Some("送信しました"));
        // An answer for a step that was left is dropped.
        let left = run(
            state.clone(),
            vec![
                Action::OpeningStarted,
                Action::OpeningGoTo(OpeningStep::Email),
                Action::OpeningAnswer(Ok(KeySent {
                    message: "完了".into(),
                })),
            ],
        );
        assert_eq!(left.opening.step, OpeningStep::Email);
        let done = run(
            state,
            vec![
                Action::OpeningStarted,
                Action::OpeningAnswer(Ok(KeySent {
                    message: "完了".into(),
                })),
                Action::OpeningToLogin,
            ],
        );
        assert_eq!(done.view, View::Login);
        assert_eq!(done.login.notice.as_deref(), Some(OPENED_NOTICE));
        assert_eq!(done.opening, OpeningState::default());
        assert_eq!(done.focus.selector, "#login-email");
    }

    fn sent(message: &str) -> Result<KeySent, ApiError> {
        Ok(KeySent {
            message: message.into(),
        })
    }

    /// From the login (with an email and a password typed) to step 2 of the reset.
    fn reset_at_key_step() -> AppState {
        run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(None))),
                Action::Show(View::Login),
                Action::EditLogin(Edit::new(|l: &mut LoginState| {
                    l.email = "taro@example.jp".into();
                    l.password = "kT7#mZq2".into();
                })),
                Action::Show(View::PasswordReset),
                Action::EditReset(Edit::new(|r: &mut ResetState| {
                    r.email = "Taro@Example.jp".into()
                })),
                Action::ResetStarted,
                Action::ResetKeyAnswer(sent("送信しました")),
                Action::EditReset(Edit::new(|r: &mut ResetState| {
                    r.key = "12345678".into();
                    r.password = "Hinode-Kaze9".into();
                    r.password_confirmation = "Hinode-Kaze9".into();
                })),
            ],
        )
    }

    #[test]
    fn the_reset_runs_its_steps_and_ends_at_an_empty_login() {
        let state = reset_at_key_step();
        assert_eq!(state.view, View::PasswordReset);
        assert!(state.login.password.is_empty());
        assert_eq!(state.reset.step, ResetStep::Key);
        assert_eq!(state.reset.key_sent.as_deref(), Some("送信しました"));
        assert_eq!(state.focus.selector, "#reset-step-heading");

        let refused = run(
            state.clone(),
            vec![
                Action::ResetStarted,
                Action::ResetAnswer(Err(ApiError::new(
                    ErrorCode::InvalidKey,
                    "認証キーが正しくありません。あと4回入力できます。",
                )
                .with_field("key"))),
            ],
        );
        assert_eq!(refused.reset.step, ResetStep::Key);
        assert!(refused.reset.key.is_empty() && !refused.reset.busy);
        assert_eq!(refused.reset.password, "Hinode-Kaze9");
        assert_eq!(refused.focus.selector, "#reset-key");

        let done = run(
            state,
            vec![
                Action::ResetStarted,
                Action::ResetAnswer(sent("パスワードを変更しました")),
            ],
        );
        assert_eq!(done.reset.step, ResetStep::Done);
        assert_eq!(done.reset.done.as_deref(), Some("パスワードを変更しました"));
        assert!(done.reset.password.is_empty());
        let login = run(done, vec![Action::ResetToLogin]);
        assert_eq!(login.view, View::Login);
        assert_eq!(login.reset, ResetState::default());
        assert!(login.login.email.is_empty());
        assert_eq!(login.login.notice.as_deref(), Some(RESET_NOTICE));
        assert_eq!(login.focus.selector, "#login-email");
    }

    #[test]
    fn leaving_the_reset_forgets_it_and_drops_late_answers() {
        let state = reset_at_key_step();
        // 「認証キーを再送信する」 while the completion is on its way.
        let restarted = run(
            state.clone(),
            vec![
                Action::ResetStarted,
                Action::ResetRestart,
                Action::ResetAnswer(sent("完了")),
            ],
        );
        assert_eq!(restarted.reset.step, ResetStep::Email);
        assert_eq!(restarted.reset.email, "Taro@Example.jp");
        assert!(restarted.reset.password.is_empty() && restarted.reset.done.is_none());

        let cancelled = run(
            state.clone(),
            vec![Action::ResetStarted, Action::ResetToLogin],
        );
        assert_eq!(cancelled.view, View::Login);
        assert_eq!(cancelled.login.email, "taro@example.jp");
        assert!(cancelled.login.notice.is_none());
        let late = run(cancelled, vec![Action::ResetAnswer(sent("完了"))]);
        assert_eq!(late.reset, ResetState::default());

        let menu = run(state, vec![Action::Show(View::Search)]);
        assert_eq!(menu.view, View::Search);
        assert_eq!(menu.reset, ResetState::default());
    }

    #[test]
    fn an_unknown_email_is_refused_at_its_box() {
        let state = run(
            AppState::default(),
            vec![
                Action::Show(View::PasswordReset),
                Action::ResetStarted,
                Action::ResetKeyAnswer(Err(ApiError::new(
                    ErrorCode::InvalidParameter,
                    "メールアドレスの形式が正しくありません。",
                )
                .with_field("email"))),
            ],
        );
        assert_eq!(state.reset.step, ResetStep::Email);
        assert_eq!(
            state.reset.error.as_ref().and_then(|e| e.field.as_deref()),
            Some("email")
        );
        assert_eq!(state.focus.selector, "#reset-email");
    }

    #[test]
    fn the_menu_returns_to_the_search_as_it_was() {
        let mut state = signed_in(Role::Counselor);
        state.form.keyword = "介護".into();
        let back = run(
            state,
            vec![Action::Show(View::Counter), Action::Show(View::Search)],
        );
        assert_eq!(back.view, View::Search);
        assert_eq!(back.form.keyword, "介護");
    }

    #[test]
    fn the_registration_runs_its_steps_and_ends_at_the_login() {
        let state = run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(None))),
                Action::Show(View::Login),
                Action::EditLogin(Edit::new(|l: &mut LoginState| {
                    l.password = "kT7#mZq2".into()
                })),
                Action::Show(View::Registration),
                Action::EditRegistration(Edit::new(|r: &mut RegistrationState| {
                    r.agreed_terms = true;
                    r.agreed_privacy = true;
                    r.email = "hanako@example.jp".into();
                })),
                Action::RegistrationGoTo(RegistrationStep::Email),
                Action::RegistrationStarted,
                Action::RegistrationKeyAnswer(sent("送信しました")),
            ],
        );
        assert_eq!(state.view, View::Registration);
        assert!(state.login.password.is_empty());
        assert_eq!(state.registration.step, RegistrationStep::Key);
        assert_eq!(state.focus.selector, "#registration-step-heading");

        let refused = run(
            state.clone(),
            vec![
                Action::RegistrationStarted,
                Action::RegistrationAnswer(Err(ApiError::new(
                    ErrorCode::InvalidParameter,
                    "フリガナは全角カタカナで入力してください。",
                )
                .with_field("name_kana"))),
            ],
        );
        assert_eq!(refused.focus.selector, "#registration-kana");

        let left = run(
            state.clone(),
            vec![
                Action::RegistrationStarted,
                Action::RegistrationToLogin,
                Action::RegistrationAnswer(sent("完了")),
            ],
        );
        assert_eq!(left.view, View::Login);
        assert_eq!(left.registration, RegistrationState::default());
        assert!(left.login.notice.is_none());

        let done = run(
            state,
            vec![
                Action::RegistrationStarted,
                Action::RegistrationAnswer(sent("完了")),
                Action::RegistrationToLogin,
            ],
        );
        assert_eq!(done.view, View::Login);
        assert_eq!(done.login.notice.as_deref(), Some(REGISTERED_NOTICE));
        assert_eq!(done.registration, RegistrationState::default());
    }

    #[test]
    fn the_provisional_list_is_for_counselors_and_ends_with_the_session() {
        let seeker = run(
            signed_in(Role::Seeker),
            vec![Action::Show(View::Provisional), Action::ProvisionalLoading],
        );
        assert_eq!(seeker.view, View::Search);
        assert!(!seeker.provisional.loading);

        let counselor = run(
            signed_in(Role::Counselor),
            vec![
                Action::Show(View::Provisional),
                Action::ProvisionalLoading,
                Action::ProvisionalLoaded(Ok(Vec::new())),
            ],
        );
        assert_eq!(counselor.view, View::Provisional);
        assert_eq!(counselor.provisional.rows, Some(Vec::new()));
        assert_eq!(counselor.focus.selector, "#provisional-heading");

        let ended = run(
            counselor,
            vec![
                Action::ProvisionalLoading,
                Action::ProvisionalLoaded(Err(ApiError::new(
                    ErrorCode::Unauthenticated,
                    "ログインしてください",
                ))),
            ],
        );
        assert_eq!(ended.view, View::Login);
        assert_eq!(ended.provisional, ProvisionalState::default());
        assert_eq!(ended.login.notice.as_deref(), Some(SESSION_ENDED_NOTICE));
    }

    fn change_typed() -> Action {
        Action::EditPasswordChange(Edit::new(|p: &mut PasswordChangeState| {
            p.current_password = "Old#pass1".into();
            p.password = "Hinode-Kaze9".into();
            p.password_confirmation = "Hinode-Kaze9".into();
        }))
    }

    #[test]
    fn a_password_change_returns_to_the_earlier_screen_with_the_message() {
        let signed_out = run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(None))),
                Action::Show(View::PasswordChange),
            ],
        );
        assert_eq!(signed_out.view, View::Search, "for signed-in accounts only");

        let counselor = run(
            signed_in(Role::Counselor),
            vec![
                Action::Show(View::Counter),
                Action::Show(View::PasswordChange),
                change_typed(),
            ],
        );
        assert_eq!(counselor.view, View::PasswordChange);
        assert_eq!(counselor.focus.selector, "#password-change-current");

        let refused = run(
            counselor.clone(),
            vec![
                Action::PasswordChangeStarted,
                Action::PasswordChangeAnswer(Err(ApiError::new(
                    ErrorCode::InvalidParameter,
                    "現在のパスワードが正しくありません。",
                )
                .with_field("current_password"))),
            ],
        );
        assert_eq!(refused.view, View::PasswordChange);
        assert!(refused.password_change.current_password.is_empty());
        assert_eq!(refused.focus.selector, "#password-change-current");

        let done = run(
            counselor.clone(),
            vec![
                Action::PasswordChangeStarted,
                Action::PasswordChangeAnswer(sent("パスワードを変更しました。")),
            ],
        );
        assert_eq!(done.view, View::Counter);
        assert_eq!(done.notice.as_deref(), Some("パスワードを変更しました。"));
        assert_eq!(done.password_change, PasswordChangeState::default());
        assert_eq!(done.focus.selector, "#app-notice");
        let moved_on = run(done, vec![Action::Show(View::Search)]);
        assert_eq!(moved_on.notice, None);

        let cancelled = run(
            counselor,
            vec![
                Action::PasswordChangeStarted,
                Action::PasswordChangeCancel,
                Action::PasswordChangeAnswer(sent("late")),
            ],
        );
        assert_eq!(cancelled.view, View::Counter);
        assert_eq!(cancelled.notice, None, "a late answer is dropped");
        assert_eq!(cancelled.password_change, PasswordChangeState::default());
    }

    #[test]
    fn an_ended_session_during_a_password_change_goes_to_the_login() {
        let state = run(
            signed_in(Role::Seeker),
            vec![
                Action::Show(View::PasswordChange),
                change_typed(),
                Action::PasswordChangeStarted,
                Action::PasswordChangeAnswer(Err(ApiError::new(
                    ErrorCode::Unauthenticated,
                    "ログインしてください",
                ))),
            ],
        );
        assert_eq!(state.view, View::Login);
        assert_eq!(state.session, Session::SignedOut);
        assert_eq!(state.password_change, PasswordChangeState::default());
    }

    #[test]
    fn the_settings_screen_is_open_to_everyone_and_read_afresh() {
        let settings = DeviceSettings {
            shared_workstation: false,
            shared_workstation_fixed: false,
        };
        let state = run(
            AppState::default(),
            vec![
                Action::SessionLoaded(Box::new(Ok(None))),
                Action::Show(View::Settings),
                Action::SettingsLoading,
                Action::SettingsLoaded(Ok(settings)),
                Action::SettingsTick(true),
                Action::SettingsSaving,
                Action::SettingsSaved(Ok(DeviceSettings {
                    shared_workstation: true,
                    ..settings
                })),
            ],
        );
        assert_eq!(state.view, View::Settings);
        assert_eq!(state.focus.selector, "#settings-heading");
        assert!(state.settings.shared_workstation);
        assert!(state.settings.notice.is_some());
        // Nothing is read for a screen that is no longer shown.
        let left = run(
            state,
            vec![
                Action::Show(View::Settings),
                Action::SettingsLoading,
                Action::Show(View::Search),
                Action::SettingsLoading,
            ],
        );
        assert_eq!(left.view, View::Search);
    }
}
