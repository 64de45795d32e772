//! Who is signed in as the app knows it ([`Session`]), how the app greets them, and the notes
//! the login shows after signing out, an ended session, or a completed procedure.

use std::rc::Rc;

use shigoto_domain::limits::PROVISIONAL_REGISTRATION_DAYS;
use shigoto_shared::{AccountInfo, RegistrationStatus, Role};

use crate::format::date_ja;

/// Shown on the login screen after signing out.
pub const SIGNED_OUT_NOTICE: &str = "ログアウトしました。";
/// Shown on the login screen when the session ended while working.
pub const SESSION_ENDED_NOTICE: &str =
    "ログインの有効期限が切れました。もう一度ログインしてください。";
/// Shown on the login screen after a MyPage was opened.
pub const OPENED_NOTICE: &str =
    "マイページを開設しました。登録したメールアドレスとパスワードでログインしてください。";
/// Shown on the login screen after a MyPage was opened with an online job application.
pub const REGISTERED_NOTICE: &str =
    "マイページを開設し、求職申込み（仮登録）を受け付けました。登録したメールアドレスとパスワードでログインしてください。";
/// Shown on the login screen after a password was reset.
pub const RESET_NOTICE: &str =
    "パスワードを再設定しました。新しいパスワードでログインしてください。";

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

/// How the app addresses the account: a company (employer) as 様, a person as さん.
pub fn honorific(role: Role) -> &'static str {
    match role {
        Role::Employer => "様",
        Role::Seeker | Role::Counselor => "さん",
    }
}

/// 「山田 太郎さん、ようこそ。」, 「株式会社しごと商事様、ようこそ。」
pub fn greeting(account: &AccountInfo) -> String {
    let name = account.display_name.trim();
    if name.is_empty() {
        "ようこそ。".to_owned()
    } else {
        format!("{name}{}、ようこそ。", honorific(account.role))
    }
}

/// The note in the greeting of a seeker whose registration is not complete: a provisional
/// one (with its last day) or one that lapsed. `None` for everyone else.
pub fn registration_notice(account: &AccountInfo) -> Option<String> {
    match account.registration? {
        RegistrationStatus::Provisional => {
            let until = account
                .provisional_until
                .map(|d| format!("{}までに", date_ja(d)))
                .unwrap_or_else(|| format!("申込みから{PROVISIONAL_REGISTRATION_DAYS}日以内に"));
            Some(format!(
                "現在は仮登録です。{until}ハローワークで本登録の手続きをしてください。紹介や求人の推薦など一部の機能は本登録後に使えます。"
            ))
        }
        RegistrationStatus::Lapsed => Some(format!(
            "仮登録の日から{PROVISIONAL_REGISTRATION_DAYS}日が過ぎたため、求職申込みの本登録ができなくなりました。求職申込みをする場合は、お近くのハローワークへお越しください。"
        )),
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
        assert_eq!(greeting(&account), "佐藤 花子さん、ようこそ。");
        let company = AccountInfo {
            role: Role::Employer,
            display_name: "株式会社しごと商事".into(),
            ..account.clone()
        };
        assert_eq!(greeting(&company), "株式会社しごと商事様、ようこそ。");
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
        assert_eq!(
            registration_notice(&provisional).as_deref(),
            Some("現在は仮登録です。2026年12月9日までにハローワークで本登録の手続きをしてください。紹介や求人の推薦など一部の機能は本登録後に使えます。")
        );
        let lapsed = seeker_account(Some(RegistrationStatus::Lapsed), None);
        assert!(registration_notice(&lapsed).unwrap().contains("14日"));
        assert!(
            registration_notice(&seeker_account(Some(RegistrationStatus::Registered), None))
                .is_none()
        );
        assert!(registration_notice(&seeker_account(None, None)).is_none());
    }
}
