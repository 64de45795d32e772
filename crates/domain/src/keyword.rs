//! Free-word keywords: normalization (NFKC, lower case) and splitting into words, shared by the
//! search index and the query side so both see the same text.

use unicode_normalization::UnicodeNormalization;

/// NFKC-normalizes and lower-cases text: full-width letters and digits become half-width,
/// half-width katakana become full-width, the ideographic space becomes a space.
pub fn normalize(text: &str) -> String {
    text.nfkc().flat_map(char::to_lowercase).collect()
}

/// The normalized words of a keyword field, split on any whitespace (half- or full-width),
/// duplicates removed, order kept.
pub fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in normalize(text).split_whitespace() {
        if !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_widths_and_case() {
        assert_eq!(normalize("ＥＸＣＥＬ　ｼﾞﾑ"), "excel ジム");
        assert_eq!(normalize("Ｗｏｒｄ２０１９"), "word2019");
    }

    #[test]
    fn splits_on_japanese_and_ascii_spaces() {
        assert_eq!(words(" 事務　経理 事務 "), ["事務", "経理"]);
        assert!(words("　 ").is_empty());
    }
}
