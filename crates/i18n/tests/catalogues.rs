//! The catalogues are whole: every file parses, both languages have exactly the same keys (and
//! attributes), a translation uses only the values the code puts in (the Japanese message's
//! variables, plus any its comment names as `# $name: …`), and every key the code names
//! (`t("…")`, `t_with("…"`, `key!("…")`, `Text::new("…")`) is there.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use shigoto_i18n::{catalogue, sources, Lang, AREAS};

/// For each key (`message` or `message.attribute`), the variables its text uses.
type Keys = BTreeMap<String, BTreeSet<String>>;

fn inline_variables(expression: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        _ => {}
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

/// The keys of one language, with their variables; and, for each key, the variables its
/// comment declares (`# $name: …`).
fn keys_of(lang: Lang) -> (Keys, Keys) {
    let mut keys = Keys::new();
    let mut declared = Keys::new();
    for (area, source) in AREAS.iter().zip(sources(lang)) {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errors)| {
            panic!(
                "locales/{}/{area}.ftl does not parse: {errors:?}",
                lang.tag()
            )
        });
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let mut add = |key: String, variables: BTreeSet<String>| {
                assert!(
                    keys.insert(key.clone(), variables).is_none(),
                    "{key} is defined twice in {}",
                    lang.tag()
                );
            };
            if let Some(value) = &message.value {
                let mut variables = BTreeSet::new();
                pattern_variables(value, &mut variables);
                add(id.to_owned(), variables);
            }
            for attribute in &message.attributes {
                let mut variables = BTreeSet::new();
                pattern_variables(&attribute.value, &mut variables);
                add(format!("{id}.{}", attribute.id.name), variables);
            }
            let names: BTreeSet<String> = message
                .comment
                .iter()
                .flat_map(|comment| comment.content.iter())
                .filter_map(|line| line.trim().strip_prefix('$'))
                .filter_map(|rest| rest.split(':').next())
                .map(|name| name.trim().to_owned())
                .collect();
            declared.insert(id.to_owned(), names);
        }
    }
    (keys, declared)
}

#[test]
fn both_languages_have_the_same_keys_and_values() {
    let (japanese, declared) = keys_of(Lang::Ja);
    let (english, _) = keys_of(Lang::En);
    let only_ja: Vec<&String> = japanese
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    let only_en: Vec<&String> = english
        .keys()
        .filter(|k| !japanese.contains_key(*k))
        .collect();
    assert!(only_ja.is_empty(), "missing in English: {only_ja:?}");
    assert!(only_en.is_empty(), "missing in Japanese: {only_en:?}");
    for (key, english_variables) in &english {
        let message = key.split('.').next().unwrap();
        let mut allowed = japanese[key].clone();
        allowed.extend(declared.get(message).into_iter().flatten().cloned());
        let unknown: Vec<&String> = english_variables.difference(&allowed).collect();
        assert!(
            unknown.is_empty(),
            "{key}: English uses {unknown:?}, which the Japanese message neither uses nor declares"
        );
    }
    assert!(japanese.len() > 50, "only {} keys", japanese.len());
}

#[test]
fn every_message_formats_in_both_languages() {
    let (keys, _) = keys_of(Lang::Ja);
    for lang in Lang::ALL {
        let texts = catalogue(lang);
        for key in keys.keys() {
            assert!(texts.has(key), "{key} missing in {}", lang.tag());
            // Formats (an empty text is written `{ "" }` on purpose, as where English puts
            // the count first).
            let _ = texts.t(key);
        }
    }
}

/// The workspace's Rust sources that may name keys.
fn rust_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut dirs = vec![root.join("frontend/src"), root.join("src-tauri/src")];
    for krate in std::fs::read_dir(root.join("crates")).unwrap() {
        let krate = krate.unwrap().path();
        // This crate's own examples name keys that are not there on purpose.
        if !krate.ends_with("i18n") {
            dirs.push(krate.join("src"));
        }
    }
    let mut files = Vec::new();
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// The keys named in `source`: the first argument of `t(`, `t_with(`, `key!(` and `Text::new(`
/// when it is a string literal (a key given to `Text::with_key` is named with `key!`).
fn keys_named(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for opener in ["t(\"", "t_with(\"", "key!(\"", "Text::new(\""] {
        for (at, _) in source.match_indices(opener) {
            let before = source[..at].chars().next_back();
            // `t(` must be a call of its own (`.t(`, ` t(`), not the end of another name.
            if opener == "t(\"" && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &source[at + opener.len()..];
            if let Some(end) = rest.find('"') {
                keys.push(rest[..end].to_owned());
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_names_is_in_the_catalogues() {
    let texts = catalogue(Lang::Ja);
    let mut missing = Vec::new();
    let mut named = 0;
    for file in rust_sources() {
        let source = std::fs::read_to_string(&file).unwrap();
        for key in keys_named(&source) {
            named += 1;
            if !texts.has(&key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys not in the catalogues: {missing:#?}"
    );
    assert!(named > 0, "no key named in the code");
}

#[test]
fn the_scanner_finds_keys() {
    let source = r#"t.t("nav-search"); t.t_with("a-b", &[]); key!("c-d"); list("x-y"); at("z")"#;
    assert_eq!(keys_named(source), vec!["nav-search", "a-b", "c-d"]);
}
