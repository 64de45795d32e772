//! The 端末の設定 screen's state, as pure logic: the device settings as the app reported them,
//! the checkbox as ticked, and what the screen says after loading or saving. The reducer in
//! [`crate::app`] calls these methods; the screen is [`crate::pages::account::settings`].

use shigoto_shared::{ApiError, DeviceSettings, Lang};

use crate::forms::account::error_message;

/// What the screen says after a change was kept (`#settings-saved`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsNotice {
    /// This computer was marked as a shared workstation.
    Shared,
    /// The mark was taken off.
    Private,
    /// The language was changed.
    Language,
}

impl SettingsNotice {
    /// Its text's catalogue key.
    pub fn key(self) -> &'static str {
        match self {
            SettingsNotice::Shared => shigoto_i18n::key!("settings-saved-shared"),
            SettingsNotice::Private => shigoto_i18n::key!("settings-saved-private"),
            SettingsNotice::Language => shigoto_i18n::key!("settings-language-saved"),
        }
    }
}

/// 端末の設定.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsState {
    /// The settings as the app last reported them (`None` until read).
    pub saved: Option<DeviceSettings>,
    /// 「この端末を共用端末として使う」 as ticked.
    pub shared_workstation: bool,
    /// `device_settings` was asked and has not answered.
    pub loading: bool,
    /// `set_shared_workstation` or `set_language` was asked and has not answered.
    pub busy: bool,
    /// Why reading or saving failed (`#settings-error`).
    pub error: Option<String>,
    /// What was saved (`#settings-saved`).
    pub notice: Option<SettingsNotice>,
}

impl SettingsState {
    /// The screen is shown (again): read the settings afresh.
    pub fn loading(&mut self) {
        *self = SettingsState {
            loading: true,
            ..SettingsState::default()
        };
    }

    /// `device_settings` answered.
    pub fn loaded(&mut self, result: Result<DeviceSettings, ApiError>) {
        self.loading = false;
        match result {
            Ok(settings) => {
                self.shared_workstation = settings.shared_workstation;
                self.saved = Some(settings);
                self.error = None;
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// Whether the administrator has fixed the setting (the checkbox cannot change).
    pub fn fixed(&self) -> bool {
        self.saved.is_some_and(|s| s.shared_workstation_fixed)
    }

    /// The checkbox was ticked or unticked; nothing is saved yet.
    pub fn tick(&mut self, shared: bool) {
        if self.fixed() || self.busy {
            return;
        }
        self.shared_workstation = shared;
        self.notice = None;
        self.error = None;
    }

    /// Whether 「設定を保存」 has something to save.
    pub fn changed(&self) -> bool {
        self.saved.is_some_and(|s| {
            !s.shared_workstation_fixed && s.shared_workstation != self.shared_workstation
        })
    }

    /// 「設定を保存」: the value to send, or `None` when there is nothing to do now.
    pub fn to_save(&self) -> Option<bool> {
        (!self.busy && !self.loading && self.changed()).then_some(self.shared_workstation)
    }

    pub fn saving(&mut self) {
        self.busy = true;
        self.error = None;
        self.notice = None;
    }

    /// `set_shared_workstation` answered (dropped when nothing was waiting for it).
    pub fn saved(&mut self, result: Result<DeviceSettings, ApiError>) {
        if !self.busy {
            return;
        }
        self.busy = false;
        match result {
            Ok(settings) => {
                self.shared_workstation = settings.shared_workstation;
                self.saved = Some(settings);
                self.notice = Some(if settings.shared_workstation {
                    SettingsNotice::Shared
                } else {
                    SettingsNotice::Private
                });
            }
            Err(err) => self.error = Some(error_message(&err)),
        }
    }

    /// The language choice (`None`: the system's) to send, or `None` when the screen is busy
    /// or it is the one already kept.
    pub fn choose_language(&mut self, choice: Option<Lang>) -> Option<Option<Lang>> {
        let current = self.saved?.language_choice;
        if self.busy || self.loading || current == choice {
            return None;
        }
        self.saving();
        Some(choice)
    }

    /// `set_language` answered: the language the app now shows, when it was kept.
    pub fn language_saved(&mut self, result: Result<DeviceSettings, ApiError>) -> Option<Lang> {
        if !self.busy {
            return None;
        }
        self.busy = false;
        match result {
            Ok(settings) => {
                self.saved = Some(settings);
                self.notice = Some(SettingsNotice::Language);
                Some(settings.language)
            }
            Err(err) => {
                self.error = Some(error_message(&err));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use shigoto_shared::ErrorCode;

    use super::*;

    fn settings(shared: bool, fixed: bool) -> DeviceSettings {
        DeviceSettings {
            shared_workstation: shared,
            shared_workstation_fixed: fixed,
            language: Lang::Ja,
            language_choice: None,
            system_language: Lang::Ja,
        }
    }

    fn loaded(shared: bool, fixed: bool) -> SettingsState {
        let mut state = SettingsState::default();
        state.loading();
        assert_eq!(state.to_save(), None);
        state.loaded(Ok(settings(shared, fixed)));
        state
    }

    #[test]
    fn ticking_and_saving_the_shared_workstation() {
        let mut state = loaded(false, false);
        assert!(!state.shared_workstation && !state.changed());
        state.tick(true);
        assert_eq!(state.to_save(), Some(true));
        state.saving();
        assert_eq!(state.to_save(), None, "once at a time");
        state.tick(false);
        assert!(state.shared_workstation, "no change while saving");
        state.saved(Ok(settings(true, false)));
        assert_eq!(state.notice, Some(SettingsNotice::Shared));
        assert!(!state.changed());
        state.tick(false);
        assert_eq!(state.notice, None);
        state.saving();
        state.saved(Ok(settings(false, false)));
        assert_eq!(state.notice, Some(SettingsNotice::Private));
        // A late answer for nothing waiting is dropped.
        state.saved(Ok(settings(true, false)));
        assert!(!state.shared_workstation);
    }

    #[test]
    fn a_fixed_setting_cannot_be_changed() {
        let mut state = loaded(true, true);
        assert!(state.fixed() && state.shared_workstation);
        state.tick(false);
        assert!(state.shared_workstation);
        assert_eq!(state.to_save(), None);
    }

    #[test]
    fn failures_are_said_in_japanese() {
        let mut state = SettingsState::default();
        state.loading();
        state.loaded(Err(ApiError::new(
            ErrorCode::ServiceUnreachable,
            "unreachable",
        )));
        assert!(!state.loading);
        assert_eq!(
            state.error.as_deref(),
            Some(crate::ipc::UNREACHABLE_MESSAGE)
        );
        let mut state = loaded(false, false);
        state.tick(true);
        state.saving();
        state.saved(Err(ApiError::new(
            ErrorCode::Internal,
            "端末の設定を保存できませんでした。",
        )));
        assert_eq!(
            state.error.as_deref(),
            Some("端末の設定を保存できませんでした。")
        );
        assert!(state.changed(), "still to be saved");
    }

    #[test]
    fn choosing_a_language() {
        let mut state = loaded(false, false);
        assert_eq!(
            state.choose_language(None),
            None,
            "already following the system"
        );
        assert_eq!(state.choose_language(Some(Lang::En)), Some(Some(Lang::En)));
        assert!(state.busy);
        assert_eq!(state.choose_language(Some(Lang::Ja)), None, "busy");
        let chosen = DeviceSettings {
            language: Lang::En,
            language_choice: Some(Lang::En),
            ..settings(false, false)
        };
        assert_eq!(state.language_saved(Ok(chosen)), Some(Lang::En));
        assert_eq!(state.notice, Some(SettingsNotice::Language));
        assert_eq!(
            state.language_saved(Ok(chosen)),
            None,
            "nothing was waiting"
        );
        assert_eq!(
            state.choose_language(Some(Lang::En)),
            None,
            "already chosen"
        );
    }
}
