//! Notices that carry no key: the old address is told its account now uses another one; an
//! employer is told how Hello Work decided on the 事業所登録 (受理 with the 事業所番号, or
//! 返戻 with the reason); a job seeker is told the result of an application; and the security
//! notices: a password changed or reset, a sign-up tried with an address that has an account,
//! sign-in locked after wrong passwords.

use chrono::{DateTime, Utc};
use shigoto_i18n::{catalogue, Arg, Lang};

use crate::auth_key::format_jst;
use crate::mailer::Mail;

/// A mail in `lang` to `to`: the subject `title` marked as the service's, then the greeting,
/// `text`, the footer (and `notes` under it) and the service's name.
pub(crate) fn compose(lang: Lang, to: &str, title: &str, text: &str, notes: &[String]) -> Mail {
    let t = catalogue(lang);
    let service = t.t("mail-service-name");
    let greeting = t.t_with("mail-greeting", &[("service", service.as_str().into())]);
    let mut footer = t.t("mail-footer");
    for note in notes {
        footer.push('\n');
        footer.push_str(note);
    }
    let rule = t.t("mail-rule");
    Mail {
        to: to.to_owned(),
        subject: t.t_with("mail-subject", &[("title", title.into())]),
        body: format!("{greeting}\n\n{text}\n\n{footer}\n\n{rule}\n{service}\n"),
    }
}

/// The mail whose subject is `subject_key` and whose text is `body_key` with `args`.
fn notice(
    lang: Lang,
    to: &str,
    subject_key: &str,
    body_key: &str,
    args: &[(&str, Arg<'_>)],
) -> Mail {
    let t = catalogue(lang);
    compose(lang, to, &t.t(subject_key), &t.t_with(body_key, args), &[])
}

/// To the old address after an email change.
pub fn email_changed_mail(
    lang: Lang,
    old_address: &str,
    new_address: &str,
    at: DateTime<Utc>,
) -> Mail {
    notice(
        lang,
        old_address,
        "mail-email-changed-subject",
        "mail-email-changed-body",
        &[
            ("when", format_jst(lang, at).into()),
            ("address", new_address.into()),
        ],
    )
}

/// To an employer whose 事業所登録 was accepted.
pub fn employer_accepted_mail(
    lang: Lang,
    to: &str,
    office_name: &str,
    office_number: &str,
) -> Mail {
    notice(
        lang,
        to,
        "mail-employer-accepted-subject",
        "mail-employer-accepted-body",
        &[
            ("company", office_name.into()),
            ("number", office_number.into()),
        ],
    )
}

/// To an employer whose 事業所登録 was sent back.
pub fn employer_returned_mail(lang: Lang, to: &str, office_name: &str, reason: &str) -> Mail {
    notice(
        lang,
        to,
        "mail-employer-returned-subject",
        "mail-employer-returned-body",
        &[("company", office_name.into()), ("reason", reason.into())],
    )
}

/// To an employer whose 求人 (new, or a change of a published one) was accepted.
pub fn posting_accepted_mail(
    lang: Lang,
    to: &str,
    office_name: &str,
    title: &str,
    job_number: &str,
    change: bool,
) -> Mail {
    let what = if change {
        "mail-posting-accepted-change"
    } else {
        "mail-posting-accepted-new"
    };
    notice(
        lang,
        to,
        "mail-posting-accepted-subject",
        "mail-posting-accepted-body",
        &[
            ("company", office_name.into()),
            ("what", catalogue(lang).t(what).into()),
            ("title", title.into()),
            ("number", job_number.into()),
        ],
    )
}

/// To an employer whose 求人 was sent back.
pub fn posting_returned_mail(
    lang: Lang,
    to: &str,
    office_name: &str,
    title: &str,
    reason: &str,
) -> Mail {
    notice(
        lang,
        to,
        "mail-posting-returned-subject",
        "mail-posting-returned-body",
        &[
            ("company", office_name.into()),
            ("title", title.into()),
            ("reason", reason.into()),
        ],
    )
}

/// To a job seeker when the selection of their application ended (採用, 不採用, 辞退, 取消).
/// The result's word is given by the caller (its label in `lang`); the details are in the app.
pub fn application_result_mail(
    lang: Lang,
    to: &str,
    name: &str,
    title: &str,
    job_number: &str,
    result: &str,
) -> Mail {
    notice(
        lang,
        to,
        "mail-application-result-subject",
        "mail-application-result-body",
        &[
            ("name", name.into()),
            ("number", job_number.into()),
            ("title", title.into()),
            ("result", result.into()),
        ],
    )
}

/// To an account's address after its password was changed or reset: every other sign-in ended.
pub fn password_changed_mail(lang: Lang, to: &str, at: DateTime<Utc>, by_reset: bool) -> Mail {
    let how = if by_reset {
        "mail-password-changed-by-reset"
    } else {
        "mail-password-changed-by-mypage"
    };
    notice(
        lang,
        to,
        "mail-password-changed-subject",
        "mail-password-changed-body",
        &[
            ("when", format_jst(lang, at).into()),
            ("how", catalogue(lang).t(how).into()),
        ],
    )
}

/// To the owner of an address someone tried to sign up with again (the sign-up itself answers
/// as for a new address, so it tells the asker nothing).
pub fn sign_up_attempt_mail(lang: Lang, to: &str, at: DateTime<Utc>, employer: bool) -> Mail {
    let page = if employer {
        "mail-sign-up-attempt-page-employer"
    } else {
        "mail-sign-up-attempt-page-seeker"
    };
    notice(
        lang,
        to,
        "mail-sign-up-attempt-subject",
        "mail-sign-up-attempt-body",
        &[
            ("when", format_jst(lang, at).into()),
            ("page", catalogue(lang).t(page).into()),
        ],
    )
}

/// To an account's address when repeated wrong passwords locked it.
pub fn account_locked_mail(lang: Lang, to: &str, until: DateTime<Utc>) -> Mail {
    notice(
        lang,
        to,
        "mail-locked-subject",
        "mail-locked-body",
        &[("until", format_jst(lang, until).into())],
    )
}

/// What happened, for an [`event_mail`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventNotice {
    /// A message the account has not read (the first one in its thread).
    NewMessage,
    /// オンライン職業紹介 or おすすめ求人 from Hello Work.
    Introduction,
    /// An application to one of the employer's postings.
    NewApplicant,
    /// 応募検討依頼 from an employer who saw the seeker's published 求職情報.
    DirectRequest,
}

/// To an account that keeps mails on, when something happened: only that it happened (no
/// sender, no text, no posting), the details being in the app; and how to stop these mails.
pub fn event_mail(lang: Lang, to: &str, event: EventNotice) -> Mail {
    let (subject, what, screen) = match event {
        EventNotice::NewMessage => (
            "mail-event-message-subject",
            "mail-event-message-what",
            "mail-event-message-screen",
        ),
        EventNotice::Introduction => (
            "mail-event-introduction-subject",
            "mail-event-introduction-what",
            "mail-event-introduction-screen",
        ),
        EventNotice::NewApplicant => (
            "mail-event-applicant-subject",
            "mail-event-applicant-what",
            "mail-event-applicant-screen",
        ),
        EventNotice::DirectRequest => (
            "mail-event-request-subject",
            "mail-event-request-what",
            "mail-event-request-screen",
        ),
    };
    let t = catalogue(lang);
    notice(
        lang,
        to,
        subject,
        "mail-event-body",
        &[("what", t.t(what).into()), ("screen", t.t(screen).into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_email_change_notice_names_the_new_address_and_the_time() {
        let at = Utc.with_ymd_and_hms(2026, 11, 25, 5, 0, 0).unwrap();
        let mail = email_changed_mail(Lang::Ja, "old@example.jp", "new@example.jp", at);
        assert_eq!(mail.to, "old@example.jp");
        assert!(mail.body.contains("new@example.jp"));
        assert!(mail.body.contains("2026年11月25日（水）14時00分"));
    }

    #[test]
    fn employer_notices_carry_the_number_or_the_reason() {
        let accepted =
            employer_accepted_mail(Lang::Ja, "hr@example.jp", "しごと商事", "1301-000042-9");
        assert!(accepted.body.contains("事業所番号：1301-000042-9"));
        let returned = employer_returned_mail(
            Lang::Ja,
            "hr@example.jp",
            "しごと商事",
            "電話番号が不明です",
        );
        assert!(returned.body.contains("電話番号が不明です"));
        assert!(returned.subject.contains("返戻"));
    }

    #[test]
    fn security_notices_say_what_happened_and_what_to_do() {
        let at = Utc.with_ymd_and_hms(2026, 11, 25, 5, 0, 0).unwrap();
        let reset = password_changed_mail(Lang::Ja, "me@example.jp", at, true);
        assert!(reset.body.contains("再設定されました") && reset.body.contains("14時00分"));
        let changed = password_changed_mail(Lang::Ja, "me@example.jp", at, false);
        assert!(changed.body.contains("マイページから変更されました"));
        let attempt = sign_up_attempt_mail(Lang::Ja, "me@example.jp", at, true);
        assert!(attempt.body.contains("求人者マイページ"));
        let locked = account_locked_mail(Lang::Ja, "me@example.jp", at);
        assert!(locked.body.contains("14時00分まで停止"), "{}", locked.body);
    }
}
