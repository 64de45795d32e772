//! [`MyPageState`]: the job seeker's MyPage data on screen and every change to it — favorites
//! toggled, lists read, a search saved, run or deleted, a sync pass, refused edits.

use std::rc::Rc;

use shigoto_shared::{
    ApiError, FavoriteItem, JobSearchParams, RejectedEdit, SavedSearchItem, SyncState, SyncStatus,
};

use shigoto_domain::mypage as rules;

use crate::forms::account::{error_message, Edit};
use crate::forms::mypage::hidden::HiddenEmployers;
use crate::forms::mypage::{
    FavoriteMarks, FavoritesState, Refusal, SaveError, SaveForm, SaveTarget, SearchNotice,
    SearchesState, NAME_LIMIT, SEARCHES_LIMIT,
};
use crate::state::lang::shown_texts;

/// The job seeker's MyPage data on screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MyPageState {
    pub marks: Rc<FavoriteMarks>,
    pub favorites: FavoritesState,
    pub searches: SearchesState,
    /// Employers hidden from the results.
    pub hidden: HiddenEmployers,
    /// The last `sync_status` answer.
    pub sync: Option<SyncStatus>,
    /// 今すぐ同期 was pressed and the indicator has not shown a pass yet.
    pub sync_requested: bool,
    /// Edits the service refused, shown once until closed.
    pub rejections: Vec<RejectedEdit>,
    /// Bumped whenever the data may have changed under the screens (a sync pass ended, an edit
    /// was made): the lists are then read again.
    pub data_version: u32,
}

impl MyPageState {
    /// The last sync pass could not reach the service.
    pub fn is_offline(&self) -> bool {
        self.sync
            .as_ref()
            .is_some_and(|s| s.state == SyncState::Offline)
    }

    fn changed(&mut self) {
        self.data_version = self.data_version.wrapping_add(1);
    }

    /// `favorite_numbers` answered.
    pub fn numbers_loaded(&mut self, numbers: Vec<String>) {
        let marks = Rc::make_mut(&mut self.marks);
        marks.numbers = numbers.into_iter().collect();
    }

    /// 「お気に入りに追加／から削除」 was pressed; false while that posting is already busy.
    pub fn favorite_started(&mut self, job_number: &str) -> bool {
        let marks = Rc::make_mut(&mut self.marks);
        marks.refusal = None;
        marks.busy.insert(job_number.to_owned())
    }

    /// The answer of `add_favorite` (`add`) or `remove_favorite`.
    pub fn favorite_answered(
        &mut self,
        job_number: &str,
        add: bool,
        result: Result<Vec<String>, ApiError>,
    ) {
        let marks = Rc::make_mut(&mut self.marks);
        marks.busy.remove(job_number);
        match result {
            Ok(numbers) => {
                marks.numbers = numbers.into_iter().collect();
                if !add {
                    if let Some(items) = self.favorites.items.as_mut() {
                        Rc::make_mut(items).retain(|item| item.job_number != job_number);
                    }
                }
                self.changed();
            }
            Err(err) => {
                marks.refusal = Some(Refusal {
                    job_number: job_number.to_owned(),
                    message: error_message(&err),
                });
            }
        }
    }

    pub fn favorites_loading(&mut self) {
        self.favorites.loading = true;
        self.favorites.error = None;
    }

    pub fn favorites_loaded(&mut self, result: Result<Vec<FavoriteItem>, ApiError>) {
        self.favorites.loading = false;
        match result {
            Ok(items) => {
                let marks = Rc::make_mut(&mut self.marks);
                marks.numbers = items.iter().map(|i| i.job_number.clone()).collect();
                self.favorites.items = Some(Rc::new(items));
                self.favorites.error = None;
            }
            Err(err) => self.favorites.error = Some(error_message(&err)),
        }
    }

    pub fn searches_loaded(&mut self, result: Result<Vec<SavedSearchItem>, ApiError>) {
        match result {
            Ok(items) => {
                let searches = &mut self.searches;
                // A choice of a search that is gone falls back to what is possible.
                if let SaveTarget::Overwrite(id) = &searches.form.target {
                    if !items.iter().any(|item| &item.id == id) {
                        searches.form.target = SaveTarget::New;
                    }
                }
                if searches
                    .confirm_delete
                    .as_ref()
                    .is_some_and(|id| !items.iter().any(|item| &item.id == id))
                {
                    searches.confirm_delete = None;
                }
                searches.items = Some(Rc::new(items));
            }
            Err(err) => self.searches.error = Some(error_message(&err)),
        }
    }

    /// 「この条件を保存」: the form opens with `suggested` as the name, as 新規保存 while there
    /// is room, else as 上書き保存 of the first saved search.
    pub fn open_save(&mut self, suggested: &str) {
        let target = match self.searches.items.as_ref() {
            Some(items) if items.len() >= SEARCHES_LIMIT => {
                items.first().map_or(SaveTarget::New, |item| {
                    SaveTarget::Overwrite(item.id.clone())
                })
            }
            _ => SaveTarget::New,
        };
        let name = match &target {
            SaveTarget::Overwrite(id) => self
                .searches
                .find(id)
                .map(|item| item.name.clone())
                .unwrap_or_default(),
            SaveTarget::New => suggested.chars().take(NAME_LIMIT).collect(),
        };
        self.searches.notice = None;
        self.searches.form = SaveForm {
            open: true,
            name,
            target,
            busy: false,
            error: None,
        };
    }

    pub fn close_save(&mut self) {
        self.searches.form = SaveForm::default();
    }

    pub fn edit_save(&mut self, edit: &Edit<SaveForm>) {
        edit.apply(&mut self.searches.form);
    }

    /// The `save_search` arguments (`id`, `name`), or why they cannot be sent.
    pub fn save_request(&self) -> Result<(Option<String>, String), SaveError> {
        let form = &self.searches.form;
        // The rules' refusals, written in the language shown.
        let refused =
            |err: rules::MyPageRefusal| SaveError::Message(shown_texts().text(&err.message));
        let name = rules::saved_search_name(&form.name).map_err(refused)?;
        match &form.target {
            SaveTarget::New => {
                rules::room_for_saved_search(self.searches.count()).map_err(refused)?;
                Ok((None, name.to_owned()))
            }
            SaveTarget::Overwrite(id) if self.searches.find(id).is_some() => {
                Ok((Some(id.clone()), name.to_owned()))
            }
            SaveTarget::Overwrite(_) => Err(SaveError::TargetGone),
        }
    }

    pub fn save_invalid(&mut self, error: SaveError) {
        self.searches.form.error = Some(error);
    }

    pub fn save_started(&mut self) {
        self.searches.form.busy = true;
        self.searches.form.error = None;
    }

    /// The answer of `save_search`; false when no save was waiting.
    pub fn saved(&mut self, result: Result<Vec<SavedSearchItem>, ApiError>) -> bool {
        if !self.searches.form.busy {
            return false;
        }
        match result {
            Ok(items) => {
                let form = std::mem::take(&mut self.searches.form);
                let name = form.name.trim().to_owned();
                self.searches.notice = Some(if form.target == SaveTarget::New {
                    SearchNotice::Saved(name)
                } else {
                    SearchNotice::Overwritten(name)
                });
                self.searches.items = Some(Rc::new(items));
                self.changed();
            }
            Err(err) => {
                self.searches.form.busy = false;
                self.searches.form.error = Some(SaveError::Message(error_message(&err)));
            }
        }
        true
    }

    /// 削除 was pressed (`Some`) or its confirmation cancelled (`None`).
    pub fn ask_delete(&mut self, id: Option<String>) {
        self.searches.notice = None;
        self.searches.error = None;
        self.searches.confirm_delete = id;
    }

    /// false while another saved search is busy.
    pub fn search_busy(&mut self, id: &str) -> bool {
        if self.searches.busy.is_some() {
            return false;
        }
        self.searches.busy = Some(id.to_owned());
        self.searches.error = None;
        self.searches.notice = None;
        true
    }

    pub fn deleted(&mut self, id: &str, result: Result<Vec<SavedSearchItem>, ApiError>) {
        let name = self.searches.find(id).map(|item| item.name.clone());
        self.searches.busy = None;
        self.searches.confirm_delete = None;
        match result {
            Ok(items) => {
                if let Some(name) = name {
                    self.searches.notice = Some(SearchNotice::Deleted(name));
                }
                self.searches_loaded(Ok(items));
                self.changed();
            }
            Err(err) => self.searches.error = Some(error_message(&err)),
        }
    }

    /// The answer of `run_saved_search`: the conditions to search with.
    pub fn ran(&mut self, result: Result<JobSearchParams, ApiError>) -> Option<JobSearchParams> {
        self.searches.busy = None;
        self.searches.confirm_delete = None;
        match result {
            Ok(params) => {
                self.changed();
                Some(params)
            }
            Err(err) => {
                self.searches.error = Some(error_message(&err));
                None
            }
        }
    }

    /// `sync_status` answered; the lists are read again when a pass ended or the outbox moved.
    pub fn sync_loaded(&mut self, status: Option<SyncStatus>) {
        let moved = match (&self.sync, &status) {
            (Some(old), Some(new)) => {
                old.last_success_at != new.last_success_at || old.pending != new.pending
            }
            (None, Some(_)) => true,
            _ => false,
        };
        if let Some(status) = &status {
            if status.state == SyncState::Syncing
                || status.last_success_at != self.sync.as_ref().and_then(|s| s.last_success_at)
                || status.state != SyncState::UpToDate
            {
                self.sync_requested = false;
            }
        }
        self.sync = status;
        if moved {
            self.changed();
        }
    }

    pub fn sync_requested(&mut self) {
        self.sync_requested = true;
    }

    /// Refused edits arrived: shown until closed; the lists are read again.
    pub fn rejected(&mut self, edits: Vec<RejectedEdit>) {
        if edits.is_empty() {
            return;
        }
        self.rejections.extend(edits);
        self.changed();
    }

    pub fn dismiss_rejections(&mut self) {
        self.rejections.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::mypage::fixtures::*;
    use shigoto_shared::ErrorCode;

    fn ja() -> &'static shigoto_i18n::Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
    }

    #[test]
    fn a_finished_pass_reloads_the_lists_and_ends_the_request() {
        let mut state = MyPageState::default();
        assert!(!state.is_offline());
        state.sync_loaded(Some(status(SyncState::Offline, None, 1)));
        assert!(state.is_offline());
        assert_eq!(state.data_version, 1, "first status");
        state.sync_requested();
        state.sync_loaded(Some(status(SyncState::Offline, None, 1)));
        assert_eq!(state.data_version, 1, "nothing moved");
        assert!(!state.sync_requested, "offline: the request is answered");
        state.sync_requested();
        state.sync_loaded(Some(status(SyncState::UpToDate, None, 1)));
        assert!(state.sync_requested, "no pass seen yet");
        state.sync_loaded(Some(status(SyncState::UpToDate, Some(at(25, 5, 5)), 0)));
        assert!(!state.sync_requested);
        assert_eq!(state.data_version, 2);
    }

    #[test]
    fn favorites_toggle_and_a_refusal_stays_at_its_button() {
        let mut state = MyPageState::default();
        state.numbers_loaded(vec!["13010-00000001".into()]);
        assert!(state.marks.is_favorite("13010-00000001"));
        assert!(state.favorite_started("13010-00000002"));
        assert!(!state.favorite_started("13010-00000002"), "already busy");
        assert!(state.marks.is_busy("13010-00000002"));
        state.favorite_answered(
            "13010-00000002",
            true,
            Err(ApiError::new(
                ErrorCode::LimitExceeded,
                "お気に入りは300件まで登録できます。",
            )),
        );
        assert!(!state.marks.is_busy("13010-00000002"));
        assert_eq!(
            state.marks.refusal_for("13010-00000002"),
            Some("お気に入りは300件まで登録できます。")
        );
        assert_eq!(state.marks.refusal_for("13010-00000001"), None);

        state.favorites_loaded(Ok(vec![FavoriteItem {
            job_number: "13010-00000001".into(),
            added_at: at(25, 1, 0),
            closed: false,
            pending: false,
            summary: None,
        }]));
        state.favorite_started("13010-00000001");
        state.favorite_answered("13010-00000001", false, Ok(Vec::new()));
        assert!(state.marks.numbers.is_empty());
        assert_eq!(state.marks.refusal, None);
        assert_eq!(
            state.favorites.items.as_ref().map(|items| items.len()),
            Some(0),
            "gone from the list at once"
        );
    }

    #[test]
    fn the_save_form_offers_new_or_overwrite_and_checks_the_name() {
        let mut state = MyPageState::default();
        state.searches_loaded(Ok(vec![saved("a", "事務")]));
        state.open_save("介護職員（正社員）の求人を東京都で探すための条件");
        assert_eq!(state.searches.form.target, SaveTarget::New);
        assert_eq!(state.searches.form.name.chars().count(), NAME_LIMIT);
        state.edit_save(&Edit::new(|f: &mut SaveForm| f.name = "  ".into()));
        assert!(state.save_request().is_err());
        state.edit_save(&Edit::new(|f: &mut SaveForm| f.name = "あ".repeat(21)));
        let SaveError::Message(message) = state.save_request().unwrap_err() else {
            panic!("the rule's message")
        };
        assert!(message.contains("20文字以内"));
        state.edit_save(&Edit::new(|f: &mut SaveForm| f.name = " 介護 ".into()));
        assert_eq!(state.save_request(), Ok((None, "介護".into())));
        state.edit_save(&Edit::new(|f: &mut SaveForm| {
            f.target = SaveTarget::Overwrite("a".into())
        }));
        assert_eq!(state.save_request(), Ok((Some("a".into()), "介護".into())));

        state.save_started();
        assert!(state.saved(Ok(vec![saved("a", "介護")])));
        assert!(!state.searches.form.open);
        assert_eq!(
            state
                .searches
                .notice
                .as_ref()
                .map(|n| n.text(ja()))
                .as_deref(),
            Some("検索条件「介護」を上書き保存しました。")
        );
        assert!(!state.saved(Ok(Vec::new())), "a late answer is dropped");

        // Full: 新規保存 is refused, the form opens on the first one.
        state.searches_loaded(Ok(vec![
            saved("a", "介護"),
            saved("b", "事務"),
            saved("c", "経理"),
        ]));
        state.open_save("");
        assert_eq!(
            state.searches.form.target,
            SaveTarget::Overwrite("a".into())
        );
        assert_eq!(state.searches.form.name, "介護");
        state.edit_save(&Edit::new(|f: &mut SaveForm| f.target = SaveTarget::New));
        assert!(state
            .save_request()
            .unwrap_err()
            .text(ja())
            .contains("3件まで"));
        // The chosen search was deleted elsewhere.
        state.edit_save(&Edit::new(|f: &mut SaveForm| {
            f.target = SaveTarget::Overwrite("c".into())
        }));
        state.searches_loaded(Ok(vec![saved("a", "介護")]));
        assert_eq!(state.searches.form.target, SaveTarget::New);
    }

    #[test]
    fn deleting_and_running_saved_searches() {
        let mut state = MyPageState::default();
        state.searches_loaded(Ok(vec![saved("a", "事務"), saved("b", "経理")]));
        state.ask_delete(Some("a".into()));
        assert!(state.search_busy("a"));
        assert!(!state.search_busy("b"), "one at a time");
        state.deleted("a", Ok(vec![saved("b", "経理")]));
        assert_eq!(state.searches.count(), 1);
        assert_eq!(state.searches.confirm_delete, None);
        assert_eq!(
            state
                .searches
                .notice
                .as_ref()
                .map(|n| n.text(ja()))
                .as_deref(),
            Some("検索条件「事務」を削除しました。")
        );
        assert!(state.search_busy("b"));
        let params = JobSearchParams {
            keyword: "経理".into(),
            ..JobSearchParams::default()
        };
        assert_eq!(state.ran(Ok(params.clone())), Some(params));
        assert_eq!(state.searches.busy, None);
    }

    #[test]
    fn rejections_are_kept_until_closed() {
        let mut state = MyPageState::default();
        state.rejected(Vec::new());
        assert_eq!(state.data_version, 0);
        state.rejected(vec![RejectedEdit {
            code: ErrorCode::LimitExceeded,
            message: "お気に入りは300件まで登録できます。".into(),
            rejected_at: at(25, 1, 0),
        }]);
        assert_eq!(state.rejections.len(), 1);
        assert_eq!(state.data_version, 1);
        state.dismiss_rejections();
        assert!(state.rejections.is_empty());
    }
}
