//! Each limit of the service has one home: `shigoto-domain`. The front end shows and checks
//! limits through the domain's constants and functions, never by typing their values again;
//! this test reads `frontend/src` and fails where a limit's value appears as a literal in code,
//! or in words such as 「300件」「50文字」, outside the tests at the end of a file.

use std::path::Path;

use shigoto_domain::posting::{self, hours, pr, selection, wage, work};
use shigoto_domain::{account, employer, limits, password, person};

/// The limits whose values must not be typed again, with their names for the message. Limits
/// whose values are everywhere in ordinary text (30 as in 「8:30」, 100 as in 〒100-0013) are
/// left out: the scan would find them where they are not limits.
fn limits() -> Vec<(&'static str, i64)> {
    let as_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    vec![
        ("limits::MAX_FAVORITES", as_i64(limits::MAX_FAVORITES)),
        (
            "limits::MAX_SAVED_SEARCHES",
            as_i64(limits::MAX_SAVED_SEARCHES),
        ),
        (
            "limits::MAX_SAVED_SEARCH_NAME_CHARS",
            as_i64(limits::MAX_SAVED_SEARCH_NAME_CHARS),
        ),
        (
            "limits::MAX_KEYWORD_CHARS",
            as_i64(limits::MAX_KEYWORD_CHARS),
        ),
        ("limits::MAX_JOB_NUMBERS", as_i64(limits::MAX_JOB_NUMBERS)),
        ("limits::MAX_AREAS", as_i64(limits::MAX_AREAS)),
        ("limits::MAX_OCCUPATIONS", as_i64(limits::MAX_OCCUPATIONS)),
        ("limits::MAX_PAGE", i64::from(limits::MAX_PAGE)),
        (
            "limits::PROVISIONAL_REGISTRATION_DAYS",
            limits::PROVISIONAL_REGISTRATION_DAYS,
        ),
        ("person::MAX_NAME_CHARS", as_i64(person::MAX_NAME_CHARS)),
        ("password::MIN_CHARS", as_i64(password::MIN_CHARS)),
        ("password::MAX_CHARS", as_i64(password::MAX_CHARS)),
        ("account::KEY_DIGITS", as_i64(account::KEY_DIGITS)),
        (
            "account::KEY_LIFETIME (minutes)",
            account::KEY_LIFETIME.num_minutes(),
        ),
        (
            "employer::MAX_RETURN_REASON_CHARS",
            as_i64(employer::MAX_RETURN_REASON_CHARS),
        ),
        (
            "employer::MAX_BUSINESS_CHARS",
            as_i64(employer::MAX_BUSINESS_CHARS),
        ),
        (
            "posting::MAX_RETURN_REASON_CHARS",
            as_i64(posting::MAX_RETURN_REASON_CHARS),
        ),
        ("work::MAX_TITLE_CHARS", as_i64(work::MAX_TITLE_CHARS)),
        (
            "work::MAX_DESCRIPTION_CHARS",
            as_i64(work::MAX_DESCRIPTION_CHARS),
        ),
        ("work::MAX_LICENSES", as_i64(work::MAX_LICENSES)),
        ("work::MAX_LICENSE_CHARS", as_i64(work::MAX_LICENSE_CHARS)),
        ("wage::MAX_ALLOWANCES", as_i64(wage::MAX_ALLOWANCES)),
        (
            "wage::MAX_ALLOWANCE_NAME_CHARS",
            as_i64(wage::MAX_ALLOWANCE_NAME_CHARS),
        ),
        ("hours::MAX_SHIFTS", as_i64(hours::MAX_SHIFTS)),
        ("pr::MAX_PR_CHARS", as_i64(pr::MAX_PR_CHARS)),
        (
            "selection::MAX_DOCUMENTS_CHARS",
            as_i64(selection::MAX_DOCUMENTS_CHARS),
        ),
        (
            "selection::MAX_CONTACT_CHARS",
            as_i64(selection::MAX_CONTACT_CHARS),
        ),
    ]
}

/// Units that say a number is a limit when they follow it in Japanese text.
const UNITS: [&str; 6] = ["件", "文字", "桁", "分", "日", "歳"];

/// Code of `text` before its tests (which quote messages on purpose).
fn code_of(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// The numbers written in `line` (digits with `_` separators), each with what follows it.
/// Array lengths (`; 20]`) and parts of longer words (`u32`, `h2`, `#1`) are not numbers here.
fn numbers(line: &str) -> Vec<(i64, &str)> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_') {
            i += 1;
        }
        let before = line[..start].chars().next_back();
        let glued = before.is_some_and(|c| c.is_ascii_alphanumeric() || "_#.-".contains(c));
        let after = &line[i..];
        let array_length = line[..start].trim_end().ends_with(';') && after.starts_with(']');
        let in_word = after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.');
        if !glued && !array_length && !in_word {
            if let Ok(value) = line[start..i].replace('_', "").parse::<i64>() {
                found.push((value, after));
            }
        }
    }
    found
}

/// A module of tests or their fixtures kept in a file of its own (`tests.rs`, `fixtures.rs`,
/// declared under `#[cfg(test)]`): like the tests at the end of a file, it quotes on purpose.
fn is_test_module(path: &Path) -> bool {
    path.file_stem()
        .is_some_and(|stem| stem == "tests" || stem == "fixtures")
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !is_test_module(&path) {
            out.push(path);
        }
    }
}

#[test]
fn no_limit_is_typed_again_in_the_front_end() {
    let limits = limits();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(
        files.len() > 20,
        "the front end's sources are under {}",
        src.display()
    );
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a readable source file");
        for (n, line) in code_of(&text).lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                continue;
            }
            for (value, after) in numbers(line) {
                let said_as_limit = UNITS.iter().any(|unit| after.starts_with(unit));
                // Small numbers are everywhere in code; as words they are a limit.
                let big = value >= 14;
                for (name, limit) in &limits {
                    if value == *limit && (said_as_limit || big) {
                        found.push(format!(
                            "{}:{}: {value} is {name}: {}",
                            file.strip_prefix(&src).unwrap_or(file).display(),
                            n + 1,
                            trimmed
                        ));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "limits typed again in the front end (use the shigoto-domain constant or function):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_what_it_looks_for() {
    let numbers = |line: &str| {
        numbers(line)
            .into_iter()
            .map(|(n, _)| n)
            .collect::<Vec<_>>()
    };
    assert_eq!(numbers(r#"format!("お気に入りは300件まで")"#), [300]);
    assert_eq!(numbers("let max = 50;"), [50]);
    assert_eq!(numbers("const X: [&str; 20] = [];"), Vec::<i64>::new());
    assert_eq!(numbers("let v: u32 = h2 + x1;"), Vec::<i64>::new());
    assert_eq!(numbers("1_000"), [1000]);
    assert_eq!(code_of("a\n#[cfg(test)]\nb"), "a\n");
}
