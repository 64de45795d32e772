//! Shigoto's texts in Japanese and English. Every text of the UI and of the service's messages
//! and mails is a message of a Fluent catalogue (`locales/<lang>/<area>.ftl`), looked up by its
//! key; code holds keys, never the texts. Japanese is the reference: it is written first and is
//! complete; English has exactly the same keys, each with the same variables
//! (`tests/catalogues.rs` fails otherwise, and when code names a key that is not there).
//!
//! [`lang`] has the languages and how one is chosen (a system locale, an `Accept-Language`
//! header); [`catalogue`] gives the texts of one language:
//!
//! ```
//! use shigoto_i18n::{catalogue, Lang};
//! let en = catalogue(Lang::En);
//! assert_eq!(en.t("nav-search"), "Job search");
//! assert_eq!(
//!     catalogue(Lang::Ja).t_with("connection-indexed-jobs", &[("count", 1234.into())]),
//!     "公開求人 1,234件"
//! );
//! ```
//!
//! A [`Text`] carries a key and its values from where a rule is checked (the domain) to where
//! it is shown, which writes it in its language ([`Catalogue::text`]).
//!
//! Key names: `<area>-<what>` in lower case with hyphens (`search-keyword-label`); an
//! attribute (`.hint`) holds a text that belongs to the same thing (`t("search-keyword.hint")`).

pub mod lang;
mod text;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use lang::Lang;
pub use text::{Text, TextValue};

/// The catalogue files of each language, by area; both languages have the same ones.
macro_rules! catalogue_files {
    ($($area:literal),* $(,)?) => {
        /// The areas of the catalogues (one `.ftl` file each per language).
        pub const AREAS: &[&str] = &[$($area),*];
        const JA: &[&str] = &[$(include_str!(concat!("../locales/ja/", $area, ".ftl"))),*];
        const EN: &[&str] = &[$(include_str!(concat!("../locales/en/", $area, ".ftl"))),*];
    };
}

catalogue_files!(
    "account",
    "app",
    "checks",
    "counselor",
    "desktop",
    "documents",
    "employer",
    "enum",
    "errors",
    "help",
    "job",
    "mail",
    "notices",
    "messages",
    "offices",
    "posting",
    "profile",
    "rules",
    "search",
    "seeker",
    "service",
    "settings",
);

/// The source of every catalogue file of `lang`, in [`AREAS`] order.
pub fn sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Ja => JA,
        Lang::En => EN,
    }
}

/// A value put into a text (`{ $count }`).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    /// A whole number, written with thousands separators (1,234).
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! count_from {
    ($($int:ty),*) => {$(
        impl From<$int> for Arg<'_> {
            fn from(n: $int) -> Self {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(u8, i32, i64, u16, u32, u64, usize);

/// A number with a comma every three digits (1,234,567), as both languages write counts.
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// How a number is written into a text: whole numbers grouped by thousands (Fluent leaves
/// them plain).
fn group_whole_numbers<M>(value: &FluentValue, _memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 => {
            Some(grouped(number.value as i64))
        }
        _ => None,
    }
}

/// The texts of one language.
pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("lang", &self.lang)
            .finish()
    }
}

impl PartialEq for Catalogue {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Catalogue {
    fn load(lang: Lang) -> Self {
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Plain text around values: no Unicode isolation marks (both languages run left to
        // right, and the marks would show in copied text and in tests).
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(group_whole_numbers));
        for source in sources(lang) {
            // A broken file is caught by the catalogue tests; what parsed is still used.
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(partial, _errors)| partial);
            let _ = bundle.add_resource(resource);
        }
        Self { lang, bundle }
    }

    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether `key` (`message` or `message.attribute`) is in the catalogue.
    pub fn has(&self, key: &str) -> bool {
        self.pattern(key).is_some()
    }

    fn pattern(&self, key: &str) -> Option<&fluent_syntax::ast::Pattern<&str>> {
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let message = self.bundle.get_message(id)?;
        match attribute {
            Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
            None => message.value(),
        }
    }

    /// A date as the language writes it (2027年1月31日, 31 January 2027).
    pub fn date(&self, year: i32, month: u32, day: u32) -> String {
        self.t_with(
            "date",
            &[
                ("year", Arg::Text(Cow::Owned(year.to_string()))),
                ("month", month.into()),
                ("day", day.into()),
            ],
        )
    }

    /// A date for a narrow column (2027年1月31日, 31 Jan 2027).
    pub fn short_date(&self, year: i32, month: u32, day: u32) -> String {
        self.t_with(
            "date-short",
            &[
                ("year", Arg::Text(Cow::Owned(year.to_string()))),
                ("month", month.into()),
                ("day", day.into()),
            ],
        )
    }

    /// The text of `key`; the key itself when it is missing (never the case in a tested build).
    pub fn t(&self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The text of `key` with `args` put in.
    pub fn t_with(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.pattern(key) else {
            return key.to_owned();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_ref()),
                // A number, so that a selector can choose by it (`[one] 1 job *[other] jobs`).
                Arg::Count(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// Names a key kept for later lookup (a label chosen by a `match`): the key itself, marked so
/// that the catalogue test finds it.
#[macro_export]
macro_rules! key {
    ($key:literal) => {
        $key
    };
}

/// The texts of `lang` (read once, then shared).
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    static JA_TEXTS: OnceLock<Catalogue> = OnceLock::new();
    static EN_TEXTS: OnceLock<Catalogue> = OnceLock::new();
    match lang {
        Lang::Ja => JA_TEXTS.get_or_init(|| Catalogue::load(Lang::Ja)),
        Lang::En => EN_TEXTS.get_or_init(|| Catalogue::load(Lang::En)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(grouped(-45_000), "-45,000");
    }

    #[test]
    fn dates() {
        assert_eq!(catalogue(Lang::Ja).date(2027, 1, 31), "2027年1月31日");
        assert_eq!(catalogue(Lang::En).date(2027, 1, 31), "31 January 2027");
        assert_eq!(catalogue(Lang::En).date(2026, 12, 5), "5 December 2026");
    }

    #[test]
    fn a_text_can_name_another_so_a_fact_is_written_once() {
        // The footer names the help desk's number and hours, written once in `help.ftl`.
        assert_eq!(
            catalogue(Lang::Ja).t("app-footer-help"),
            "求人検索・マイページの操作方法に関するお問い合わせ：ヘルプデスク 0570-077450（月曜〜金曜 9:30〜18:00、祝日・年末年始を除く）"
        );
        assert!(catalogue(Lang::En)
            .t("app-footer-help")
            .contains("help desk 0570-077450 (Monday to Friday"));
    }

    #[test]
    fn a_missing_key_shows_itself() {
        assert_eq!(catalogue(Lang::En).t("no-such-key"), "no-such-key");
        assert!(!catalogue(Lang::Ja).has("no-such-key"));
    }
}
