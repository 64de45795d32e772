//! [`DesktopCore`]: what the app can do, each operation answering either its data or an
//! [`ApiError`] that the UI shows as is (a message in the language shown, a stable code).
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
//! to the service answers that refusal (its English code goes to the log).

use std::path::PathBuf;
use std::sync::Mutex;

use shigoto_api_client::{ApiClient, ClientError};
use shigoto_domain::JobNumber;
use shigoto_shared::{
    AccountInfo, ApiError, DeviceSettings, ErrorCode, JobSearchParams, JobSearchResults, JobSheet,
    Lang, NoticeTarget, OfficeDirectory, Role, SavedDocument, ServiceStatus, SyncState,
};

use crate::config::DesktopConfig;
use crate::credentials::TokenStore;
use crate::mypage::{LastUser, MyPage};
use crate::notices::OsNotice;
use crate::settings::{SettingsStore, StoredSettings};
use session::Session;

/// OS notifications held for a slow listener (older ones are dropped).
const NOTICES_HELD: usize = 32;

/// How long signing out waits for edits and messages made here to be sent.
pub const SIGN_OUT_FLUSH: std::time::Duration = std::time::Duration::from_secs(5);

mod accounts;
mod applications;
mod counselor;
mod direct_requests;
mod email_change;
mod employer;
mod messages;
mod postings;
mod publication;
mod seeker_mypage;
mod seeking;
mod session;

/// The app's logic for one signed-out or signed-in user.
pub struct DesktopCore {
    /// The service, or why its configured address was refused (every call answers that).
    client: Result<ApiClient, ApiError>,
    tokens: TokenStore,
    /// Fixed on by the administrator (`SHIGOTO_SHARED_WORKSTATION`).
    shared_workstation_forced: bool,
    /// The system's language (shown unless the person chose another).
    system_language: Lang,
    settings_store: SettingsStore,
    /// The stored device settings; the lock is held while they are written.
    settings: Mutex<StoredSettings>,
    session: Mutex<Option<Session>>,
    /// Where MyPage caches and the last user live.
    data_dir: PathBuf,
    /// Where saved documents go.
    downloads_dir: PathBuf,
    /// The signed-in job seeker's data on this device, with its background sync.
    mypage: Mutex<Option<MyPage>>,
    /// What sync passes bring to tell the person, for OS notifications.
    notices: tokio::sync::broadcast::Sender<OsNotice>,
    /// The screen of a clicked notification, until the window takes it.
    opened: crate::notices::OpenedNotice,
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
        crate::language::show(settings.language.unwrap_or(config.system_language));
        let client = ApiClient::new(&config.service_url).map_err(|err| {
            tracing::error!(
                code = err.code(),
                service = %config.service_url,
                error = %err,
                "service address refused: the app starts without the service"
            );
            err.to_api_error(crate::language::texts())
        });
        let core = Self {
            client,
            tokens: TokenStore::new(config.keyring_service.clone()),
            shared_workstation_forced: config.shared_workstation_forced,
            system_language: config.system_language,
            settings_store,
            settings: Mutex::new(settings),
            session: Mutex::new(None),
            data_dir: config.data_dir.clone(),
            downloads_dir: config.downloads_dir.clone(),
            mypage: Mutex::new(None),
            notices: tokio::sync::broadcast::channel(NOTICES_HELD).0,
            opened: crate::notices::OpenedNotice::default(),
        };
        if let Ok(client) = &core.client {
            client.set_language(core.language());
        }
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
    /// `SHIGOTO_SHARED_WORKSTATION` wins over the stored choice; the language is the one chosen,
    /// else the system's.
    pub fn device_settings(&self) -> DeviceSettings {
        let stored = self.stored_settings();
        DeviceSettings {
            shared_workstation: self.shared_workstation_forced || stored.shared_workstation,
            shared_workstation_fixed: self.shared_workstation_forced,
            language: stored.language.unwrap_or(self.system_language),
            language_choice: stored.language,
            system_language: self.system_language,
        }
    }

    /// The language the app shows now.
    pub fn language(&self) -> Lang {
        self.device_settings().language
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
                crate::language::texts().t("desktop-shared-workstation-fixed"),
            )
            .with_field("shared_workstation"));
        }
        self.change_settings(|stored| stored.shared_workstation = shared)?;
        tracing::info!(shared, "shared workstation setting changed");
        Ok(self.device_settings())
    }

    /// Chooses the app's language (`None`: follow the system's) and keeps the choice in the
    /// settings file; the service is asked to answer in it from now on.
    pub fn set_language(&self, choice: Option<Lang>) -> Result<DeviceSettings, ApiError> {
        self.change_settings(|stored| stored.language = choice)?;
        tracing::info!(?choice, "language setting changed");
        let settings = self.device_settings();
        crate::language::show(settings.language);
        if let Ok(client) = &self.client {
            client.set_language(settings.language);
        }
        self.tell_mail_language(settings.language);
        Ok(settings)
    }

    /// Tells the service, while signed in, that the account's mails are to be in `lang` (in the
    /// background; when it cannot be reached, the next sign-in tells it).
    fn tell_mail_language(&self, lang: Lang) {
        let (Some(session), Ok(client)) = (self.session(), self.client.clone()) else {
            return;
        };
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        runtime.spawn(async move {
            if let Err(err) = client.set_mail_language(&session.token, lang).await {
                tracing::warn!(code = err.code(), error = %err, "the mail language could not be told; the next sign-in tells it");
            }
        });
    }

    /// Changes the stored settings by `edit` and writes them, under the settings' lock.
    fn change_settings(&self, edit: impl FnOnce(&mut StoredSettings)) -> Result<(), ApiError> {
        let mut stored = self
            .settings
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut changed = *stored;
        edit(&mut changed);
        if let Err(err) = self.settings_store.save(&changed) {
            tracing::error!(code = "settings_write_failed", error = %err, "device settings");
            return Err(ApiError::new(
                ErrorCode::Internal,
                crate::language::texts().t("desktop-settings-write-failed"),
            ));
        }
        *stored = changed;
        Ok(())
    }

    /// Whether signing out and quitting must leave nothing of the user behind.
    fn is_shared_workstation(&self) -> bool {
        self.device_settings().shared_workstation
    }

    /// Job search: as the signed-in user when there is one (a registered job seeker sees more
    /// employers' names, and not the employers they hid), else as the public. For a job seeker
    /// the search also moves their visits on, and the results say from when postings are new
    /// to them (「前回以降の新着」).
    pub async fn search_jobs(
        &self,
        params: &JobSearchParams,
    ) -> Result<JobSearchResults, ApiError> {
        let token = self.token();
        let answer = self
            .client()?
            .search_jobs_as(params, token.as_deref())
            .await;
        let mut results = self.forget_dead_session(answer)?;
        let seeker = self
            .session()
            .is_some_and(|session| session.account.role == Role::Seeker);
        if seeker {
            results.new_since = match self.if_mypage(MyPage::searched) {
                Some(Ok(since)) => since,
                Some(Err(err)) => {
                    tracing::warn!(code = err.code.as_str(), "the visit was not recorded");
                    None
                }
                None => None,
            };
        }
        Ok(results)
    }

    /// The Hello Work offices of a prefecture with their jurisdictions (public).
    pub async fn offices(&self, prefecture_code: &str) -> Result<OfficeDirectory, ApiError> {
        self.public(async |client| client.offices(prefecture_code).await)
            .await
    }

    /// One job sheet. A malformed number is refused here, before any request.
    pub async fn job(&self, job_number: &str) -> Result<JobSheet, ApiError> {
        let number = JobNumber::parse(job_number).map_err(|err| {
            ApiError::new(
                ErrorCode::InvalidParameter,
                crate::language::texts().text(&err.text()),
            )
            .with_field("job_number")
        })?;
        let token = self.token();
        match self
            .client()?
            .job_as(number.as_str(), token.as_deref())
            .await
        {
            Ok(sheet) => {
                if let Some(Err(err)) = self.if_mypage(|mypage| mypage.remember_sheet(&sheet)) {
                    tracing::warn!(code = err.code.as_str(), "could not keep the sheet");
                }
                Ok(sheet)
            }
            Err(ClientError::Unreachable(detail)) => {
                // Offline: a favorite (or a sheet seen before) opens from the cache.
                let cached = self.if_mypage(|m| m.sheet(number.as_str()));
                match cached {
                    Some(Ok(Some(sheet))) => Ok(sheet),
                    _ => {
                        Err(ClientError::Unreachable(detail).to_api_error(crate::language::texts()))
                    }
                }
            }
            Err(err) => self.forget_dead_session(Err(err)),
        }
    }

    /// Saves the 求人票 as a printable PDF in the downloads folder, in the app's language and as
    /// the signed-in user (or the public) may see it. A malformed number is refused here.
    pub async fn save_job_sheet_pdf(&self, job_number: &str) -> Result<SavedDocument, ApiError> {
        let number = JobNumber::parse(job_number).map_err(|err| {
            ApiError::new(
                ErrorCode::InvalidParameter,
                crate::language::texts().text(&err.text()),
            )
            .with_field("job_number")
        })?;
        let token = self.token();
        let answer = self
            .client()?
            .job_pdf_as(number.as_str(), token.as_deref())
            .await;
        let pdf = self.forget_dead_session(answer)?;
        let name = crate::language::texts().t_with(
            "desktop-file-job-sheet",
            &[("number", number.as_str().into())],
        );
        crate::documents::save(&self.downloads_dir, &name, &pdf)
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
            .map_err(|err| err.to_api_error(crate::language::texts()))?;
        if let Err(err) = self.tokens.save(&signed_in.token) {
            // Without the keyring the session cannot be kept safely: end it on the service.
            let _ = client.sign_out(&signed_in.token).await;
            return Err(err.into());
        }
        self.begin_session(&signed_in.account, signed_in.token);
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
        let Some(token) = self.tokens.load()? else {
            return Ok(None);
        };
        if self.is_shared_workstation() {
            tracing::warn!(
                code = "left_sign_in_refused",
                "shared workstation: a sign-in from another run is not resumed"
            );
            self.tokens.delete()?;
            self.revoke_in_background(token);
            return Ok(None);
        }
        match self.client()?.me(&token).await {
            Ok(account) => {
                self.begin_session(&account, token);
                Ok(Some(account))
            }
            Err(ClientError::Api { error, .. }) if error.code == ErrorCode::Unauthenticated => {
                self.tokens.delete()?;
                self.close_mypage(false);
                Ok(None)
            }
            Err(ClientError::Unreachable(detail)) => {
                // Offline: the last job seeker or employer signed in here reads their data from the cache;
                // sync starts by itself once the service answers.
                let Some(last) = LastUser::load(&self.data_dir)
                    .filter(|last| device_copy_owner(&last.account).is_some())
                else {
                    return Err(
                        ClientError::Unreachable(detail).to_api_error(crate::language::texts())
                    );
                };
                tracing::info!("service unreachable: resuming the last user offline");
                self.begin_session(&last.account, token);
                Ok(Some(last.account))
            }
            Err(err) => Err(err.to_api_error(crate::language::texts())),
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
        self.flush_mypage().await;
        self.set_session(None);
        self.opened.take();
        self.close_mypage(false);
        let deleted = kept.and_then(|()| self.tokens.delete());
        if let (Some(token), Ok(client)) = (token, self.client()) {
            if let Err(err) = client.sign_out(&token).await {
                tracing::warn!(code = err.code(), error = %err, "the service did not confirm the sign-out");
            }
        }
        deleted?;
        tracing::info!("signed out");
        Ok(())
    }

    /// The OS notifications of what sync passes bring (new messages, introductions, results),
    /// for the app to show.
    pub fn notices(&self) -> tokio::sync::broadcast::Receiver<OsNotice> {
        self.notices.subscribe()
    }

    /// The person clicked a notification: the window opens `target` when it next asks.
    pub fn notice_opened(&self, target: NoticeTarget) {
        self.opened.set(target);
    }

    /// The screen of a clicked notification, once (none after a sign-out: it was the earlier
    /// user's).
    pub fn take_opened_notice(&self) -> Option<NoticeTarget> {
        self.opened.take()
    }

    /// Gives edits and messages made on this device a short while ([`SIGN_OUT_FLUSH`]) to
    /// reach the service before signing out closes the copy (which a shared workstation
    /// deletes). Offline, or with nothing waiting, it does not wait.
    async fn flush_mypage(&self) {
        let waiting = self
            .if_mypage(|mypage| {
                let status = mypage.sync_status();
                (status.pending > 0 && status.state != SyncState::Offline).then(|| {
                    mypage.sync_now();
                    mypage.status_watch()
                })
            })
            .flatten();
        if let Some(watch) = waiting {
            let synced = crate::sync::runner::wait_for_synced(watch);
            if tokio::time::timeout(SIGN_OUT_FLUSH, synced).await.is_err() {
                tracing::warn!(
                    code = "sign_out_unsent",
                    "signing out with edits not yet sent"
                );
            }
        }
    }

    /// Opens the MyPage cache of a job seeker or of an employer whose 事業所登録 was accepted
    /// (their messages), and starts syncing it; counselors keep nothing on the device.
    pub(super) fn open_mypage(&self, account: &AccountInfo, token: &str) {
        let Some(owner) = device_copy_owner(account) else {
            return;
        };
        let Ok(client) = self.client() else {
            return;
        };
        let folder = format!("{owner}@{}", client.host_label());
        match MyPage::open(&self.data_dir, &folder) {
            Ok(mut mypage) => {
                mypage.start_sync(client, token.to_owned(), self.notices.clone());
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
}

/// Whose copy on this device `account` reads: a job seeker's 求職番号, or an accepted
/// employer's 事業所番号; none for counselors.
fn device_copy_owner(account: &AccountInfo) -> Option<String> {
    match account.role {
        Role::Seeker => account.seeker_number.clone(),
        Role::Employer => account
            .employer
            .as_ref()
            .and_then(|employer| employer.office_number.as_deref())
            .map(|number| format!("employer-{number}")),
        Role::Counselor => None,
    }
}
