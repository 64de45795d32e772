//! Expiry reminders by mail: a job seeker's registration or an employer's posting ends soon.
//! The subject and the line come from the domain (`shigoto_domain::reminders`), as the app's
//! notice does; the mail adds where in the app to act and how to stop these mails.

use shigoto_i18n::{catalogue, Lang};

use crate::mailer::Mail;
use crate::notice::compose;

/// Who is reminded, for where to look in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminded {
    Seeker,
    Employer,
}

/// To the account whose registration or posting ends soon, in `lang` (the `title` and the
/// `line` already in it).
pub fn reminder_mail(lang: Lang, to: &str, reminded: Reminded, title: &str, line: &str) -> Mail {
    let (screen, settings) = match reminded {
        Reminded::Seeker => (
            "mail-reminder-screen-seeker",
            "mail-reminder-settings-seeker",
        ),
        Reminded::Employer => (
            "mail-reminder-screen-employer",
            "mail-reminder-settings-employer",
        ),
    };
    let t = catalogue(lang);
    let text = t.t_with(
        "mail-reminder-body",
        &[
            ("line", line.into()),
            ("screen", t.t(screen).into()),
            ("settings", t.t(settings).into()),
        ],
    );
    compose(lang, to, title, &text, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reminder_says_where_to_act() {
        let sent = reminder_mail(
            Lang::Ja,
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
