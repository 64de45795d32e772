//! Notices that carry no key: the old address is told its account now uses another one; an
//! employer is told how Hello Work decided on the 事業所登録 (受理 with the 事業所番号, or
//! 返戻 with the reason); a job seeker is told the result of an application; and the security
//! notices: a password changed or reset, a sign-up tried with an address that has an account,
//! sign-in locked after wrong passwords.

use chrono::{DateTime, Utc};

use crate::auth_key::{format_jst, SERVICE_NAME};
use crate::mailer::Mail;

const FOOTER: &str = "\
※このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

――――――――――――――――――――
";

pub(crate) fn mail(to: &str, title: &str, text: String) -> Mail {
    Mail {
        to: to.to_owned(),
        subject: format!("【Shigoto】{title}"),
        body: format!(
            "{SERVICE_NAME}をご利用いただき、ありがとうございます。\n\n{text}\n{FOOTER}{SERVICE_NAME}\n"
        ),
    }
}

/// To the old address after an email change.
pub fn email_changed_mail(old_address: &str, new_address: &str, at: DateTime<Utc>) -> Mail {
    let when = format_jst(at);
    mail(
        old_address,
        "メールアドレス変更のお知らせ",
        format!(
            "\
{when}に、マイページのログインに使うメールアドレスが次のアドレスに変更されました。

　新しいメールアドレス：{new_address}

これからのお知らせは新しいアドレスにお送りします。このアドレスにはお送りしません。

■この変更にお心当たりのない方へ
第三者がパスワードを知っている可能性があります。最寄りのハローワークにご連絡ください。
"
        ),
    )
}

/// To an employer whose 事業所登録 was accepted.
pub fn employer_accepted_mail(to: &str, office_name: &str, office_number: &str) -> Mail {
    mail(
        to,
        "事業所登録受理のお知らせ",
        format!(
            "\
{office_name} 様

ハローワークで事業所登録を受理しました。

　事業所番号：{office_number}

求人者マイページにログインすると、求人の申込みができます。
"
        ),
    )
}

/// To an employer whose 事業所登録 was sent back.
pub fn employer_returned_mail(to: &str, office_name: &str, reason: &str) -> Mail {
    mail(
        to,
        "事業所登録の返戻のお知らせ",
        format!(
            "\
{office_name} 様

ハローワークで事業所登録の内容を確認し、次の理由で返戻しました。

　{reason}

求人者マイページにログインし、事業所情報を修正して再申請してください。
"
        ),
    )
}

/// To an employer whose 求人 (new, or a change of a published one) was accepted.
pub fn posting_accepted_mail(
    to: &str,
    office_name: &str,
    title: &str,
    job_number: &str,
    change: bool,
) -> Mail {
    let what = if change {
        "求人内容の変更を受理し、公開中の求人票を変更後の内容に差し替えました"
    } else {
        "求人の申込みを受理し、求人情報を公開しました"
    };
    mail(
        to,
        "求人受理のお知らせ",
        format!(
            "\
{office_name} 様

ハローワークで{what}。

　職種：{title}
　求人番号：{job_number}

応募の状況や紹介期限日は、求人者マイページの求人一覧でご確認いただけます。
"
        ),
    )
}

/// To an employer whose 求人 was sent back.
pub fn posting_returned_mail(to: &str, office_name: &str, title: &str, reason: &str) -> Mail {
    mail(
        to,
        "求人の返戻のお知らせ",
        format!(
            "\
{office_name} 様

ハローワークで求人の申込み内容を確認し、次の理由で返戻しました。

　職種：{title}
　理由：{reason}

求人者マイページの求人一覧から内容を修正して、もう一度お申し込みください。
"
        ),
    )
}

/// To a job seeker when the selection of their application ended (採用, 不採用, 辞退, 取消).
/// The result's word is given by the caller (the wire label); the details are in the app.
pub fn application_result_mail(
    to: &str,
    name: &str,
    title: &str,
    job_number: &str,
    result: &str,
) -> Mail {
    mail(
        to,
        "応募の選考結果のお知らせ",
        format!(
            "\
{name} 様

応募した求人の選考結果が登録されました。

　求人番号：{job_number}
　職種：{title}
　結果：{result}

詳しくは、求職者マイページの「求職活動状況」でご確認ください。
"
        ),
    )
}

/// To an account's address after its password was changed or reset: every other sign-in ended.
pub fn password_changed_mail(to: &str, at: DateTime<Utc>, by_reset: bool) -> Mail {
    let when = format_jst(at);
    let how = if by_reset {
        "「パスワードを忘れた方」の認証キーによって再設定されました"
    } else {
        "マイページから変更されました"
    };
    mail(
        to,
        "パスワード変更のお知らせ",
        format!(
            "\
{when}に、このメールアドレスでログインするマイページのパスワードが{how}。
ほかの端末でのログインはすべて終了しました。

■この変更にお心当たりのない方へ
第三者があなたのアカウントを使っている可能性があります。すぐに「パスワードを忘れた方」からパスワードを再設定し、最寄りのハローワークにご連絡ください。
"
        ),
    )
}

/// To the owner of an address someone tried to sign up with again (the sign-up itself answers
/// as for a new address, so it tells the asker nothing).
pub fn sign_up_attempt_mail(to: &str, at: DateTime<Utc>, employer: bool) -> Mail {
    let when = format_jst(at);
    let page = if employer {
        "求人者マイページ"
    } else {
        "マイページ"
    };
    mail(
        to,
        "マイページ開設のお申込みについて",
        format!(
            "\
{when}に、このメールアドレスで{page}の開設が申し込まれましたが、このメールアドレスではすでにマイページが開設されているため、認証キーはお送りしていません。

ご自身のお申込みでしたら、開設済みのマイページにログインしてください。パスワードをお忘れの場合は、ログイン画面の「パスワードを忘れた方」から再設定できます。

お心当たりのない場合は、このメールは破棄してください。
"
        ),
    )
}

/// To an account's address when repeated wrong passwords locked it.
pub fn account_locked_mail(to: &str, until: DateTime<Utc>) -> Mail {
    let until = format_jst(until);
    mail(
        to,
        "ログインの一時停止のお知らせ",
        format!(
            "\
パスワードが続けて誤って入力されたため、このメールアドレスのマイページへのログインを{until}まで停止しています。
その後は再びログインできます。すぐにログインしたい場合は、ログイン画面の「パスワードを忘れた方」からパスワードを再設定してください。

■お心当たりのない方へ
第三者がログインを試みた可能性があります。推測されにくいパスワードに変更することをおすすめします。
"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_email_change_notice_names_the_new_address_and_the_time() {
        let at = Utc.with_ymd_and_hms(2026, 11, 25, 5, 0, 0).unwrap();
        let mail = email_changed_mail("old@example.jp", "new@example.jp", at);
        assert_eq!(mail.to, "old@example.jp");
        assert!(mail.body.contains("new@example.jp"));
        assert!(mail.body.contains("2026年11月25日（水）14時00分"));
    }

    #[test]
    fn employer_notices_carry_the_number_or_the_reason() {
        let accepted = employer_accepted_mail("hr@example.jp", "しごと商事", "1301-000042-9");
        assert!(accepted.body.contains("事業所番号：1301-000042-9"));
        let returned = employer_returned_mail("hr@example.jp", "しごと商事", "電話番号が不明です");
        assert!(returned.body.contains("電話番号が不明です"));
        assert!(returned.subject.contains("返戻"));
    }

    #[test]
    fn security_notices_say_what_happened_and_what_to_do() {
        let at = Utc.with_ymd_and_hms(2026, 11, 25, 5, 0, 0).unwrap();
        let reset = password_changed_mail("me@example.jp", at, true);
        assert!(reset.body.contains("再設定されました") && reset.body.contains("14時00分"));
        let changed = password_changed_mail("me@example.jp", at, false);
        assert!(changed.body.contains("マイページから変更されました"));
        let attempt = sign_up_attempt_mail("me@example.jp", at, true);
        assert!(attempt.body.contains("求人者マイページ"));
        let locked = account_locked_mail("me@example.jp", at);
        assert!(locked.body.contains("14時00分まで停止"), "{}", locked.body);
    }
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
pub fn event_mail(to: &str, event: EventNotice) -> Mail {
    let (subject, what, screen) = match event {
        EventNotice::NewMessage => (
            "新しいメッセージが届いています",
            "新しいメッセージが届いています。",
            "「メッセージ」",
        ),
        EventNotice::Introduction => (
            "ハローワークから求人の紹介が届いています",
            "ハローワークから求人の紹介が届いています。",
            "「求職活動状況」",
        ),
        EventNotice::NewApplicant => (
            "求人への応募がありました",
            "お申し込みの求人に応募がありました。",
            "「求人一覧」の応募者一覧",
        ),
        EventNotice::DirectRequest => (
            "求人者から応募検討依頼が届いています",
            "公開している求職情報を見た求人者から、応募検討依頼が届いています。",
            "「求職活動状況」の依頼を受けた求人",
        ),
    };
    mail(
        to,
        subject,
        format!(
            "\
Shigoto（ハローワーク求人サービス）からのお知らせです。

{what}
内容はアプリの{screen}でご確認ください。

このお知らせメールは、アプリの「メールでのお知らせ」の設定（求職者は「求職者情報・設定」、求人者は「求人者マイページ」）で停止できます。
"
        ),
    )
}
