//! The app's commands, one module per area, each forwarding to [`DesktopCore`] and nothing
//! more. Each area has one permission in `permissions/<area>.toml` (named after the area) that
//! allows exactly its commands, and the main window's capability lists the areas. Adding a
//! command: its function in the area's module, its name in the area's permission, and its path
//! in [`handler`] below.
//!
//! [`DesktopCore`]: shigoto_desktop_core::DesktopCore

pub mod account;
pub mod applications;
pub mod counselor;
pub mod employer;
pub mod messages;
pub mod mypage;
pub mod notifications;
pub mod search;
pub mod settings;

/// The invoke handler of every command, by area (the front end calls them by these names).
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync {
    tauri::generate_handler![
        search::search_jobs,
        messages::threads,
        messages::unread_messages,
        messages::thread,
        messages::send_message,
        messages::mark_read,
        messages::seeker_messages,
        messages::message_seeker,
        applications::applicant_profile,
        applications::apply,
        applications::my_applications,
        applications::introductions,
        applications::apply_from_introduction,
        applications::activity_news,
        applications::mark_activity_seen,
        applications::withdraw_application,
        applications::applicants,
        applications::applicant,
        applications::record_result,
        applications::refer_seeker,
        applications::seeker_applications,
        applications::save_referral_letter,
        applications::save_application_document,
        applications::save_activity_report,
        search::get_job,
        search::service_status,
        account::current_account,
        account::refresh_account,
        account::switch_seeking_valid,
        account::publication,
        account::publish_profile,
        account::stop_publishing,
        account::sign_in,
        account::sign_out,
        account::request_opening_key,
        account::complete_opening,
        account::request_password_reset_key,
        account::complete_password_reset,
        account::request_registration_key,
        account::complete_registration,
        account::change_password,
        account::notification_settings,
        account::set_notification_settings,
        account::request_email_change_key,
        account::confirm_email_change,
        mypage::favorites,
        mypage::favorite_numbers,
        mypage::add_favorite,
        mypage::remove_favorite,
        mypage::saved_searches,
        mypage::save_search,
        mypage::delete_search,
        mypage::run_saved_search,
        mypage::set_search_alert,
        mypage::new_postings_total,
        mypage::reminders,
        mypage::seeker_profile,
        mypage::save_seeker_profile,
        mypage::sync_status,
        mypage::sync_now,
        mypage::take_rejections,
        employer::request_employer_opening_key,
        employer::complete_employer_opening,
        employer::employer_registration,
        employer::refile_employer_registration,
        employer::employer_postings,
        employer::employer_posting,
        employer::new_employer_posting,
        employer::save_employer_posting,
        employer::delete_employer_posting,
        employer::submit_employer_posting,
        employer::change_employer_posting,
        employer::extend_employer_posting,
        employer::stop_employer_posting,
        counselor::register_seeker,
        counselor::list_provisional_seekers,
        counselor::confirm_seeker,
        counselor::find_seekers,
        counselor::counselor_actions,
        counselor::seeker_record,
        counselor::reactivate_seeker,
        counselor::introduce_job,
        counselor::record_counselling,
        counselor::counselling_sessions,
        counselor::list_employer_applications,
        counselor::accept_employer,
        counselor::return_employer,
        counselor::counselor_postings,
        counselor::counselor_posting,
        counselor::accept_posting,
        counselor::return_posting,
        settings::device_settings,
        settings::set_shared_workstation,
        notifications::take_opened_notice,
    ]
}
