//! The screens converted to the catalogues hold no text of their own: every word shown comes
//! from `crates/i18n/locales` through a key. This test reads those files and fails on a string
//! literal with Japanese in it (outside the tests at the end of a file). Each screen joins
//! [`CONVERTED`] when it is converted; when all are, the list becomes every file.

use std::path::Path;

/// The files whose texts live in the catalogues.
const CONVERTED: &[&str] = &[
    "app.rs",
    "components/area_picker.rs",
    "components/counted_nav.rs",
    "components/favorite_button.rs",
    "components/header.rs",
    "components/occupation_picker.rs",
    "components/paging.rs",
    "components/sync_indicator.rs",
    "forms/mypage/sync.rs",
    "forms/offices.rs",
    "forms/settings.rs",
    "pages/account/login.rs",
    "pages/account/settings.rs",
    "pages/guard.rs",
    "pages/help.rs",
    "pages/job/sheet.rs",
    "pages/not_found.rs",
    "pages/offices.rs",
    "pages/search/advanced.rs",
    "pages/search/form.rs",
    "pages/search/greeting.rs",
    "pages/search/results.rs",
    "state/lang.rs",
    "texts.rs",
];

/// Marks that are not words: the product's mark and symbols.
const NOT_WORDS: &[&str] = &["仕"];

fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff01}'..='\u{ff5e}')
}

/// The string literals of `source` before its tests, with their line numbers.
fn literals(source: &str) -> Vec<(usize, String)> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or_default();
        let mut parts = line.split('"');
        parts.next();
        while let Some(literal) = parts.next() {
            found.push((number + 1, literal.to_owned()));
            parts.next();
        }
    }
    found
}

#[test]
fn converted_screens_have_no_japanese_literal() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offending = Vec::new();
    for file in CONVERTED {
        let source = std::fs::read_to_string(src.join(file)).expect(file);
        for (line, literal) in literals(&source) {
            if literal.chars().any(is_japanese) && !NOT_WORDS.contains(&literal.as_str()) {
                offending.push(format!("{file}:{line}: \"{literal}\""));
            }
        }
    }
    assert!(
        offending.is_empty(),
        "texts in code; put them in the catalogues: {offending:#?}"
    );
}

#[test]
fn the_scan_finds_a_literal() {
    let found =
        literals("let a = \"求人\"; // \"コメント\"\nlet b = \"x\";\n#[cfg(test)]\n\"テスト\"");
    assert_eq!(found, vec![(1, "求人".to_owned()), (2, "x".to_owned())]);
}
