//! Finding a job seeker at the counter by 氏名 or フリガナ (the 求職番号 has its own way): what a
//! counselor may type, the words each match must contain, and how many matches are listed.
//! A word matches the name as written or the フリガナ (hiragana typed is read as katakana), so
//! 「森 さくら」, 「もり」 and 「モリ サクラ」 all find 森 さくら (モリ サクラ).

use shigoto_i18n::Text;

use crate::person::{to_katakana, PersonError, MAX_NAME_CHARS};

/// Matches listed at most (the rest are counted as more: narrow the words).
pub const MAX_LOOKUP_RESULTS: usize = 20;

/// Words at most in one lookup.
pub const MAX_LOOKUP_WORDS: usize = 4;

/// One word of a lookup: as typed (for the name) and as katakana (for the フリガナ).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupWord {
    pub as_typed: String,
    pub as_kana: String,
}

fn refuse(message: Text) -> PersonError {
    PersonError {
        field: "q",
        message,
    }
}

/// The words of a lookup: split on half- and full-width spaces; each match must contain all.
pub fn lookup_words(text: &str) -> Result<Vec<LookupWord>, PersonError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(refuse(Text::new("rules-lookup-empty")));
    }
    if text.chars().count() > MAX_NAME_CHARS {
        return Err(refuse(
            Text::new("rules-lookup-too-long").with("max", MAX_NAME_CHARS),
        ));
    }
    let words: Vec<LookupWord> = text
        .split([' ', '　'])
        .filter(|word| !word.is_empty())
        .map(|word| LookupWord {
            as_typed: word.to_owned(),
            as_kana: to_katakana(word),
        })
        .collect();
    if words.len() > MAX_LOOKUP_WORDS {
        return Err(refuse(
            Text::new("rules-lookup-too-many-words").with("max", MAX_LOOKUP_WORDS),
        ));
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_and_read_as_kana_too() {
        let words = lookup_words("　森　さくら ").unwrap();
        assert_eq!(
            words,
            vec![
                LookupWord {
                    as_typed: "森".into(),
                    as_kana: "森".into()
                },
                LookupWord {
                    as_typed: "さくら".into(),
                    as_kana: "サクラ".into()
                },
            ]
        );
    }

    #[test]
    fn empty_long_and_wordy_lookups_are_refused() {
        assert_eq!(lookup_words("  ").unwrap_err().field, "q");
        assert!(lookup_words(&"あ".repeat(MAX_NAME_CHARS + 1)).is_err());
        assert!(lookup_words("あ い う え お").is_err());
        assert!(lookup_words("あ い う え").is_ok());
    }
}
