//! The root's part for a signed-in job seeker's MyPage data: the [`SeekerAction`]s and how they
//! change the screen state (views and focus included), the callbacks behind the screens that
//! call the app ([`SeekerControls`]), the polling of the sync status while a job seeker is
//! signed in ([`use_seeker_data`]), and the pieces of the screens the root places (the header's
//! sync indicator, the refused edits, the saved searches, the お気に入り buttons).
//!
//! The data itself is read from the app's cache, which the desktop core keeps in step with the
//! service: the lists are read again whenever a sync pass ends or an edit is made.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime};
use shigoto_shared::{
    ApiError, FavoriteItem, JobSearchParams, RejectedEdit, Role, SavedSearchItem, SyncState,
    SyncStatus,
};
use wasm_bindgen_futures::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;

use super::{Action, AppState, SearchOrigin, SheetState, View};
use crate::account::Edit;
use crate::components::favorite_button::{FavoriteButton, FavoriteToggle};
use crate::components::header::Place;
use crate::components::saved_searches::SavedSearches;
use crate::components::sync_indicator::SyncIndicator;
use crate::ipc;
use crate::mypage::{
    form_from_params, has_advanced, suggested_name, FavoriteMarks, SaveForm, SheetReturn,
    SYNC_POLL_SECONDS,
};
use crate::pages::activity::ActivityPage;
use crate::pages::favorites::FavoritesPage;

/// Something that happened to the job seeker's MyPage data.
pub enum SeekerAction {
    NumbersLoaded(Result<Vec<String>, ApiError>),
    FavoriteStarted(String),
    FavoriteAnswer {
        job_number: String,
        add: bool,
        result: Result<Vec<String>, ApiError>,
    },
    FavoritesLoaded(Result<Vec<FavoriteItem>, ApiError>),
    SearchesLoaded(Result<Vec<SavedSearchItem>, ApiError>),
    NewCountsLoaded(Result<Vec<shigoto_shared::NewPostings>, ApiError>),
    /// 「この条件を保存」.
    OpenSave,
    EditSave(Edit<SaveForm>),
    CloseSave,
    SaveInvalid(String),
    SaveStarted,
    Saved(Result<Vec<SavedSearchItem>, ApiError>),
    /// 削除 (`Some`) or 「やめる」 (`None`).
    AskDelete(Option<String>),
    DeleteStarted(String),
    Deleted {
        id: String,
        result: Result<Vec<SavedSearchItem>, ApiError>,
    },
    RunStarted(String),
    RunAnswer(Box<Result<JobSearchParams, ApiError>>),
    SyncLoaded(Option<SyncStatus>),
    SyncRequested,
    Rejected(Vec<RejectedEdit>),
    DismissRejections,
}

/// Where a 求人票 opened from `view` returns to.
pub fn sheet_return(view: &View) -> SheetReturn {
    match view {
        View::Favorites => SheetReturn::Favorites,
        View::Activity => SheetReturn::Activity,
        _ => SheetReturn::Results,
    }
}

/// The menu entry marked while a 求人票 is shown.
pub fn sheet_place(state: &AppState) -> Place {
    match state.mypage.sheet_return {
        SheetReturn::Results => Place::Search,
        SheetReturn::Favorites => Place::Favorites,
        SheetReturn::Activity => Place::Activity,
    }
}

/// The current time (UTC), from the web view's clock.
pub fn now_utc() -> NaiveDateTime {
    // Milliseconds since the epoch fit an i64 for the next 290 million years.
    #[allow(clippy::cast_possible_truncation)]
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis)
        .map(|at| at.naive_utc())
        .unwrap_or_default()
}

impl AppState {
    /// A job seeker is signed in (only they have favorites and saved searches).
    pub fn is_seeker(&self) -> bool {
        self.session
            .account()
            .is_some_and(|account| account.role == Role::Seeker)
    }

    /// Shows お気に入り求人 or 求職活動状況 (read afresh by the caller); false for others.
    pub(super) fn show_seeker_page(&mut self, view: &View) -> bool {
        if !self.is_seeker() {
            return false;
        }
        let from_sheet = matches!(self.view, View::Sheet { .. });
        let heading = match view {
            View::Favorites => "#favorites-heading",
            View::Activity => "#activity-heading",
            _ => return false,
        };
        self.view = view.clone();
        self.sheet = SheetState::Loading;
        self.mypage.favorites_loading();
        // Back from a 求人票, the focus returns to the posting it showed.
        if !from_sheet {
            self.focus_on(heading, true);
        }
        true
    }

    /// Applies `action`; false when it changes nothing (a late or repeated answer).
    pub(super) fn reduce_seeker(&mut self, action: SeekerAction) -> bool {
        let mypage = &mut self.mypage;
        match action {
            SeekerAction::NumbersLoaded(Ok(numbers)) => mypage.numbers_loaded(numbers),
            SeekerAction::NumbersLoaded(Err(_)) => return false,
            SeekerAction::FavoriteStarted(job_number) => {
                if !mypage.favorite_started(&job_number) {
                    return false;
                }
            }
            SeekerAction::FavoriteAnswer {
                job_number,
                add,
                result,
            } => {
                if !mypage.marks.is_busy(&job_number) {
                    return false;
                }
                mypage.favorite_answered(&job_number, add, result);
            }
            SeekerAction::FavoritesLoaded(result) => mypage.favorites_loaded(result),
            SeekerAction::SearchesLoaded(result) => mypage.searches_loaded(result),
            SeekerAction::NewCountsLoaded(result) => mypage.new_counts_loaded(result),
            SeekerAction::OpenSave => {
                let suggested = self
                    .form
                    .to_params()
                    .map(|params| suggested_name(&params))
                    .unwrap_or_default();
                self.mypage.open_save(&suggested);
                self.focus_on("#saved-search-name", false);
            }
            SeekerAction::EditSave(edit) => mypage.edit_save(&edit),
            SeekerAction::CloseSave => {
                mypage.close_save();
                self.focus_on("#open-save-search", false);
            }
            SeekerAction::SaveInvalid(message) => {
                mypage.save_invalid(message);
                self.focus_on("#saved-search-name", false);
            }
            SeekerAction::SaveStarted => mypage.save_started(),
            SeekerAction::Saved(result) => {
                let ok = result.is_ok();
                if !mypage.saved(result) {
                    return false;
                }
                let target = if ok {
                    "#open-save-search"
                } else {
                    "#saved-search-name"
                };
                self.focus_on(target, false);
            }
            SeekerAction::AskDelete(id) => {
                let target = match (&id, &mypage.searches.confirm_delete) {
                    (Some(id), _) => format!("[data-search-id=\"{id}\"] .confirm-delete"),
                    (None, Some(asked)) => {
                        format!("[data-search-id=\"{asked}\"] .delete-saved-search")
                    }
                    (None, None) => String::new(),
                };
                mypage.ask_delete(id);
                self.focus_on(&target, false);
            }
            SeekerAction::DeleteStarted(id) | SeekerAction::RunStarted(id) => {
                if !mypage.search_busy(&id) {
                    return false;
                }
            }
            SeekerAction::Deleted { id, result } => {
                if mypage.searches.busy.as_deref() != Some(id.as_str()) {
                    return false;
                }
                mypage.deleted(&id, result);
                self.focus_on("#saved-searches-heading", false);
            }
            SeekerAction::RunAnswer(result) => {
                if mypage.searches.busy.is_none() {
                    return false;
                }
                if let Some(params) = mypage.ran(*result) {
                    // The form shows the saved conditions; the search itself follows.
                    self.form = form_from_params(&params);
                    self.form_generation = self.form_generation.wrapping_add(1);
                    self.advanced_open = has_advanced(&self.form);
                    self.form_error = None;
                    self.notice = None;
                    self.view = View::Search;
                    self.sheet = SheetState::Loading;
                }
            }
            SeekerAction::SyncLoaded(status) => {
                let before = mypage.sync.as_ref().map(|s| s.state);
                let now = status.as_ref().map(|s| s.state);
                mypage.sync_loaded(status);
                if before != now {
                    // A pass that reached the service, or failed to, says how the connection is.
                    match now {
                        Some(SyncState::UpToDate) => self.came_online(),
                        Some(SyncState::Offline) => self.went_offline(),
                        _ => {}
                    }
                }
            }
            SeekerAction::SyncRequested => mypage.sync_requested(),
            SeekerAction::Rejected(edits) => mypage.rejected(edits),
            SeekerAction::DismissRejections => mypage.dismiss_rejections(),
        }
        true
    }
}

fn seeker(action: SeekerAction) -> Action {
    Action::Seeker(action)
}

/// Reads the favorites' numbers and the saved searches, and the favorites' list when a page
/// showing it is open.
fn reload(state: &UseReducerHandle<AppState>, with_list: bool) {
    let handle = state.clone();
    spawn_local(async move {
        let numbers = ipc::favorite_numbers().await;
        handle.dispatch(seeker(SeekerAction::NumbersLoaded(numbers)));
        let searches = ipc::saved_searches().await;
        handle.dispatch(seeker(SeekerAction::SearchesLoaded(searches)));
        let counts = ipc::saved_search_new_counts().await;
        handle.dispatch(seeker(SeekerAction::NewCountsLoaded(counts)));
        if with_list {
            let favorites = ipc::favorites().await;
            handle.dispatch(seeker(SeekerAction::FavoritesLoaded(favorites)));
        }
    });
}

/// Asks where syncing stands, and for edits the service refused; `alive` false drops the
/// answers (the seeker signed out meanwhile).
async fn poll(state: &UseReducerHandle<AppState>, alive: &Cell<bool>) {
    let Ok(status) = ipc::sync_status().await else {
        return;
    };
    if !alive.get() {
        return;
    }
    let seeker_data = status.is_some();
    state.dispatch(seeker(SeekerAction::SyncLoaded(status)));
    if seeker_data {
        if let Ok(edits) = ipc::take_rejections().await {
            if !edits.is_empty() {
                state.dispatch(seeker(SeekerAction::Rejected(edits)));
            }
        }
    }
}

/// While a job seeker is signed in: reads their data once, then asks for the sync status every
/// few seconds; reads the lists again whenever they may have changed.
#[hook]
pub fn use_seeker_data(state: &UseReducerHandle<AppState>) {
    let signed_in = state
        .session
        .account()
        .filter(|account| account.role == Role::Seeker)
        .map(|account| {
            // The 求職番号 stays when the email changes.
            account
                .seeker_number
                .clone()
                .unwrap_or_else(|| account.email.clone())
        });
    {
        let state = state.clone();
        use_effect_with(signed_in, move |signed_in| {
            let alive = Rc::new(Cell::new(signed_in.is_some()));
            if signed_in.is_some() {
                reload(&state, false);
                let alive = alive.clone();
                spawn_local(async move {
                    while alive.get() {
                        poll(&state, &alive).await;
                        sleep(Duration::from_secs(SYNC_POLL_SECONDS)).await;
                    }
                });
            }
            move || alive.set(false)
        });
    }
    {
        // The service answers again (a search, 再確認): a sync waiting out its backoff goes now.
        let waiting = state.is_seeker() && state.mypage.is_offline();
        use_effect_with(state.unreachable, move |unreachable| {
            if !*unreachable && waiting {
                spawn_local(async {
                    let _ = ipc::sync_now().await;
                });
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with(state.mypage.data_version, move |version| {
            if *version > 0 && state.is_seeker() {
                let with_list = matches!(state.view, View::Favorites | View::Activity);
                reload(&state, with_list);
            }
        });
    }
}

/// The callbacks of the job seeker's screens.
#[derive(Clone)]
pub struct SeekerControls {
    pub on_favorite: Callback<FavoriteToggle>,
    pub show_favorites: Callback<()>,
    pub show_activity: Callback<()>,
    pub on_open: Callback<String>,
    pub on_search: Callback<()>,
    pub on_open_save: Callback<()>,
    pub on_edit_save: Callback<Edit<SaveForm>>,
    pub on_save: Callback<()>,
    pub on_cancel_save: Callback<()>,
    pub on_run: Callback<String>,
    pub on_ask_delete: Callback<Option<String>>,
    pub on_delete: Callback<String>,
    pub on_sync_now: Callback<()>,
    pub on_dismiss_rejections: Callback<()>,
}

impl SeekerControls {
    /// `run_search` runs a search as the root does; `on_open` opens a 求人票.
    pub fn new(
        state: &UseReducerHandle<AppState>,
        run_search: &Callback<(JobSearchParams, SearchOrigin)>,
        on_open: &Callback<String>,
    ) -> Self {
        let dispatch = |action: fn() -> SeekerAction| {
            let state = state.clone();
            Callback::from(move |()| state.dispatch(seeker(action())))
        };
        let on_favorite = {
            let state = state.clone();
            Callback::from(move |toggle: FavoriteToggle| {
                if state.mypage.marks.is_busy(&toggle.job_number) {
                    return;
                }
                state.dispatch(seeker(SeekerAction::FavoriteStarted(
                    toggle.job_number.clone(),
                )));
                let state = state.clone();
                spawn_local(async move {
                    let result = if toggle.add {
                        ipc::add_favorite(&toggle.job_number).await
                    } else {
                        ipc::remove_favorite(&toggle.job_number).await
                    };
                    state.dispatch(seeker(SeekerAction::FavoriteAnswer {
                        job_number: toggle.job_number,
                        add: toggle.add,
                        result,
                    }));
                });
            })
        };
        let show = |view: View, with_searches: bool| {
            let state = state.clone();
            Callback::from(move |()| {
                state.dispatch(Action::Show(view.clone()));
                let state = state.clone();
                spawn_local(async move {
                    let favorites = ipc::favorites().await;
                    state.dispatch(seeker(SeekerAction::FavoritesLoaded(favorites)));
                    if with_searches {
                        let searches = ipc::saved_searches().await;
                        state.dispatch(seeker(SeekerAction::SearchesLoaded(searches)));
                    }
                });
            })
        };
        let on_search = {
            let state = state.clone();
            Callback::from(move |()| state.dispatch(Action::Show(View::Search)))
        };
        let on_edit_save = {
            let state = state.clone();
            Callback::from(move |edit: Edit<SaveForm>| {
                state.dispatch(seeker(SeekerAction::EditSave(edit)))
            })
        };
        let on_save = {
            let state = state.clone();
            Callback::from(move |()| {
                if state.mypage.searches.form.busy {
                    return;
                }
                let params = match state.form.to_params() {
                    Ok(params) => params,
                    Err(err) => {
                        let message = format!(
                            "検索フォームの条件に誤りがあるため保存できません。{}",
                            err.message
                        );
                        state.dispatch(Action::FormInvalid(err));
                        state.dispatch(seeker(SeekerAction::SaveInvalid(message)));
                        return;
                    }
                };
                match state.mypage.save_request() {
                    Err(message) => state.dispatch(seeker(SeekerAction::SaveInvalid(message))),
                    Ok((id, name)) => {
                        state.dispatch(seeker(SeekerAction::SaveStarted));
                        let state = state.clone();
                        spawn_local(async move {
                            let result = ipc::save_search(id.as_deref(), &name, &params).await;
                            state.dispatch(seeker(SeekerAction::Saved(result)));
                        });
                    }
                }
            })
        };
        let on_run = {
            let state = state.clone();
            let run_search = run_search.clone();
            Callback::from(move |id: String| {
                if state.mypage.searches.busy.is_some() {
                    return;
                }
                state.dispatch(seeker(SeekerAction::RunStarted(id.clone())));
                let state = state.clone();
                let run_search = run_search.clone();
                spawn_local(async move {
                    let result = ipc::run_saved_search(&id).await;
                    let params = result.as_ref().ok().cloned();
                    state.dispatch(seeker(SeekerAction::RunAnswer(Box::new(result))));
                    if let Some(params) = params {
                        run_search.emit((params, SearchOrigin::Form));
                    }
                });
            })
        };
        let on_ask_delete = {
            let state = state.clone();
            Callback::from(move |id: Option<String>| {
                state.dispatch(seeker(SeekerAction::AskDelete(id)))
            })
        };
        let on_delete = {
            let state = state.clone();
            Callback::from(move |id: String| {
                if state.mypage.searches.busy.is_some() {
                    return;
                }
                state.dispatch(seeker(SeekerAction::DeleteStarted(id.clone())));
                let state = state.clone();
                spawn_local(async move {
                    let result = ipc::delete_search(&id).await;
                    state.dispatch(seeker(SeekerAction::Deleted { id, result }));
                });
            })
        };
        let on_sync_now = {
            let state = state.clone();
            Callback::from(move |()| {
                state.dispatch(seeker(SeekerAction::SyncRequested));
                let state = state.clone();
                spawn_local(async move {
                    if ipc::sync_now().await.is_ok() {
                        if let Ok(status) = ipc::sync_status().await {
                            state.dispatch(seeker(SeekerAction::SyncLoaded(status)));
                        }
                    }
                });
            })
        };
        Self {
            on_favorite,
            show_favorites: show(View::Favorites, false),
            show_activity: show(View::Activity, true),
            on_open: on_open.clone(),
            on_search,
            on_open_save: dispatch(|| SeekerAction::OpenSave),
            on_edit_save,
            on_save,
            on_cancel_save: dispatch(|| SeekerAction::CloseSave),
            on_run,
            on_ask_delete,
            on_delete,
            on_sync_now,
            on_dismiss_rejections: dispatch(|| SeekerAction::DismissRejections),
        }
    }

    /// 「戻る」 of a 求人票: the list it was opened from.
    pub fn back_from_sheet(&self, state: &AppState, to_results: &Callback<()>) -> Callback<()> {
        match state.mypage.sheet_return {
            SheetReturn::Results => to_results.clone(),
            SheetReturn::Favorites => self.show_favorites.clone(),
            SheetReturn::Activity => self.show_activity.clone(),
        }
    }
}

/// The favorites' marks for the result list (none unless a job seeker is signed in).
pub fn favorite_marks(state: &AppState) -> Option<Rc<FavoriteMarks>> {
    state.is_seeker().then(|| state.mypage.marks.clone())
}

/// The お気に入り button of the 求人票 shown (once it is loaded, for job seekers).
pub fn sheet_favorite(state: &AppState, controls: &SeekerControls) -> Html {
    let SheetState::Loaded(sheet) = &state.sheet else {
        return html! {};
    };
    if !state.is_seeker() {
        return html! {};
    }
    html! {
        <FavoriteButton id="sheet-favorite" job_number={sheet.job_number.clone()}
            title={sheet.work.title.clone()}
            marks={state.mypage.marks.clone()} on_toggle={controls.on_favorite.clone()} />
    }
}

/// 保存した検索条件 under the search form (job seekers).
pub fn saved_searches(state: &AppState, controls: &SeekerControls) -> Html {
    if !state.is_seeker() {
        return html! {};
    }
    html! {
        <SavedSearches searches={state.mypage.searches.clone()} now={now_utc()}
            on_open_save={controls.on_open_save.clone()}
            on_edit={controls.on_edit_save.clone()}
            on_save={controls.on_save.clone()}
            on_cancel_save={controls.on_cancel_save.clone()}
            on_run={controls.on_run.clone()}
            on_ask_delete={controls.on_ask_delete.clone()}
            on_delete={controls.on_delete.clone()} />
    }
}

/// The header's sync indicator (job seekers).
pub fn sync_indicator(state: &AppState, controls: &SeekerControls) -> Html {
    if !state.is_seeker() {
        return html! {};
    }
    html! {
        <SyncIndicator status={state.mypage.sync.clone()}
            requested={state.mypage.sync_requested} now={now_utc()}
            on_sync_now={controls.on_sync_now.clone()} />
    }
}

/// The edits the service refused (`#sync-rejections`), until closed.
pub fn rejections(state: &AppState, controls: &SeekerControls) -> Html {
    if state.mypage.rejections.is_empty() || !state.is_seeker() {
        return html! {};
    }
    let close = {
        let cb = controls.on_dismiss_rejections.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <div id="sync-rejections" class="banner banner-error sync-rejections" role="alert">
            <div class="banner-text">
                <p class="rejections-title">
                    { "この端末で行った次の変更は、サービスで受け付けられなかったため取り消されました。" }
                </p>
                <ul class="rejections-list">
                    { for state.mypage.rejections.iter().map(|edit| html! {
                        <li>{ edit.message.clone() }</li>
                    }) }
                </ul>
            </div>
            <button type="button" id="dismiss-rejections" class="button button-secondary"
                onclick={close}>
                { "閉じる" }
            </button>
        </div>
    }
}

/// お気に入り求人 or 求職活動状況.
pub fn page(state: &AppState, controls: &SeekerControls) -> Html {
    match state.view {
        View::Favorites => html! {
            <FavoritesPage state={state.mypage.favorites.clone()}
                marks={state.mypage.marks.clone()} sync={state.mypage.sync.clone()}
                on_open={controls.on_open.clone()} on_toggle={controls.on_favorite.clone()}
                on_search={controls.on_search.clone()} />
        },
        View::Activity => html! {
            <ActivityPage favorites={state.mypage.favorites.clone()}
                searches={state.mypage.searches.clone()}
                on_show_favorites={controls.show_favorites.clone()}
                on_open={controls.on_open.clone()} on_run={controls.on_run.clone()}
                on_search={controls.on_search.clone()} />
        },
        _ => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Session;
    use shigoto_shared::{AccountInfo, ErrorCode};

    fn account(role: Role) -> AccountInfo {
        AccountInfo {
            role,
            email: "user@example.jp".into(),
            display_name: "山田 太郎".into(),
            seeker_number: Some("13010-000001".into()),
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
        AppState {
            session: Session::SignedIn(Rc::new(account(role))),
            ..AppState::default()
        }
    }

    #[test]
    fn the_favorites_pages_are_for_job_seekers() {
        let counselor = run(
            signed_in(Role::Counselor),
            vec![Action::Show(View::Favorites)],
        );
        assert_eq!(counselor.view, View::Search);
        let seeker = run(signed_in(Role::Seeker), vec![Action::Show(View::Favorites)]);
        assert_eq!(seeker.view, View::Favorites);
        assert!(seeker.mypage.favorites.loading);
        assert_eq!(seeker.focus.selector, "#favorites-heading");
        let activity = run(seeker, vec![Action::Show(View::Activity)]);
        assert_eq!(activity.view, View::Activity);
        assert_eq!(activity.focus.selector, "#activity-heading");
    }

    #[test]
    fn a_sheet_opened_from_the_favorites_returns_there() {
        let state = run(
            signed_in(Role::Seeker),
            vec![
                Action::Show(View::Favorites),
                Action::OpenJob {
                    job_number: "13010-12345678".into(),
                    scroll_y: 0.0,
                },
            ],
        );
        assert_eq!(state.mypage.sheet_return, SheetReturn::Favorites);
        assert_eq!(sheet_place(&state), Place::Favorites);
        let version = state.focus.version;
        let back = run(state, vec![Action::Show(View::Favorites)]);
        assert_eq!(back.view, View::Favorites);
        assert_eq!(
            back.focus.version, version,
            "the focus returns to the posting, not the heading"
        );

        let from_results = run(
            back,
            vec![
                Action::Show(View::Search),
                Action::OpenJob {
                    job_number: "13010-12345678".into(),
                    scroll_y: 0.0,
                },
            ],
        );
        assert_eq!(from_results.mypage.sheet_return, SheetReturn::Results);
    }

    #[test]
    fn a_saved_search_fills_the_form_and_shows_the_search() {
        let state = run(
            signed_in(Role::Seeker),
            vec![
                Action::Show(View::Activity),
                Action::Seeker(SeekerAction::RunStarted("a".into())),
                Action::Seeker(SeekerAction::RunAnswer(Box::new(Ok(JobSearchParams {
                    keyword: "経理".into(),
                    age: Some(30),
                    ..JobSearchParams::default()
                })))),
            ],
        );
        assert_eq!(state.view, View::Search);
        assert_eq!(state.form.keyword, "経理");
        assert_eq!(state.form.age, "30");
        assert!(state.advanced_open);
        assert_eq!(state.mypage.searches.busy, None);
        // A late answer is dropped.
        let late = run(
            state,
            vec![Action::Seeker(SeekerAction::RunAnswer(Box::new(Ok(
                JobSearchParams::default(),
            ))))],
        );
        assert_eq!(late.form.keyword, "経理");
    }

    #[test]
    fn the_save_form_suggests_the_keyword_and_refusals_focus_the_name() {
        let mut state = signed_in(Role::Seeker);
        state.form.keyword = "事務".into();
        let state = run(
            state,
            vec![
                Action::Seeker(SeekerAction::SearchesLoaded(Ok(Vec::new()))),
                Action::Seeker(SeekerAction::OpenSave),
            ],
        );
        assert!(state.mypage.searches.form.open);
        assert_eq!(state.mypage.searches.form.name, "事務");
        assert_eq!(state.focus.selector, "#saved-search-name");
        let refused = run(
            state,
            vec![
                Action::Seeker(SeekerAction::SaveStarted),
                Action::Seeker(SeekerAction::Saved(Err(ApiError::new(
                    ErrorCode::LimitExceeded,
                    "検索条件は3件まで保存できます。",
                )))),
            ],
        );
        assert_eq!(
            refused.mypage.searches.form.error.as_deref(),
            Some("検索条件は3件まで保存できます。")
        );
        assert_eq!(refused.focus.selector, "#saved-search-name");
    }

    #[test]
    fn the_sync_status_tells_the_connection_and_sign_out_forgets_everything() {
        let status = |state| SyncStatus {
            state,
            last_success_at: None,
            pending: 1,
            message: None,
        };
        let offline = run(
            signed_in(Role::Seeker),
            vec![Action::Seeker(SeekerAction::SyncLoaded(Some(status(
                SyncState::Offline,
            ))))],
        );
        assert!(offline.unreachable);
        let online = run(
            offline,
            vec![
                Action::Seeker(SeekerAction::SyncLoaded(Some(status(SyncState::UpToDate)))),
                Action::Seeker(SeekerAction::FavoriteStarted("13010-12345678".into())),
                Action::Seeker(SeekerAction::FavoriteAnswer {
                    job_number: "13010-12345678".into(),
                    add: true,
                    result: Ok(vec!["13010-12345678".into()]),
                }),
            ],
        );
        assert!(!online.unreachable);
        assert!(online.mypage.marks.is_favorite("13010-12345678"));
        let out = run(
            online,
            vec![Action::SignOutStarted, Action::SignOutFinished(Ok(()))],
        );
        assert_eq!(out.mypage, crate::mypage::MyPageState::default());
    }
}
