//! The front end holds no text of its own: every word shown comes from `crates/i18n/locales`
//! through a key. This test reads every source file and fails on a string literal with
//! Japanese in it (outside the tests at the end of a file and the test modules of
//! [`TEST_MODULES`]).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::path::Path;

/// Files that are test code as a whole (`#[cfg(test)] mod …;`): their Japanese is test data.
const TEST_MODULES: &[&str] = &[
    "forms/employer/posting/fixtures.rs",
    "forms/employer/posting/tests.rs",
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

/// Every `.rs` file under `dir`, as paths relative to `root` with `/` between folders.
fn rust_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("the sources are readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).expect("under the root");
            let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
            out.push(parts.join("/"));
        }
    }
}

#[test]
fn the_front_end_has_no_japanese_literal() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &src, &mut files);
    assert!(files.len() > 100, "only {} files found", files.len());
    let mut offending = Vec::new();
    for file in &files {
        if TEST_MODULES.contains(&file.as_str()) {
            continue;
        }
        let source = std::fs::read_to_string(src.join(file)).expect("a source file");
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
fn every_test_module_exists() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for file in TEST_MODULES {
        assert!(src.join(file).is_file(), "{file} is listed but not there");
    }
}

#[test]
fn the_scan_finds_a_literal() {
    let found =
        literals("let a = \"求人\"; // \"コメント\"\nlet b = \"x\";\n#[cfg(test)]\n\"テスト\"");
    assert_eq!(found, vec![(1, "求人".to_owned()), (2, "x".to_owned())]);
}
