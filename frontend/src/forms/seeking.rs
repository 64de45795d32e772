//! 求職状態 as a job seeker's screens show it (the line under the MyPage's heading, 求職者情報・
//! 設定), what the seeker is advised to do about it, and the state of 各種設定, where
//! 「求職有効」 → 「完了」 switches a lapsed registration back to 有効.

use shigoto_domain::seeking::{EXPIRY_WARNING_DAYS, ONLINE_SWITCH_MONTHS};
use shigoto_i18n::{key, Catalogue};
use shigoto_shared::{ApiError, JobSeekingState, SeekingStatus};

use crate::format::date;
use crate::forms::account::error_message;

/// Why the account could not be read again (the status shown is the one held since sign-in):
/// the service's reason, which the screens put after [`refresh_failed_text`].
pub fn refresh_failed(err: &ApiError) -> String {
    error_message(err)
}

/// 「最新の求職状態を確認できませんでした。」 and the reason [`refresh_failed`] gave.
pub fn refresh_failed_text(t: &Catalogue, reason: &str) -> String {
    t.t_with("seeker-refresh-failed", &[("reason", reason.into())])
}

/// 「有効（2027年2月28日まで）」 or 「無効（2026年11月30日で期限切れ）」.
pub fn status_line(t: &Catalogue, status: &SeekingStatus) -> String {
    let key = match status.state {
        JobSeekingState::Valid => key!("seeker-seeking-valid-until"),
        JobSeekingState::Invalid => key!("seeker-seeking-invalid-since"),
    };
    t.t_with(key, &[("date", date(t, status.valid_until).into())])
}

/// How worried the seeker should be, for the banner's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// The registration ends within the warning days.
    Soon,
    /// It has ended.
    Lapsed,
}

/// What the seeker is told about 求職状態, when there is something to tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub urgency: Urgency,
    pub text: String,
    /// Whether 各種設定 can switch it back (the banner then links there).
    pub switch_online: bool,
}

/// The advice for `status`: nothing while 有効 and far from its end.
pub fn advice(t: &Catalogue, status: &SeekingStatus) -> Option<Advice> {
    let until = || date(t, status.valid_until);
    match status.state {
        JobSeekingState::Valid if status.expires_soon => Some(Advice {
            urgency: Urgency::Soon,
            text: t.t_with(
                "seeker-seeking-advice-soon",
                &[
                    ("date", until().into()),
                    ("days", EXPIRY_WARNING_DAYS.into()),
                ],
            ),
            switch_online: false,
        }),
        JobSeekingState::Valid => None,
        JobSeekingState::Invalid if status.can_switch_online => Some(Advice {
            urgency: Urgency::Lapsed,
            text: t.t_with(
                "seeker-seeking-advice-switch",
                &[
                    ("date", until().into()),
                    ("months", ONLINE_SWITCH_MONTHS.into()),
                ],
            ),
            switch_online: true,
        }),
        JobSeekingState::Invalid => Some(Advice {
            urgency: Urgency::Lapsed,
            text: t.t("seeker-seeking-advice-visit"),
            switch_online: false,
        }),
    }
}

/// Where 各種設定's 求職有効 stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SwitchStep {
    /// The status, with 「求職有効」 when it can be switched.
    #[default]
    Status,
    /// 「求職有効」 was pressed: what happens, with 「完了」 and 「戻る」.
    Confirm,
    /// 完了: the registration is 有効 to the new date.
    Done(SeekingStatus),
}

/// 各種設定 (`/mypage/info/settings`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SeekingSettingsState {
    pub step: SwitchStep,
    /// The switch is being sent.
    pub busy: bool,
    /// Why the switch was refused.
    pub error: Option<String>,
}

impl SeekingSettingsState {
    /// 「求職有効」: asks for 「完了」.
    pub fn ask(&mut self) {
        if self.step == SwitchStep::Status {
            self.step = SwitchStep::Confirm;
            self.error = None;
        }
    }

    /// 「戻る」 from the confirmation.
    pub fn back(&mut self) {
        if !self.busy {
            self.step = SwitchStep::Status;
        }
    }

    /// 「完了」 was pressed: whether to send the switch (not twice, and only when asked).
    pub fn sending(&mut self) -> bool {
        if self.busy || self.step != SwitchStep::Confirm {
            return false;
        }
        self.busy = true;
        self.error = None;
        true
    }

    /// The service's answer to the switch; a refusal goes back to the status with its reason
    /// (unless an earlier answer already switched it).
    pub fn switched(&mut self, result: Result<SeekingStatus, ApiError>) {
        self.busy = false;
        if matches!(self.step, SwitchStep::Done(_)) {
            return;
        }
        match result {
            Ok(status) => self.step = SwitchStep::Done(status),
            Err(err) => {
                self.step = SwitchStep::Status;
                self.error = Some(error_message(&err));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use shigoto_shared::ErrorCode;

    fn ja() -> &'static Catalogue {
        shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja)
    }

    fn status(
        state: JobSeekingState,
        expires_soon: bool,
        can_switch_online: bool,
    ) -> SeekingStatus {
        SeekingStatus {
            state,
            valid_until: NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
            expires_soon,
            can_switch_online,
        }
    }

    #[test]
    fn the_status_line_names_the_state_and_its_date() {
        assert_eq!(
            status_line(ja(), &status(JobSeekingState::Valid, false, false)),
            "有効（2027年2月28日まで）"
        );
        assert_eq!(
            status_line(ja(), &status(JobSeekingState::Invalid, false, true)),
            "無効（2027年2月28日で期限切れ）"
        );
    }

    #[test]
    fn advice_comes_near_the_end_and_after_it() {
        assert_eq!(
            advice(ja(), &status(JobSeekingState::Valid, false, false)),
            None
        );
        let soon = advice(ja(), &status(JobSeekingState::Valid, true, false)).unwrap();
        assert_eq!(soon.urgency, Urgency::Soon);
        assert!(soon.text.contains("2027年2月28日") && !soon.switch_online);
        let recent = advice(ja(), &status(JobSeekingState::Invalid, false, true)).unwrap();
        assert!(recent.switch_online && recent.text.contains("各種設定"));
        let old = advice(ja(), &status(JobSeekingState::Invalid, false, false)).unwrap();
        assert!(!old.switch_online && old.text.contains("最寄りのハローワークまで来所ください"));
    }

    #[test]
    fn the_switch_is_asked_sent_once_and_done_or_refused() {
        let mut settings = SeekingSettingsState::default();
        assert!(!settings.sending(), "not before 「求職有効」");
        settings.ask();
        assert_eq!(settings.step, SwitchStep::Confirm);
        assert!(settings.sending());
        assert!(!settings.sending(), "not twice");
        settings.back();
        assert_eq!(settings.step, SwitchStep::Confirm, "not while sending");
        let refused = ApiError::new(
            ErrorCode::Conflict,
            "求職状態を有効に切り替えられませんでした。最寄りのハローワークまで来所ください。",
        );
        settings.switched(Err(refused));
        assert_eq!(settings.step, SwitchStep::Status);
        assert!(settings.error.as_deref().unwrap().contains("来所"));
        settings.ask();
        assert!(settings.sending());
        let done = status(JobSeekingState::Valid, false, false);
        settings.switched(Ok(done));
        assert_eq!(settings.step, SwitchStep::Done(done));
        assert_eq!(settings.error, None);
    }
}
