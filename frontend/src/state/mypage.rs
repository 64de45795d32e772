//! A signed-in job seeker's MyPage data, app-wide: the favorites (marks in every list, the
//! お気に入り求人 list), the saved searches, the sync status and the edits the service refused.
//! While a job seeker is signed in the provider reads the data once, asks for the sync status
//! every few seconds, and reads the lists again whenever they may have changed.
//!
//! The data is read from the app's cache, which the desktop core keeps in step with the
//! service; the rules of what a change may do are in [`crate::forms::mypage`].

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use shigoto_shared::{AccountInfo, JobSearchParams, Role, SyncState};
use wasm_bindgen_futures::spawn_local;
use yew::platform::time::sleep;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::favorite_button::FavoriteToggle;
use crate::forms::edit::Edit;
use crate::forms::mypage::{
    form_from_params, has_advanced, suggested_name, MyPageState, SaveError, SaveForm,
    SYNC_POLL_SECONDS,
};
use crate::ipc;
use crate::route::Route;
use crate::state::connection::ConnectionContext;
use crate::state::focus::Focus;
use crate::state::search::{SearchContext, SearchOrigin};
use crate::state::store::{use_store, StoreHandle, Update};

pub use crate::clock::now_utc;

/// The MyPage context.
#[derive(Clone, PartialEq)]
pub struct MyPageContext {
    pub store: StoreHandle<MyPageState>,
    /// A job seeker is signed in (only they have favorites and saved searches).
    pub active: bool,
    pub(crate) search: SearchContext,
    focus: Focus,
    navigator: Option<Navigator>,
}

impl MyPageContext {
    pub fn state(&self) -> &MyPageState {
        &self.store
    }

    /// A callback that does `action` with this context (for the views' `on_…` props).
    pub fn callback<A: 'static>(&self, action: fn(&MyPageContext, A)) -> Callback<A> {
        let context = self.clone();
        Callback::from(move |arg: A| action(&context, arg))
    }

    /// 「お気に入りに追加／から削除」.
    pub fn toggle_favorite(&self, toggle: FavoriteToggle) {
        if !self.active || self.store.marks.is_busy(&toggle.job_number) {
            return;
        }
        let job_number = toggle.job_number.clone();
        self.store.update(move |s| {
            s.favorite_started(&job_number);
        });
        let store = self.store.clone();
        spawn_local(async move {
            let result = if toggle.add {
                ipc::add_favorite(&toggle.job_number).await
            } else {
                ipc::remove_favorite(&toggle.job_number).await
            };
            store.update_once(move |s| {
                if s.marks.is_busy(&toggle.job_number) {
                    s.favorite_answered(&toggle.job_number, toggle.add, result);
                }
            });
        });
    }

    /// Reads the お気に入り求人 list (and the saved searches) for a page showing them.
    pub fn load_lists(&self, with_searches: bool) {
        if !self.active {
            return;
        }
        self.store.update(MyPageState::favorites_loading);
        let store = self.store.clone();
        spawn_local(async move {
            let favorites = ipc::favorites().await;
            store.update_once(move |s| s.favorites_loaded(favorites));
            if with_searches {
                let searches = ipc::saved_searches().await;
                store.update_once(move |s| s.searches_loaded(searches));
            }
        });
    }

    /// 「この条件を保存」: the form opens with a name suggested from the search form.
    pub fn open_save(&self) {
        let suggested = self
            .search
            .state()
            .form
            .to_params(today())
            .map(|params| suggested_name(&params))
            .unwrap_or_default();
        self.store.update(move |s| s.open_save(&suggested));
        self.focus.on("#saved-search-name");
    }

    pub fn edit_save(&self, edit: Edit<SaveForm>) {
        self.store.update(move |s| s.edit_save(&edit));
    }

    pub fn close_save(&self) {
        self.store.update(MyPageState::close_save);
        self.focus.on("#open-save-search");
    }

    fn save_invalid(&self, error: SaveError) {
        self.store.update(move |s| s.save_invalid(error.clone()));
        self.focus.on("#saved-search-name");
    }

    /// 「保存」: the search form's conditions under the name typed.
    pub fn save(&self) {
        if self.store.searches.form.busy {
            return;
        }
        let params = match self.search.state().form.to_params(today()) {
            Ok(params) => params,
            Err(err) => {
                let error = SaveError::FormInvalid(err.message.clone());
                self.search.store.update_once(move |s| s.form_invalid(err));
                self.save_invalid(error);
                return;
            }
        };
        match self.store.save_request() {
            Err(error) => self.save_invalid(error),
            Ok((id, name)) => {
                self.store.update(MyPageState::save_started);
                let context = self.clone();
                spawn_local(async move {
                    let result = ipc::save_search(id.as_deref(), &name, &params).await;
                    let target = if result.is_ok() {
                        "#open-save-search"
                    } else {
                        "#saved-search-name"
                    };
                    context.store.update_once(move |s| {
                        s.saved(result);
                    });
                    context.focus.on(target);
                });
            }
        }
    }

    /// 「この条件で検索」 of a saved search: the form shows its conditions and the search runs.
    pub fn run_saved(&self, id: String) {
        if self.store.searches.busy.is_some() {
            return;
        }
        let busy_id = id.clone();
        self.store.update(move |s| {
            s.search_busy(&busy_id);
        });
        let context = self.clone();
        spawn_local(async move {
            let result = ipc::run_saved_search(&id).await;
            let shown = Rc::new(Cell::new(None::<JobSearchParams>));
            let slot = shown.clone();
            context.store.update_once(move |s| {
                if s.searches.busy.is_some() {
                    slot.set(s.ran(result));
                }
            });
            if let Some(params) = shown.take() {
                let form = form_from_params(&params);
                let advanced = has_advanced(&form);
                context
                    .search
                    .store
                    .update_once(move |s| s.show_form(form, advanced));
                if let Some(navigator) = &context.navigator {
                    navigator.push(&Route::Search);
                }
                context.search.run(params, SearchOrigin::Form);
            }
        });
    }

    /// 削除 (`Some`) or 「やめる」 (`None`).
    pub fn ask_delete(&self, id: Option<String>) {
        let target = match (&id, &self.store.searches.confirm_delete) {
            (Some(id), _) => format!("[data-search-id=\"{id}\"] .confirm-delete"),
            (None, Some(asked)) => format!("[data-search-id=\"{asked}\"] .delete-saved-search"),
            (None, None) => String::new(),
        };
        self.store.update(move |s| s.ask_delete(id.clone()));
        self.focus.on(target);
    }

    pub fn delete(&self, id: String) {
        if self.store.searches.busy.is_some() {
            return;
        }
        let busy_id = id.clone();
        self.store.update(move |s| {
            s.search_busy(&busy_id);
        });
        let context = self.clone();
        spawn_local(async move {
            let result = ipc::delete_search(&id).await;
            context.store.update_once(move |s| {
                if s.searches.busy.as_deref() == Some(id.as_str()) {
                    s.deleted(&id, result);
                }
            });
            context.focus.on("#saved-searches-heading");
        });
    }

    /// 新着をお知らせ turned on or off for a saved search.
    pub fn set_alert(&self, id: String, on: bool) {
        let store = self.store.clone();
        spawn_local(async move {
            let result = ipc::set_search_alert(&id, on).await;
            store.update_once(move |s| s.searches_loaded(result));
        });
    }

    /// 「今すぐ同期」.
    pub fn sync_now(&self) {
        self.store.update(MyPageState::sync_requested);
        let store = self.store.clone();
        spawn_local(async move {
            if ipc::sync_now().await.is_ok() {
                if let Ok(status) = ipc::sync_status().await {
                    store.update_once(move |s| s.sync_loaded(status));
                }
            }
        });
    }

    pub fn dismiss_rejections(&self) {
        self.store.update(MyPageState::dismiss_rejections);
    }
}

/// Reads the favorites' numbers and the saved searches, and the favorites' list if asked.
fn reload(store: &StoreHandle<MyPageState>, with_list: bool) {
    let store = store.clone();
    spawn_local(async move {
        if let Ok(numbers) = ipc::favorite_numbers().await {
            store.update_once(move |s| s.numbers_loaded(numbers));
        }
        let searches = ipc::saved_searches().await;
        store.update_once(move |s| s.searches_loaded(searches));
        if with_list {
            let favorites = ipc::favorites().await;
            store.update_once(move |s| s.favorites_loaded(favorites));
        }
    });
}

/// Asks where syncing stands, and for edits the service refused; `alive` false drops the
/// answers (the seeker signed out meanwhile). A pass that reached the service, or failed to,
/// says how the connection is.
async fn poll(
    store: &StoreHandle<MyPageState>,
    connection: &ConnectionContext,
    alive: &Cell<bool>,
) {
    let Ok(status) = ipc::sync_status().await else {
        return;
    };
    if !alive.get() {
        return;
    }
    let seeker_data = status.is_some();
    let before = store.sync.as_ref().map(|s| s.state);
    let now = status.as_ref().map(|s| s.state);
    store.update_once(move |s| s.sync_loaded(status));
    if before != now {
        match now {
            Some(SyncState::UpToDate) => connection.answered(&Ok::<(), _>(())),
            Some(SyncState::Offline) => connection.went_offline(),
            _ => {}
        }
    }
    if seeker_data {
        if let Ok(edits) = ipc::take_rejections().await {
            if !edits.is_empty() {
                store.update_once(move |s| s.rejected(edits));
            }
        }
    }
}

/// Whose data is shown: the job seeker's 求職番号 (it stays when the email changes).
fn seeker_key(account: Option<&AccountInfo>) -> Option<String> {
    account
        .filter(|account| account.role == Role::Seeker)
        .map(|account| {
            account
                .seeker_number
                .clone()
                .unwrap_or_else(|| account.email.clone())
        })
}

/// The MyPage store of the signed-in job seeker (`account`); empty for anyone else.
#[hook]
pub fn use_mypage_store(
    account: Option<&AccountInfo>,
    connection: ConnectionContext,
    search: SearchContext,
    focus: Focus,
) -> MyPageContext {
    let store = use_store::<MyPageState>();
    let navigator = use_navigator();
    let seeker = seeker_key(account);
    {
        let store = store.clone();
        let connection = connection.clone();
        use_effect_with(seeker.clone(), move |seeker| {
            store.update(|s| *s = MyPageState::default());
            let alive = Rc::new(Cell::new(seeker.is_some()));
            if seeker.is_some() {
                reload(&store, false);
                let alive = alive.clone();
                spawn_local(async move {
                    while alive.get() {
                        poll(&store, &connection, &alive).await;
                        sleep(Duration::from_secs(SYNC_POLL_SECONDS)).await;
                    }
                });
            }
            move || alive.set(false)
        });
    }
    {
        // The service answers again (a search, 再確認): a sync waiting out its backoff goes now.
        let waiting = seeker.is_some() && store.is_offline();
        use_effect_with(connection.state().unreachable, move |unreachable| {
            if !*unreachable && waiting {
                spawn_local(async {
                    let _ = ipc::sync_now().await;
                });
            }
        });
    }
    {
        let store = store.clone();
        let active = seeker.is_some();
        use_effect_with(store.data_version, move |version| {
            if *version > 0 && active {
                reload(&store, true);
            }
        });
    }
    MyPageContext {
        store,
        active: seeker.is_some(),
        search,
        focus,
        navigator,
    }
}

/// The MyPage context. The provider tree in [`crate::app`] always provides it.
#[hook]
pub fn use_mypage() -> MyPageContext {
    #[allow(clippy::expect_used)] // A page outside the provider tree is a bug seen at once.
    use_context::<MyPageContext>().expect("MyPageContext is provided by the app")
}
