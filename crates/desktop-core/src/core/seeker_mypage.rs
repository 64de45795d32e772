//! [`DesktopCore`] operations on the signed-in job seeker's MyPage data on this device:
//! favorites, saved searches, hidden employers, 求職者情報 and their sync. They read and edit the local cache, so they answer
//! without the network; [`DesktopCore::with_mypage`] is the one check that a job seeker is
//! signed in.

use shigoto_shared::{
    ApiError, FavoriteItem, HiddenEmployerItem, JobSearchParams, MyProfile, RejectedEdit, Reminder,
    Role, SavedSearchItem, SeekerProfile, SyncStatus,
};

use super::DesktopCore;

/// How long hiding or showing an employer waits for the service before answering.
const CONFIRM_WAIT: std::time::Duration = std::time::Duration::from_secs(5);
use crate::errors::{mypage_not_a_seeker, mypage_signed_out, signed_out};
use crate::mypage::MyPage;

impl DesktopCore {
    /// Runs `work` on the signed-in job seeker's MyPage; refused for anyone else (an
    /// employer's copy holds their messages only).
    pub(super) fn with_mypage<T>(
        &self,
        work: impl FnOnce(&MyPage) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let seeker = self
            .session()
            .is_some_and(|session| session.account.role == Role::Seeker);
        let slot = self.mypage.lock().map_err(|_| signed_out())?;
        match slot.as_ref() {
            Some(mypage) if seeker => work(mypage),
            _ if self.session().is_some() => Err(mypage_not_a_seeker()),
            _ => Err(mypage_signed_out()),
        }
    }

    /// Runs `work` on the signed-in job seeker's MyPage, when there is one.
    pub(super) fn if_mypage<T>(&self, work: impl FnOnce(&MyPage) -> T) -> Option<T> {
        let slot = self.mypage.lock().ok()?;
        slot.as_ref().map(work)
    }

    /// The favorites, newest first (from this device's cache: no network).
    pub fn favorites(&self) -> Result<Vec<FavoriteItem>, ApiError> {
        self.with_mypage(MyPage::favorites)
    }

    /// The 求人番号 of the favorites.
    pub fn favorite_numbers(&self) -> Result<Vec<String>, ApiError> {
        self.with_mypage(MyPage::favorite_numbers)
    }

    /// お気に入りに追加. The 求人票 is kept for offline reading: from the cache when the user
    /// opened it, else fetched now if the service answers.
    pub async fn add_favorite(&self, job_number: &str) -> Result<Vec<String>, ApiError> {
        let cached = self.with_mypage(|m| m.sheet(job_number))?;
        let sheet = match cached {
            Some(sheet) => Some(sheet),
            None => {
                let token = self.token();
                self.client()?
                    .job_as(job_number, token.as_deref())
                    .await
                    .ok()
            }
        };
        self.with_mypage(|m| {
            m.add_favorite(job_number, sheet.as_ref())?;
            m.favorite_numbers()
        })
    }

    /// お気に入りから削除.
    pub fn remove_favorite(&self, job_number: &str) -> Result<Vec<String>, ApiError> {
        self.with_mypage(|m| {
            m.remove_favorite(job_number)?;
            m.favorite_numbers()
        })
    }

    /// Employers hidden from the results (from this device's cache: no network).
    pub fn hidden_employers(&self) -> Result<Vec<HiddenEmployerItem>, ApiError> {
        self.with_mypage(MyPage::hidden_employers)
    }

    /// この事業所の求人を表示しない: hides the employer of `job_number` on this device, then
    /// waits a little (at most [`CONFIRM_WAIT`]) for the service to take it, so the search run
    /// next already leaves it out; offline the hide waits in the outbox. The list after it.
    pub async fn hide_employer(
        &self,
        job_number: &str,
    ) -> Result<Vec<HiddenEmployerItem>, ApiError> {
        self.with_mypage(|m| m.hide_employer(job_number))?;
        self.until_hidden_confirmed().await;
        self.hidden_employers()
    }

    /// Shows again the employer hidden from `job_number` (waiting like
    /// [`DesktopCore::hide_employer`]); the list after it.
    pub async fn show_employer(
        &self,
        job_number: &str,
    ) -> Result<Vec<HiddenEmployerItem>, ApiError> {
        self.with_mypage(|m| m.show_employer(job_number))?;
        self.until_hidden_confirmed().await;
        self.hidden_employers()
    }

    /// Waits until the service took every hide and show of this device, or [`CONFIRM_WAIT`]
    /// passed, or there is no sync to wait for.
    async fn until_hidden_confirmed(&self) {
        let Some(mut status) = self.sync_watch() else {
            return;
        };
        let deadline = tokio::time::Instant::now() + CONFIRM_WAIT;
        loop {
            let waiting = self
                .with_mypage(MyPage::hidden_changes_pending)
                .unwrap_or(false);
            if !waiting {
                return;
            }
            let changed = tokio::time::timeout_at(deadline, status.changed()).await;
            if !matches!(changed, Ok(Ok(()))) {
                return;
            }
        }
    }

    /// The saved searches.
    pub fn saved_searches(&self) -> Result<Vec<SavedSearchItem>, ApiError> {
        self.with_mypage(MyPage::saved_searches)
    }

    /// 新規保存 (`id` = `None`) or 上書き保存 of the conditions.
    pub fn save_search(
        &self,
        id: Option<&str>,
        name: &str,
        params: &JobSearchParams,
    ) -> Result<Vec<SavedSearchItem>, ApiError> {
        self.with_mypage(|m| {
            m.save_search(id, name, params)?;
            m.saved_searches()
        })
    }

    /// Deletes a saved search.
    pub fn delete_search(&self, id: &str) -> Result<Vec<SavedSearchItem>, ApiError> {
        self.with_mypage(|m| {
            m.delete_search(id)?;
            m.saved_searches()
        })
    }

    /// 新着をお知らせ on or off for a saved search; the list after it.
    pub fn set_search_alert(&self, id: &str, on: bool) -> Result<Vec<SavedSearchItem>, ApiError> {
        self.with_mypage(|m| {
            m.set_search_alert(id, on)?;
            m.saved_searches()
        })
    }

    /// 求職者情報 as this device has it (no network).
    pub fn profile(&self) -> Result<MyProfile, ApiError> {
        self.with_mypage(MyPage::profile)
    }

    /// Saves the 求職者情報 on this device (checked by the domain), synced in the background.
    pub fn save_profile(&self, profile: &SeekerProfile) -> Result<MyProfile, ApiError> {
        self.with_mypage(|m| m.save_profile(profile))
    }

    /// What of the signed-in job seeker's or employer's ends soon, as of the last pull (none
    /// without a copy on this device).
    pub fn reminders(&self) -> Result<Vec<Reminder>, ApiError> {
        self.if_mypage(MyPage::reminders).unwrap_or(Ok(Vec::new()))
    }

    /// The menu's count of new postings of the searches marked 新着をお知らせ (from this
    /// device's copy; 0 for anyone without one).
    pub fn new_postings_total(&self) -> Result<u64, ApiError> {
        self.if_mypage(MyPage::new_postings_total).unwrap_or(Ok(0))
    }

    /// Runs a saved search again: its conditions (the search itself is the usual one).
    pub fn run_saved_search(&self, id: &str) -> Result<JobSearchParams, ApiError> {
        self.with_mypage(|m| m.run_search(id))
    }

    /// Where syncing of the signed-in job seeker's data stands (`None` for other users).
    pub fn sync_status(&self) -> Option<SyncStatus> {
        self.if_mypage(MyPage::sync_status)
    }

    /// Asks for a sync pass now (the 今すぐ同期 button).
    pub fn sync_now(&self) {
        self.if_mypage(MyPage::sync_now);
    }

    /// Edits the service refused since last asked, to tell the user once.
    pub fn take_rejections(&self) -> Result<Vec<RejectedEdit>, ApiError> {
        self.if_mypage(MyPage::take_rejections)
            .unwrap_or_else(|| Ok(Vec::new()))
    }

    /// A receiver of the sync statuses of the signed-in job seeker.
    pub fn sync_watch(&self) -> Option<tokio::sync::watch::Receiver<SyncStatus>> {
        self.if_mypage(MyPage::status_watch)
    }

    /// Waits until the signed-in job seeker's data is synced (tests, benchmarks).
    pub async fn wait_until_synced(&self) -> Option<SyncStatus> {
        // The runner is shared through its watch channel; no lock is held while waiting.
        let status = self.sync_watch()?;
        Some(crate::sync::runner::wait_for_synced(status).await)
    }
}
