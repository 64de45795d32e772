//! The texts agreed to at step 1 of opening a MyPage: マイページ利用規約 and プライバシーポリシー,
//! written for this service, as catalogue keys (`account-terms-…`, `account-privacy-…`; the
//! Japanese text is the one that applies). Their version is
//! `shigoto_domain::account::TERMS_VERSION`; change that constant whenever a text changes, so
//! every account records what it agreed to.

use shigoto_i18n::{catalogue, Catalogue, Lang};

/// One article: the keys of its heading and of its paragraphs.
pub struct Article {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// マイページ利用規約.
pub const TERMS: &[Article] = &[
    Article {
        heading: shigoto_i18n::key!("account-terms-1"),
        paragraphs: &[shigoto_i18n::key!("account-terms-1.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-terms-2"),
        paragraphs: &[shigoto_i18n::key!("account-terms-2.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-terms-3"),
        paragraphs: &[
            shigoto_i18n::key!("account-terms-3.text"),
            shigoto_i18n::key!("account-terms-3.text-2"),
        ],
    },
    Article {
        heading: shigoto_i18n::key!("account-terms-4"),
        paragraphs: &[shigoto_i18n::key!("account-terms-4.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-terms-5"),
        paragraphs: &[
            shigoto_i18n::key!("account-terms-5.text"),
            shigoto_i18n::key!("account-terms-5.text-2"),
        ],
    },
    Article {
        heading: shigoto_i18n::key!("account-terms-6"),
        paragraphs: &[shigoto_i18n::key!("account-terms-6.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-terms-7"),
        paragraphs: &[shigoto_i18n::key!("account-terms-7.text")],
    },
];

/// プライバシーポリシー.
pub const PRIVACY: &[Article] = &[
    Article {
        heading: shigoto_i18n::key!("account-privacy-1"),
        paragraphs: &[shigoto_i18n::key!("account-privacy-1.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-privacy-2"),
        paragraphs: &[shigoto_i18n::key!("account-privacy-2.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-privacy-3"),
        paragraphs: &[shigoto_i18n::key!("account-privacy-3.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-privacy-4"),
        paragraphs: &[shigoto_i18n::key!("account-privacy-4.text")],
    },
    Article {
        heading: shigoto_i18n::key!("account-privacy-5"),
        paragraphs: &[shigoto_i18n::key!("account-privacy-5.text")],
    },
];

/// `2026-11` → 「2026年11月版」, in Japanese (the language of the text that applies).
pub fn version_label(version: &str) -> String {
    version_label_in(catalogue(Lang::Ja), version)
}

/// `2026-11` → 「2026年11月版」 ("November 2026 edition"); any other form is shown as it is,
/// with 「版」.
pub fn version_label_in(t: &Catalogue, version: &str) -> String {
    let parts: Option<(u32, u32)> = version
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse().ok()?, m.parse().ok()?)));
    match parts {
        Some((year, month)) if (1..=12).contains(&month) => t.t_with(
            "account-terms-version",
            &[("year", year.to_string().into()), ("month", month.into())],
        ),
        _ => t.t_with(
            "account-terms-version-other",
            &[("version", version.into())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_read_as_year_and_month() {
        assert_eq!(version_label("2026-11"), "2026年11月版");
        assert_eq!(version_label("2027-01"), "2027年1月版");
        assert_eq!(version_label("v3"), "v3版");
        assert_eq!(version_label("2026-13"), "2026-13版");
    }

    #[test]
    fn every_article_has_text_in_both_languages() {
        for lang in Lang::ALL {
            let t = catalogue(lang);
            for article in TERMS.iter().chain(PRIVACY) {
                assert!(t.has(article.heading), "{}", article.heading);
                assert!(article.paragraphs.iter().all(|p| t.has(p)));
            }
        }
        assert_eq!(
            version_label_in(catalogue(Lang::En), "2026-11"),
            "November 2026 edition"
        );
        // The help desk is named as ヘルプ names it.
        assert!(catalogue(Lang::Ja)
            .t("account-privacy-5.text")
            .contains("ヘルプデスク（0570-077450、月曜〜金曜 9:30〜18:00、祝日・年末年始を除く）"));
    }
}
