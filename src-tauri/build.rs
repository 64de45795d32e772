//! Generates the Tauri context and the app's access control: the permissions of the app's own
//! commands are in `permissions/<area>.toml`, one per command area (`src/commands/<area>.rs`),
//! and the capability file grants exactly those areas to the main window.

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new()),
    )
    .unwrap_or_else(|err| panic!("tauri build step failed: {err:#}"));
}
