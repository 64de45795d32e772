//! [`DesktopCore`]: what the app can do, each operation answering either its data or an
//! [`ApiError`] that the UI shows as is (Japanese message, stable code).
//!
//! The session token is read from and written to the OS keyring ([`TokenStore`]) and kept in
//! memory while the app runs; it never leaves this type. The device settings (共用端末) are read
//! from their file at start and written back when changed ([`SettingsStore`]).
//!
//! Shared workstations: [`DesktopCore::new`] is the app's start, and on a shared workstation it
//! first deletes whatever a crash, a kill or a power cut left behind (the keyring entry, every
//! MyPage cache, the last user) before anything can be shown; a sign-in left in the keyring is
//! then revoked on the service in the background. Signing out deletes the local secrets first
//! and only then tells the service, so an unreachable or slow service never leaves them behind.
//!
//! A service address that the transport rule refuses (plain `http://` off this computer, see
//! [`shigoto_api_client::check_service_url`]) does not stop the app: it starts, and every call
//! to the service answers the Japanese refusal (its English code goes to the log).

use std::path::PathBuf;
use std::sync::Mutex;

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_domain::JobNumber;
use shigoto_shared::{
    AccountInfo, ApiError, CounterRegistration, DeviceSettings, ErrorCode, FavoriteItem,
    JobSearchParams, JobSearchResults, JobSheet, KeySent, NewPostings, OpeningCompletion,
    OpeningKeyRequest, PasswordChange, PasswordResetCompletion, PasswordResetKeyRequest,
    ProvisionalSeeker, RegisteredSeeker, RegistrationCompletion, RegistrationKeyRequest,
    RejectedEdit, Role, SavedSearchItem, ServiceStatus, SyncStatus,
};

use crate::config::DesktopConfig;
use crate::credentials::{KeyringError, TokenStore};
use crate::mypage::{LastUser, MyPage};
use crate::settings::{SettingsStore, StoredSettings};

mod email_change;
mod employer;

/// The signed-in session held in memory.
#[derive(Clone)]
struct Session {
    token: String,
    account: AccountInfo,
}

/// The app's logic for one signed-out or signed-in user.
pub struct DesktopCore {
    /// The service, or why its configured address was refused (every call answers that).
    client: Result<ApiClient, ApiError>,
    tokens: TokenStore,
    /// Fixed on by the administrator (`SHIGOTO_SHARED_WORKSTATION`).
    shared_workstation_forced: bool,
    settings_store: SettingsStore,
    /// The stored device settings; the lock is held while they are written.
    settings: Mutex<StoredSettings>,
    session: Mutex<Option<Session>>,
    /// Where MyPage caches and the last user live.
    data_dir: PathBuf,
    /// The signed-in job seeker's data on this device, with its background sync.
    mypage: Mutex<Option<MyPage>>,
}

fn keyring_failure(err: KeyringError) -> ApiError {
    tracing::error!(code = "keyring_failed", error = %err, "OS keyring");
    ApiError::new(
        ErrorCode::Internal,
        "ログイン情報をOSの資格情報ストア（キーリング）で扱えませんでした。OSのログイン状態を確認してください。",
    )
}

fn signed_out() -> ApiError {
    ApiError::new(ErrorCode::Unauthenticated, "ログインしてください。")
}

impl DesktopCore {
    /// Starts the app's core: the configured service, the device settings stored in
    /// `config.config_dir` (the defaults when the file is missing or unreadable), and this
    /// device's data in `config.data_dir`.
    ///
    /// On a shared workstation (or when the settings cannot be read, in case it is one) it
    /// first deletes the sign-in and the MyPage data that an earlier run left behind, whoever
    /// it was; the app calls this before it shows anything. On a private computer they stay,
    /// so the last user resumes, and are made private to the OS user if they were not.
    /// Never fails: a refused service address is answered by each call instead.
    pub fn new(config: &DesktopConfig) -> Self {
        let settings_store = SettingsStore::new(config.config_dir.clone());
        let (settings, settings_read) = match settings_store.load() {
            Ok(settings) => (settings, true),
            Err(err) => {
                tracing::warn!(code = "settings_unreadable", error = %err, "device settings: using the defaults");
                (StoredSettings::default(), false)
            }
        };
        let client = ApiClient::new(&config.service_url).map_err(|err| {
            tracing::error!(
                code = err.code(),
                service = %config.service_url,
                error = %err,
                "service address refused: the app starts without the service"
            );
            err.to_api_error()
        });
        let core = Self {
            client,
            tokens: TokenStore::new(config.keyring_service.clone()),
            shared_workstation_forced: config.shared_workstation_forced,
            settings_store,
            settings: Mutex::new(settings),
            session: Mutex::new(None),
            data_dir: config.data_dir.clone(),
            mypage: Mutex::new(None),
        };
        if core.is_shared_workstation() || !settings_read {
            core.erase_leftovers();
        }
        if let Err(err) = core.settings_store.restrict() {
            tracing::warn!(code = "settings_not_private", error = %err, "device settings folder");
        }
        if let Err(err) = crate::mypage::restrict_all(&core.data_dir) {
            tracing::warn!(code = "data_not_private", error = %err, "app data folder");
        }
        core
    }

    /// The service, or the refusal of its address.
    fn client(&self) -> Result<&ApiClient, ApiError> {
        self.client.as_ref().map_err(Clone::clone)
    }

    /// Deletes what an earlier run left on this computer: the sign-in in the keyring, every
    /// MyPage cache and the last user. The left sign-in is then revoked on the service, in the
    /// background when there is a runtime to run it (best effort: it expires there anyway).
    fn erase_leftovers(&self) {
        let leftover = self.tokens.load().unwrap_or_else(|err| {
            tracing::warn!(code = "keyring_failed", error = %err, "reading a left sign-in");
            None
        });
        match self.tokens.delete() {
            Ok(()) if leftover.is_some() => {
                tracing::info!("shared workstation: deleted a sign-in left by an earlier run");
            }
            Ok(()) => {}
            Err(err) => {
                tracing::error!(code = "keyring_erase_failed", error = %err, "shared workstation: could not delete a left sign-in");
            }
        }
        if let Err(err) = crate::mypage::erase_all(&self.data_dir) {
            tracing::error!(code = "cache_erase_failed", error = %err, "shared workstation: could not delete left MyPage data");
        }
        if let Some(token) = leftover {
            self.revoke_in_background(token);
        }
    }

    /// Tells the service to end a session whose token this device has already forgotten.
    fn revoke_in_background(&self, token: String) {
        let Ok(client) = self.client.clone() else {
            return;
        };
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn(async move {
                    match client.sign_out(&token).await {
                        Ok(()) => tracing::info!("a left sign-in was revoked on the service"),
                        Err(err) => tracing::warn!(code = err.code(), error = %err, "a left sign-in could not be revoked; it expires on the service"),
                    }
                });
            }
            Err(_) => {
                tracing::warn!("no runtime: a left sign-in expires on the service on its own");
            }
        }
    }

    fn stored_settings(&self) -> StoredSettings {
        self.settings
            .lock()
            .map(|s| *s)
            .unwrap_or_else(|poisoned| *poisoned.into_inner())
    }

    /// This computer's settings as the 端末の設定 screen shows them: the administrator's
    /// `SHIGOTO_SHARED_WORKSTATION` wins over the stored choice.
    pub fn device_settings(&self) -> DeviceSettings {
        let stored = self.stored_settings();
        DeviceSettings {
            shared_workstation: self.shared_workstation_forced || stored.shared_workstation,
            shared_workstation_fixed: self.shared_workstation_forced,
        }
    }

    /// Marks this computer as a shared workstation or not, and keeps the choice in the settings
    /// file. Refused while the administrator has fixed it.
    pub fn set_shared_workstation(&self, shared: bool) -> Result<DeviceSettings, ApiError> {
        if self.shared_workstation_forced {
            tracing::warn!(
                code = "settings_fixed",
                "the shared workstation setting is fixed by SHIGOTO_SHARED_WORKSTATION"
            );
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "この端末は管理者の設定により共用端末として使うことになっているため、変更できません。",
            )
            .with_field("shared_workstation"));
        }
        {
            let mut stored = self
                .settings
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let mut changed = *stored;
            changed.shared_workstation = shared;
            if let Err(err) = self.settings_store.save(&changed) {
                tracing::error!(code = "settings_write_failed", error = %err, "device settings");
                return Err(ApiError::new(
                    ErrorCode::Internal,
                    "端末の設定を保存できませんでした。アプリの設定フォルダーに書き込めるか確認してください。",
                ));
            }
            *stored = changed;
        }
        tracing::info!(shared, "shared workstation setting changed");
        Ok(self.device_settings())
    }

    /// Whether signing out and quitting must leave nothing of the user behind.
    fn is_shared_workstation(&self) -> bool {
        self.device_settings().shared_workstation
    }

    fn session(&self) -> Option<Session> {
        self.session.lock().ok().and_then(|s| s.clone())
    }

    fn set_session(&self, session: Option<Session>) {
        if let Ok(mut slot) = self.session.lock() {
            *slot = session;
        }
    }

    /// Job search: as the signed-in user when there is one (a registered job seeker sees more
    /// employers' names), else as the public.
    pub async fn search_jobs(
        &self,
        params: &JobSearchParams,
    ) -> Result<JobSearchResults, ApiError> {
        let token = self.session().map(|session| session.token);
        let answer = self
            .client()?
            .search_jobs_as(params, token.as_deref())
            .await;
        self.forget_dead_session(answer)
    }

    /// One job sheet. A malformed number is refused here, before any request.
    pub async fn job(&self, job_number: &str) -> Result<JobSheet, ApiError> {
        let number = JobNumber::parse(job_number).map_err(|err| {
            ApiError::new(ErrorCode::InvalidParameter, err.to_string()).with_field("job_number")
        })?;
        let token = self.session().map(|session| session.token);
        match self
            .client()?
            .job_as(number.as_str(), token.as_deref())
            .await
        {
            Ok(sheet) => {
                if let Ok(slot) = self.mypage.lock() {
                    if let Some(mypage) = slot.as_ref() {
                        if let Err(err) = mypage.remember_sheet(&sheet) {
                            tracing::warn!(code = err.code.as_str(), "could not keep the sheet");
                        }
                    }
                }
                Ok(sheet)
            }
            Err(ClientError::Unreachable(detail)) => {
                // Offline: a favorite (or a sheet seen before) opens from the cache.
                let cached = self
                    .mypage
                    .lock()
                    .ok()
                    .and_then(|slot| slot.as_ref().map(|m| m.sheet(number.as_str())));
                match cached {
                    Some(Ok(Some(sheet))) => Ok(sheet),
                    _ => Err(ClientError::Unreachable(detail).to_api_error()),
                }
            }
            Err(err) => self.forget_dead_session(Err(err)),
        }
    }

    /// Whether the service answers now; the refusal of its address when it was refused.
    pub async fn service_status(&self) -> Result<ServiceStatus, ApiError> {
        let client = self.client()?;
        let health = client.health().await;
        Ok(ServiceStatus {
            base_url: client.base_url().to_owned(),
            reachable: health.is_ok(),
            indexed_jobs: health.ok().map(|h| h.indexed_jobs),
        })
    }

    /// Signs in and keeps the token in the OS keyring.
    pub async fn sign_in(&self, email: &str, password: &str) -> Result<AccountInfo, ApiError> {
        let client = self.client()?;
        let signed_in = client
            .sign_in(email, password)
            .await
            .map_err(|err| err.to_api_error())?;
        if let Err(err) = self.tokens.save(&signed_in.token) {
            // Without the keyring the session cannot be kept safely: end it on the service.
            let _ = client.sign_out(&signed_in.token).await;
            return Err(keyring_failure(err));
        }
        self.open_mypage(&signed_in.account, &signed_in.token);
        self.set_session(Some(Session {
            token: signed_in.token,
            account: signed_in.account.clone(),
        }));
        tracing::info!(role = signed_in.account.role.as_str(), "signed in");
        Ok(signed_in.account)
    }

    /// The signed-in account: from memory, else, on a private computer, from a token left in
    /// the keyring by an earlier run (checked with the service; a dead token is removed). A
    /// shared workstation never resumes an earlier run's sign-in: one found is deleted.
    pub async fn current_account(&self) -> Result<Option<AccountInfo>, ApiError> {
        if let Some(session) = self.session() {
            return Ok(Some(session.account));
        }
        let Some(token) = self.tokens.load().map_err(keyring_failure)? else {
            return Ok(None);
        };
        if self.is_shared_workstation() {
            tracing::warn!(
                code = "left_sign_in_refused",
                "shared workstation: a sign-in from another run is not resumed"
            );
            self.tokens.delete().map_err(keyring_failure)?;
            self.revoke_in_background(token);
            return Ok(None);
        }
        match self.client()?.me(&token).await {
            Ok(account) => {
                self.open_mypage(&account, &token);
                self.set_session(Some(Session {
                    token,
                    account: account.clone(),
                }));
                Ok(Some(account))
            }
            Err(ClientError::Api { error, .. }) if error.code == ErrorCode::Unauthenticated => {
                self.tokens.delete().map_err(keyring_failure)?;
                self.close_mypage(false);
                Ok(None)
            }
            Err(ClientError::Unreachable(detail)) => {
                // Offline: the last job seeker signed in here reads their data from the cache;
                // sync starts by itself once the service answers.
                let Some(last) =
                    LastUser::load(&self.data_dir).filter(|last| last.account.role == Role::Seeker)
                else {
                    return Err(ClientError::Unreachable(detail).to_api_error());
                };
                tracing::info!("service unreachable: resuming the last job seeker offline");
                self.open_mypage(&last.account, &token);
                self.set_session(Some(Session {
                    token,
                    account: last.account.clone(),
                }));
                Ok(Some(last.account))
            }
            Err(err) => Err(err.to_api_error()),
        }
    }

    /// Signs out. What this device holds goes first: the session in memory, the MyPage cache
    /// (deleted on a shared workstation), the keyring entry; only then is the service asked to
    /// revoke the session, so a slow or unreachable service leaves nothing behind (the session
    /// then expires there on its own). A keyring failure is reported after the revocation.
    pub async fn sign_out(&self) -> Result<(), ApiError> {
        let (token, kept) = match self.session() {
            Some(session) => (Some(session.token), Ok(())),
            None => match self.tokens.load() {
                Ok(token) => (token, Ok(())),
                Err(err) => (None, Err(err)),
            },
        };
        self.set_session(None);
        self.close_mypage(false);
        let deleted = kept.and_then(|()| self.tokens.delete());
        if let (Some(token), Ok(client)) = (token, self.client()) {
            if let Err(err) = client.sign_out(&token).await {
                tracing::warn!(code = err.code(), error = %err, "the service did not confirm the sign-out");
            }
        }
        deleted.map_err(keyring_failure)?;
        tracing::info!("signed out");
        Ok(())
    }

    /// Opens the job seeker's MyPage cache and starts syncing it (others have none).
    fn open_mypage(&self, account: &AccountInfo, token: &str) {
        let Some(number) = account
            .seeker_number
            .as_deref()
            .filter(|_| account.role == Role::Seeker)
        else {
            return;
        };
        let Ok(client) = self.client() else {
            return;
        };
        let folder = format!("{number}@{}", client.host_label());
        match MyPage::open(&self.data_dir, &folder) {
            Ok(mut mypage) => {
                mypage.start_sync(client, token.to_owned());
                if let Ok(mut slot) = self.mypage.lock() {
                    if let Some(previous) = slot.replace(mypage) {
                        let _ = previous.close(false);
                    }
                }
                // Only a private computer starts offline as the last user.
                if !self.is_shared_workstation() {
                    if let Err(err) = LastUser::save(&self.data_dir, account) {
                        tracing::warn!(code = "last_user_unsaved", error = %err, "could not remember the user");
                    }
                }
            }
            Err(err) => {
                tracing::error!(
                    code = err.code.as_str(),
                    "MyPage cache unavailable: {}",
                    err.message
                );
            }
        }
    }

    /// Stops syncing and closes the cache; on a shared workstation (or with `erase`) its files
    /// are deleted. The last user is forgotten: a signed-out app does not start offline.
    fn close_mypage(&self, erase: bool) {
        let mypage = self.mypage.lock().ok().and_then(|mut slot| slot.take());
        let erase = erase || self.is_shared_workstation();
        if let Some(mypage) = mypage {
            if let Err(err) = mypage.close(erase) {
                tracing::error!(
                    code = err.code.as_str(),
                    "closing the MyPage cache: {}",
                    err.message
                );
            }
        }
        if let Err(err) = LastUser::forget(&self.data_dir) {
            tracing::warn!(code = "last_user_unforgotten", error = %err, "could not forget the user");
        }
    }

    /// Runs `work` on the signed-in job seeker's MyPage.
    fn with_mypage<T>(
        &self,
        work: impl FnOnce(&MyPage) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let slot = self.mypage.lock().map_err(|_| signed_out())?;
        match slot.as_ref() {
            Some(mypage) => work(mypage),
            None if self.session().is_some() => Err(ApiError::new(
                ErrorCode::Forbidden,
                "お気に入りと検索条件の保存は、求職者としてログインすると使えます。",
            )),
            None => Err(ApiError::new(
                ErrorCode::Unauthenticated,
                "お気に入りと検索条件の保存は、ログインすると使えます。",
            )),
        }
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
                let token = self.session().map(|session| session.token);
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

    /// How many postings are new for each saved search since its last run (needs the service;
    /// the list itself stays readable offline).
    pub async fn saved_search_new_counts(&self) -> Result<Vec<NewPostings>, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self.client()?.saved_search_new_counts(&session.token).await;
        self.forget_dead_session(answer)
    }

    /// Runs a saved search again: its conditions (the search itself is the usual one).
    pub fn run_saved_search(&self, id: &str) -> Result<JobSearchParams, ApiError> {
        self.with_mypage(|m| m.run_search(id))
    }

    /// Where syncing of the signed-in job seeker's data stands (`None` for other users).
    pub fn sync_status(&self) -> Option<SyncStatus> {
        self.mypage
            .lock()
            .ok()
            .and_then(|slot| slot.as_ref().map(MyPage::sync_status))
    }

    /// Asks for a sync pass now (the 今すぐ同期 button).
    pub fn sync_now(&self) {
        if let Ok(slot) = self.mypage.lock() {
            if let Some(mypage) = slot.as_ref() {
                mypage.sync_now();
            }
        }
    }

    /// Edits the service refused since last asked, to tell the user once.
    pub fn take_rejections(&self) -> Result<Vec<RejectedEdit>, ApiError> {
        self.with_mypage(MyPage::take_rejections)
    }

    /// A receiver of the sync statuses of the signed-in job seeker.
    pub fn sync_watch(&self) -> Option<tokio::sync::watch::Receiver<SyncStatus>> {
        let slot = self.mypage.lock().ok()?;
        Some(slot.as_ref()?.status_watch())
    }

    /// Waits until the signed-in job seeker's data is synced (tests, benchmarks).
    pub async fn wait_until_synced(&self) -> Option<SyncStatus> {
        // The runner is shared through its watch channel; no lock is held while waiting.
        let status = {
            let slot = self.mypage.lock().ok()?;
            slot.as_ref()?.status_watch()
        };
        Some(crate::sync::runner::wait_for_synced(status).await)
    }

    /// Called when the app exits: on a shared workstation (and always for counselors) nothing
    /// of the user is left behind. A session left in the keyring by an earlier run counts too.
    pub async fn on_exit(&self) {
        let counselor = self
            .session()
            .is_some_and(|s| s.account.role == Role::Counselor);
        if self.is_shared_workstation() || counselor {
            if let Err(err) = self.sign_out().await {
                tracing::error!(error = %err, "could not sign out on exit");
            }
        }
    }

    /// MyPage opening, step 1.
    pub async fn request_opening_key(
        &self,
        request: &OpeningKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.client()?
            .request_opening_key(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// MyPage opening, step 2.
    pub async fn complete_opening(&self, request: &OpeningCompletion) -> Result<KeySent, ApiError> {
        self.client()?
            .complete_opening(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// Password reset, step 1.
    pub async fn request_password_reset_key(
        &self,
        request: &PasswordResetKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.client()?
            .request_password_reset_key(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// Password reset, step 2.
    pub async fn complete_password_reset(
        &self,
        request: &PasswordResetCompletion,
    ) -> Result<KeySent, ApiError> {
        self.client()?
            .complete_password_reset(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// Online registration, step 1.
    pub async fn request_registration_key(
        &self,
        request: &RegistrationKeyRequest,
    ) -> Result<KeySent, ApiError> {
        self.client()?
            .request_registration_key(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// Online registration, step 2.
    pub async fn complete_registration(
        &self,
        request: &RegistrationCompletion,
    ) -> Result<KeySent, ApiError> {
        self.client()?
            .complete_registration(request)
            .await
            .map_err(|err| err.to_api_error())
    }

    /// Changes the signed-in account's password (the current one is required); the service
    /// ends the account's other sessions and keeps this one.
    pub async fn change_password(&self, request: &PasswordChange) -> Result<KeySent, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self
            .client()?
            .change_password(&session.token, request)
            .await;
        self.forget_dead_session(answer)
    }

    /// Provisional applications waiting for 本登録 (counselors).
    pub async fn list_provisional_seekers(&self) -> Result<Vec<ProvisionalSeeker>, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self.client()?.list_provisional(&session.token).await;
        self.forget_dead_session(answer)
    }

    /// 本登録 of a provisional application (counselors).
    pub async fn confirm_seeker(&self, seeker_number: &str) -> Result<RegisteredSeeker, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self
            .client()?
            .confirm_seeker(&session.token, seeker_number)
            .await;
        self.forget_dead_session(answer)
    }

    /// Counter registration (counselors).
    pub async fn register_seeker(
        &self,
        request: &CounterRegistration,
    ) -> Result<RegisteredSeeker, ApiError> {
        let session = self.session().ok_or_else(signed_out)?;
        let answer = self
            .client()?
            .register_seeker(&session.token, request)
            .await;
        self.forget_dead_session(answer)
    }

    /// Drops the in-memory session when the service says it ended.
    fn forget_dead_session<T>(&self, answer: Result<T, ClientError>) -> Result<T, ApiError> {
        answer.map_err(|err| {
            let error = err.to_api_error();
            if error.code == ErrorCode::Unauthenticated {
                self.set_session(None);
                let _ = self.tokens.delete();
            }
            error
        })
    }
}
