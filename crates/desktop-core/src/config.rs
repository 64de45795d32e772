//! Desktop settings of one app session: the service URL, the keyring service name (`SHIGOTO_KEYRING_SERVICE`),
//! whether an administrator has fixed this computer as a shared office workstation
//! (`SHIGOTO_SHARED_WORKSTATION=1`), the directory of the device settings file, which the
//! caller names (see [`crate::settings`]), and where saved documents go (`SHIGOTO_DOWNLOAD_DIR`,
//! else the folder the caller names, the user's ダウンロード).
//!
//! The system's language comes from the locale variables (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`,
//! `LANG`; through sys-locale, which asks Windows and macOS for theirs).
//!
//! The service URL is, first found: `SHIGOTO_SERVICE_URL`; the installation's choice, the first
//! line of `service-url` in the system-wide folder ([`installation_settings_dir`]: written when
//! an office or a person installs the app); the address built in by `cargo xtask dist
//! --service-url` (`SHIGOTO_DIST_SERVICE_URL` at build time); else the local service that
//! `cargo xtask run` starts.
//!
//! The service URL is only read here; whether it may be used is decided in one place,
//! [`shigoto_api_client::check_service_url`] (`https://`, or `http://` on loopback only), when
//! [`crate::DesktopCore::new`] builds its client.

use std::path::PathBuf;

use shigoto_shared::Lang;

/// Where the local service of `cargo xtask run` listens.
pub const DEFAULT_SERVICE_URL: &str = "http://127.0.0.1:8080";
/// The service address built into this program: `cargo xtask dist --service-url` sets it.
pub fn built_in_service_url() -> &'static str {
    option_env!("SHIGOTO_DIST_SERVICE_URL").unwrap_or(DEFAULT_SERVICE_URL)
}

/// The file of the system-wide folder that names the service address chosen at installation.
pub const SERVICE_URL_FILE: &str = "service-url";

/// The system-wide folder of the installation's settings, which only an administrator (or, for
/// an install of one user's own, that user) can write: `/etc/shigoto` on Linux,
/// `/Library/Application Support/Shigoto` on macOS, the program's own folder on Windows (where
/// the installer put it; `%ProgramData%` would let any user of a shared computer send the
/// others' sign-ins to a service of their choosing).
pub fn installation_settings_dir() -> Option<PathBuf> {
    if cfg!(target_os = "windows") {
        std::env::current_exe()
            .ok()
            .and_then(|program| program.parent().map(PathBuf::from))
    } else if cfg!(target_os = "macos") {
        Some(PathBuf::from("/Library/Application Support/Shigoto"))
    } else {
        Some(PathBuf::from("/etc/shigoto"))
    }
}

/// The address in a `service-url` file: its first line that is neither blank nor a `#` comment.
pub fn service_url_in(file: &str) -> Option<String> {
    file.lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
}

/// Keyring service name of the installed app.
pub const DEFAULT_KEYRING_SERVICE: &str = "jp.shigoto.desktop";

/// Settings of one app session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesktopConfig {
    pub service_url: String,
    pub keyring_service: String,
    /// Set by the administrator (`SHIGOTO_SHARED_WORKSTATION`): this computer is a shared
    /// workstation whatever the device settings say, and the app cannot change that.
    pub shared_workstation_forced: bool,
    /// Where the device settings file lives (the app's config directory).
    pub config_dir: PathBuf,
    /// Where job seekers' MyPage caches live (the app's data directory); the config directory
    /// unless the caller sets another.
    pub data_dir: PathBuf,
    /// Where saved documents (a 紹介状) go; the data directory unless set.
    pub downloads_dir: PathBuf,
    /// Whether `SHIGOTO_DOWNLOAD_DIR` named the downloads folder (the caller keeps it then).
    pub downloads_dir_forced: bool,
    /// The system's language ([`Lang::of_system`]), which the app shows unless the person
    /// chose another on 端末の設定.
    pub system_language: Lang,
}

/// The locale variables of a POSIX system, most important first (`LANGUAGE` may list several,
/// separated by colons).
const LOCALE_VARIABLES: [&str; 4] = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// `1`, `true`, `yes` or `on` (any case, blanks around ignored).
fn is_truthy(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes" | "on"
    )
}

impl DesktopConfig {
    /// Reads the environment and the installation's settings; the device settings live in
    /// `config_dir`.
    pub fn from_env(config_dir: impl Into<PathBuf>) -> Self {
        let installed = installation_settings_dir()
            .and_then(|dir| std::fs::read_to_string(dir.join(SERVICE_URL_FILE)).ok())
            .as_deref()
            .and_then(service_url_in);
        let mut config = Self::from_sources(env, installed, config_dir);
        // The system's own list (the locale variables on Linux, the user's languages on
        // Windows and macOS).
        config.system_language = Lang::of_system(sys_locale::get_locales());
        config
    }

    /// Like [`DesktopConfig::from_env`], with the variables looked up through `var` and no
    /// installation's settings.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>, config_dir: impl Into<PathBuf>) -> Self {
        Self::from_sources(var, None, config_dir)
    }

    /// The settings from the variables looked up through `var` and the service address the
    /// installation chose (`installed_service_url`).
    pub fn from_sources(
        var: impl Fn(&str) -> Option<String>,
        installed_service_url: Option<String>,
        config_dir: impl Into<PathBuf>,
    ) -> Self {
        let config_dir: PathBuf = config_dir.into();
        let var = |name: &str| {
            var(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        Self {
            service_url: var("SHIGOTO_SERVICE_URL")
                .or(installed_service_url)
                .unwrap_or_else(|| built_in_service_url().to_owned()),
            keyring_service: var("SHIGOTO_KEYRING_SERVICE")
                .unwrap_or_else(|| DEFAULT_KEYRING_SERVICE.to_owned()),
            shared_workstation_forced: var("SHIGOTO_SHARED_WORKSTATION")
                .is_some_and(|v| is_truthy(&v)),
            downloads_dir_forced: var("SHIGOTO_DOWNLOAD_DIR").is_some(),
            downloads_dir: var("SHIGOTO_DOWNLOAD_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| config_dir.clone()),
            data_dir: config_dir.clone(),
            config_dir,
            system_language: Lang::of_system(
                LOCALE_VARIABLES
                    .iter()
                    .filter_map(|name| var(name))
                    .flat_map(|value| value.split(':').map(str::to_owned).collect::<Vec<_>>()),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(vars: &[(&str, &str)]) -> DesktopConfig {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        DesktopConfig::from_vars(
            move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
            "/tmp/shigoto-config",
        )
    }

    #[test]
    fn defaults_without_variables() {
        let c = config(&[]);
        assert_eq!(c.service_url, built_in_service_url());
        assert_eq!(c.keyring_service, DEFAULT_KEYRING_SERVICE);
        assert!(!c.shared_workstation_forced);
        assert_eq!(c.config_dir, PathBuf::from("/tmp/shigoto-config"));
    }

    #[test]
    fn the_administrator_forces_a_shared_workstation() {
        for on in ["1", "true", " YES ", "on"] {
            assert!(
                config(&[("SHIGOTO_SHARED_WORKSTATION", on)]).shared_workstation_forced,
                "{on:?}"
            );
        }
        for off in ["", "0", "false", "no"] {
            assert!(
                !config(&[("SHIGOTO_SHARED_WORKSTATION", off)]).shared_workstation_forced,
                "{off:?}"
            );
        }
    }

    #[test]
    fn service_and_keyring_from_the_environment() {
        let c = config(&[
            ("SHIGOTO_SERVICE_URL", " http://10.0.0.5:8080 "),
            ("SHIGOTO_KEYRING_SERVICE", "jp.shigoto.test"),
        ]);
        assert_eq!(c.service_url, "http://10.0.0.5:8080");
        assert_eq!(c.keyring_service, "jp.shigoto.test");
    }

    #[test]
    fn the_installation_chooses_the_service_unless_the_environment_does() {
        let installed = Some("https://shigoto.example.jp".to_owned());
        let from = |vars: &'static [(&'static str, &'static str)]| {
            DesktopConfig::from_sources(
                |name| {
                    vars.iter()
                        .find(|(k, _)| *k == name)
                        .map(|(_, v)| (*v).to_owned())
                },
                installed.clone(),
                "/tmp/shigoto-config",
            )
        };
        assert_eq!(from(&[]).service_url, "https://shigoto.example.jp");
        assert_eq!(
            from(&[("SHIGOTO_SERVICE_URL", "http://127.0.0.1:9000")]).service_url,
            "http://127.0.0.1:9000"
        );
    }

    #[test]
    fn the_system_language_from_the_locale_variables() {
        assert_eq!(config(&[]).system_language, Lang::Ja);
        assert_eq!(config(&[("LANG", "en_US.UTF-8")]).system_language, Lang::En);
        assert_eq!(
            config(&[("LANGUAGE", "ja:en"), ("LANG", "en_US.UTF-8")]).system_language,
            Lang::Ja
        );
        assert_eq!(
            config(&[("LC_ALL", "C.UTF-8"), ("LANG", "en_GB.UTF-8")]).system_language,
            Lang::En
        );
    }

    #[test]
    fn a_service_url_file_names_its_first_address() {
        let file = "# この端末が使うサービス\n\n  https://shigoto.example.jp  \nhttps://other\n";
        assert_eq!(
            service_url_in(file).as_deref(),
            Some("https://shigoto.example.jp")
        );
        assert_eq!(service_url_in("# nothing\n\n"), None);
    }
}
