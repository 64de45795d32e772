//! Expiry reminders by mail: a job seeker's registration or an employer's posting ends soon.
//! The subject and the line come from the domain (`shigoto_domain::reminders`), as the app's
//! notice does; the mail adds where in the app to act and how to stop these mails.

use crate::mailer::Mail;
use crate::notice::mail;

/// Who is reminded, for where to look in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminded {
    Seeker,
    Employer,
}

/// To the account whose registration or posting ends soon.
pub fn reminder_mail(to: &str, reminded: Reminded, title: &str, line: &str) -> Mail {
    let (screen, settings) = match reminded {
        Reminded::Seeker => (
            "求職登録の状態はアプリの「求職者情報・設定」でご確認いただけます。",
            "求職者情報・設定",
        ),
        Reminded::Employer => (
            "求人の紹介期限日と延長は、アプリの「求人一覧」でご確認いただけます。",
            "求人者マイページ",
        ),
    };
    mail(
        to,
        title,
        format!(
            "\
{line}

{screen}

このお知らせメールは、アプリの「{settings}」の「メールでのお知らせ」で停止できます。
"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reminder_says_where_to_act() {
        let sent = reminder_mail(
            "me@example.jp",
            Reminded::Employer,
            "紹介期限日のお知らせ",
            "事務（求人番号 13010-00000001）の紹介期限日は2027年1月31日（あと3日）です。",
        );
        assert_eq!(sent.subject, "【Shigoto】紹介期限日のお知らせ");
        assert!(sent.body.contains("あと3日"));
        assert!(sent.body.contains("「求人一覧」"));
    }
}
