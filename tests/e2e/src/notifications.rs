//! [`NotificationDaemon`]: a real notification daemon (dunst) on the test's session bus, which
//! records every notification it is asked to show, so tests read what the app showed, and
//! keeps them on screen until a test clicks one.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// A running dunst owning `org.freedesktop.Notifications` on the session bus.
pub struct NotificationDaemon {
    child: Child,
    log: PathBuf,
    _folder: tempfile::TempDir,
}

/// One notification as the daemon received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub summary: String,
    pub body: String,
}

/// The process owning the notifications name (one the bus started on demand for an earlier
/// test, through dunst's D-Bus activation file).
fn owner_pid() -> Option<u32> {
    let out = Command::new("dbus-send")
        .args([
            "--session",
            "--dest=org.freedesktop.DBus",
            "--type=method_call",
            "--print-reply",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            "string:org.freedesktop.Notifications",
        ])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .skip_while(|word| *word != "uint32")
        .nth(1)
        .and_then(|pid| pid.parse().ok())
}

fn owns_the_name() -> bool {
    Command::new("dbus-send")
        .args([
            "--session",
            "--dest=org.freedesktop.DBus",
            "--type=method_call",
            "--print-reply",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.Notifications",
        ])
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("boolean true"))
}

impl NotificationDaemon {
    /// Starts dunst (on the test's `DISPLAY` and session bus) and waits for it to own the name.
    pub fn start() -> Result<Self> {
        // A daemon the bus started on demand earlier does not record: it makes way.
        if let Some(pid) = owner_pid() {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            let asked = Instant::now();
            while owns_the_name() {
                if asked.elapsed() > Duration::from_secs(10) {
                    bail!("another notification daemon (pid {pid}) keeps the name");
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        let folder = tempfile::tempdir()?;
        let log = folder.path().join("shown.tsv");
        let script = folder.path().join("record.sh");
        // dunst runs the script with: appname summary body icon urgency.
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nprintf '%s\\t%s\\n' \"$2\" \"$(printf '%s' \"$3\" | tr '\\n' ' ')\" >> '{}'\n",
                log.display()
            ),
        )?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))?;
        }
        let config = folder.path().join("dunstrc");
        std::fs::write(
            &config,
            format!(
                "[global]\n    idle_threshold = 0\n\n[record]\n    summary = \"*\"\n    script = {}\n    timeout = 0\n",
                script.display()
            ),
        )?;
        let child = Command::new("dunst")
            .arg("-config")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting dunst (apt package dunst)")?;
        let started = Instant::now();
        while !owns_the_name() {
            if started.elapsed() > Duration::from_secs(10) {
                bail!("dunst did not take org.freedesktop.Notifications");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(Self {
            child,
            log,
            _folder: folder,
        })
    }

    /// Every notification received so far, in order.
    pub fn shown(&self) -> Vec<Shown> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(summary, body)| Shown {
                summary: summary.to_owned(),
                body: body.trim_end().to_owned(),
            })
            .collect()
    }

    /// Clicks the notification on top of the screen, as a person would (dunst invokes its
    /// default action, which the app hears on the bus). Notifications here stay until clicked.
    pub fn click_top(&self) -> Result<()> {
        let status = Command::new("dunstctl")
            .args(["action", "0"])
            .status()
            .context("running dunstctl")?;
        if !status.success() {
            bail!("dunstctl action failed: {status}");
        }
        Ok(())
    }

    /// Closes every notification on screen (they stay recorded).
    pub fn close_all(&self) -> Result<()> {
        let status = Command::new("dunstctl")
            .arg("close-all")
            .status()
            .context("running dunstctl")?;
        if !status.success() {
            bail!("dunstctl close-all failed: {status}");
        }
        Ok(())
    }

    /// Waits (up to `within`) for a notification whose summary is `summary`.
    pub async fn wait_for(&self, summary: &str, within: Duration) -> Result<Shown> {
        let started = Instant::now();
        loop {
            if let Some(shown) = self.shown().into_iter().find(|s| s.summary == summary) {
                return Ok(shown);
            }
            if started.elapsed() > within {
                bail!("no notification {summary:?}; shown: {:?}", self.shown());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for NotificationDaemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
