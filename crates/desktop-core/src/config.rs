//! Desktop settings: the service URL comes from `SHIGOTO_SERVICE_URL`, else the local default
//! that `cargo xtask run` starts.

/// Where the local service of `cargo xtask run` listens.
pub const DEFAULT_SERVICE_URL: &str = "http://127.0.0.1:8080";

/// Settings of one app session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesktopConfig {
    pub service_url: String,
}

impl DesktopConfig {
    /// Reads the environment.
    pub fn from_env() -> Self {
        let service_url = std::env::var("SHIGOTO_SERVICE_URL")
            .ok()
            .map(|url| url.trim().to_owned())
            .filter(|url| !url.is_empty())
            .unwrap_or_else(|| DEFAULT_SERVICE_URL.to_owned());
        Self { service_url }
    }
}
