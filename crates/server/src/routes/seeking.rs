//! 求職状態: `POST /api/v1/mypage/seeking/valid` switches the signed-in job seeker's lapsed
//! registration back to 有効 (求職有効 → 完了), when the domain allows it online.

use axum::extract::State;
use axum::Json;
use shigoto_domain::{account, seeking};
use shigoto_server_db::seekers;
use shigoto_shared::{ApiError, RegistrationStatus, Role, SeekingStatus};

use crate::app::AppState;
use crate::auth::caller::Caller;
use crate::error::AppError;

/// 求職有効: a lapsed registration valid again to 翌々月末日 from today.
#[utoipa::path(post, path = "/api/v1/mypage/seeking/valid", tag = "mypage",
    responses(
        (status = 200, description = "有効 again; the new last valid day", body = SeekingStatus),
        (status = 409, description = "Already 有効, not 本登録 yet, or lapsed too long ago to switch online (visit an office)", body = ApiError),
        (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError),
    ))]
pub async fn switch_valid(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<SeekingStatus>, AppError> {
    caller.require(Role::Seeker)?;
    let (today, now) = (state.clock.today(), state.clock.now_utc());
    let db = state.db.clone();
    let status = tokio::task::spawn_blocking(move || -> Result<SeekingStatus, AppError> {
        let mut conn = db.connection()?;
        let seeker = seekers::find_by_account(&mut conn, caller.account_id)?
            .ok_or_else(|| AppError::not_found("求職登録が見つかりません。"))?;
        let stored = RegistrationStatus::from_wire(&seeker.status)
            .ok_or_else(|| AppError::internal(format!("unknown status {}", seeker.status)))?;
        let registration = account::registration_status(stored, seeker.applied_on, today);
        let until = seeking::switch_online(registration, seeker.valid_until, today)
            .map_err(|refused| AppError::conflict(refused.to_string()))?;
        // Of concurrent switches one moves the date; the others find it valid already.
        if !seekers::renew_validity(&mut conn, seeker.id, seeker.valid_until, until, now)? {
            return Err(AppError::conflict(
                seeking::SwitchRefused::AlreadyValid.to_string(),
            ));
        }
        tracing::info!(seeker = seeker.id, %until, "求職状態 switched to valid");
        Ok(seeking::status_on(registration, until, today))
    })
    .await??;
    Ok(Json(status))
}
