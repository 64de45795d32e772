//! Generates the Tauri context and the permissions of the app's own commands; the capability
//! file grants exactly these to the main window.

/// Every command the front end may invoke.
const COMMANDS: &[&str] = &[
    "favorites",
    "favorite_numbers",
    "add_favorite",
    "remove_favorite",
    "saved_searches",
    "save_search",
    "delete_search",
    "run_saved_search",
    "saved_search_new_counts",
    "sync_status",
    "sync_now",
    "take_rejections",
    "search_jobs",
    "get_job",
    "service_status",
    "current_account",
    "sign_in",
    "sign_out",
    "request_opening_key",
    "complete_opening",
    "request_password_reset_key",
    "complete_password_reset",
    "register_seeker",
    "request_registration_key",
    "complete_registration",
    "list_provisional_seekers",
    "confirm_seeker",
    "change_password",
    "device_settings",
    "set_shared_workstation",
    "request_employer_opening_key",
    "complete_employer_opening",
    "employer_registration",
    "refile_employer_registration",
    "list_employer_applications",
    "accept_employer",
    "return_employer",
    "request_email_change_key",
    "confirm_email_change",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .unwrap_or_else(|err| panic!("tauri build step failed: {err:#}"));
}
