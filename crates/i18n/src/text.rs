//! A [`Text`]: what to say, chosen where a rule is checked and written where it is shown. The
//! domain's refusals and form problems carry one; the service writes it in the request's
//! language, the app in the language it shows ([`crate::Catalogue::text`]).

use crate::Arg;

/// A value put into a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextValue {
    /// Words as they are (a name, a number written as it must stay: a year, a code).
    Plain(String),
    /// A whole number: grouped by thousands, and chosen by in plural forms.
    Count(i64),
    /// Another catalogue text (a label), written in the same language.
    Key(&'static str),
}

impl From<&str> for TextValue {
    fn from(text: &str) -> Self {
        TextValue::Plain(text.to_owned())
    }
}

impl From<String> for TextValue {
    fn from(text: String) -> Self {
        TextValue::Plain(text)
    }
}

macro_rules! count_value_from {
    ($($int:ty),*) => {$(
        impl From<$int> for TextValue {
            fn from(n: $int) -> Self {
                TextValue::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_value_from!(u8, u16, u32, u64, usize, i32, i64);

/// A catalogue key and the values its message takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    key: &'static str,
    args: Vec<(&'static str, TextValue)>,
}

impl Text {
    /// The text of `key` (name it literally: `Text::new("domain-…")`, so that the catalogue
    /// test checks it is there).
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// Puts `value` in as `$name`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<TextValue>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Puts the catalogue text `key` in as `$name` (name it with `key!`).
    #[must_use]
    pub fn with_key(mut self, name: &'static str, key: &'static str) -> Self {
        self.args.push((name, TextValue::Key(key)));
        self
    }

    /// Its catalogue key (for logs and tests).
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// Its values, by name.
    pub fn args(&self) -> &[(&'static str, TextValue)] {
        &self.args
    }
}

impl crate::Catalogue {
    /// `text` written in this catalogue's language.
    pub fn text(&self, text: &Text) -> String {
        let args: Vec<(&str, Arg<'_>)> = text
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    TextValue::Plain(words) => Arg::from(words.as_str()),
                    TextValue::Count(n) => Arg::Count(*n),
                    TextValue::Key(key) => Arg::from(self.t(key)),
                };
                (*name, value)
            })
            .collect();
        self.t_with(text.key, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{catalogue, Lang};

    #[test]
    fn a_text_is_written_in_each_language_with_its_values() {
        let text = Text::new("connection-indexed-jobs").with("count", 1234_u32);
        assert_eq!(catalogue(Lang::Ja).text(&text), "公開求人 1,234件");
        assert!(catalogue(Lang::En).text(&text).contains("1,234"));
        let labelled = Text::new("date")
            .with("year", "2027")
            .with("month", 1_u32)
            .with("day", 31_u32);
        assert_eq!(catalogue(Lang::Ja).text(&labelled), "2027年1月31日");
        assert_eq!(catalogue(Lang::En).text(&labelled), "31 January 2027");
        assert_eq!(labelled.key(), "date");
    }
}
