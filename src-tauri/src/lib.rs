//! The Tauri shell: builds the window and turns [`DesktopCore`] operations into commands
//! (`commands/`: one module and one permission per area; this file only builds the app). No
//! logic lives here; errors cross to the web view as `ApiError` JSON (code + Japanese message),
//! and no secret ever does: the session token stays in the desktop core and the OS keyring. The device settings live in the app's config directory. A termination signal
//! (logout, shutdown, Ctrl-C) quits the app the ordinary way, so the exit clean-up still runs.
//!
//! One instance: a second start hands over to the running app, whose window comes forward
//! (tauri-plugin-single-instance; on Linux through the session bus).
//!
//! Start-up order: the core is built first (on a shared workstation that deletes whatever an
//! earlier run left behind: the keyring entry and the MyPage caches), and only then is the main
//! window created (`"create": false` in `tauri.conf.json`), so no screen can show an earlier
//! user's sign-in. A refused service address does not stop the app: its screens show the
//! refusal.

mod commands;
mod notifications;

use shigoto_desktop_core::{DesktopConfig, DesktopCore};
use tauri::{Manager, RunEvent};

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

/// Another start of the app while this one runs: its window comes forward (shown, restored,
/// focused) and the other start ends, so there is one app on one MyPage cache.
fn bring_forward(app: &tauri::AppHandle) {
    tracing::info!("the app was started again: bringing its window forward");
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    for (what, result) in [
        ("show", window.show()),
        ("unminimize", window.unminimize()),
        ("set_focus", window.set_focus()),
    ] {
        if let Err(err) = result {
            tracing::warn!(%err, "bringing the window forward: {what} failed");
        }
    }
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
        // First, so that a second start hands over before it builds anything of its own.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            bring_forward(app)
        }))
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            // The device settings live in the app's own config directory.
            let mut config = DesktopConfig::from_env(app.path().app_config_dir()?);
            // Job seekers' MyPage caches live in the app's data directory.
            config.data_dir = app.path().app_data_dir()?;
            // Saved documents go to the user's ダウンロード unless the environment names a folder.
            if !config.downloads_dir_forced {
                if let Ok(downloads) = app.path().download_dir() {
                    config.downloads_dir = downloads;
                }
            }
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
            notifications::forward(app.handle().clone(), core.notices());
            // The front end's first paint is in this language (the person's choice, else the
            // system's): it reads it from the page before asking for the settings.
            let language = core.language();
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
            tauri::WebviewWindowBuilder::from_config(app.handle(), &main)?
                .initialization_script(format!("window.__SHIGOTO_LANG__ = \"{}\";", language.tag()))
                .build()?;
            Ok(())
        })
        .invoke_handler(commands::handler())
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
