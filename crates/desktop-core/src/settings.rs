//! Device settings (端末の設定): what a person chose for this computer, kept in a small JSON file
//! (`settings.json`) in the app's config directory, which the caller names (the Tauri shell
//! passes its app config directory; tests pass a temporary one).
//!
//! It holds two choices: whether this computer is a shared workstation (共用端末), and the
//! language of the app (else the system's). The file
//! is replaced atomically (written to a temporary file in the same directory, flushed, then
//! renamed over the old one), so a crash mid-write leaves the old settings or the new ones,
//! never half a file. The folder and the file are private to the OS user
//! ([`crate::private_files`]). A missing file means the defaults; an unreadable one is reported to the
//! caller, which falls back to the defaults.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use shigoto_shared::Lang;

/// Name of the settings file inside the config directory.
pub const SETTINGS_FILE: &str = "settings.json";

/// What the settings file holds. Fields missing from an older file take their defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StoredSettings {
    /// The person marked this computer as a shared workstation (default: not shared).
    pub shared_workstation: bool,
    /// The language chosen for the app; `None` (the default) follows the system's.
    pub language: Option<Lang>,
}

/// Failure to read or write the settings file.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("reading {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
    #[error("{path} is not a valid settings file: {source}")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("writing {path}: {source}")]
    Write { path: PathBuf, source: io::Error },
}

/// The settings file of one installation.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    dir: PathBuf,
}

impl SettingsStore {
    /// The settings kept in `dir` (created on the first save).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Full path of the settings file.
    pub fn path(&self) -> PathBuf {
        self.dir.join(SETTINGS_FILE)
    }

    /// The stored settings; the defaults when there is no file yet.
    pub fn load(&self) -> Result<StoredSettings, SettingsError> {
        let path = self.path();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Ok(StoredSettings::default())
            }
            Err(source) => return Err(SettingsError::Read { path, source }),
        };
        serde_json::from_str(&text).map_err(|source| SettingsError::Parse { path, source })
    }

    /// Replaces the stored settings atomically.
    pub fn save(&self, settings: &StoredSettings) -> Result<(), SettingsError> {
        let path = self.path();
        let write_err = |source| SettingsError::Write {
            path: path.clone(),
            source,
        };
        crate::private_files::create_dir(&self.dir).map_err(write_err)?;
        let mut text = serde_json::to_string_pretty(settings)
            .map_err(|err| write_err(io::Error::other(err)))?;
        text.push('\n');
        crate::private_files::write_replacing(&path, text.as_bytes()).map_err(write_err)?;
        sync_dir(&self.dir);
        Ok(())
    }

    /// Makes the folder and the file private when they exist (an older version may have left
    /// them readable by others).
    pub fn restrict(&self) -> io::Result<()> {
        if self.dir.is_dir() {
            crate::private_files::restrict_dir(&self.dir)?;
            crate::private_files::restrict_file(&self.path())?;
        }
        Ok(())
    }
}

/// Makes the rename itself durable where the OS allows it (best effort).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn no_file_means_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::new(dir.path().join("not-yet-created"));
        assert_eq!(store.load().unwrap(), StoredSettings::default());
        assert!(!store.load().unwrap().shared_workstation);
    }

    #[test]
    fn saved_settings_are_read_back_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::new(dir.path().join("app"));
        let on = StoredSettings {
            shared_workstation: true,
            language: Some(Lang::En),
        };
        store.save(&on).unwrap();
        assert_eq!(store.load().unwrap(), on);
        store.save(&StoredSettings::default()).unwrap();
        assert_eq!(store.load().unwrap(), StoredSettings::default());
        let names: Vec<String> = fs::read_dir(dir.path().join("app"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec![SETTINGS_FILE.to_owned()]);
    }

    #[test]
    fn a_damaged_file_is_an_error_and_unknown_fields_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::new(dir.path());
        fs::write(store.path(), "{ not json").unwrap();
        assert!(matches!(store.load(), Err(SettingsError::Parse { .. })));
        fs::write(
            store.path(),
            r#"{"shared_workstation": true, "from_a_newer_version": 1}"#,
        )
        .unwrap();
        assert!(store.load().unwrap().shared_workstation);
        fs::write(store.path(), "{}").unwrap();
        assert_eq!(store.load().unwrap(), StoredSettings::default());
    }
}
