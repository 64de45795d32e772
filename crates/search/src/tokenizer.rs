//! The CJK bigram tokenizer. Japanese has no spaces, so each run of kanji/kana is cut into
//! overlapping two-character tokens (「経理事務」 → 経理, 理事, 事務) at consecutive positions; a
//! lone CJK character is one token; Latin letters and digits form whole-word tokens. Runs are
//! separated by a one-position gap so phrases never match across punctuation. Text is NFKC
//! normalized and lower-cased first, exactly as query words are (`shigoto_domain::keyword`).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Name under which the tokenizer is registered with the index.
pub const NAME: &str = "cjk_bigram";

/// The tokenizer (stateless; cloned freely by tantivy).
#[derive(Clone, Debug, Default)]
pub struct BigramTokenizer;

/// Character classes that decide where runs start and end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Cjk,
    Word,
    Separator,
}

fn class_of(c: char) -> Class {
    match c {
        // ・ and ゠ sit in the katakana block but separate words.
        '\u{30FB}' | '\u{30A0}' => Class::Separator,
        '\u{3041}'..='\u{309F}'   // hiragana
        | '\u{30A0}'..='\u{30FF}' // katakana (with ー)
        | '\u{31F0}'..='\u{31FF}' // katakana extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{20000}'..='\u{2FFFF}'
        | '々' | '〆' => Class::Cjk,
        c if c.is_alphanumeric() => Class::Word,
        _ => Class::Separator,
    }
}

/// Tokens of `text` as `(position, term)`; the same function serves indexing and queries.
pub fn tokens(text: &str) -> Vec<Token> {
    let normalized = shigoto_domain::keyword::normalize(text);
    let chars: Vec<(usize, char)> = normalized.char_indices().collect();
    let mut out = Vec::new();
    let mut position = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let class = class_of(chars[i].1);
        let start = i;
        while i < chars.len() && class_of(chars[i].1) == class {
            i += 1;
        }
        let run = &chars[start..i];
        let byte_end = |k: usize| chars.get(k).map_or(normalized.len(), |(b, _)| *b);
        match class {
            Class::Separator => continue,
            Class::Word => {
                out.push(token(&normalized, run[0].0, byte_end(i), position));
                position += 1;
            }
            Class::Cjk if run.len() == 1 => {
                out.push(token(&normalized, run[0].0, byte_end(i), position));
                position += 1;
            }
            Class::Cjk => {
                for (k, (from, _)) in run.iter().enumerate().take(run.len() - 1) {
                    out.push(token(&normalized, *from, byte_end(start + k + 2), position));
                    position += 1;
                }
            }
        }
        // Gap between runs: phrases never cross punctuation or script changes.
        position += 1;
    }
    out
}

fn token(text: &str, from: usize, to: usize, position: usize) -> Token {
    Token {
        offset_from: from,
        offset_to: to,
        position,
        text: text[from..to].to_owned(),
        position_length: 1,
    }
}

/// Token stream over precomputed tokens.
pub struct BigramStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for BigramStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

impl Tokenizer for BigramTokenizer {
    type TokenStream<'a> = BigramStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> BigramStream {
        BigramStream {
            tokens: tokens(text),
            next: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn terms(text: &str) -> Vec<(usize, String)> {
        tokens(text)
            .into_iter()
            .map(|t| (t.position, t.text))
            .collect()
    }

    #[test]
    fn japanese_runs_become_positioned_bigrams() {
        assert_eq!(
            terms("経理事務"),
            [(0, "経理".into()), (1, "理事".into()), (2, "事務".into())]
        );
    }

    #[test]
    fn two_character_words_are_one_token() {
        assert_eq!(terms("介護"), [(0, "介護".into())]);
    }

    #[test]
    fn latin_words_and_widths_are_normalized() {
        assert_eq!(
            terms("ＥＸＣＥＬ操作"),
            [(0, "excel".into()), (2, "操作".into())]
        );
    }

    #[test]
    fn punctuation_breaks_phrases() {
        assert_eq!(
            terms("経理・事務"),
            [(0, "経理".into()), (2, "事務".into())]
        );
        assert_eq!(terms("寮"), [(0, "寮".into())]);
        assert!(terms("、。 !!").is_empty());
    }

    proptest! {
        #[test]
        fn positions_increase_and_offsets_are_in_bounds(text in "\\PC{0,40}") {
            let normalized = shigoto_domain::keyword::normalize(&text);
            let mut last = None;
            for token in tokens(&text) {
                prop_assert!(token.offset_to <= normalized.len());
                prop_assert!(last.is_none_or(|p| token.position > p));
                last = Some(token.position);
                prop_assert!(!token.text.is_empty());
            }
        }
    }
}
