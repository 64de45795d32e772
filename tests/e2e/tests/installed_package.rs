//! The installed .deb: `cargo xtask test` builds it with `cargo xtask dist`, installs it with
//! dpkg, and runs this test with `SHIGOTO_DESKTOP_ENTRY` naming the desktop-menu entry the
//! package installed and `SHIGOTO_APP_BINARY` the program it starts. The entry must name the
//! app in Japanese and English, start that program and have its icon installed; the program,
//! started as the menu starts it, opens the search form against the service.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::path::{Path, PathBuf};

use shigoto_e2e::{required_env, support, AppSession};

/// The value of `key` in the `[Desktop Entry]` group.
fn entry_value<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
    entry
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
}

/// Where the menu finds a program named on an `Exec=` line (a bare name is looked up on PATH).
fn resolve_program(exec: &str) -> PathBuf {
    let program = exec.split_whitespace().next().unwrap();
    if program.starts_with('/') {
        return PathBuf::from(program);
    }
    std::env::split_paths(&std::env::var_os("PATH").unwrap())
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
        .unwrap_or_else(|| panic!("{program} is not on PATH"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the installed .deb: run by `cargo xtask test` after `cargo xtask dist`"]
async fn the_installed_package_starts_from_its_menu_entry() {
    let entry_path = PathBuf::from(required_env("SHIGOTO_DESKTOP_ENTRY").unwrap());
    let entry = std::fs::read_to_string(&entry_path).unwrap();
    assert_eq!(entry_value(&entry, "Name[ja]"), Some("Shigoto 求人検索"));
    assert_eq!(entry_value(&entry, "Name"), Some("Shigoto Job Search"));
    assert_eq!(entry_value(&entry, "Type"), Some("Application"));
    let program = resolve_program(entry_value(&entry, "Exec").unwrap());
    let binary = std::fs::canonicalize(required_env("SHIGOTO_APP_BINARY").unwrap()).unwrap();
    assert_eq!(std::fs::canonicalize(&program).unwrap(), binary);
    assert!(
        binary.starts_with("/usr"),
        "the installed program, not a build: {binary:?}"
    );
    let icon = entry_value(&entry, "Icon").unwrap();
    let icons = Path::new("/usr/share/icons/hicolor");
    let installed_icons: Vec<PathBuf> = std::fs::read_dir(icons)
        .unwrap()
        .filter_map(|size| Some(size.ok()?.path().join(format!("apps/{icon}.png"))))
        .filter(|path| path.is_file())
        .collect();
    assert!(
        !installed_icons.is_empty(),
        "no icon {icon} under {icons:?}"
    );

    let service = support::start(support::TestDatabase::Sqlite, 200)
        .await
        .unwrap();
    let app = AppSession::start(&service.base_url()).await.unwrap();
    app.wait_for("#keyword").await.unwrap();
    app.wait_for("#search-button").await.unwrap();
    app.screenshot("171-installed-package").await.unwrap();
    app.quit().await.unwrap();
    service.stop().await.unwrap();
}
