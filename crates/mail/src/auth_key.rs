//! The 認証キー (authentication key) mail: which procedure the key is for, the key, until when
//! it is valid in Japan time, that it works once, and what to do when the mail was not expected.
//!
//! The wording follows the service's rule for keys (valid [`KEY_VALID_MINUTES`] minutes from
//! sending, single use, void after [`KEY_MAX_WRONG_TRIES`] wrong tries); the service that issues
//! and checks keys must keep the same numbers. The validity time is shown to the minute, cut
//! down (a key valid until 14:35:40 is announced as 「14時35分まで」), so the mail never promises
//! more than the key gives.

use chrono::{DateTime, Datelike, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::mailer::Mail;

/// The service's name as it signs mail.
pub const SERVICE_NAME: &str = "Shigoto（しごと）";
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

    /// The procedure's short Japanese name, as in the subject.
    pub fn title(self) -> &'static str {
        match self {
            Self::OpenSeekerMyPage => "求職者マイページの開設",
            Self::OnlineRegistration => "マイページの開設と求職申込み",
            Self::OpenEmployerMyPage => "求人者マイページの開設",
            Self::PasswordReset => "パスワードの再設定",
            Self::EmailChange => "メールアドレスの変更",
        }
    }

    /// The procedure as the body names it.
    fn procedure(self) -> &'static str {
        match self {
            Self::OpenSeekerMyPage => "求職者マイページの開設（パスワード登録）",
            Self::OnlineRegistration => "マイページの開設と求職申込み（仮登録）",
            Self::OpenEmployerMyPage => "求人者マイページの開設（パスワード登録）",
            Self::PasswordReset => "パスワードの再設定",
            Self::EmailChange => "メールアドレスの変更",
        }
    }

    /// What stays as it was when the recipient ignores the mail.
    fn if_ignored(self) -> &'static str {
        match self {
            Self::OpenSeekerMyPage | Self::OnlineRegistration | Self::OpenEmployerMyPage => {
                "このメールを削除すれば、マイページは開設されません。"
            }
            Self::PasswordReset => {
                "このメールを削除すれば、パスワードは変更されず、これまでどおりログインできます。"
            }
            Self::EmailChange => "このメールを削除すれば、メールアドレスは変更されません。",
        }
    }
}

/// A time in Japan time, to the minute: `2026年11月25日（水）14時35分`.
pub fn format_jst(at: DateTime<Utc>) -> String {
    let jst = FixedOffset::east_opt(JST_SECONDS)
        .map_or_else(|| at.fixed_offset(), |offset| at.with_timezone(&offset));
    let weekday =
        ["月", "火", "水", "木", "金", "土", "日"][jst.weekday().num_days_from_monday() as usize];
    format!(
        "{}年{}月{}日（{weekday}）{}",
        jst.year(),
        jst.month(),
        jst.day(),
        jst.format("%-H時%M分")
    )
}

/// The 認証キー mail for `purpose`, to `to`, with `key`, valid until `valid_until`.
pub fn auth_key_mail(to: &str, purpose: KeyPurpose, key: &str, valid_until: DateTime<Utc>) -> Mail {
    let procedure = purpose.procedure();
    let until = format_jst(valid_until);
    let if_ignored = purpose.if_ignored();
    let subject = format!("【Shigoto】認証キーのお知らせ（{}）", purpose.title());
    let body = format!(
        "\
{SERVICE_NAME}をご利用いただき、ありがとうございます。

{procedure}のお手続きを受け付けました。
手続きの画面で、次の認証キーを入力してください。

　認証キー：{key}

　{until}まで有効です（送信から{KEY_VALID_MINUTES}分間）。

・認証キーは1回だけ使えます。
・入力を{KEY_MAX_WRONG_TRIES}回まちがえると、この認証キーは使えなくなります。
・有効期限を過ぎたときや使えなくなったときは、はじめから手続きをやり直してください。
　新しい認証キーをお送りします。

■このメールにお心当たりのない方へ
どなたかがメールアドレスを誤って入力した可能性があります。
認証キーは入力せず、どなたにも教えないでください。
{if_ignored}

※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。
※職員が電話やメールで認証キーやパスワードをお尋ねすることはありません。

――――――――――――――――――――
{SERVICE_NAME}
"
    );
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
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
            format_jst(at(2026, 11, 25, 5, 35, 59)),
            "2026年11月25日（水）14時35分"
        );
        // Crossing midnight and the year in Japan.
        assert_eq!(
            format_jst(at(2026, 12, 31, 15, 5, 0)),
            "2027年1月1日（金）0時05分"
        );
    }

    #[test]
    fn every_purpose_names_itself_and_says_until_when() {
        let until = at(2026, 11, 25, 5, 35, 0);
        for purpose in KeyPurpose::ALL {
            let mail = auth_key_mail("taro@example.jp", purpose, "K7P-4Q9", until);
            assert_eq!(mail.to, "taro@example.jp");
            assert!(mail.subject.contains("認証キー"), "{}", mail.subject);
            assert!(mail.subject.contains(purpose.title()), "{}", mail.subject);
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
    fn codes_match_the_serde_form() {
        for purpose in KeyPurpose::ALL {
            let json = serde_json::to_string(&purpose).unwrap();
            assert_eq!(json, format!("\"{}\"", purpose.code()));
            let back: KeyPurpose = serde_json::from_str(&json).unwrap();
            assert_eq!(back, purpose);
        }
    }
}
