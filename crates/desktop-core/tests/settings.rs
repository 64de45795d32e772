//! The device settings (共用端末) through the desktop core, without a window, a service or a
//! keyring: the choice is kept in the settings file of the given config directory and read by
//! the next start; the administrator's `SHIGOTO_SHARED_WORKSTATION` wins over it and cannot be
//! changed from the app; a file that cannot be written is reported in Japanese.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::path::Path;
use std::sync::{Mutex, MutexGuard, PoisonError};

use shigoto_desktop_core::settings::{SettingsStore, StoredSettings, SETTINGS_FILE};
use shigoto_desktop_core::{DesktopConfig, DesktopCore};
use shigoto_shared::{DeviceSettings, ErrorCode, Lang};

/// A config whose service is never called by these tests.
/// The language the core writes its own texts in is the process's (one app runs one core), and
/// a core sets it when it starts: these tests take turns, so one whose core switches to English
/// does not change the language of another's refusals while it runs.
fn one_core_at_a_time() -> MutexGuard<'static, ()> {
    static TURN: Mutex<()> = Mutex::new(());
    TURN.lock().unwrap_or_else(PoisonError::into_inner)
}

fn config(dir: &Path, env: &[(&str, &str)]) -> DesktopConfig {
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    DesktopConfig::from_vars(
        move |name| match name {
            "SHIGOTO_SERVICE_URL" => Some("http://127.0.0.1:9".to_owned()),
            // Never the installed app's entry: a shared workstation's start deletes it.
            "SHIGOTO_KEYRING_SERVICE" => Some("jp.shigoto.test.settings".to_owned()),
            _ => env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
        },
        dir,
    )
}

/// The language of these tests' configs (no locale variable: Japanese), followed.
const SYSTEM_LANGUAGE: DeviceSettings = DeviceSettings {
    shared_workstation: false,
    shared_workstation_fixed: false,
    language: Lang::Ja,
    language_choice: None,
    system_language: Lang::Ja,
};
const NOT_SHARED: DeviceSettings = DeviceSettings {
    shared_workstation: false,
    shared_workstation_fixed: false,
    ..SYSTEM_LANGUAGE
};
const SHARED: DeviceSettings = DeviceSettings {
    shared_workstation: true,
    shared_workstation_fixed: false,
    ..SYSTEM_LANGUAGE
};
const FIXED: DeviceSettings = DeviceSettings {
    shared_workstation: true,
    shared_workstation_fixed: true,
    ..SYSTEM_LANGUAGE
};

#[test]
fn the_shared_workstation_choice_survives_a_restart() {
    let _turn = one_core_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let config_dir = dir.path().join("jp.shigoto.desktop");
    let core = DesktopCore::new(&config(&config_dir, &[]));
    assert_eq!(core.device_settings(), NOT_SHARED, "off by default");

    assert_eq!(core.set_shared_workstation(true).unwrap(), SHARED);
    assert_eq!(core.device_settings(), SHARED);
    assert!(config_dir.join(SETTINGS_FILE).is_file());
    drop(core);

    let restarted = DesktopCore::new(&config(&config_dir, &[]));
    assert_eq!(restarted.device_settings(), SHARED);
    assert_eq!(restarted.set_shared_workstation(false).unwrap(), NOT_SHARED);
    let again = DesktopCore::new(&config(&config_dir, &[]));
    assert_eq!(again.device_settings(), NOT_SHARED);
}

#[test]
fn the_language_follows_the_system_until_one_is_chosen_and_the_choice_survives_a_restart() {
    let _turn = one_core_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let config_dir = dir.path().join("jp.shigoto.desktop");
    let english_system = [("LANG", "en_US.UTF-8")];
    let core = DesktopCore::new(&config(&config_dir, &english_system));
    let settings = core.device_settings();
    assert_eq!(
        (
            settings.language,
            settings.language_choice,
            settings.system_language
        ),
        (Lang::En, None, Lang::En)
    );
    let chosen = core.set_language(Some(Lang::Ja)).unwrap();
    assert_eq!(
        (chosen.language, chosen.language_choice),
        (Lang::Ja, Some(Lang::Ja))
    );
    assert!(
        !chosen.shared_workstation,
        "the other setting is left as it was"
    );
    drop(core);

    let restarted = DesktopCore::new(&config(&config_dir, &english_system));
    assert_eq!(restarted.language(), Lang::Ja);
    restarted.set_shared_workstation(true).unwrap();
    assert_eq!(
        restarted.language(),
        Lang::Ja,
        "kept beside the other setting"
    );
    let followed = restarted.set_language(None).unwrap();
    assert_eq!(
        (followed.language, followed.language_choice),
        (Lang::En, None)
    );
    assert!(followed.shared_workstation);
}

#[test]
fn the_administrators_setting_wins_and_cannot_be_changed() {
    let _turn = one_core_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    let store = SettingsStore::new(dir.path());
    store.save(&StoredSettings::default()).unwrap();

    let forced = config(dir.path(), &[("SHIGOTO_SHARED_WORKSTATION", "1")]);
    assert!(forced.shared_workstation_forced);
    let core = DesktopCore::new(&forced);
    assert_eq!(core.device_settings(), FIXED, "stored off, forced on");
    let err = core.set_shared_workstation(false).unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
    assert!(err.message.contains("管理者"), "{}", err.message);
    assert_eq!(core.device_settings(), FIXED);
    assert_eq!(
        store.load().unwrap(),
        StoredSettings::default(),
        "the stored choice is left alone"
    );

    // Without the variable the stored choice applies again.
    let core = DesktopCore::new(&config(dir.path(), &[]));
    assert_eq!(core.device_settings(), NOT_SHARED);
}

#[test]
fn a_damaged_file_means_the_defaults_and_is_repaired_by_the_next_save() {
    let _turn = one_core_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(SETTINGS_FILE),
        "{\"shared_workstation\": tr",
    )
    .unwrap();
    let core = DesktopCore::new(&config(dir.path(), &[]));
    assert_eq!(core.device_settings(), NOT_SHARED);
    core.set_shared_workstation(true).unwrap();
    assert!(
        SettingsStore::new(dir.path())
            .load()
            .unwrap()
            .shared_workstation
    );
}

#[test]
fn a_settings_file_that_cannot_be_written_is_reported_in_japanese() {
    let _turn = one_core_at_a_time();
    let dir = tempfile::tempdir().unwrap();
    // A plain file where the config directory should be.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").unwrap();
    let core = DesktopCore::new(&config(&blocked, &[]));
    let err = core.set_shared_workstation(true).unwrap_err();
    assert_eq!(err.code, ErrorCode::Internal);
    assert!(err.message.contains("端末の設定を保存できませんでした"));
    assert_eq!(core.device_settings(), NOT_SHARED, "unchanged");
}
