//! Who is signed in as the app knows it ([`Session`]), how the app greets them, and the notes
//! the login shows after signing out, an ended session, or a completed procedure (their keys).

use std::rc::Rc;

use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use shigoto_shared::{AccountInfo, RegistrationStatus, Role};

use shigoto_i18n::Catalogue;

use crate::format::date;

// The notes the login shows, as catalogue keys (the login shows them in the language shown).

/// Shown on the login screen after signing out.
pub const SIGNED_OUT_NOTICE: &str = shigoto_i18n::key!("account-signed-out-notice");
/// Shown on the login screen when the session ended while working.
pub const SESSION_ENDED_NOTICE: &str = shigoto_i18n::key!("account-session-ended-notice");
/// Shown on the login screen after a MyPage was opened.
pub const OPENED_NOTICE: &str = shigoto_i18n::key!("account-opened-notice");
/// Shown on the login screen after a MyPage was opened with an online job application.
pub const REGISTERED_NOTICE: &str = shigoto_i18n::key!("account-registered-notice");
/// Shown on the login screen after a password was reset.
pub const RESET_NOTICE: &str = shigoto_i18n::key!("account-reset-notice");

/// Who is signed in, as far as the app knows.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Session {
    /// `current_account` has not answered yet.
    #[default]
    Checking,
    SignedOut,
    SignedIn(Rc<AccountInfo>),
}

impl Session {
    pub fn account(&self) -> Option<&AccountInfo> {
        match self {
            Session::SignedIn(account) => Some(account),
            _ => None,
        }
    }

    pub fn is_counselor(&self) -> bool {
        self.account().is_some_and(|a| a.role == Role::Counselor)
    }

    pub fn is_employer(&self) -> bool {
        self.account().is_some_and(|a| a.role == Role::Employer)
    }
}

/// 「山田 太郎さん、ようこそ。」, 「株式会社しごと商事様、ようこそ。」, "Welcome, …."
pub fn greeting(t: &Catalogue, account: &AccountInfo) -> String {
    let name = account.display_name.trim();
    let args = [("name", name.into())];
    match account.role {
        _ if name.is_empty() => t.t("greeting-welcome-anonymous"),
        Role::Employer => t.t_with("greeting-welcome-company", &args),
        Role::Seeker | Role::Counselor => t.t_with("greeting-welcome-person", &args),
    }
}

/// The note in the greeting of a seeker whose registration is not complete: a provisional
/// one (with its last day) or one that lapsed. `None` for everyone else.
pub fn registration_notice(t: &Catalogue, account: &AccountInfo) -> Option<String> {
    let days = [("days", PROVISIONAL_REGISTRATION_DAYS.into())];
    match account.registration? {
        RegistrationStatus::Provisional => Some(match account.provisional_until {
            Some(until) => t.t_with(
                "greeting-provisional-until",
                &[("date", date(t, until).into())],
            ),
            None => t.t_with("greeting-provisional-within", &days),
        }),
        RegistrationStatus::Lapsed => Some(t.t_with("greeting-lapsed", &days)),
        RegistrationStatus::Registered => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::account::fields::parse_date;
    use crate::forms::account::test_util::*;
    use chrono::NaiveDate;

    #[test]
    fn sessions_and_greetings() {
        let account = AccountInfo {
            role: Role::Counselor,
            email: "staff@example.jp".into(),
            display_name: "佐藤 花子".into(),
            seeker_number: None,
            office_code: Some("13010".into()),
            office_name: Some("ハローワーク千代田".into()),
            registration: None,
            provisional_until: None,
            employer: None,
            seeking: None,
        };
        let session = Session::SignedIn(Rc::new(account.clone()));
        assert!(session.is_counselor());
        assert!(!Session::SignedOut.is_counselor());
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert_eq!(greeting(ja, &account), "佐藤 花子さん、ようこそ。");
        assert_eq!(greeting(en, &account), "Welcome, 佐藤 花子.");
        let company = AccountInfo {
            role: Role::Employer,
            display_name: "株式会社しごと商事".into(),
            ..account.clone()
        };
        assert_eq!(greeting(ja, &company), "株式会社しごと商事様、ようこそ。");
        assert_eq!(parse_date("2027-01-31"), Some(day(2027, 1, 31)));
        assert_eq!(parse_date("1990/4/1"), Some(day(1990, 4, 1)));
        assert_eq!(parse_date("１９９０年４月１日"), Some(day(1990, 4, 1)));
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("1990-02-30"), None);
        assert_eq!(parse_date("90-4-1"), None);
        assert_eq!(parse_date("1990-04"), None);
    }

    fn seeker_account(status: Option<RegistrationStatus>, until: Option<NaiveDate>) -> AccountInfo {
        AccountInfo {
            role: Role::Seeker,
            email: "hanako@example.jp".into(),
            display_name: "鈴木 花子".into(),
            seeker_number: Some("13010-00000101".into()),
            office_code: None,
            office_name: None,
            registration: status,
            provisional_until: until,
            employer: None,
            seeking: None,
        }
    }

    #[test]
    fn provisional_and_lapsed_seekers_are_told_what_to_do() {
        let provisional = seeker_account(
            Some(RegistrationStatus::Provisional),
            Some(day(2026, 12, 9)),
        );
        let ja = shigoto_i18n::catalogue(shigoto_i18n::Lang::Ja);
        let en = shigoto_i18n::catalogue(shigoto_i18n::Lang::En);
        assert_eq!(
            registration_notice(ja, &provisional).as_deref(),
            Some("現在は仮登録です。2026年12月9日までにハローワークで本登録の手続きをしてください。紹介や求人の推薦など一部の機能は本登録後に使えます。")
        );
        assert!(registration_notice(en, &provisional)
            .unwrap()
            .contains("by 9 December 2026"));
        let lapsed = seeker_account(Some(RegistrationStatus::Lapsed), None);
        assert!(registration_notice(ja, &lapsed).unwrap().contains("14日"));
        assert!(registration_notice(en, &lapsed)
            .unwrap()
            .contains("14 days"));
        assert!(registration_notice(
            ja,
            &seeker_account(Some(RegistrationStatus::Registered), None)
        )
        .is_none());
        assert!(registration_notice(ja, &seeker_account(None, None)).is_none());
    }
}
