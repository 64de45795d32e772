//! The commands, their handler and their permissions agree: every `#[tauri::command]` of
//! `src/commands/<area>.rs` is in the invoke handler (`src/commands/mod.rs`) as `<area>::<name>`
//! and allowed by the area's permission (`permissions/<area>.toml`, identifier `<area>`) and by
//! no other, and the main window's capability lists exactly the areas. A command added to an
//! area but not to its permission would answer "not allowed" in the window; this says so first.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test should panic

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// The areas: the files of `permissions/`, by name.
fn areas(root: &Path) -> BTreeSet<String> {
    std::fs::read_dir(root.join("permissions"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| path.file_stem().unwrap().to_str().unwrap().to_owned())
        .collect()
}

/// The quoted strings of `text` between `start` and the next `end`.
fn quoted_between(text: &str, start: &str, end: &str) -> Vec<String> {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} not found"))
        + start.len();
    let to = from + text[from..].find(end).unwrap();
    text[from..to]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// `(area, command)` for each `#[tauri::command]` function of the area modules.
fn command_functions(root: &Path, areas: &BTreeSet<String>) -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    for area in areas {
        let source = read(&root.join("src/commands").join(format!("{area}.rs")));
        for part in source.split("#[tauri::command]").skip(1) {
            let signature = part.trim_start();
            let name = signature
                .trim_start_matches("pub ")
                .trim_start_matches("async ")
                .trim_start_matches("fn ")
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap();
            found.insert((area.clone(), name.to_owned()));
        }
    }
    found
}

#[test]
fn every_command_is_handled_and_allowed_by_its_area_only() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let areas = areas(root);
    let commands = command_functions(root, &areas);
    assert!(commands.len() > 30, "commands found: {commands:?}");

    let mut allowed = BTreeSet::new();
    for area in &areas {
        let file = read(&root.join("permissions").join(format!("{area}.toml")));
        assert_eq!(file.matches("[[permission]]").count(), 1, "{area}.toml");
        assert!(
            file.contains(&format!("identifier = \"{area}\"")),
            "{area}.toml names its permission after the area"
        );
        for command in quoted_between(&file, "commands.allow = [", "]") {
            assert!(
                allowed.insert((area.clone(), command.clone())),
                "{command} listed twice"
            );
        }
    }
    assert_eq!(allowed, commands, "permissions vs command functions");
    let names: BTreeSet<&String> = allowed.iter().map(|(_, name)| name).collect();
    assert_eq!(names.len(), allowed.len(), "a command is in two areas");

    let handler = read(&root.join("src/commands/mod.rs"));
    let listed = handler
        .split("generate_handler![")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let handled: BTreeSet<(String, String)> = listed
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (area, name) = entry.split_once("::").unwrap();
            (area.to_owned(), name.to_owned())
        })
        .collect();
    assert_eq!(handled, commands, "invoke handler vs command functions");

    let capability = read(&root.join("capabilities/main.json"));
    let granted: BTreeSet<String> = quoted_between(&capability, "\"permissions\": [", "]")
        .into_iter()
        .collect();
    assert_eq!(
        granted, areas,
        "the main window's capability lists every area"
    );
}
