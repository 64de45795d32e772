//! Harness of the end-to-end tests: starts tauri-driver (which starts WebKitWebDriver, which
//! starts the real app binary) with the app pointed at a given service, opens a WebDriver
//! session on the app's window, and saves screenshots. `cargo xtask test` provides the display
//! (Xvfb) and the paths through environment variables.

use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

/// How long a UI element may take to appear (the app also talks to the service).
pub const UI_TIMEOUT: Duration = Duration::from_secs(30);

fn required_env(name: &str) -> Result<String> {
    std::env::var(name).with_context(|| {
        format!("{name} is not set: run the end-to-end tests through `cargo xtask test`")
    })
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// The app under test, with its driver.
pub struct AppSession {
    pub driver: WebDriver,
    tauri_driver: Child,
}

impl AppSession {
    /// Starts the app binary named by `SHIGOTO_APP_BINARY`, talking to `service_url`.
    pub async fn start(service_url: &str) -> Result<Self> {
        Self::start_with_env(service_url, &[]).await
    }

    /// Like [`AppSession::start`], with extra environment for the app (e.g. its keyring name).
    pub async fn start_with_env(service_url: &str, env: &[(&str, &str)]) -> Result<Self> {
        let app = PathBuf::from(required_env("SHIGOTO_APP_BINARY")?);
        let tauri_driver = required_env("SHIGOTO_TAURI_DRIVER")?;
        if !app.is_file() {
            bail!("app binary {app:?} does not exist: build it first");
        }
        let port = free_port()?;
        let native_port = free_port()?;
        let child = Command::new(tauri_driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("SHIGOTO_SERVICE_URL", service_url)
            .envs(env.iter().copied())
            .spawn()
            .context("starting tauri-driver")?;
        let mut session = AppSessionStarting { child: Some(child) };
        let mut capabilities = Capabilities::new();
        capabilities.set("browserName", "wry")?;
        capabilities.set("tauri:options", serde_json::json!({ "application": app }))?;
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = None;
        for _ in 0..40 {
            match WebDriver::new(url.clone(), capabilities.clone()).await {
                Ok(driver) => {
                    let tauri_driver = session.child.take().context("driver process")?;
                    return Ok(Self {
                        driver,
                        tauri_driver,
                    });
                }
                Err(err) => last_error = Some(err),
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        bail!("no WebDriver session: {last_error:?}")
    }

    /// Saves a screenshot of the window as `SHIGOTO_SCREENSHOT_DIR/<name>.png`, when set.
    pub async fn screenshot(&self, name: &str) -> Result<()> {
        if let Ok(dir) = std::env::var("SHIGOTO_SCREENSHOT_DIR") {
            let png = self.driver.screenshot_as_png().await?;
            std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), png)?;
        }
        Ok(())
    }

    /// The first element matching `css`, waiting for it to appear.
    pub async fn wait_for(&self, css: &str) -> Result<WebElement> {
        self.driver
            .query(By::Css(css))
            .wait(UI_TIMEOUT, Duration::from_millis(100))
            .first()
            .await
            .with_context(|| format!("waiting for {css}"))
    }

    /// Types into the element matching `css` (waiting for it).
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        self.wait_for(css).await?.send_keys(text).await?;
        Ok(())
    }

    /// Clicks the element matching `css` (waiting for it).
    pub async fn click(&self, css: &str) -> Result<()> {
        self.wait_for(css).await?.click().await?;
        Ok(())
    }

    /// Ends the session and stops tauri-driver (SIGTERM, so it stops WebKitWebDriver too).
    pub async fn quit(mut self) -> Result<()> {
        let result = self.driver.quit().await;
        stop_driver(&mut self.tauri_driver);
        Ok(result?)
    }
}

/// Stops tauri-driver if session creation fails half-way.
struct AppSessionStarting {
    child: Option<Child>,
}

impl Drop for AppSessionStarting {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            stop_driver(child);
        }
    }
}

fn stop_driver(child: &mut Child) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    for _ in 0..50 {
        if child.try_wait().ok().flatten().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
}

pub use shigoto_test_support as support;
