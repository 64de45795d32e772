//! [`MyPage`]: a signed-in job seeker's or employer's data on this device: the cache file
//! under `<data folder>/users/<求職番号 or employer-事業所番号>@<service>/`, its background
//! sync, and the operations the app offers (a seeker's favorites, saved searches and
//! applications; everyone's messages; sync status). Every read comes from the cache, so it answers at
//! once with the network gone; every edit is committed locally first and then synced.
//!
//! [`LastUser`] remembers who was signed in, so that the app started without the service
//! reaches that user's cache (the session token stays in the OS keyring).
//!
//! Every folder and file here is private to the OS user ([`crate::private_files`]): the data
//! folder, `users/`, each cache folder, the SQLite file with its `-wal`/`-shm` companions, and
//! the last user. [`erase_all`] deletes all of it (a shared workstation's start).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use shigoto_api_client::ApiClient;
use shigoto_cache::{Cache, CacheError};
use shigoto_domain::japan_time::japan_date;
use shigoto_shared::{
    AccountInfo, ApiError, CachedThread, ErrorCode, FavoriteItem, HiddenEmployerItem,
    JobIntroduction, JobSearchParams, JobSheet, MyApplication, MyProfile, ReceivedRequest,
    RejectedEdit, Reminder, SavedSearchItem, SeekerProfile, SyncState, SyncStatus, ThreadSummary,
    WaitingMessage,
};

use crate::errors::{cache_failure, cache_unusable};

use crate::sync::runner::{status_of, SyncRunner, SYNC_INTERVAL};
use crate::sync::SyncEngine;

fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The folder of all job seekers' caches inside the data folder.
const USERS_DIR: &str = "users";

/// The cache file of a job seeker, in a folder named `<求職番号>@<service host_port>` (so two
/// services never share one); other characters are dropped to keep the name safe.
pub fn cache_path(data_dir: &Path, user: &str) -> PathBuf {
    let folder: String = user
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '@' | '.' | '_'))
        .collect();
    let folder = folder.trim_start_matches('.');
    data_dir.join(USERS_DIR).join(folder).join("cache.sqlite3")
}

/// Creates the folders down to the cache file and the file itself private to the user (so
/// that SQLite, which gives its `-wal` and `-shm` files the database file's permissions, never
/// creates anything readable by others), and makes them private if they were not.
fn prepare_private(data_dir: &Path, path: &Path) -> std::io::Result<()> {
    use crate::private_files;
    private_files::create_dir(data_dir)?;
    private_files::create_dir(&data_dir.join(USERS_DIR))?;
    if let Some(folder) = path.parent() {
        private_files::create_dir(folder)?;
    }
    private_files::options()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    private_files::restrict_sqlite(path)
}

/// Makes what this device keeps of job seekers private to the user, when an older version
/// left it readable by others: the data folder, every cache and the last user.
pub fn restrict_all(data_dir: &Path) -> std::io::Result<()> {
    if !data_dir.is_dir() {
        return Ok(());
    }
    crate::private_files::restrict_dir(data_dir)?;
    crate::private_files::restrict_tree(&data_dir.join(USERS_DIR))?;
    crate::private_files::restrict_file(&LastUser::path(data_dir))
}

/// Deletes every job seeker's MyPage cache on this device (all users, all services) and the
/// last user: nothing of anyone who used the app before is left.
pub fn erase_all(data_dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(data_dir.join(USERS_DIR)) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => return Err(err),
        _ => {}
    }
    LastUser::forget(data_dir)
}

/// One job seeker's MyPage on this device.
pub struct MyPage {
    cache: Arc<Mutex<Cache>>,
    runner: Option<SyncRunner>,
}

impl std::fmt::Debug for MyPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MyPage")
            .field("syncing", &self.runner.is_some())
            .finish()
    }
}

impl MyPage {
    /// Opens the cache of `user` (see [`cache_path`]), creating it on first use, private to
    /// the OS user.
    pub fn open(data_dir: &Path, user: &str) -> Result<Self, ApiError> {
        let path = cache_path(data_dir, user);
        let folder_failure = |source| {
            cache_failure(CacheError::Folder {
                path: path.clone(),
                source,
            })
        };
        prepare_private(data_dir, &path).map_err(folder_failure)?;
        let cache = Cache::open(&path).map_err(cache_failure)?;
        // The WAL files appear as the cache opens.
        crate::private_files::restrict_sqlite(&path).map_err(folder_failure)?;
        Ok(Self {
            cache: Arc::new(Mutex::new(cache)),
            runner: None,
        })
    }

    /// Starts the background sync with `token` (replacing a running one); its news go to
    /// `notices`.
    pub fn start_sync(
        &mut self,
        client: &ApiClient,
        token: String,
        notices: tokio::sync::broadcast::Sender<crate::notices::OsNotice>,
    ) {
        let engine = Arc::new(SyncEngine::new(client.clone()));
        // The client asks the service in the language the app shows: the notices follow it.
        let shown = client.clone();
        self.runner = Some(SyncRunner::start(
            engine,
            self.cache.clone(),
            token,
            SYNC_INTERVAL,
            notices,
            move || shown.language(),
        ));
    }

    fn with_cache<T>(
        &self,
        work: impl FnOnce(&mut Cache) -> Result<T, CacheError>,
    ) -> Result<T, ApiError> {
        let mut cache = self.cache.lock().map_err(|_| cache_unusable())?;
        work(&mut cache).map_err(cache_failure)
    }

    fn edited(&self) {
        if let Some(runner) = &self.runner {
            runner.wake();
        }
    }

    /// オンライン職業紹介 and おすすめ求人, newest first, as last synced.
    pub fn introductions(&self) -> Result<Vec<JobIntroduction>, ApiError> {
        self.with_cache(|c| c.introductions())
    }

    /// 応募検討依頼 received, newest first.
    pub fn requests(&self) -> Result<Vec<ReceivedRequest>, ApiError> {
        self.with_cache(|c| c.requests())
    }

    /// Introductions and results not shown on 求職活動状況 on this device yet.
    pub fn activity_news(&self) -> Result<u32, ApiError> {
        self.with_cache(|c| c.activity_news())
    }

    /// What 求職活動状況 shows now counts as seen.
    pub fn mark_activity_seen(&self) -> Result<(), ApiError> {
        self.with_cache(|c| c.mark_activity_seen())
    }

    /// The applications, newest first, as last synced.
    pub fn applications(&self) -> Result<Vec<MyApplication>, ApiError> {
        self.with_cache(|c| c.applications())
    }

    /// The message threads, the latest first (read here, unread counted here).
    pub fn threads(&self) -> Result<Vec<ThreadSummary>, ApiError> {
        self.with_cache(|c| c.threads())
    }

    /// Messages not read yet, in all threads.
    pub fn unread_messages(&self) -> Result<u32, ApiError> {
        self.with_cache(|c| c.unread_messages())
    }

    /// One thread with its messages and those waiting to be sent.
    pub fn thread(&self, id: i64) -> Result<Option<CachedThread>, ApiError> {
        self.with_cache(|c| c.thread(id))
    }

    /// A message written in thread `id`: kept here and sent by the next sync pass (now, when
    /// the service answers).
    pub fn write_message(&self, id: i64, body: &str) -> Result<WaitingMessage, ApiError> {
        let waiting = self.with_cache(|c| c.write_message(id, body, &new_key(), now()))?;
        self.edited();
        Ok(waiting)
    }

    /// 既読 of thread `id` up to message `up_to`, sent by the next sync pass.
    pub fn mark_read(&self, id: i64, up_to: i64) -> Result<(), ApiError> {
        self.with_cache(|c| c.mark_read(id, up_to))?;
        self.edited();
        Ok(())
    }

    /// The favorites, newest first.
    pub fn favorites(&self) -> Result<Vec<FavoriteItem>, ApiError> {
        self.with_cache(|c| c.favorites())
    }

    /// The 求人番号 of the favorites (to mark them in lists).
    pub fn favorite_numbers(&self) -> Result<Vec<String>, ApiError> {
        self.with_cache(|c| c.favorite_numbers())
    }

    /// お気に入りに追加 (with the sheet when the app has it, for offline reading).
    pub fn add_favorite(&self, job_number: &str, sheet: Option<&JobSheet>) -> Result<(), ApiError> {
        self.with_cache(|c| c.add_favorite(job_number, sheet, &new_key(), now()))?;
        self.edited();
        Ok(())
    }

    /// お気に入りから削除.
    pub fn remove_favorite(&self, job_number: &str) -> Result<(), ApiError> {
        self.with_cache(|c| c.remove_favorite(job_number, &new_key(), now()))?;
        self.edited();
        Ok(())
    }

    /// Records a search now; where this visit's 「前回以降の新着」 count from.
    pub fn searched(&self) -> Result<Option<chrono::NaiveDateTime>, ApiError> {
        self.with_cache(|c| c.searched(now()))
    }

    /// Employers hidden from the results, most recently hidden first.
    pub fn hidden_employers(&self) -> Result<Vec<HiddenEmployerItem>, ApiError> {
        self.with_cache(|c| c.hidden_employers())
    }

    /// Whether a hide or a show made here waits for the service.
    pub fn hidden_changes_pending(&self) -> Result<bool, ApiError> {
        self.with_cache(|c| c.hidden_changes_pending())
    }

    /// この事業所の求人を表示しない: hides the employer of `job_number`.
    pub fn hide_employer(&self, job_number: &str) -> Result<(), ApiError> {
        self.with_cache(|c| c.hide_employer(job_number, &new_key(), now()))?;
        self.edited();
        Ok(())
    }

    /// Shows again the employer hidden from `job_number`.
    pub fn show_employer(&self, job_number: &str) -> Result<(), ApiError> {
        self.with_cache(|c| c.show_employer(job_number, &new_key(), now()))?;
        self.edited();
        Ok(())
    }

    /// A 求人票 as cached on this device.
    pub fn sheet(&self, job_number: &str) -> Result<Option<JobSheet>, ApiError> {
        self.with_cache(|c| c.sheet(job_number))
    }

    /// Keeps a 求人票 the user opened.
    pub fn remember_sheet(&self, sheet: &JobSheet) -> Result<(), ApiError> {
        self.with_cache(|c| c.remember_sheet(sheet, now()))
    }

    /// The saved searches.
    pub fn saved_searches(&self) -> Result<Vec<SavedSearchItem>, ApiError> {
        self.with_cache(|c| c.saved_searches())
    }

    /// 新規保存 (`id` = `None`) or 上書き保存; returns the saved search's id.
    pub fn save_search(
        &self,
        id: Option<&str>,
        name: &str,
        params: &JobSearchParams,
    ) -> Result<String, ApiError> {
        let id = id.map_or_else(new_key, str::to_owned);
        self.with_cache(|c| c.save_search(&id, name, params, &new_key(), now()))?;
        self.edited();
        Ok(id)
    }

    /// Deletes a saved search.
    pub fn delete_search(&self, id: &str) -> Result<(), ApiError> {
        self.with_cache(|c| c.delete_search(id, &new_key(), now()))?;
        self.edited();
        Ok(())
    }

    /// 新着をお知らせ on or off for a saved search.
    pub fn set_search_alert(&self, id: &str, on: bool) -> Result<(), ApiError> {
        self.with_cache(|c| c.set_search_alert(id, on, &new_key(), now()))?;
        self.edited();
        Ok(())
    }

    /// 求職者情報: the newest save, synced or waiting.
    pub fn profile(&self) -> Result<MyProfile, ApiError> {
        self.with_cache(|c| c.profile())
    }

    /// Saves the whole 求職者情報 (checked on the Japan date); the profile shown after it.
    pub fn save_profile(&self, profile: &SeekerProfile) -> Result<MyProfile, ApiError> {
        let at = now();
        self.with_cache(|c| c.save_profile(profile, &new_key(), at, japan_date(at)))?;
        self.edited();
        self.profile()
    }

    /// What ends soon, as of the last pull.
    pub fn reminders(&self) -> Result<Vec<Reminder>, ApiError> {
        self.with_cache(|c| c.reminders())
    }

    /// New postings of the saved searches marked 新着をお知らせ, as last counted.
    pub fn new_postings_total(&self) -> Result<u64, ApiError> {
        self.with_cache(|c| c.new_postings_total())
    }

    /// Records that a saved search is being run; returns its conditions.
    pub fn run_search(&self, id: &str) -> Result<JobSearchParams, ApiError> {
        let params = self
            .saved_searches()?
            .into_iter()
            .find(|s| s.id == id)
            .map(|s| s.params)
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::NotFound,
                    crate::language::texts().t("desktop-saved-search-gone"),
                )
            })?;
        self.with_cache(|c| c.mark_search_run(id, now(), &new_key(), now()))?;
        self.edited();
        Ok(params)
    }

    /// Where syncing stands.
    pub fn sync_status(&self) -> SyncStatus {
        match &self.runner {
            Some(runner) => runner.status(),
            None => status_of(&self.cache, SyncState::Offline, None),
        }
    }

    /// A receiver of the sync statuses (one that never changes when not syncing).
    pub fn status_watch(&self) -> tokio::sync::watch::Receiver<SyncStatus> {
        match &self.runner {
            Some(runner) => runner.watch(),
            None => tokio::sync::watch::channel(self.sync_status()).1,
        }
    }

    /// Asks for a sync pass now, one that also counts the saved searches' new postings.
    pub fn sync_now(&self) {
        if let Err(err) = self.with_cache(|c| c.count_new_postings_next()) {
            tracing::warn!(code = err.code.as_str(), "new postings not marked to count");
        }
        self.edited();
    }

    /// Edits the service refused since last asked (e.g. the 301st favorite added offline).
    pub fn take_rejections(&self) -> Result<Vec<RejectedEdit>, ApiError> {
        self.with_cache(|c| c.take_rejections())
    }

    /// Stops syncing and closes the cache; with `erase`, deletes its files (shared
    /// workstations leave nothing of the user behind).
    pub fn close(mut self, erase: bool) -> Result<(), ApiError> {
        self.runner = None;
        let path = self.with_cache(|c| Ok(c.path().to_owned()))?;
        // The aborted sync task lets go of the cache at its next await point: wait for that
        // (briefly), so the connection is closed before its files are deleted.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
        while Arc::strong_count(&self.cache) > 1 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        drop(self);
        if erase {
            shigoto_cache::delete_files(&path).map_err(|err| {
                tracing::error!(code = "cache_erase_failed", error = %err, "could not erase the cache");
                ApiError::new(
                    ErrorCode::Internal,
                    crate::language::texts().t("desktop-cache-erase-failed"),
                )
            })?;
            if let Some(folder) = path.parent() {
                let _ = std::fs::remove_dir(folder);
            }
        }
        Ok(())
    }
}

/// Who was signed in last on this device, for starting offline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastUser {
    pub account: AccountInfo,
}

impl LastUser {
    fn path(data_dir: &Path) -> PathBuf {
        data_dir.join("last-user.json")
    }

    /// The remembered user, if any (an unreadable file counts as none).
    pub fn load(data_dir: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(Self::path(data_dir)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Remembers `account` (written to a private temporary file, then renamed).
    pub fn save(data_dir: &Path, account: &AccountInfo) -> std::io::Result<()> {
        crate::private_files::create_dir(data_dir)?;
        let text = serde_json::to_string(&LastUser {
            account: account.clone(),
        })
        .map_err(std::io::Error::other)?;
        crate::private_files::write_replacing(&Self::path(data_dir), text.as_bytes())
    }

    /// Forgets the remembered user.
    pub fn forget(data_dir: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(Self::path(data_dir)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }
}
