//! The daily mail of new postings (新着求人のお知らせ): for each saved search marked
//! 新着をお知らせ, the postings published the day before, by 求人番号 and 職種, the rest counted.

use chrono::{Datelike, NaiveDate};
use shigoto_i18n::{catalogue, Lang};

use crate::mailer::Mail;
use crate::notice::compose;

/// One saved search's part of a digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestSection {
    pub search_name: String,
    /// How many postings matched.
    pub total: u64,
    /// The listed ones: (求人番号, 職種).
    pub postings: Vec<(String, String)>,
}

/// To a job seeker who asked for it, in `lang`: what the searches gained on `published_on`
/// (Japan date).
pub fn new_jobs_digest_mail(
    lang: Lang,
    to: &str,
    published_on: NaiveDate,
    sections: &[DigestSection],
) -> Mail {
    let t = catalogue(lang);
    let day = t.t_with(
        "mail-day",
        &[
            ("month", published_on.month().into()),
            ("day", published_on.day().into()),
        ],
    );
    let mut text = t.t_with("mail-digest-lead", &[("day", day.as_str().into())]);
    text.push('\n');
    for section in sections {
        text.push('\n');
        text.push_str(&t.t_with(
            "mail-digest-section",
            &[
                ("name", section.search_name.as_str().into()),
                ("count", section.total.into()),
            ],
        ));
        text.push('\n');
        for (number, title) in &section.postings {
            text.push_str(&format!("\u{3000}{number}\u{3000}{title}\n"));
        }
        let listed = u64::try_from(section.postings.len()).unwrap_or(u64::MAX);
        if section.total > listed {
            text.push_str(&t.t_with(
                "mail-digest-more",
                &[("count", (section.total - listed).into())],
            ));
            text.push('\n');
        }
    }
    text.push('\n');
    text.push_str(&t.t("mail-digest-closing"));
    let subject = t.t_with("mail-digest-subject", &[("day", day.as_str().into())]);
    compose(lang, to, &subject, &text, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_lists_each_search_and_counts_the_rest() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let sections = [
            DigestSection {
                search_name: "千代田区の事務".into(),
                total: 12,
                postings: vec![("13010-00000001".into(), "一般事務".into())],
            },
            DigestSection {
                search_name: "介護".into(),
                total: 1,
                postings: vec![("13010-00000002".into(), "介護職員".into())],
            },
        ];
        let sent = new_jobs_digest_mail(Lang::Ja, "me@example.jp", day, &sections);
        assert_eq!(
            sent.subject,
            "【Shigoto】新着求人のお知らせ（11月24日公開分）"
        );
        assert!(sent
            .body
            .contains("■ 保存した検索条件「千代田区の事務」　12件"));
        assert!(sent.body.contains("13010-00000001　一般事務"));
        assert!(sent.body.contains("ほか11件"));
        assert!(sent.body.contains("「介護」　1件"));
        assert_eq!(sent.body.matches("ほか").count(), 1);
    }
}
