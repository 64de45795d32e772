//! The application root: one reducer holds the whole screen state (which view is shown, the
//! form as typed, the last conditions and results, the open 求人票, the connection), and the
//! [`App`] component turns user intents into Tauri calls and actions.
//!
//! Architecture invariant: components never call `ipc` themselves; they emit callbacks and the
//! root dispatches [`Action`]s. Answers that arrive late (an older search, a sheet the person
//! already left) are recognised by their sequence number or job number and dropped.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use shigoto_shared::{
    ApiError, JobSearchParams, JobSearchResults, JobSheet, ServiceStatus, SortOrder,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::header::{Connection, Header};
use crate::ipc;
use crate::pages::job_sheet::JobSheetPage;
use crate::pages::results::ResultsPage;
use crate::pages::search_form::SearchFormPage;
use crate::query::{error_place, ErrorPlace, FieldError, SearchForm, DEFAULT_PAGE_SIZE};

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum View {
    /// The search form with the result list below it.
    Search,
    /// One 求人票.
    Sheet { job_number: String },
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
                next.saved_scroll = scroll_y;
                next.opened_job = Some(job_number.clone());
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
                        next.came_online();
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
                next.view = View::Search;
                next.sheet = SheetState::Loading;
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
    let on_banner_recheck = {
        let check_status = check_status.clone();
        Callback::from(move |_: MouseEvent| check_status.emit(()))
    };

    let body = match &state.view {
        View::Search => html! {
            <>
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
                />
            </>
        },
        View::Sheet { job_number } => html! {
            <JobSheetPage
                job_number={job_number.clone()}
                sheet={state.sheet.clone()}
                on_back={on_back}
            />
        },
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ "本文へ移動" }</a>
            <Header connection={state.connection.clone()} on_recheck={on_recheck} />
            if state.unreachable {
                <div id="service-unreachable" class="banner banner-error" role="alert">
                    <p class="banner-text">{ ipc::UNREACHABLE_MESSAGE }</p>
                    <button type="button" class="button button-secondary"
                        onclick={on_banner_recheck}>
                        { "接続を再確認" }
                    </button>
                </div>
            }
            <main id="main" class="app-main">
                { body }
            </main>
            <footer class="app-footer">
                <p>{ "求人検索・マイページの操作方法に関するお問い合わせ：ヘルプデスク 0570-077450（月曜〜金曜 9:30〜18:00、祝日・年末年始を除く）" }</p>
            </footer>
        </>
    }
}
