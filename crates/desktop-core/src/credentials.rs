//! The session token in the OS keyring (Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows) and nowhere else: no file, no cache, never the web view.

use keyring::Entry;

/// Keyring entry name of the signed-in session.
const SESSION_ENTRY: &str = "session-token";

/// Failure to use the OS keyring.
#[derive(Debug, thiserror::Error)]
#[error("OS keyring: {0}")]
pub struct KeyringError(#[from] keyring::Error);

/// Where the token lives: one keyring service name per installation (tests use their own).
#[derive(Debug, Clone)]
pub struct TokenStore {
    service: String,
}

impl TokenStore {
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }

    fn entry(&self) -> Result<Entry, KeyringError> {
        Ok(Entry::new(&self.service, SESSION_ENTRY)?)
    }

    /// Stores the token, replacing any earlier one.
    pub fn save(&self, token: &str) -> Result<(), KeyringError> {
        Ok(self.entry()?.set_password(token)?)
    }

    /// The stored token, if any.
    pub fn load(&self) -> Result<Option<String>, KeyringError> {
        match self.entry()?.get_password() {
            Ok(token) => Ok(Some(token)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    /// Removes the token; no error when there was none.
    pub fn delete(&self) -> Result<(), KeyringError> {
        match self.entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(err) => Err(err.into()),
        }
    }
}
