//! Harness of the end-to-end tests: starts tauri-driver (which starts WebKitWebDriver, which
//! starts the real app binary) with the app pointed at a given service, its own empty config
//! directory and, for tests that sign in, a keyring entry of its own
//! ([`AppSession::start_with_keyring`] with a [`TestKeyring`]); opens a WebDriver session on the
//! app's window, and saves screenshots; quits the app the way the OS does at logout (SIGTERM).
//! Also helpers the account tests share: signing in through the window, setting a date box, and
//! a job seeker's account made through the service's API; and [`processes`], the app's process
//! tree and its memory (for `src/bin/app-bench.rs`). `cargo xtask test` provides the display
//! (Xvfb) and the paths through environment variables.

pub mod axe;
pub mod desk;
pub mod notifications;
pub mod processes;

use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use shigoto_desktop_core::credentials::TokenStore;
use shigoto_shared::{RegistrationCompletion, RegistrationKeyRequest};
use shigoto_test_support::TestServer;
use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

/// How long a UI element may take to appear (the app also talks to the service).
pub const UI_TIMEOUT: Duration = Duration::from_secs(30);

/// The environment variable `name`, which `cargo xtask test` sets.
pub fn required_env(name: &str) -> Result<String> {
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
    /// When the WebDriver session that started the app was asked for (the app's launch).
    pub launched_at: Instant,
    tauri_driver: Child,
    /// `XDG_CONFIG_HOME` of the app (its settings file lands under it), unless a test chose one.
    config_home: Option<tempfile::TempDir>,
}

/// Name of the app's config directory under `XDG_CONFIG_HOME` (its Tauri identifier).
pub const APP_IDENTIFIER: &str = "jp.shigoto.desktop";

/// Asynchronous script that answers once two frames have been drawn (or after a second).
const AFTER_NEXT_PAINT: &str = "const done = arguments[arguments.length - 1];\
    let answered = false;\
    const answer = () => { if (!answered) { answered = true; done(); } };\
    requestAnimationFrame(() => requestAnimationFrame(answer));\
    setTimeout(answer, 1000);";

/// Script that answers where the page is, whether it has loaded, and its text (shortened).
const DESCRIBE_PAGE: &str = "return { url: location.href, state: document.readyState,\
    text: document.body ? document.body.innerText.slice(0, 2000) : null };";

impl AppSession {
    /// Starts the app binary named by `SHIGOTO_APP_BINARY`, talking to `service_url`.
    pub async fn start(service_url: &str) -> Result<Self> {
        Self::start_with_env(service_url, &[]).await
    }

    /// Starts the app on `keyring` (its sign-in is kept there): what every test that signs in
    /// does.
    pub async fn start_with_keyring(service_url: &str, keyring: &TestKeyring) -> Result<Self> {
        Self::start_with_keyring_and_env(service_url, keyring, &[]).await
    }

    /// Like [`AppSession::start_with_keyring`], with extra environment for the app (its data
    /// folder, the administrator's shared-workstation setting…).
    pub async fn start_with_keyring_and_env(
        service_url: &str,
        keyring: &TestKeyring,
        env: &[(&str, &str)],
    ) -> Result<Self> {
        let mut with_keyring = vec![("SHIGOTO_KEYRING_SERVICE", keyring.name())];
        with_keyring.extend_from_slice(env);
        Self::start_with_env(service_url, &with_keyring).await
    }

    /// Like [`AppSession::start`], with extra environment for the app. Unless `env` names an
    /// `XDG_CONFIG_HOME`, the app gets a fresh one of its own, so no device settings carry over
    /// from another test or from the user.
    pub async fn start_with_env(service_url: &str, env: &[(&str, &str)]) -> Result<Self> {
        let config_home = if env.iter().any(|(name, _)| *name == "XDG_CONFIG_HOME") {
            None
        } else {
            Some(
                tempfile::Builder::new()
                    .prefix("shigoto-e2e-config-")
                    .tempdir()?,
            )
        };
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
            // The app speaks the system's language: Japanese here, whatever the machine's
            // locale, unless a test names another.
            .env("LANGUAGE", "ja")
            .envs(
                config_home
                    .iter()
                    .map(|dir| ("XDG_CONFIG_HOME", dir.path())),
            )
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
            // Attempts refused while tauri-driver starts launch nothing: the app starts with
            // the attempt that gets a session.
            let launched_at = Instant::now();
            match WebDriver::new(url.clone(), capabilities.clone()).await {
                Ok(driver) => {
                    let tauri_driver = session.child.take().context("driver process")?;
                    return Ok(Self {
                        driver,
                        launched_at,
                        tauri_driver,
                        config_home,
                    });
                }
                Err(err) => last_error = Some(err),
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        bail!("no WebDriver session: {last_error:?}")
    }

    /// The app's own process (started by WebKitWebDriver under tauri-driver).
    pub fn app_pid(&self) -> Result<u32> {
        let app = std::fs::canonicalize(required_env("SHIGOTO_APP_BINARY")?)?;
        processes::descendants(self.tauri_driver.id())
            .into_iter()
            .find(|pid| processes::executable(*pid).is_some_and(|exe| exe == app))
            .context("the app process was not found under tauri-driver")
    }

    /// Saves a screenshot of the window as `SHIGOTO_SCREENSHOT_DIR/<name>.png`, when set, once
    /// the web view has painted what is in the page now (it may lag behind on a busy machine);
    /// then checks the screen with axe-core ([`axe::check`]).
    pub async fn screenshot(&self, name: &str) -> Result<()> {
        if let Ok(dir) = std::env::var("SHIGOTO_SCREENSHOT_DIR") {
            self.driver
                .execute_async(AFTER_NEXT_PAINT, Vec::new())
                .await?;
            let png = self.driver.screenshot_as_png().await?;
            std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), png)?;
        }
        axe::check(&self.driver, name).await
    }

    /// What a test that waited in vain leaves behind to see what stood in the way: the screen
    /// as `timeout.png`, and on the test's output (which a failing test shows, CI's log too)
    /// the page's address, whether it has loaded and the text it shows.
    async fn timed_out(&self, what: &str) {
        let _ = self.screenshot("timeout").await;
        let page = self
            .driver
            .execute(DESCRIBE_PAGE, Vec::new())
            .await
            .map(|answer| answer.json().to_string())
            .unwrap_or_else(|err| format!("(the page did not answer: {err})"));
        eprintln!("timed out {what}; the page then: {page}");
    }

    /// The first element matching `css`, waiting for it to appear.
    /// On a timeout the screen is saved as `timeout.png`, to see what stood in the way.
    pub async fn wait_for(&self, css: &str) -> Result<WebElement> {
        let found = self
            .driver
            .query(By::Css(css))
            .wait(UI_TIMEOUT, Duration::from_millis(100))
            .first()
            .await;
        if found.is_err() {
            self.timed_out(&format!("waiting for {css}")).await;
        }
        found.with_context(|| format!("waiting for {css}"))
    }

    /// Waits until nothing matches `css` (saving `timeout.png` if something still does).
    pub async fn wait_gone(&self, css: &str) -> Result<()> {
        let started = std::time::Instant::now();
        while !self.driver.find_all(By::Css(css)).await?.is_empty() {
            if started.elapsed() > UI_TIMEOUT {
                self.timed_out(&format!("{css} is still shown")).await;
                anyhow::bail!("{css} is still shown");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    /// Scrolls the element matching `css` near the top of the window (for a screenshot).
    pub async fn show(&self, css: &str) -> Result<()> {
        let element = self.wait_for(css).await?;
        self.driver
            .execute(
                "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -120);",
                vec![element.to_json()?],
            )
            .await?;
        Ok(())
    }

    /// Types into the element matching `css` (waiting for it).
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        for _ in 0..3 {
            self.wait_for(css).await?.send_keys(text).await?;
            // A screen still settling can redraw the field empty and drop what was typed:
            // check that it stuck (a field may reshape the text, e.g. into katakana).
            tokio::time::sleep(Duration::from_millis(100)).await;
            let value = self.wait_for(css).await?.prop("value").await?;
            if text.is_empty() || value.is_some_and(|v| !v.is_empty()) {
                return Ok(());
            }
        }
        anyhow::bail!("typing into {css} did not stick")
    }

    /// Clicks the element matching `css` (waiting for it), first scrolled to the middle of the
    /// window as a person would look at it: WebKit's driver scrolls an element to the top
    /// edge, where the menu bar that stays on top covers it.
    pub async fn click(&self, css: &str) -> Result<()> {
        let element = self.wait_for(css).await?;
        self.driver
            .execute(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                vec![element.to_json()?],
            )
            .await?;
        element.click().await?;
        Ok(())
    }

    /// The app's config directory, when the harness made its `XDG_CONFIG_HOME`.
    pub fn config_dir(&self) -> Option<PathBuf> {
        self.config_home
            .as_ref()
            .map(|home| home.path().join(APP_IDENTIFIER))
    }

    /// The text of the element matching `css` (waiting for it).
    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.wait_for(css).await?.text().await?)
    }

    /// Sets a date input the way a person's date picker would.
    pub async fn set_date(&self, css: &str, iso: &str) -> Result<()> {
        let input = self.wait_for(css).await?;
        self.driver
            .execute(
                "const el = arguments[0]; el.value = arguments[1];\
                 el.dispatchEvent(new Event('input', {bubbles: true}));\
                 el.dispatchEvent(new Event('change', {bubbles: true}));",
                vec![input.to_json()?, serde_json::json!(iso)],
            )
            .await?;
        Ok(())
    }

    /// Waits up to 30 s until the text of the element matching `css` satisfies `want`; the
    /// text then.
    pub async fn wait_text(&self, css: &str, want: impl Fn(&str) -> bool) -> Result<String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let text = match self.driver.find_all(By::Css(css)).await {
                Ok(found) => match found.first() {
                    Some(element) => element.text().await.unwrap_or_default(),
                    None => String::new(),
                },
                Err(_) => String::new(),
            };
            if want(&text) {
                return Ok(text);
            }
            if Instant::now() > deadline {
                self.timed_out(&format!("{css} still says {text:?}")).await;
                bail!("{css} still says {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Picks the option of value `value` in the select box matching `css` (waiting for it).
    pub async fn choose(&self, css: &str, value: &str) -> Result<()> {
        let select = self.wait_for(css).await?;
        thirtyfour::components::SelectElement::new(&select)
            .await?
            .select_by_value(value)
            .await?;
        Ok(())
    }

    /// Replaces the text of a box (input or text area) the way typing over it would: its value
    /// is set and an `input` event fired, so the app's state follows.
    pub async fn set_value(&self, css: &str, text: &str) -> Result<()> {
        let input = self.wait_for(css).await?;
        self.driver
            .execute(
                "const el = arguments[0]; el.value = arguments[1];\
                 el.dispatchEvent(new Event('input', {bubbles: true}));",
                vec![input.to_json()?, serde_json::json!(text)],
            )
            .await?;
        Ok(())
    }

    /// Signs in from the header's 「ログイン」 and waits for 「ログアウト」.
    pub async fn sign_in(&self, email: &str, password: &str) -> Result<()> {
        self.click("#open-login").await?;
        self.type_into("#login-email", email).await?;
        self.type_into("#login-password", password).await?;
        self.click("#login-submit").await?;
        self.wait_for("#sign-out").await?;
        Ok(())
    }

    /// Signs out from the header and waits for 「ログイン」.
    pub async fn sign_out(&self) -> Result<()> {
        self.click("#sign-out").await?;
        self.wait_for("#open-login").await?;
        Ok(())
    }

    /// Ends the session and stops tauri-driver (SIGTERM, so it stops WebKitWebDriver too).
    pub async fn quit(mut self) -> Result<()> {
        let app = self.app_pid().ok();
        let result = self.driver.quit().await;
        // Only one instance of the app runs at a time: the next test's app would hand over to
        // this one if it were still closing.
        if let Some(pid) = app {
            wait_until_exited(pid).await?;
        }
        stop_driver(&mut self.tauri_driver);
        Ok(result?)
    }

    /// Quits the app the way the OS does at logout or shutdown (SIGTERM to the app itself), waits
    /// until it has exited, then ends the WebDriver session, whose window is gone by then.
    pub async fn quit_app(mut self) -> Result<()> {
        let pid = self.app_pid()?;
        Command::new("kill")
            .arg("-TERM")
            .arg(pid.to_string())
            .status()?;
        wait_until_exited(pid).await?;
        // The browser is gone: the driver may answer the end of the session with an error.
        let _ = tokio::time::timeout(Duration::from_secs(10), self.driver.quit()).await;
        stop_driver(&mut self.tauri_driver);
        Ok(())
    }
}

/// Opens a job seeker's MyPage through the service's API, as the online registration does
/// (仮登録 in 東京都), reading the 認証キー from the service's mail. The service must run with
/// SMTP ([`shigoto_test_support::start_with_smtp`]).
pub async fn seeker_account(
    service: &TestServer,
    email: &str,
    password: &str,
    name: &str,
    kana: &str,
) -> Result<()> {
    let smtp = service
        .smtp
        .as_ref()
        .context("the service needs SMTP for the 認証キー")?;
    service
        .client
        .request_registration_key(&RegistrationKeyRequest {
            email: email.to_owned(),
            agreed_terms: true,
            agreed_privacy: true,
            terms_version: shigoto_domain::account::TERMS_VERSION.to_owned(),
        })
        .await?;
    let (_, body) = smtp.take_mail(email).await?;
    let key = shigoto_test_support::smtp::key_in(&body).context("認証キー in the mail")?;
    service
        .client
        .complete_registration(&RegistrationCompletion {
            email: email.to_owned(),
            key,
            password: password.to_owned(),
            password_confirmation: password.to_owned(),
            name: name.to_owned(),
            name_kana: kana.to_owned(),
            birth_date: NaiveDate::from_ymd_opt(1992, 4, 1).context("date")?,
            prefecture_code: "13".to_owned(),
            municipality_code: "13101".to_owned(),
        })
        .await?;
    Ok(())
}

/// A job seeker opened online as [`seeker_account`] does, then registered (本登録) by the
/// counselor signed in with `counselor`; answers their 求職番号.
pub async fn registered_seeker_account(
    service: &TestServer,
    counselor: &str,
    (email, password): (&str, &str),
    (name, kana): (&str, &str),
) -> Result<String> {
    seeker_account(service, email, password, name, kana).await?;
    let token = service.session_token(email, password).await?;
    let number = service
        .client
        .me(&token)
        .await?
        .seeker_number
        .context("a job seeker has a 求職番号")?;
    service.client.confirm_seeker(counselor, &number).await?;
    Ok(number)
}

/// The keyring entry of the app under test (`SHIGOTO_KEYRING_SERVICE`): a service name unique
/// per test binary and name, so tests never see each other's or the user's sign-in, emptied
/// when made. The test reads the app's session token from it.
pub struct TestKeyring {
    name: String,
    store: TokenStore,
}

impl TestKeyring {
    /// An empty keyring entry for the test `name`.
    pub fn fresh(name: &str) -> Result<Self> {
        let name = format!("jp.shigoto.e2e.{}.{name}", std::process::id());
        let store = TokenStore::new(name.clone());
        store
            .delete()
            .context("emptying the test's keyring entry")?;
        Ok(Self { name, store })
    }

    /// The keyring service name the app is given.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The session token the app keeps there, if any.
    pub fn token(&self) -> Result<Option<String>> {
        Ok(self.store.load()?)
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

/// Waits until the process `pid` has exited.
async fn wait_until_exited(pid: u32) -> Result<()> {
    let started = Instant::now();
    while processes::is_running(pid) {
        if started.elapsed() > UI_TIMEOUT {
            bail!("the app (pid {pid}) did not exit");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
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
