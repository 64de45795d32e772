//! A signed-in job seeker's MyPage data as the screens show it: the favorites (the ☆/★ marks
//! of the result list and the 求人票, the お気に入り求人 list), the saved search conditions with
//! their 「この条件を保存」 form, the employers hidden from the results ([`hidden`]), and where syncing with the service stands (the header's
//! indicator, the edits the service refused).
//!
//! Pure state and formatting only ([`state`], [`sync`], [`conditions`]): the MyPage context
//! asks the app for the data and feeds the answers in here; everything is unit-tested natively.

pub mod conditions;
pub mod hidden;
pub mod state;
pub mod sync;

use std::collections::BTreeSet;
use std::rc::Rc;

use shigoto_domain::limits::{MAX_FAVORITES, MAX_SAVED_SEARCHES, MAX_SAVED_SEARCH_NAME_CHARS};
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{FavoriteItem, SavedSearchItem};

pub use conditions::{describe, form_from_params, has_advanced, suggested_name};
pub use state::MyPageState;
pub use sync::{sync_time, sync_view, SYNC_POLL_SECONDS};

/// At most this many favorites (shown as 「n件／300件」).
pub const FAVORITES_LIMIT: usize = MAX_FAVORITES;

/// At most this many saved searches.
pub const SEARCHES_LIMIT: usize = MAX_SAVED_SEARCHES;

/// At most this many characters in a saved search's name.
pub const NAME_LIMIT: usize = MAX_SAVED_SEARCH_NAME_CHARS;

/// A refusal shown under the お気に入り button that was pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub job_number: String,
    pub message: String,
}

/// Which postings are favorites, which are being changed, and the last refusal.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FavoriteMarks {
    pub numbers: BTreeSet<String>,
    /// Added or removed, waiting for the app's answer.
    pub busy: BTreeSet<String>,
    pub refusal: Option<Refusal>,
}

impl FavoriteMarks {
    pub fn is_favorite(&self, job_number: &str) -> bool {
        self.numbers.contains(job_number)
    }

    pub fn is_busy(&self, job_number: &str) -> bool {
        self.busy.contains(job_number)
    }

    /// The refusal to show at `job_number`'s button.
    pub fn refusal_for(&self, job_number: &str) -> Option<&str> {
        self.refusal
            .as_ref()
            .filter(|r| r.job_number == job_number)
            .map(|r| r.message.as_str())
    }
}

/// Where 「戻る」 on a 求人票 leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SheetReturn {
    #[default]
    Results,
    Favorites,
    Activity,
    /// An employer's 求人一覧 (a published posting).
    Postings,
    /// The 求人申込み editor (its 確認 page).
    Editor,
    /// The counselors' 求人受理.
    PostingQueue,
    /// A thread of メッセージ (an introduction in it).
    Messages,
}

impl SheetReturn {
    /// The back button's text.
    pub fn back_label(self, t: &shigoto_i18n::Catalogue) -> String {
        t.t_with("sheet-back", &[("to", t.t(self.place_key()).into())])
    }

    /// The hint beside it.
    pub fn escape_hint(self, t: &shigoto_i18n::Catalogue) -> String {
        t.t_with("sheet-back-escape", &[("to", t.t(self.place_key()).into())])
    }

    /// The catalogue key of the list it returns to.
    fn place_key(self) -> &'static str {
        match self {
            SheetReturn::Results => shigoto_i18n::key!("sheet-back-results"),
            SheetReturn::Favorites => shigoto_i18n::key!("sheet-back-favorites"),
            SheetReturn::Activity => shigoto_i18n::key!("sheet-back-activity"),
            SheetReturn::Postings => shigoto_i18n::key!("sheet-back-postings"),
            SheetReturn::Editor => shigoto_i18n::key!("sheet-back-editor"),
            SheetReturn::PostingQueue => shigoto_i18n::key!("sheet-back-posting-queue"),
            SheetReturn::Messages => shigoto_i18n::key!("sheet-back-messages"),
        }
    }
}

/// The お気に入り求人 list, read from the app's cache whenever it is shown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FavoritesState {
    pub items: Option<Rc<Vec<FavoriteItem>>>,
    pub loading: bool,
    pub error: Option<String>,
}

/// Where 「この条件を保存」 writes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveTarget {
    /// 新規保存.
    #[default]
    New,
    /// 上書き保存 onto the saved search with this id.
    Overwrite(String),
}

/// Why 「この条件を保存」 did not save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// A refusal of the rules or of the service, as it came.
    Message(String),
    /// The search form's conditions are wrong (the rule's message).
    FormInvalid(String),
    /// The saved search to overwrite was deleted meanwhile.
    TargetGone,
}

impl SaveError {
    /// What the form says.
    pub fn text(&self, t: &Catalogue) -> String {
        match self {
            SaveError::Message(message) => message.clone(),
            SaveError::FormInvalid(message) => t.t_with(
                "seeker-saved-form-invalid",
                &[("reason", message.as_str().into())],
            ),
            SaveError::TargetGone => t.t("seeker-saved-target-gone"),
        }
    }
}

/// The 「この条件を保存」 form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SaveForm {
    pub open: bool,
    pub name: String,
    pub target: SaveTarget,
    pub busy: bool,
    pub error: Option<SaveError>,
}

/// What was done with a saved search (「検索条件「…」を保存しました。」), with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SearchNotice {
    Saved(String),
    Overwritten(String),
    Deleted(String),
}

impl SearchNotice {
    /// What the list says.
    pub fn text(&self, t: &Catalogue) -> String {
        let (key, name) = match self {
            SearchNotice::Saved(name) => (key!("seeker-saved-notice-saved"), name),
            SearchNotice::Overwritten(name) => (key!("seeker-saved-notice-overwritten"), name),
            SearchNotice::Deleted(name) => (key!("seeker-saved-notice-deleted"), name),
        };
        t.t_with(key, &[("name", name.as_str().into())])
    }
}

/// The saved search conditions and what is being done with them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchesState {
    pub items: Option<Rc<Vec<SavedSearchItem>>>,
    pub form: SaveForm,
    /// The saved search being run or deleted.
    pub busy: Option<String>,
    /// The saved search whose 削除 waits for confirmation.
    pub confirm_delete: Option<String>,
    /// A refusal about running or deleting.
    pub error: Option<String>,
    /// 「…を保存しました。」 and the like.
    pub notice: Option<SearchNotice>,
}

impl SearchesState {
    pub fn count(&self) -> usize {
        self.items.as_ref().map_or(0, |items| items.len())
    }

    pub fn find(&self, id: &str) -> Option<&SavedSearchItem> {
        self.items.as_ref()?.iter().find(|item| item.id == id)
    }
}

/// 「n件／limit件」.
pub fn count_of(t: &Catalogue, count: usize, limit: usize) -> String {
    t.t_with(
        "seeker-count-of",
        &[("count", count.into()), ("limit", limit.into())],
    )
}

#[cfg(test)]
pub(crate) mod fixtures {
    use chrono::{NaiveDate, NaiveDateTime};
    use shigoto_shared::{JobSearchParams, SavedSearchItem, SyncState, SyncStatus};

    pub fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(hour, minute, 0)
            .unwrap()
    }

    pub fn saved(id: &str, name: &str) -> SavedSearchItem {
        SavedSearchItem {
            id: id.into(),
            name: name.into(),
            params: JobSearchParams::default(),
            last_run_at: None,
            notify_new: false,
            new_count: None,
            pending: false,
        }
    }

    pub fn status(state: SyncState, last: Option<NaiveDateTime>, pending: u32) -> SyncStatus {
        SyncStatus {
            state,
            last_success_at: last,
            pending,
            message: None,
        }
    }
}
