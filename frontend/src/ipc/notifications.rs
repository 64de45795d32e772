//! OS notifications: the screen of the one the person clicked.

use shigoto_shared::{ApiError, NoticeTarget};

use super::{call, NoArgs};

/// `take_opened_notice`: the screen of the notification last clicked, once.
pub async fn take_opened_notice() -> Result<Option<NoticeTarget>, ApiError> {
    call("take_opened_notice", &NoArgs {}).await
}
