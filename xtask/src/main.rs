//! `cargo xtask <task>`: the project's task runner. See `cargo xtask help`.

mod refdata;

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    match args.first().map(String::as_str) {
        Some("refdata") => {
            let source = args
                .get(1)
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("../shared/refdata"));
            refdata::generate(&source, &root.join("crates/refdata/data"))
        }
        Some("help") | None => {
            println!("{}", HELP);
            Ok(())
        }
        Some(other) => bail!("unknown task {other:?}\n{HELP}"),
    }
}

const HELP: &str = "cargo xtask <task>
  refdata [DIR]  regenerate crates/refdata/data from the official lists (default ../shared/refdata)";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}
