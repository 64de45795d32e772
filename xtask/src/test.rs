//! `cargo xtask test`: every check and test of the project, as CI runs it:
//! formatting, clippy (host and wasm), the wire-types purity check, unit/property/integration
//! tests on SQLite, the PostgreSQL variants on a throwaway cluster, the API's conformance to its
//! OpenAPI document (schemathesis), the end-to-end test of the real app window under Xvfb
//! through tauri-driver, and the installer: the .deb of `cargo xtask dist` installed with dpkg
//! and the installed app started from its menu entry.

use std::path::Path;
use std::process::{Child, Command};
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::dist;
use crate::frontend::{self, target_dir};
use crate::postgres::Cluster;
use crate::process::{self, find_tool, terminate};
use crate::setup::{self, Purpose};
use crate::stages::Stages;

/// The workspace's tests but the end-to-end ones. Every `cargo test` here selects the same
/// packages, so they share one build: selecting a single package would unify other features and
/// compile its dependencies again.
const WORKSPACE_TESTS: &[&str] = &["test", "--workspace", "--exclude", "shigoto-e2e"];

/// Crates that must build for wasm32 and stay free of server/desktop dependencies.
const WASM_SAFE: &[&str] = &[
    "shigoto-shared",
    "shigoto-domain",
    "shigoto-refdata",
    "shigoto-i18n",
];
/// Dependencies the wire-types crate must never pull in.
const FORBIDDEN_IN_SHARED: &[&str] = &["diesel", "tokio", "tauri", "axum", "reqwest"];

pub fn test(root: &Path) -> Result<()> {
    let mut stages = Stages::new("cargo xtask test");
    let result = test_stages(root, &mut stages);
    stages.finish("whole command", result)
}

fn test_stages(root: &Path, stages: &mut Stages) -> Result<()> {
    stages.run("setup", || setup::ensure(root, Purpose::Test))?;
    let cargo = |args: &[&str]| -> Result<()> {
        process::run(Command::new("cargo").current_dir(root).args(args))
    };

    stages.run("fmt", || cargo(&["fmt", "--all", "--", "--check"]))?;
    stages.run("frontend build", || frontend::build(root))?;
    stages.run("wasm-opt", || frontend::optimize(root))?;
    stages.run("shared purity", || check_shared_purity(root))?;
    let mut wasm_build = vec!["build", "--target", "wasm32-unknown-unknown"];
    for krate in WASM_SAFE {
        wasm_build.extend(["--package", krate]);
    }
    stages.run("wasm build", || cargo(&wasm_build))?;
    stages.run("clippy", || {
        cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])
    })?;
    stages.run("clippy (wasm)", || {
        cargo(&[
            "clippy",
            "--package",
            "shigoto-frontend",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ])
    })?;

    stages.run("workspace tests", || cargo(WORKSPACE_TESTS))?;

    stages.run("postgres", || {
        let cluster = Cluster::start()?;
        ignored_server_tests(root, (POSTGRES_ENV, &cluster.url()), &["postgres::"])
    })?;

    stages.run("schemathesis", || {
        let schemathesis = setup::ensure_schemathesis(root)?;
        ignored_server_tests(
            root,
            (SCHEMATHESIS_ENV, &schemathesis.to_string_lossy()),
            &["every_operation_answers_as_documented"],
        )
    })?;

    stages.run("keyring", || {
        in_keyring_session(
            root,
            Command::new("cargo")
                .current_dir(root)
                .args(WORKSPACE_TESTS)
                .args(["--test", "keyring", "--", "--ignored"]),
        )
    })?;

    stages.run("e2e build", || {
        cargo(&[
            "build",
            "--package",
            "shigoto-app",
            "--package",
            "shigoto-server",
        ])
    })?;
    stages.run("e2e", || end_to_end(root))?;
    installed_package(root, stages)
}

/// The .deb of `cargo xtask dist`, installed on this machine with dpkg, its desktop entry
/// validated, and the installed program started as the menu starts it (the end-to-end test
/// `installed_package`); the package is removed again afterwards, whatever happened (a copy of
/// `shigoto` installed before is replaced, then removed).
fn installed_package(root: &Path, stages: &mut Stages) -> Result<()> {
    let packages = dist::build(root, &dist::DistOptions::default(), stages)?;
    let deb = packages
        .iter()
        .find(|package| package.extension().is_some_and(|e| e == "deb"))
        .context("dist made no .deb")?;
    let name = process::output(
        Command::new("dpkg-deb")
            .arg("--field")
            .arg(deb)
            .arg("Package"),
    )?;
    let name = name.trim().to_owned();
    let installed = stages.run("install the .deb", || {
        process::run(
            setup::as_root("dpkg", "install the .deb")?
                .arg("--install")
                .arg(deb),
        )
    });
    let tested = installed.and_then(|()| {
        stages.run("installed app", || {
            let files = process::output(Command::new("dpkg").args(["--listfiles", &name]))?;
            let entry = files
                .lines()
                .find(|path| {
                    path.starts_with("/usr/share/applications/") && path.ends_with(".desktop")
                })
                .context("the package installs no desktop entry")?;
            let exec = files
                .lines()
                .find(|path| path.starts_with("/usr/bin/"))
                .context("the package installs no program")?;
            process::run(Command::new("desktop-file-validate").arg(entry))?;
            let driver = find_tool("tauri-driver")
                .context("tauri-driver is missing: run `cargo xtask setup`")?;
            with_xvfb(|display| {
                in_keyring_session(
                    root,
                    e2e_command(root, display, &driver, Path::new(exec))
                        .env("SHIGOTO_DESKTOP_ENTRY", entry)
                        .args(["--test", "installed_package", "--", "--ignored"]),
                )
            })
        })
    });
    // Removed whatever happened (a package dpkg could not configure too).
    let removed = stages.run("remove the .deb", || {
        process::run(setup::as_root("dpkg", "remove the .deb")?.args(["--remove", &name]))
    });
    tested.and(removed)
}

/// Runs the `#[ignore]`d tests matching `filter`, with the environment variable that
/// names what they need (a PostgreSQL server, the schemathesis command).
fn ignored_server_tests(root: &Path, (name, value): (&str, &str), filter: &[&str]) -> Result<()> {
    process::run(
        Command::new("cargo")
            .current_dir(root)
            .env(name, value)
            .args(WORKSPACE_TESTS)
            .args(["--", "--ignored"])
            .args(filter),
    )
}

/// Runs `command` inside a private D-Bus session with an unlocked gnome-keyring (Secret
/// Service), whose keyrings live in a temporary folder rather than the user's own.
pub(crate) fn in_keyring_session(root: &Path, command: &mut Command) -> Result<()> {
    let data = root.join("target/keyring-test-data");
    if data.exists() {
        std::fs::remove_dir_all(&data)?;
    }
    std::fs::create_dir_all(&data)?;
    let mut wrapped = Command::new("keyctl");
    wrapped
        .args([
            "session",
            "-",
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            KEYRING_SESSION,
            "sh",
        ])
        .arg(command.get_program())
        .args(command.get_args())
        .current_dir(root)
        .env("XDG_DATA_HOME", &data);
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => wrapped.env(key, value),
            None => wrapped.env_remove(key),
        };
    }
    process::run(&mut wrapped)
}

/// Starts gnome-keyring's Secret Service, waits until it owns its bus name, runs "$@", stops it.
const KEYRING_SESSION: &str = r#"
printf 'shigoto-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
i=0
until dbus-send --session --dest=org.freedesktop.DBus --type=method_call --print-reply \
    /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
    | grep -q 'boolean true'; do
  i=$((i + 1))
  if [ "$i" -gt 100 ]; then echo 'gnome-keyring did not start' >&2; kill "$daemon"; exit 1; fi
  sleep 0.1
done
"$@"
status=$?
kill "$daemon" 2>/dev/null
wait "$daemon" 2>/dev/null
exit $status
"#;

const POSTGRES_ENV: &str = "SHIGOTO_TEST_POSTGRES_URL";
/// Names the schemathesis `st` command for the API conformance test.
const SCHEMATHESIS_ENV: &str = "SHIGOTO_SCHEMATHESIS";

fn check_shared_purity(root: &Path) -> Result<()> {
    let tree = process::output(Command::new("cargo").current_dir(root).args([
        "tree",
        "--package",
        "shigoto-shared",
        "--edges",
        "normal",
        "--prefix",
        "none",
    ]))?;
    for name in FORBIDDEN_IN_SHARED {
        if tree
            .lines()
            .any(|line| line.starts_with(&format!("{name} ")))
        {
            bail!("shigoto-shared must not depend on {name}");
        }
    }
    Ok(())
}

/// Runs the end-to-end tests under a private Xvfb display.
fn end_to_end(root: &Path) -> Result<()> {
    let driver =
        find_tool("tauri-driver").context("tauri-driver is missing: run `cargo xtask setup`")?;
    with_xvfb(|display| run_e2e(root, display, &driver))
}

/// Runs `work` with a private Xvfb display (its number given), stopping the display after.
pub(crate) fn with_xvfb<T>(work: impl FnOnce(u32) -> Result<T>) -> Result<T> {
    let display = free_display();
    let mut xvfb = Command::new("Xvfb")
        .arg(format!(":{display}"))
        .args(["-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        .spawn()
        .context("starting Xvfb")?;
    std::thread::sleep(Duration::from_millis(800));
    let result = work(display);
    stop(&mut xvfb);
    result
}

fn run_e2e(root: &Path, display: u32, driver: &Path) -> Result<()> {
    std::fs::create_dir_all(screenshots(root))?;
    in_keyring_session(
        root,
        e2e_command(
            root,
            display,
            driver,
            &target_dir(root).join("debug/shigoto"),
        )
        .args(["--", "--test-threads=1"]),
    )
}

/// Where the end-to-end tests save their screenshots.
fn screenshots(root: &Path) -> std::path::PathBuf {
    root.join("target/e2e-screenshots")
}

/// `cargo test` of the end-to-end tests on `display`, driving the app program `app`.
fn e2e_command(root: &Path, display: u32, driver: &Path, app: &Path) -> Command {
    let mut command = Command::new("cargo");
    command
        .current_dir(root)
        .env("DISPLAY", format!(":{display}"))
        .env("SHIGOTO_APP_BINARY", app)
        .env("SHIGOTO_TAURI_DRIVER", driver)
        .env("SHIGOTO_SCREENSHOT_DIR", screenshots(root))
        .env("SHIGOTO_AXE_SCRIPT", crate::setup::axe_script(root))
        .args(["test", "--package", "shigoto-e2e"]);
    command
}

fn free_display() -> u32 {
    (99..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .unwrap_or(99)
}

fn stop(child: &mut Child) {
    terminate(child, Duration::from_secs(3));
}
