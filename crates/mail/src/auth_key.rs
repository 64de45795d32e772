//! The 認証キー (authentication key) mail: which procedure the key is for, the key, until when
//! it is valid in Japan time, that it works once, and what to do when the mail was not expected.
//!
//! The wording follows the service's rule for keys (valid [`KEY_VALID_MINUTES`] minutes from
//! sending, single use, void after [`KEY_MAX_WRONG_TRIES`] wrong tries); the service that issues
//! and checks keys must keep the same numbers. The validity time is shown to the minute, cut
//! down (a key valid until 14:35:40 is announced as 「14時35分まで」), so the mail never promises
//! more than the key gives.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc, Weekday};
use serde::{Deserialize, Serialize};
use shigoto_i18n::{catalogue, Lang};

use crate::mailer::Mail;
use crate::notice::compose;

/// Minutes a key stays valid after the mail is sent, as the mail states it.
pub const KEY_VALID_MINUTES: i64 = shigoto_domain::account::KEY_LIFETIME.num_minutes();
/// Wrong entries after which a key is void, as the mail states it.
pub const KEY_MAX_WRONG_TRIES: i32 = shigoto_domain::account::MAX_KEY_TRIES;

/// Japan Standard Time (UTC+9, no daylight saving time).
const JST_SECONDS: i32 = 9 * 60 * 60;

/// What a 認証キー is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyPurpose {
    /// Opening the MyPage of a seeker registered at a Hello Work counter (ハローワークをご利用中
    /// の方のマイページ開設): the key comes with the first password.
    OpenSeekerMyPage,
    /// Opening a MyPage and filing a provisional job application online (マイページを開設して
    /// 求職申込み).
    OnlineRegistration,
    /// Opening an employer MyPage (求人者マイページ開設).
    OpenEmployerMyPage,
    /// Setting a new password after forgetting it or after a lock.
    PasswordReset,
    /// Confirming a new email address (the mail goes to the new address).
    EmailChange,
}

impl KeyPurpose {
    /// Every purpose.
    pub const ALL: [Self; 5] = [
        Self::OpenSeekerMyPage,
        Self::OnlineRegistration,
        Self::OpenEmployerMyPage,
        Self::PasswordReset,
        Self::EmailChange,
    ];

    /// A stable English code (logs, storage); the same as the serde form.
    pub fn code(self) -> &'static str {
        match self {
            Self::OpenSeekerMyPage => "open_seeker_my_page",
            Self::OnlineRegistration => "online_registration",
            Self::OpenEmployerMyPage => "open_employer_my_page",
            Self::PasswordReset => "password_reset",
            Self::EmailChange => "email_change",
        }
    }

    /// The catalogue key of the procedure's short name, as in the subject.
    pub fn title_key(self) -> &'static str {
        match self {
            Self::OpenSeekerMyPage => shigoto_i18n::key!("mail-key-title-open-seeker"),
            Self::OnlineRegistration => shigoto_i18n::key!("mail-key-title-online-registration"),
            Self::OpenEmployerMyPage => shigoto_i18n::key!("mail-key-title-open-employer"),
            Self::PasswordReset => shigoto_i18n::key!("mail-key-title-password-reset"),
            Self::EmailChange => shigoto_i18n::key!("mail-key-title-email-change"),
        }
    }

    /// The catalogue key of the procedure as the body names it.
    fn procedure_key(self) -> &'static str {
        match self {
            Self::OpenSeekerMyPage => shigoto_i18n::key!("mail-key-procedure-open-seeker"),
            Self::OnlineRegistration => {
                shigoto_i18n::key!("mail-key-procedure-online-registration")
            }
            Self::OpenEmployerMyPage => shigoto_i18n::key!("mail-key-procedure-open-employer"),
            Self::PasswordReset => shigoto_i18n::key!("mail-key-procedure-password-reset"),
            Self::EmailChange => shigoto_i18n::key!("mail-key-procedure-email-change"),
        }
    }

    /// The catalogue key of what stays as it was when the recipient ignores the mail.
    fn if_ignored_key(self) -> &'static str {
        match self {
            Self::OpenSeekerMyPage | Self::OnlineRegistration | Self::OpenEmployerMyPage => {
                shigoto_i18n::key!("mail-key-ignored-opening")
            }
            Self::PasswordReset => shigoto_i18n::key!("mail-key-ignored-password-reset"),
            Self::EmailChange => shigoto_i18n::key!("mail-key-ignored-email-change"),
        }
    }
}

/// A time in Japan time, to the minute, as `lang` writes it: `2026年11月25日（水）14時35分`,
/// `Wednesday 25 November 2026, 14:35 (Japan time)`.
pub fn format_jst(lang: Lang, at: DateTime<Utc>) -> String {
    let jst = FixedOffset::east_opt(JST_SECONDS)
        .map_or_else(|| at.fixed_offset(), |offset| at.with_timezone(&offset));
    let weekday = match jst.weekday() {
        Weekday::Mon => shigoto_i18n::key!("mail-weekday-mon"),
        Weekday::Tue => shigoto_i18n::key!("mail-weekday-tue"),
        Weekday::Wed => shigoto_i18n::key!("mail-weekday-wed"),
        Weekday::Thu => shigoto_i18n::key!("mail-weekday-thu"),
        Weekday::Fri => shigoto_i18n::key!("mail-weekday-fri"),
        Weekday::Sat => shigoto_i18n::key!("mail-weekday-sat"),
        Weekday::Sun => shigoto_i18n::key!("mail-weekday-sun"),
    };
    let t = catalogue(lang);
    t.t_with(
        "mail-time",
        &[
            // The year as text: a number would be grouped (2,026).
            ("year", jst.year().to_string().into()),
            ("month", jst.month().into()),
            ("day", jst.day().into()),
            ("weekday", t.t(weekday).into()),
            ("hour", jst.hour().into()),
            ("minute", format!("{:02}", jst.minute()).into()),
        ],
    )
}

/// The 認証キー mail for `purpose`, to `to`, with `key`, valid until `valid_until`, in `lang`.
pub fn auth_key_mail(
    lang: Lang,
    to: &str,
    purpose: KeyPurpose,
    key: &str,
    valid_until: DateTime<Utc>,
) -> Mail {
    let t = catalogue(lang);
    let subject = t.t_with(
        "mail-key-subject",
        &[("title", t.t(purpose.title_key()).into())],
    );
    let body = t.t_with(
        "mail-key-body",
        &[
            ("procedure", t.t(purpose.procedure_key()).into()),
            ("key", key.into()),
            ("until", format_jst(lang, valid_until).into()),
            ("minutes", KEY_VALID_MINUTES.into()),
            ("tries", KEY_MAX_WRONG_TRIES.into()),
            ("ignored", t.t(purpose.if_ignored_key()).into()),
        ],
    );
    compose(
        lang,
        to,
        &subject,
        &body,
        &[t.t("mail-key-staff-never-ask")],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
    }

    #[test]
    fn formats_japan_time() {
        assert_eq!(
            format_jst(Lang::Ja, at(2026, 11, 25, 5, 35, 59)),
            "2026年11月25日（水）14時35分"
        );
        // Crossing midnight and the year in Japan.
        assert_eq!(
            format_jst(Lang::Ja, at(2026, 12, 31, 15, 5, 0)),
            "2027年1月1日（金）0時05分"
        );
    }

    #[test]
    fn every_purpose_names_itself_and_says_until_when() {
        let until = at(2026, 11, 25, 5, 35, 0);
        for purpose in KeyPurpose::ALL {
            let mail = auth_key_mail(Lang::Ja, "taro@example.jp", purpose, "K7P-4Q9", until);
            assert_eq!(mail.to, "taro@example.jp");
            assert!(mail.subject.contains("認証キー"), "{}", mail.subject);
            assert!(
                mail.subject
                    .contains(&catalogue(Lang::Ja).t(purpose.title_key())),
                "{}",
                mail.subject
            );
            assert!(mail.body.contains("認証キー：K7P-4Q9"), "{}", mail.body);
            assert!(
                mail.body
                    .contains("2026年11月25日（水）14時35分まで有効です（送信から50分間）。"),
                "{}",
                mail.body
            );
            assert!(mail.body.contains("1回だけ"), "{}", mail.body);
            assert!(mail.body.contains("5回まちがえる"), "{}", mail.body);
            assert!(mail.body.contains("お心当たりのない"), "{}", mail.body);
        }
    }

    #[test]
    fn the_japanese_key_mail_reads_as_it_always_has() {
        let mail = auth_key_mail(
            Lang::Ja,
            "taro@example.jp",
            KeyPurpose::PasswordReset,
            "K7P-4Q9",
            at(2026, 11, 25, 5, 35, 0),
        );
        assert_eq!(
            mail.subject,
            "【Shigoto】認証キーのお知らせ（パスワードの再設定）"
        );
        assert!(mail.body.starts_with(
            "Shigoto（しごと）をご利用いただき、ありがとうございます。\n\nパスワードの再設定のお手続きを受け付けました。\n"
        ), "{}", mail.body);
        assert!(
            mail.body.contains("\n\n\u{3000}認証キー：K7P-4Q9\n\n"),
            "{}",
            mail.body
        );
        assert!(mail.body.ends_with(
            "これまでどおりログインできます。\n\n※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。\n※職員が電話やメールで認証キーやパスワードをお尋ねすることはありません。\n\n――――――――――――――――――――\nShigoto（しごと）\n"
        ), "{}", mail.body);
    }

    #[test]
    fn the_english_key_mail_is_english_throughout() {
        let mail = auth_key_mail(
            Lang::En,
            "taro@example.jp",
            KeyPurpose::EmailChange,
            "K7P-4Q9",
            at(2026, 12, 31, 15, 5, 0),
        );
        assert_eq!(
            mail.subject,
            "[Shigoto] Your authentication key for changing your email address"
        );
        assert!(
            mail.body.contains(
                "Valid until Friday 1 January 2027, 0:05 (Japan time) (50 minutes from sending)."
            ),
            "{}",
            mail.body
        );
        assert!(mail.body.contains("After 5 wrong entries"), "{}", mail.body);
        let japanese = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}');
        assert!(!mail.body.chars().any(japanese), "{}", mail.body);
    }

    #[test]
    fn codes_match_the_serde_form() {
        for purpose in KeyPurpose::ALL {
            let json = serde_json::to_string(&purpose).unwrap();
            assert_eq!(json, format!("\"{}\"", purpose.code()));
            let back: KeyPurpose = serde_json::from_str(&json).unwrap();
            assert_eq!(back, purpose);
        }
    }
}
