//! The languages of the UI and of the service's messages, and how one is chosen from what a
//! system or a request says (a BCP 47 tag such as `ja-JP` or `en-US`, or an `Accept-Language`
//! header).
//!
//! Japanese is the reference language: every text is written in Japanese first. A person whose
//! system speaks Japanese gets Japanese; every other system language gets English, the one
//! other language the app has, which more of Japan's foreign job seekers read than Japanese.

use serde::{Deserialize, Serialize};

/// A language the app and the service speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// 日本語 (the reference).
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// Every language, Japanese first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag (`ja`, `en`), as `<html lang>` and `Accept-Language` use it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The language's own name (日本語, English), as a language menu shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    /// The language of a system locale or a language tag (`ja_JP.UTF-8`, `en-US`, `fr`):
    /// Japanese for Japanese, English for any other language.
    pub fn of_locale(locale: &str) -> Lang {
        Self::known(locale).unwrap_or(Lang::En)
    }

    /// The language of a system that lists its locales in order of preference (`LANGUAGE`,
    /// `LC_ALL`, …): the first that is a language (not `C` or `POSIX`) decides; Japanese when
    /// none does.
    pub fn of_system<S: AsRef<str>>(locales: impl IntoIterator<Item = S>) -> Lang {
        locales
            .into_iter()
            .find(|locale| {
                let locale = locale.as_ref().trim();
                !locale.is_empty()
                    && !["c", "posix"].contains(
                        &locale
                            .split(['.', '@'])
                            .next()
                            .unwrap_or_default()
                            .to_ascii_lowercase()
                            .as_str(),
                    )
            })
            .map_or(Lang::Ja, |locale| Lang::of_locale(locale.as_ref()))
    }

    /// The language a tag names, if it is one of ours.
    pub fn known(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language an `Accept-Language` header prefers among ours (the highest `q` first,
    /// then the header's order); Japanese when it names none of them or is missing.
    pub fn from_accept_language(header: Option<&str>) -> Lang {
        let Some(header) = header else {
            return Lang::Ja;
        };
        let mut best: Option<(Lang, f32)> = None;
        for part in header.split(',').take(MAX_ACCEPT_LANGUAGE_PARTS) {
            let mut pieces = part.split(';');
            let Some(lang) = pieces.next().and_then(Self::known) else {
                continue;
            };
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if q > 0.0 && best.is_none_or(|(_, best_q)| q > best_q) {
                best = Some((lang, q));
            }
        }
        best.map_or(Lang::Ja, |(lang, _)| lang)
    }
}

/// How many entries of an `Accept-Language` header are looked at (a request cannot make the
/// service read a long header).
const MAX_ACCEPT_LANGUAGE_PARTS: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_locales() {
        assert_eq!(Lang::of_locale("ja_JP.UTF-8"), Lang::Ja);
        assert_eq!(Lang::of_locale("ja-JP"), Lang::Ja);
        assert_eq!(Lang::of_locale("en-US"), Lang::En);
        assert_eq!(Lang::of_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::of_locale("vi-VN"), Lang::En);
        assert_eq!(Lang::of_locale(""), Lang::En);
    }

    #[test]
    fn system_preferences() {
        assert_eq!(Lang::of_system(["C.UTF-8", "en_US.UTF-8"]), Lang::En);
        assert_eq!(Lang::of_system(["ja", "en_US.UTF-8"]), Lang::Ja);
        assert_eq!(Lang::of_system(["POSIX"]), Lang::Ja);
        assert_eq!(Lang::of_system(Vec::<String>::new()), Lang::Ja);
        assert_eq!(Lang::of_system(["de-DE"]), Lang::En);
    }

    #[test]
    fn accept_language() {
        assert_eq!(Lang::from_accept_language(None), Lang::Ja);
        assert_eq!(Lang::from_accept_language(Some("en")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("en-US,en;q=0.9")), Lang::En);
        assert_eq!(
            Lang::from_accept_language(Some("fr-FR, en;q=0.5, ja;q=0.8")),
            Lang::Ja
        );
        assert_eq!(Lang::from_accept_language(Some("ja, en")), Lang::Ja);
        assert_eq!(
            Lang::from_accept_language(Some("en;q=0, ja;q=0.1")),
            Lang::Ja
        );
        assert_eq!(Lang::from_accept_language(Some("fr, de")), Lang::Ja);
        assert_eq!(Lang::from_accept_language(Some("")), Lang::Ja);
    }

    #[test]
    fn serialized_as_its_tag() {
        for lang in Lang::ALL {
            assert_eq!(
                serde_json::to_string(&lang).unwrap(),
                format!("\"{}\"", lang.tag())
            );
        }
    }
}
