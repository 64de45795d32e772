//! A signed-in job seeker's MyPage data as the screens show it: the favorites (the ☆/★ marks
//! of the result list and the 求人票, the お気に入り求人 list), the saved search conditions with
//! their 「この条件を保存」 form, and where syncing with the service stands (the header's
//! indicator, the edits the service refused).
//!
//! Pure state and formatting only: the root (`app`) asks the app for the data and feeds the
//! answers in here; everything is unit-tested natively.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use chrono::{NaiveDateTime, TimeDelta};
use shigoto_domain::limits::{MAX_FAVORITES, MAX_SAVED_SEARCHES, MAX_SAVED_SEARCH_NAME_CHARS};
use shigoto_shared::{
    ApiError, FavoriteItem, JobSearchParams, KeywordMode, RejectedEdit, SavedSearchItem, SyncState,
    SyncStatus,
};

use crate::format::date_ja;
use crate::forms::account::{error_message, Edit};
use crate::forms::search::{AreaChoice, SearchForm};

/// At most this many favorites (shown as 「n件／300件」).
pub const FAVORITES_LIMIT: usize = MAX_FAVORITES;
/// At most this many saved searches.
pub const SEARCHES_LIMIT: usize = MAX_SAVED_SEARCHES;
/// At most this many characters in a saved search's name.
pub const NAME_LIMIT: usize = MAX_SAVED_SEARCH_NAME_CHARS;
/// How often the sync status is asked while a job seeker is signed in.
pub const SYNC_POLL_SECONDS: u64 = 3;

/// Japan is UTC+9 all year.
const JST_OFFSET: TimeDelta = TimeDelta::hours(9);

/// A UTC time as the time in Japan.
pub fn jst(utc: NaiveDateTime) -> NaiveDateTime {
    utc.checked_add_signed(JST_OFFSET).unwrap_or(utc)
}

/// 「14:05」 when `at` (UTC) is today in Japan, else 「11月24日 14:05」.
pub fn sync_time(at: NaiveDateTime, now: NaiveDateTime) -> String {
    let at = jst(at);
    if at.date() == jst(now).date() {
        at.format("%H:%M").to_string()
    } else {
        format!("{} {}", at.format("%-m月%-d日"), at.format("%H:%M"))
    }
}

/// The date in Japan of a UTC time, as 「2026年11月25日」.
pub fn jst_date(utc: NaiveDateTime) -> String {
    date_ja(jst(utc).date())
}

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
}

impl SheetReturn {
    /// The back button's text.
    pub fn back_label(self) -> &'static str {
        match self {
            SheetReturn::Results => "‹ 検索結果に戻る",
            SheetReturn::Favorites => "‹ お気に入り求人に戻る",
            SheetReturn::Activity => "‹ 求職活動状況に戻る",
        }
    }

    /// The hint beside it.
    pub fn escape_hint(self) -> &'static str {
        match self {
            SheetReturn::Results => "Escキーでも検索結果に戻れます",
            SheetReturn::Favorites => "Escキーでもお気に入り求人に戻れます",
            SheetReturn::Activity => "Escキーでも求職活動状況に戻れます",
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

/// The 「この条件を保存」 form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SaveForm {
    pub open: bool,
    pub name: String,
    pub target: SaveTarget,
    pub busy: bool,
    pub error: Option<String>,
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
    pub notice: Option<String>,
    /// Postings new since each saved search was last run, by id (from the service; kept as
    /// last read while offline).
    pub new_counts: Rc<BTreeMap<String, u64>>,
}

impl SearchesState {
    pub fn count(&self) -> usize {
        self.items.as_ref().map_or(0, |items| items.len())
    }

    pub fn find(&self, id: &str) -> Option<&SavedSearchItem> {
        self.items.as_ref()?.iter().find(|item| item.id == id)
    }
}

/// The job seeker's MyPage data on screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MyPageState {
    pub marks: Rc<FavoriteMarks>,
    pub favorites: FavoritesState,
    pub searches: SearchesState,
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

    /// The service's counts of new postings per saved search; a failure (offline) keeps the
    /// last ones.
    pub fn new_counts_loaded(
        &mut self,
        result: Result<Vec<shigoto_shared::NewPostings>, ApiError>,
    ) {
        if let Ok(counts) = result {
            self.searches.new_counts =
                Rc::new(counts.into_iter().map(|c| (c.id, c.count)).collect());
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
    pub fn save_request(&self) -> Result<(Option<String>, String), String> {
        let form = &self.searches.form;
        let name = form.name.trim();
        if name.is_empty() {
            return Err("保存する検索条件の名前を入力してください（例：事務）。".to_owned());
        }
        let chars = name.chars().count();
        if chars > NAME_LIMIT {
            return Err(format!(
                "名前は{NAME_LIMIT}文字以内で入力してください（現在{chars}文字）。"
            ));
        }
        match &form.target {
            SaveTarget::New if self.searches.count() >= SEARCHES_LIMIT => Err(format!(
                "検索条件は{SEARCHES_LIMIT}件まで保存できます。上書きする条件を選ぶか、不要な条件を削除してください。"
            )),
            SaveTarget::New => Ok((None, name.to_owned())),
            SaveTarget::Overwrite(id) if self.searches.find(id).is_some() => {
                Ok((Some(id.clone()), name.to_owned()))
            }
            SaveTarget::Overwrite(_) => {
                Err("上書きする検索条件はすでに削除されています。選び直してください。".to_owned())
            }
        }
    }

    pub fn save_invalid(&mut self, message: String) {
        self.searches.form.error = Some(message);
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
                let how = if form.target == SaveTarget::New {
                    "保存しました"
                } else {
                    "上書き保存しました"
                };
                self.searches.notice = Some(format!("検索条件「{}」を{how}。", form.name.trim()));
                self.searches.items = Some(Rc::new(items));
                self.changed();
            }
            Err(err) => {
                self.searches.form.busy = false;
                self.searches.form.error = Some(error_message(&err));
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
                    self.searches.notice = Some(format!("検索条件「{name}」を削除しました。"));
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

/// How the header's sync indicator looks: CSS class, the state's word, and the details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncView {
    pub class: &'static str,
    pub label: &'static str,
    /// 「最終同期 14:05」.
    pub last: Option<String>,
    /// 「未送信 2件」.
    pub pending: Option<String>,
    /// Why the last pass failed (shown as the tooltip and to screen readers).
    pub message: Option<String>,
}

/// The indicator for `status`, `now` being the current UTC time.
pub fn sync_view(status: &SyncStatus, requested: bool, now: NaiveDateTime) -> SyncView {
    let state = if requested && status.state != SyncState::Offline {
        SyncState::Syncing
    } else {
        status.state
    };
    let class = match state {
        SyncState::UpToDate => "sync-up-to-date",
        SyncState::Syncing => "sync-syncing",
        SyncState::Offline => "sync-offline",
        SyncState::Error => "sync-error",
    };
    SyncView {
        class,
        label: state.label(),
        last: status
            .last_success_at
            .map(|at| format!("最終同期 {}", sync_time(at, now))),
        pending: (status.pending > 0).then(|| format!("未送信 {}件", status.pending)),
        message: status.message.clone(),
    }
}

/// A one-line summary of saved conditions, e.g. 「東京都千代田区 / フリーワード「事務」」.
pub fn describe(params: &JobSearchParams) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (params.category, params.work_style) {
        (Some(category), Some(style)) => {
            parts.push(format!("{}（{}）", category.label(), style.label()));
        }
        (Some(category), None) => parts.push(category.label().to_owned()),
        (None, Some(style)) => parts.push(style.label().to_owned()),
        (None, None) => {}
    }
    let mut places: Vec<String> = params
        .municipalities
        .iter()
        .map(|code| shigoto_refdata::locality(code).unwrap_or_else(|| code.clone()))
        .collect();
    for prefecture in &params.prefectures {
        if !params
            .municipalities
            .iter()
            .any(|m| m.starts_with(prefecture.as_str()))
        {
            places
                .push(shigoto_refdata::locality(prefecture).unwrap_or_else(|| prefecture.clone()));
        }
    }
    if !places.is_empty() {
        parts.push(places.join("・"));
    }
    if !params.occupations.is_empty() {
        let names: Vec<&str> = params
            .occupations
            .iter()
            .map(|code| shigoto_refdata::occupation(code).map_or(code.as_str(), |o| o.name))
            .collect();
        parts.push(names.join("・"));
    }
    if !params.employment_types.is_empty() {
        let names: Vec<&str> = params.employment_types.iter().map(|t| t.label()).collect();
        parts.push(names.join("・"));
    }
    if !params.keyword.trim().is_empty() {
        let mode = if params.keyword_mode == KeywordMode::Or && params.keyword.contains(' ') {
            "（いずれか）"
        } else {
            ""
        };
        parts.push(format!("フリーワード「{}」{mode}", params.keyword.trim()));
    }
    if !params.exclude.trim().is_empty() {
        parts.push(format!("除外「{}」", params.exclude.trim()));
    }
    if !params.job_numbers.is_empty() {
        parts.push(format!("求人番号 {}", params.job_numbers.join("、")));
    }
    let advanced = [
        params.age.is_some(),
        params.monthly_wage_min.is_some(),
        params.hourly_wage_min.is_some(),
        !params.start_after.is_empty() || !params.end_before.is_empty(),
        params.two_days_off_weekly,
        params.annual_holidays_min.is_some(),
        params.posted_within.is_some(),
    ]
    .into_iter()
    .filter(|set| *set)
    .count()
        + params.features.len();
    if advanced > 0 {
        parts.push(format!("詳細条件 {advanced}件"));
    }
    if parts.is_empty() {
        "条件の指定なし（すべての求人）".to_owned()
    } else {
        parts.join(" / ")
    }
}

/// The search form filled in with saved conditions (the reverse of `SearchForm::to_params`).
pub fn form_from_params(params: &JobSearchParams) -> SearchForm {
    let mut rows: Vec<AreaChoice> = params
        .municipalities
        .iter()
        .filter_map(|code| {
            Some(AreaChoice {
                prefecture: code.get(..2)?.to_owned(),
                municipality: code.clone(),
            })
        })
        .collect();
    for prefecture in &params.prefectures {
        if !rows.iter().any(|row| &row.prefecture == prefecture) {
            rows.push(AreaChoice {
                prefecture: prefecture.clone(),
                municipality: String::new(),
            });
        }
    }
    let mut areas: [AreaChoice; 3] = Default::default();
    for (slot, row) in areas.iter_mut().zip(rows) {
        *slot = row;
    }
    SearchForm {
        category: params.category,
        work_style: params.work_style,
        areas,
        occupations: params.occupations.clone(),
        employment_types: params.employment_types.clone(),
        keyword: params.keyword.clone(),
        keyword_mode: params.keyword_mode,
        exclude: params.exclude.clone(),
        job_numbers: params.job_numbers.join(", "),
        age: params.age.map(|age| age.to_string()).unwrap_or_default(),
        monthly_wage_min: params.monthly_wage_min,
        hourly_wage_min: params.hourly_wage_min,
        start_after: params.start_after.clone(),
        end_before: params.end_before.clone(),
        two_days_off_weekly: params.two_days_off_weekly,
        annual_holidays_min: params.annual_holidays_min,
        posted_within: params.posted_within,
        features: params.features.clone(),
    }
}

/// Whether any of the conditions behind 「詳細条件」 is set (the section opens to show them).
pub fn has_advanced(form: &SearchForm) -> bool {
    !form.age.is_empty()
        || form.monthly_wage_min.is_some()
        || form.hourly_wage_min.is_some()
        || !form.start_after.is_empty()
        || !form.end_before.is_empty()
        || form.two_days_off_weekly
        || form.annual_holidays_min.is_some()
        || form.posted_within.is_some()
        || !form.features.is_empty()
}

/// The name 「この条件を保存」 suggests: the keyword, else the first place.
pub fn suggested_name(params: &JobSearchParams) -> String {
    let keyword = params.keyword.trim();
    let name = if !keyword.is_empty() {
        keyword.to_owned()
    } else if let Some(code) = params.municipalities.first().or(params.prefectures.first()) {
        shigoto_refdata::locality(code).unwrap_or_default()
    } else {
        String::new()
    };
    name.chars().take(NAME_LIMIT).collect()
}

/// 「n件／limit件」.
pub fn count_of(count: usize, limit: usize) -> String {
    format!("{count}件／{limit}件")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_shared::{EmploymentType, ErrorCode, JobCategory, JobFeature, WorkStyle};

    fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(hour, minute, 0)
            .unwrap()
    }

    fn saved(id: &str, name: &str) -> SavedSearchItem {
        SavedSearchItem {
            id: id.into(),
            name: name.into(),
            params: JobSearchParams::default(),
            last_run_at: None,
            pending: false,
        }
    }

    fn status(state: SyncState, last: Option<NaiveDateTime>, pending: u32) -> SyncStatus {
        SyncStatus {
            state,
            last_success_at: last,
            pending,
            message: None,
        }
    }

    #[test]
    fn sync_times_are_shown_in_japan_time() {
        // 05:05 UTC is 14:05 in Japan.
        assert_eq!(sync_time(at(25, 5, 5), at(25, 6, 0)), "14:05");
        // 16:30 UTC on the 24th is already the 25th in Japan.
        assert_eq!(sync_time(at(24, 16, 30), at(25, 0, 0)), "01:30");
        assert_eq!(sync_time(at(23, 5, 5), at(25, 6, 0)), "11月23日 14:05");
        assert_eq!(jst_date(at(24, 16, 30)), "2026年11月25日");
    }

    #[test]
    fn the_indicator_says_where_syncing_stands() {
        let now = at(25, 6, 0);
        let up = sync_view(
            &status(SyncState::UpToDate, Some(at(25, 5, 5)), 0),
            false,
            now,
        );
        assert_eq!(up.label, "最新");
        assert_eq!(up.last.as_deref(), Some("最終同期 14:05"));
        assert_eq!(up.pending, None);
        let offline = sync_view(
            &status(SyncState::Offline, Some(at(25, 5, 5)), 1),
            true,
            now,
        );
        assert_eq!(offline.label, "オフライン");
        assert_eq!(offline.class, "sync-offline");
        assert_eq!(offline.pending.as_deref(), Some("未送信 1件"));
        let asked = sync_view(&status(SyncState::UpToDate, None, 0), true, now);
        assert_eq!(asked.label, "同期中");
        assert_eq!(asked.last, None);
        let failed = sync_view(&status(SyncState::Error, None, 2), false, now);
        assert_eq!((failed.label, failed.class), ("同期エラー", "sync-error"));
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
        assert!(state.save_request().unwrap_err().contains("20文字以内"));
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
            state.searches.notice.as_deref(),
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
        assert!(state.save_request().unwrap_err().contains("3件まで"));
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
            state.searches.notice.as_deref(),
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

    #[test]
    fn saved_conditions_are_described_and_fill_the_form_again() {
        let params = JobSearchParams {
            keyword: "事務".into(),
            prefectures: vec!["13".into(), "14".into()],
            municipalities: vec!["13101".into()],
            category: Some(JobCategory::General),
            work_style: Some(WorkStyle::FullTime),
            employment_types: vec![EmploymentType::Regular],
            job_numbers: vec!["13010-12345678".into()],
            two_days_off_weekly: true,
            features: vec![JobFeature::CarCommute],
            ..JobSearchParams::default()
        };
        let text = describe(&params);
        assert!(text.contains("東京都千代田区・神奈川県"), "{text}");
        assert!(text.contains("フリーワード「事務」"), "{text}");
        assert!(text.contains("詳細条件 2件"), "{text}");
        assert_eq!(
            describe(&JobSearchParams::default()),
            "条件の指定なし（すべての求人）"
        );

        let form = form_from_params(&params);
        assert_eq!(form.areas[0].municipality, "13101");
        assert_eq!(form.areas[1].prefecture, "14");
        assert!(form.areas[2].prefecture.is_empty());
        assert!(has_advanced(&form));
        let again = form.to_params().unwrap();
        assert_eq!(again.prefectures, params.prefectures);
        assert_eq!(again.municipalities, params.municipalities);
        assert_eq!(again.keyword, params.keyword);
        assert_eq!(again.job_numbers, params.job_numbers);
        assert_eq!(again.features, params.features);

        assert_eq!(suggested_name(&params), "事務");
        let place = JobSearchParams {
            prefectures: vec!["13".into()],
            ..JobSearchParams::default()
        };
        assert_eq!(suggested_name(&place), "東京都");
    }

    #[test]
    fn new_counts_replace_the_last_ones_and_survive_being_offline() {
        let mut mypage = MyPageState::default();
        let counts = vec![shigoto_shared::NewPostings {
            id: "s1".into(),
            since: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            count: 12,
        }];
        mypage.new_counts_loaded(Ok(counts));
        assert_eq!(mypage.searches.new_counts.get("s1"), Some(&12));
        mypage.new_counts_loaded(Err(ApiError::new(
            shigoto_shared::ErrorCode::ServiceUnreachable,
            "offline",
        )));
        assert_eq!(
            mypage.searches.new_counts.get("s1"),
            Some(&12),
            "kept offline"
        );
    }
}
