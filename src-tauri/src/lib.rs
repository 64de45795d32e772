//! The Tauri shell: builds the window and turns [`DesktopCore`] operations into commands.
//! No logic lives here; errors cross to the web view as `ApiError` JSON (code + Japanese
//! message), and no secret ever does: the session token stays in the desktop core and the OS
//! keyring. The device settings live in the app's config directory. A termination signal
//! (logout, shutdown, Ctrl-C) quits the app the ordinary way, so the exit clean-up still runs.
//!
//! Start-up order: the core is built first (on a shared workstation that deletes whatever an
//! earlier run left behind: the keyring entry and the MyPage caches), and only then is the main
//! window created (`"create": false` in `tauri.conf.json`), so no screen can show an earlier
//! user's sign-in. A refused service address does not stop the app: its screens show the
//! refusal.

mod email_change_commands;
mod employer_commands;
mod mypage_commands;

use shigoto_desktop_core::{DesktopConfig, DesktopCore};
use shigoto_shared::{
    AccountInfo, ApiError, CounterRegistration, DeviceSettings, JobSearchParams, JobSearchResults,
    JobSheet, KeySent, OpeningCompletion, OpeningKeyRequest, PasswordChange,
    PasswordResetCompletion, PasswordResetKeyRequest, ProvisionalSeeker, RegisteredSeeker,
    RegistrationCompletion, RegistrationKeyRequest, ServiceStatus,
};
use tauri::{Manager, RunEvent, State};

/// Public job search.
#[tauri::command]
async fn search_jobs(
    core: State<'_, DesktopCore>,
    params: JobSearchParams,
) -> Result<JobSearchResults, ApiError> {
    core.search_jobs(&params).await
}

/// One 求人票.
#[tauri::command]
async fn get_job(core: State<'_, DesktopCore>, job_number: String) -> Result<JobSheet, ApiError> {
    core.job(&job_number).await
}

/// Which service the app uses and whether it answers.
#[tauri::command]
async fn service_status(core: State<'_, DesktopCore>) -> Result<ServiceStatus, ApiError> {
    core.service_status().await
}

/// The signed-in account, if any (resumed from the keyring at start-up).
#[tauri::command]
async fn current_account(core: State<'_, DesktopCore>) -> Result<Option<AccountInfo>, ApiError> {
    core.current_account().await
}

/// Sign in; the token goes to the OS keyring, the web view gets the account only.
#[tauri::command]
async fn sign_in(
    core: State<'_, DesktopCore>,
    email: String,
    password: String,
) -> Result<AccountInfo, ApiError> {
    core.sign_in(&email, &password).await
}

/// Sign out everywhere: on the service and in the keyring.
#[tauri::command]
async fn sign_out(core: State<'_, DesktopCore>) -> Result<(), ApiError> {
    core.sign_out().await
}

/// MyPage opening, step 1 (a 認証キー by mail).
#[tauri::command]
async fn request_opening_key(
    core: State<'_, DesktopCore>,
    request: OpeningKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_opening_key(&request).await
}

/// MyPage opening, step 2 (key + password).
#[tauri::command]
async fn complete_opening(
    core: State<'_, DesktopCore>,
    request: OpeningCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_opening(&request).await
}

/// Password reset, step 1 (a 認証キー by mail).
#[tauri::command]
async fn request_password_reset_key(
    core: State<'_, DesktopCore>,
    request: PasswordResetKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_password_reset_key(&request).await
}

/// Password reset, step 2 (key + new password).
#[tauri::command]
async fn complete_password_reset(
    core: State<'_, DesktopCore>,
    request: PasswordResetCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_password_reset(&request).await
}

/// Online registration, step 1 (a 認証キー by mail).
#[tauri::command]
async fn request_registration_key(
    core: State<'_, DesktopCore>,
    request: RegistrationKeyRequest,
) -> Result<KeySent, ApiError> {
    core.request_registration_key(&request).await
}

/// Online registration, step 2 (key + password + provisional application).
#[tauri::command]
async fn complete_registration(
    core: State<'_, DesktopCore>,
    request: RegistrationCompletion,
) -> Result<KeySent, ApiError> {
    core.complete_registration(&request).await
}

/// Provisional applications waiting for 本登録 (counselors).
#[tauri::command]
async fn list_provisional_seekers(
    core: State<'_, DesktopCore>,
) -> Result<Vec<ProvisionalSeeker>, ApiError> {
    core.list_provisional_seekers().await
}

/// 本登録 of a provisional application (counselors).
#[tauri::command]
async fn confirm_seeker(
    core: State<'_, DesktopCore>,
    seeker_number: String,
) -> Result<RegisteredSeeker, ApiError> {
    core.confirm_seeker(&seeker_number).await
}

/// Counter registration of a job seeker (counselors).
#[tauri::command]
async fn register_seeker(
    core: State<'_, DesktopCore>,
    request: CounterRegistration,
) -> Result<RegisteredSeeker, ApiError> {
    core.register_seeker(&request).await
}

/// Password change of the signed-in account (current password + new one twice).
#[tauri::command]
async fn change_password(
    core: State<'_, DesktopCore>,
    request: PasswordChange,
) -> Result<KeySent, ApiError> {
    core.change_password(&request).await
}

/// This computer's settings (端末の設定).
#[tauri::command]
async fn device_settings(core: State<'_, DesktopCore>) -> Result<DeviceSettings, ApiError> {
    Ok(core.device_settings())
}

/// Marks this computer as a shared workstation or not (kept in the settings file).
#[tauri::command]
async fn set_shared_workstation(
    core: State<'_, DesktopCore>,
    shared: bool,
) -> Result<DeviceSettings, ApiError> {
    core.set_shared_workstation(shared)
}

/// Quits the app the ordinary way when the OS asks it to stop (SIGTERM at logout or shutdown,
/// SIGHUP when its terminal goes, Ctrl-C), so that the exit clean-up of a shared workstation
/// runs then too; a second signal ends the process at once.
#[cfg(unix)]
fn exit_on_termination_signal(handle: tauri::AppHandle) {
    use tokio::signal::unix::{signal, SignalKind};
    tauri::async_runtime::spawn(async move {
        let (Ok(mut term), Ok(mut hup), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
            signal(SignalKind::interrupt()),
        ) else {
            tracing::warn!("termination signals cannot be watched: the OS stops the app as is");
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = hup.recv() => {}
            _ = int.recv() => {}
        }
        tracing::info!("asked to stop by a signal: quitting");
        handle.exit(0);
        tokio::select! {
            _ = term.recv() => {}
            _ = hup.recv() => {}
            _ = int.recv() => {}
        }
        tracing::warn!("asked to stop again: quitting at once");
        std::process::exit(1);
    });
}

/// Starts the app; returns when the last window closes.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SHIGOTO_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let app = tauri::Builder::default()
        .setup(|app| {
            // The device settings live in the app's own config directory.
            let mut config = DesktopConfig::from_env(app.path().app_config_dir()?);
            // Job seekers' MyPage caches live in the app's data directory.
            config.data_dir = app.path().app_data_dir()?;
            tracing::info!(
                service = %config.service_url,
                shared_forced = config.shared_workstation_forced,
                config_dir = %config.config_dir.display(),
                "starting the desktop app"
            );
            // Inside the async runtime, so that the core can revoke a sign-in left by an earlier
            // run in the background while the window opens.
            let runtime = tauri::async_runtime::handle();
            let core = {
                let _entered = runtime.inner().enter();
                DesktopCore::new(&config)
            };
            app.manage(core);
            #[cfg(unix)]
            exit_on_termination_signal(app.handle().clone());
            // Only now the window: the start-up clean-up has run.
            let main = app
                .config()
                .app
                .windows
                .iter()
                .find(|window| window.label == "main")
                .cloned()
                .ok_or("tauri.conf.json declares no main window")?;
            tauri::WebviewWindowBuilder::from_config(app.handle(), &main)?.build()?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            mypage_commands::favorites,
            mypage_commands::favorite_numbers,
            mypage_commands::add_favorite,
            mypage_commands::remove_favorite,
            mypage_commands::saved_searches,
            mypage_commands::save_search,
            mypage_commands::delete_search,
            mypage_commands::run_saved_search,
            mypage_commands::saved_search_new_counts,
            mypage_commands::sync_status,
            mypage_commands::sync_now,
            mypage_commands::take_rejections,
            search_jobs,
            get_job,
            service_status,
            current_account,
            sign_in,
            sign_out,
            request_opening_key,
            complete_opening,
            request_password_reset_key,
            complete_password_reset,
            register_seeker,
            request_registration_key,
            complete_registration,
            list_provisional_seekers,
            confirm_seeker,
            change_password,
            device_settings,
            set_shared_workstation,
            employer_commands::request_employer_opening_key,
            employer_commands::complete_employer_opening,
            employer_commands::employer_registration,
            employer_commands::refile_employer_registration,
            employer_commands::list_employer_applications,
            employer_commands::accept_employer,
            employer_commands::return_employer,
            email_change_commands::request_email_change_key,
            email_change_commands::confirm_email_change,
        ])
        .build(tauri::generate_context!())?;
    app.run(|handle, event| {
        if let RunEvent::Exit = event {
            if let Some(core) = handle.try_state::<DesktopCore>() {
                tauri::async_runtime::block_on(core.on_exit());
            }
        }
    });
    Ok(())
}
