//! Desktop settings, from the environment: the service URL (`SHIGOTO_SERVICE_URL`, else the
//! local default that `cargo xtask run` starts), the keyring service name
//! (`SHIGOTO_KEYRING_SERVICE`) and whether this is a shared office workstation
//! (`SHIGOTO_SHARED_WORKSTATION=1`).

/// Where the local service of `cargo xtask run` listens.
pub const DEFAULT_SERVICE_URL: &str = "http://127.0.0.1:8080";
/// Keyring service name of the installed app.
pub const DEFAULT_KEYRING_SERVICE: &str = "jp.shigoto.desktop";

/// Settings of one app session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesktopConfig {
    pub service_url: String,
    pub keyring_service: String,
    /// Sign-out and exit leave nothing of the user behind (always so for counselors).
    pub shared_workstation: bool,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

impl DesktopConfig {
    /// Reads the environment.
    pub fn from_env() -> Self {
        Self {
            service_url: env("SHIGOTO_SERVICE_URL")
                .unwrap_or_else(|| DEFAULT_SERVICE_URL.to_owned()),
            keyring_service: env("SHIGOTO_KEYRING_SERVICE")
                .unwrap_or_else(|| DEFAULT_KEYRING_SERVICE.to_owned()),
            shared_workstation: env("SHIGOTO_SHARED_WORKSTATION")
                .is_some_and(|v| matches!(v.as_str(), "1" | "true" | "yes")),
        }
    }
}
