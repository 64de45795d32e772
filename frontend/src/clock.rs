//! The time on this computer, from the web view's clock: today's date (for the checks that
//! depend on it), the current time (for "synced n minutes ago") and waiting on its timer.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Today's date on this computer.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    i32::try_from(now.get_full_year())
        .ok()
        .and_then(|year| NaiveDate::from_ymd_opt(year, now.get_month() + 1, now.get_date()))
        .unwrap_or_default()
}

/// The current time (UTC).
pub fn now_utc() -> NaiveDateTime {
    // Milliseconds since the epoch fit an i64 for the next 290 million years.
    #[allow(clippy::cast_possible_truncation)]
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis)
        .map(|at| at.naive_utc())
        .unwrap_or_default()
}

/// Waits `ms` milliseconds on the web view's timer (at once when there is no window).
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            // A timer that cannot be set resolves nothing; the wait then ends with the page.
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
