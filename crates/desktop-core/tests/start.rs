//! What the desktop core does at start, on the real file system but without a keyring or a
//! service: what the app keeps on disk is private to the OS user (`0700` folders, `0600`
//! files, SQLite's `-wal`/`-shm` included, older wide ones tightened); a shared workstation
//! starts without the MyPage data an earlier run left; a private computer keeps it; a service
//! address that is not https:// (nor loopback) opens the app with a Japanese refusal.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::path::Path;

use shigoto_desktop_core::mypage::{cache_path, MyPage};
use shigoto_desktop_core::settings::{SettingsStore, StoredSettings, SETTINGS_FILE};
use shigoto_desktop_core::{DesktopConfig, DesktopCore};
use shigoto_shared::{ErrorCode, JobSearchParams};

/// A config with its own folders and a keyring name no installed app uses (a shared
/// workstation's start deletes its entry, when there is a keyring at all).
fn config(root: &Path, service_url: &str, shared: bool) -> DesktopConfig {
    DesktopConfig {
        service_url: service_url.to_owned(),
        keyring_service: "jp.shigoto.test.start".to_owned(),
        shared_workstation_forced: shared,
        config_dir: root.join("config"),
        data_dir: root.join("data"),
        downloads_dir: root.join("data"),
        downloads_dir_forced: false,
        system_language: shigoto_shared::Lang::Ja,
    }
}

/// What an earlier run (of an older version, with a wide umask) left: a cache with its WAL
/// files, the last user and the settings, all readable by others.
fn leave_an_earlier_run(config: &DesktopConfig) -> std::path::PathBuf {
    let cache = cache_path(&config.data_dir, "12345678-90123@shigoto.example.jp_443");
    std::fs::create_dir_all(cache.parent().unwrap()).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        std::fs::write(format!("{}{suffix}", cache.display()), b"").unwrap();
    }
    std::fs::write(config.data_dir.join("last-user.json"), b"{}").unwrap();
    SettingsStore::new(&config.config_dir)
        .save(&StoredSettings::default())
        .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let wide = |path: &Path, mode| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        };
        wide(&config.config_dir, 0o755);
        wide(&config.config_dir.join(SETTINGS_FILE), 0o644);
        wide(&config.data_dir, 0o755);
        wide(&config.data_dir.join("users"), 0o755);
        wide(cache.parent().unwrap(), 0o775);
        for suffix in ["", "-wal", "-shm"] {
            wide(Path::new(&format!("{}{suffix}", cache.display())), 0o644);
        }
        wide(&config.data_dir.join("last-user.json"), 0o666);
    }
    cache
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn a_new_cache_and_the_settings_are_private_to_the_user() {
    let root = tempfile::tempdir().unwrap();
    let config = config(root.path(), "http://127.0.0.1:9", false);
    let mypage = MyPage::open(&config.data_dir, "12345678-90123@127.0.0.1_8080").unwrap();
    mypage.add_favorite("13010-12345671", None).unwrap();
    let cache = cache_path(&config.data_dir, "12345678-90123@127.0.0.1_8080");
    let folder = cache.parent().unwrap();
    assert_eq!(mode(&config.data_dir), 0o700);
    assert_eq!(mode(&config.data_dir.join("users")), 0o700);
    assert_eq!(mode(folder), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{}{suffix}", cache.display());
        assert!(Path::new(&file).is_file(), "{file} exists (WAL)");
        assert_eq!(mode(Path::new(&file)), 0o600, "{file}");
    }
    drop(mypage);

    let core = DesktopCore::new(&config);
    core.set_shared_workstation(false).unwrap();
    assert_eq!(mode(&config.config_dir), 0o700);
    assert_eq!(mode(&config.config_dir.join(SETTINGS_FILE)), 0o600);
}

#[test]
fn a_private_computer_keeps_an_earlier_run_and_makes_it_private() {
    let root = tempfile::tempdir().unwrap();
    let config = config(root.path(), "http://127.0.0.1:9", false);
    let cache = leave_an_earlier_run(&config);
    let _core = DesktopCore::new(&config);
    assert!(
        cache.is_file(),
        "the last user resumes on a private computer"
    );
    assert!(config.data_dir.join("last-user.json").is_file());
    #[cfg(unix)]
    {
        for dir in [
            config.config_dir.clone(),
            config.data_dir.clone(),
            config.data_dir.join("users"),
            cache.parent().unwrap().to_owned(),
        ] {
            assert_eq!(mode(&dir), 0o700, "{}", dir.display());
        }
        for file in [
            config.config_dir.join(SETTINGS_FILE),
            config.data_dir.join("last-user.json"),
            cache.clone(),
            format!("{}-wal", cache.display()).into(),
            format!("{}-shm", cache.display()).into(),
        ] {
            assert_eq!(mode(&file), 0o600, "{}", file.display());
        }
    }
}

#[test]
fn a_shared_workstation_starts_without_the_mypage_data_of_an_earlier_run() {
    for by_setting in [false, true] {
        let root = tempfile::tempdir().unwrap();
        let config = config(root.path(), "http://127.0.0.1:9", !by_setting);
        let cache = leave_an_earlier_run(&config);
        if by_setting {
            SettingsStore::new(&config.config_dir)
                .save(&StoredSettings {
                    shared_workstation: true,
                    language: None,
                })
                .unwrap();
        }
        let core = DesktopCore::new(&config);
        assert!(core.device_settings().shared_workstation);
        assert!(!cache.exists(), "by setting: {by_setting}");
        assert!(!config.data_dir.join("users").exists());
        assert!(!config.data_dir.join("last-user.json").exists());
        assert!(
            config.config_dir.join(SETTINGS_FILE).is_file(),
            "the device settings stay"
        );
    }
}

#[test]
fn unreadable_settings_count_as_a_shared_workstation_at_start() {
    let root = tempfile::tempdir().unwrap();
    let config = config(root.path(), "http://127.0.0.1:9", false);
    let cache = leave_an_earlier_run(&config);
    std::fs::write(config.config_dir.join(SETTINGS_FILE), "{\"shared_").unwrap();
    let _core = DesktopCore::new(&config);
    assert!(!cache.exists(), "it might have been a shared workstation");
}

#[tokio::test]
async fn plain_http_to_another_computer_opens_the_app_with_a_japanese_refusal() {
    const REFUSAL: &str =
        "サービスのアドレスが安全ではありません（https:// ではありません）。管理者に連絡してください。";
    for url in [
        "http://192.168.1.5:8080",
        "http://example.jp",
        "HTTP://127.0.0.1.evil.jp",
    ] {
        let root = tempfile::tempdir().unwrap();
        let core = DesktopCore::new(&config(root.path(), url, false));
        let err = core.service_status().await.unwrap_err();
        assert_eq!(err.code, ErrorCode::Unavailable, "{url}");
        assert_eq!(err.message, REFUSAL);
        let err = core
            .search_jobs(&JobSearchParams::default())
            .await
            .unwrap_err();
        assert_eq!(err.message, REFUSAL);
        let err = core
            .sign_in("a@example.jp", "Password#123")
            .await
            .unwrap_err();
        assert_eq!(err.message, REFUSAL);
        // What does not need the service still works.
        assert!(!core.device_settings().shared_workstation);
        core.set_shared_workstation(true).unwrap();
    }
    let root = tempfile::tempdir().unwrap();
    let core = DesktopCore::new(&config(root.path(), "not a url", false));
    let err = core.service_status().await.unwrap_err();
    assert!(err.message.contains("正しくありません"), "{}", err.message);

    // Loopback over plain http and https anywhere are accepted (nothing listens here).
    for url in [
        "http://127.0.0.1:9",
        "http://[::1]:9",
        "https://127.0.0.1:9",
    ] {
        let root = tempfile::tempdir().unwrap();
        let core = DesktopCore::new(&config(root.path(), url, false));
        let status = core.service_status().await.unwrap();
        assert!(!status.reachable, "{url}");
    }
}
