//! Desktop settings of one app session: the service URL (`SHIGOTO_SERVICE_URL`, else the local
//! default that `cargo xtask run` starts), the keyring service name (`SHIGOTO_KEYRING_SERVICE`),
//! whether an administrator has fixed this computer as a shared office workstation
//! (`SHIGOTO_SHARED_WORKSTATION=1`), the directory of the device settings file, which the
//! caller names (see [`crate::settings`]), and where saved documents go (`SHIGOTO_DOWNLOAD_DIR`,
//! else the folder the caller names, the user's ダウンロード).
//!
//! The service URL is only read here; whether it may be used is decided in one place,
//! [`shigoto_api_client::check_service_url`] (`https://`, or `http://` on loopback only), when
//! [`crate::DesktopCore::new`] builds its client.

use std::path::PathBuf;

/// Where the local service of `cargo xtask run` listens.
pub const DEFAULT_SERVICE_URL: &str = "http://127.0.0.1:8080";
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
}

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
    /// Reads the environment; the device settings live in `config_dir`.
    pub fn from_env(config_dir: impl Into<PathBuf>) -> Self {
        Self::from_vars(env, config_dir)
    }

    /// Like [`DesktopConfig::from_env`], with the variables looked up through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>, config_dir: impl Into<PathBuf>) -> Self {
        let config_dir: PathBuf = config_dir.into();
        let var = |name: &str| {
            var(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        Self {
            service_url: var("SHIGOTO_SERVICE_URL")
                .unwrap_or_else(|| DEFAULT_SERVICE_URL.to_owned()),
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
        assert_eq!(c.service_url, DEFAULT_SERVICE_URL);
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
}
